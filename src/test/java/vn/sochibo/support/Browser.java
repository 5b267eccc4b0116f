package vn.sochibo.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpClient.Redirect;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser against the application on a real port (see {@link ServerTest}):
 * keeps its cookies, does not follow redirects, and sends back the CSRF token of the last
 * page it received, as a form of that page would.
 */
public final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client;

	private final String base;

	private String csrfToken;

	public Browser(int port) {
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(Redirect.NEVER)
			.build();
		this.base = "http://localhost:" + port;
	}

	/**
	 * Logs in through the login form and fails unless the login is accepted.
	 */
	public Browser logIn(String username, String password) {
		get("/login");
		Page answer = post("/login", Map.of("username", username, "password", password));
		if (answer.status() != 302 || !answer.location().endsWith("/home")) {
			throw new IllegalStateException("login of " + username + " refused: " + answer.location());
		}
		return this;
	}

	public Page get(String path) {
		return send(HttpRequest.newBuilder(URI.create(this.base + path)).GET());
	}

	/**
	 * Posts a form with the CSRF token of the last page received.
	 */
	public Page post(String path, Map<String, String> fields) {
		Map<String, String> form = new LinkedHashMap<>(fields);
		if (this.csrfToken != null) {
			form.put("_csrf", this.csrfToken);
		}
		return postWithoutToken(path, form);
	}

	/**
	 * Posts a form as it is, without adding a CSRF token.
	 */
	public Page postWithoutToken(String path, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(body)));
	}

	private Page send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = this.client.send(request.header("Accept", "text/html").build(),
					BodyHandlers.ofString(StandardCharsets.UTF_8));
			Matcher token = CSRF.matcher(response.body());
			if (token.find()) {
				this.csrfToken = token.group(1);
			}
			return new Page(response.statusCode(), response.body(),
					response.headers().firstValue("Location").orElse(null));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/**
	 * What the server answered.
	 */
	public record Page(int status, String body, String location) {

	}

}
