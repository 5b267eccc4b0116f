package vn.sochibo.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

import vn.sochibo.shared.Money;
import vn.sochibo.shared.MoneyFormat;

/**
 * Small helpers that templates call as beans: {@code @pageLinks} and {@code @money}.
 */
@Configuration(proxyBeanMethods = false)
class TemplateHelpers {

	@Bean
	PageLinks pageLinks() {
		return new PageLinks();
	}

	@Bean
	MoneyText money() {
		return new MoneyText();
	}

	/**
	 * The current address with another page number, every other filter kept.
	 */
	static class PageLinks {

		public String to(int page) {
			// The request's query is already encoded: build(true) keeps it as it is.
			UriComponents uri = ServletUriComponentsBuilder.fromCurrentRequest()
				.replaceQueryParam("page", Math.max(page, 0))
				.build(true);
			return uri.getPath() + "?" + uri.getQuery();
		}

	}

	static class MoneyText {

		public String format(Money money) {
			return (money != null) ? MoneyFormat.format(money) : "";
		}

	}

}
