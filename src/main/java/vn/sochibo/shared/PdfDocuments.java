package vn.sochibo.shared;

import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Renders a Thymeleaf template (well-formed XHTML) to PDF, with the same messages and
 * formatters ({@code ${{money}}}) as the pages.
 */
@Component
public class PdfDocuments {

	private final SpringTemplateEngine templates;

	private final ApplicationContext applicationContext;

	private final ConversionService conversionService;

	PdfDocuments(SpringTemplateEngine templates, ApplicationContext applicationContext,
			@Qualifier("mvcConversionService") ConversionService conversionService) {
		this.templates = templates;
		this.applicationContext = applicationContext;
		this.conversionService = conversionService;
	}

	public byte[] render(String template, Map<String, Object> variables) {
		Context context = new Context(VietnameseText.LOCALE, variables);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.applicationContext, this.conversionService));
		return Pdf.render(this.templates.process(template, context), null);
	}

}
