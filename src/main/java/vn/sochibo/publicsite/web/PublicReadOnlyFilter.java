package vn.sochibo.publicsite.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public pages only read: any method other than GET or HEAD on {@code /public/**}
 * answers 405 Method Not Allowed — before the security filters, which would otherwise
 * answer a POST by anonymous visitors with a login redirect (or a 403 for the missing
 * CSRF token).
 */
class PublicReadOnlyFilter extends OncePerRequestFilter {

	static final String ALLOWED = "GET, HEAD";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String method = request.getMethod();
		if ("GET".equals(method) || "HEAD".equals(method)) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.ALLOW, ALLOWED);
		response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<PublicReadOnlyFilter> publicReadOnlyFilter() {
			FilterRegistrationBean<PublicReadOnlyFilter> registration = new FilterRegistrationBean<>(
					new PublicReadOnlyFilter());
			registration.addUrlPatterns("/public/*");
			registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
			return registration;
		}

	}

}
