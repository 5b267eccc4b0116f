package vn.sochibo.shared;

import java.util.Locale;
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
	 * Whether a base address names the machine it is opened on ({@code localhost}, a
	 * {@code *.localhost} name, {@code 127.x.x.x}, {@code 0.0.0.0}, {@code [::1]}): a QR
	 * code under it opens nothing on a resident's phone. False for what is not a base
	 * address at all (the pattern says so).
	 */
	public static boolean pointsToThisMachine(String baseUrl) {
		if (baseUrl == null || !BASE_URL_PATTERN.matcher(baseUrl.strip()).matches()) {
			return false;
		}
		String authority = baseUrl.strip().replaceFirst("(?i)^https?://", "").replaceFirst("[/?#].*$", "");
		String host = authority.substring(authority.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
		if (host.startsWith("[")) {
			host = host.substring(0, Math.max(host.indexOf(']') + 1, 1));
		}
		else if (host.indexOf(':') >= 0) {
			host = host.substring(0, host.indexOf(':'));
		}
		host = host.replaceAll("\\.+$", "");
		return host.equals("localhost") || host.endsWith(".localhost") || host.matches("127(\\.\\d{1,3}){3}")
				|| host.equals("0.0.0.0") || host.equals("[::1]") || host.equals("[0:0:0:0:0:0:0:1]")
				|| host.equals("[::]");
	}

	/**
	 * The address the current request came to (scheme, host, port, context path): what
	 * public addresses use while a ward has none of its own.
	 */
	public static String ofRequest() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

	/**
	 * @param wardBaseUrl the ward's public base address, or null when it has none
	 * @param path the page's path, beginning with "/" ("/public/entries/…")
	 */
	public static String absolute(String wardBaseUrl, String path) {
		String base = (wardBaseUrl != null) ? wardBaseUrl.strip() : null;
		if (base == null || !BASE_URL_PATTERN.matcher(base).matches()) {
			base = ofRequest();
		}
		return base.replaceAll("/+$", "") + path;
	}

}
