package vn.sochibo.shared;

import java.util.regex.Pattern;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute addresses of public pages, for what leaves the screen (the QR code of a
 * receipt, of a poster; printed links): under the ward's public base address when it has
 * a usable one ("https://congkhai.caikhe.vn", a path allowed), otherwise under the
 * scheme, host, port and context path the current request came to.
 */
public final class PublicUrls {

	/**
	 * What a ward's public base address may be: http or https, a host (and port), an
	 * optional path; no spaces, query or fragment. The settings form checks it with this.
	 */
	public static final String BASE_URL = "https?://[^\\s/?#]+(/[^\\s?#]*)?";

	private static final Pattern BASE_URL_PATTERN = Pattern.compile(BASE_URL, Pattern.CASE_INSENSITIVE);

	private PublicUrls() {
	}

	/**
	 * @param wardBaseUrl the ward's public base address, or null when it has none
	 * @param path the page's path, beginning with "/" ("/public/entries/…")
	 */
	public static String absolute(String wardBaseUrl, String path) {
		String base = (wardBaseUrl != null) ? wardBaseUrl.strip() : null;
		if (base == null || !BASE_URL_PATTERN.matcher(base).matches()) {
			base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
		}
		return base.replaceAll("/+$", "") + path;
	}

}
