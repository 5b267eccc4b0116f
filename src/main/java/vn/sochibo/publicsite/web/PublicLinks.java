package vn.sochibo.publicsite.web;

import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.sochibo.fund.PublicWard;

/**
 * Absolute addresses of public pages, for what leaves the screen (QR codes, printed
 * links): the ward's public base address when it has a usable one, otherwise the scheme,
 * host and port the current request came to.
 */
@Component
class PublicLinks {

	private static final Pattern BASE_URL = Pattern.compile("https?://[^\\s/?#]+(/[^\\s?#]*)?",
			Pattern.CASE_INSENSITIVE);

	String absolute(PublicWard ward, String path) {
		String base = ward.publicBaseUrl();
		if (base == null || !BASE_URL.matcher(base).matches()) {
			base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		}
		return base.replaceAll("/+$", "") + path;
	}

}
