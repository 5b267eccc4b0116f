package vn.sochibo.config;

import java.text.MessageFormat;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.sochibo.shared.WardWords;

/**
 * Messages in the words of the ward a page is about (see {@link WardWords}): the
 * application's message bundles (the {@code spring.messages.*} settings), with the tokens
 * filled in from the current request's words; and the interceptor that makes a page's
 * ward — the model's {@code ward} when it is one, such as a public page's — the one whose
 * words are used, after the user's own ward that the layout model sets.
 */
@Configuration(proxyBeanMethods = false)
class WardMessages implements WebMvcConfigurer {

	@Bean
	MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames,
			@Value("${spring.messages.encoding:UTF-8}") String encoding,
			@Value("${spring.messages.fallback-to-system-locale:false}") boolean fallbackToSystemLocale) {
		ResourceBundleMessageSource source = new InWardWords();
		source.setBasenames(basenames);
		source.setDefaultEncoding(encoding);
		source.setFallbackToSystemLocale(fallbackToSystemLocale);
		return source;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new PageWard());
	}

	/** The bundles, read through the current words. */
	static final class InWardWords extends ResourceBundleMessageSource {

		@Override
		protected String resolveCodeWithoutArguments(String code, Locale locale) {
			return WardWords.current().fill(super.resolveCodeWithoutArguments(code, locale));
		}

		/**
		 * A message with ward words is formatted for the words of this request; one
		 * without (most of them) keeps the bundle's cached format.
		 */
		@Override
		protected MessageFormat resolveCode(String code, Locale locale) {
			String message = super.resolveCodeWithoutArguments(code, locale);
			if (message == null) {
				return null;
			}
			String filled = WardWords.current().fill(message);
			return filled.equals(message) ? super.resolveCode(code, locale) : createMessageFormat(filled, locale);
		}

	}

	/** A page about a ward speaks in its words. */
	static final class PageWard implements HandlerInterceptor {

		@Override
		public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
				ModelAndView modelAndView) {
			if (modelAndView != null && modelAndView.getModel().get("ward") instanceof WardWords.Source ward) {
				WardWords.use(ward.words());
			}
		}

	}

}
