package vn.sochibo.publicsite.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.springframework.web.util.ContentCachingResponseWrapper;

import vn.sochibo.fund.FundNotFoundException;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.PublicLedger;

/**
 * A fund's public page and downloads are the same for every anonymous reader until the
 * next entry is posted, and a public ledger is read far more often than it is written.
 * This filter keeps the rendered answer for anonymous GETs, keyed by the address and the
 * fund's chain head and entry count: any posting changes the key, so a reader never sees
 * a stale ledger. Logged-in users (whose pages carry their name and a CSRF token) always
 * get a fresh rendering.
 */
class PublicPageCache extends OncePerRequestFilter {

	private static final Pattern FUND_PATH = Pattern.compile("/public/funds/(\\d{1,18})(/entries\\.(csv|json))?");

	/** Answers larger than this are not kept (a very large fund's full download). */
	static final int MAX_BODY = 4 << 20;

	static final long MAX_TOTAL = 64L << 20;

	/** Downloads of funds with more entries than this are never buffered. */
	static final int MAX_DOWNLOAD_ENTRIES = 20_000;

	private final PublicLedger ledger;

	private final Map<String, Cached> cache = new LinkedHashMap<>(256, 0.75f, true);

	private long totalBytes;

	PublicPageCache(PublicLedger ledger) {
		this.ledger = ledger;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher path = FUND_PATH.matcher(request.getRequestURI());
		if (!"GET".equals(request.getMethod()) || !path.matches() || request.getUserPrincipal() != null) {
			chain.doFilter(request, response);
			return;
		}
		Optional<Version> version = version(Long.valueOf(path.group(1)));
		boolean download = path.group(2) != null;
		if (version.isEmpty() || (download && version.get().entries() > MAX_DOWNLOAD_ENTRIES)) {
			// Unknown funds render their 404; very large downloads stream as they are
			// read.
			chain.doFilter(request, response);
			return;
		}
		String key = request.getRequestURI() + "?" + parameters(request) + "|" + version.get().head() + ":"
				+ version.get().entries();
		Cached cached = get(key);
		if (cached != null) {
			response.setContentType(cached.contentType());
			if (cached.disposition() != null) {
				response.setHeader(HttpHeaders.CONTENT_DISPOSITION, cached.disposition());
			}
			response.setContentLength(cached.body().length);
			response.getOutputStream().write(cached.body());
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		if (wrapper.getStatus() == HttpServletResponse.SC_OK && wrapper.getContentSize() <= MAX_BODY) {
			put(key, new Cached(wrapper.getContentType(), wrapper.getHeader(HttpHeaders.CONTENT_DISPOSITION),
					wrapper.getContentAsByteArray()));
		}
		wrapper.copyBodyToResponse();
	}

	/**
	 * The request's parameters in a stable order (the filters of the page).
	 */
	private static String parameters(HttpServletRequest request) {
		StringBuilder out = new StringBuilder();
		new java.util.TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
			for (String value : values) {
				out.append(name).append('=').append(value).append('&');
			}
		});
		return out.toString();
	}

	/**
	 * The fund's chain head and entry count, read through the ledger's public side (the
	 * fund's row belongs to the fund feature).
	 */
	private Optional<Version> version(Long fundId) {
		try {
			FundSummary fund = this.ledger.fund(fundId);
			return Optional.of(new Version(fund.headHash(), fund.entryCount()));
		}
		catch (FundNotFoundException ex) {
			return Optional.empty();
		}
	}

	private synchronized Cached get(String key) {
		return this.cache.get(key);
	}

	private synchronized void put(String key, Cached value) {
		Cached previous = this.cache.put(key, value);
		this.totalBytes += value.body().length - ((previous != null) ? previous.body().length : 0);
		var eldest = this.cache.entrySet().iterator();
		while (this.totalBytes > MAX_TOTAL && eldest.hasNext()) {
			this.totalBytes -= eldest.next().getValue().body().length;
			eldest.remove();
		}
	}

	record Cached(String contentType, String disposition, byte[] body) {
	}

	record Version(String head, int entries) {
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<PublicPageCache> publicPageCache(PublicLedger ledger) {
			FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(
					new PublicPageCache(ledger));
			registration.addUrlPatterns("/public/funds/*");
			// After the security filters, which tell who is logged in.
			registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10);
			return registration;
		}

	}

}
