package vn.sochibo.support;

import java.util.UUID;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The one-time token a form that posts once carries ({@code submissionToken}): a request
 * sent the way a freshly shown form sends it. A token is any new random one — the server
 * remembers tokens only once used — so a test need not fetch the form first.
 */
public final class OneTimeTokens {

	/** The name of the token's field. */
	public static final String FIELD = "submissionToken";

	private OneTimeTokens() {
	}

	/**
	 * Adds a new token to the request unless it already carries one.
	 */
	public static RequestPostProcessor oneTimeToken() {
		return (request) -> {
			if (request.getParameter(FIELD) == null) {
				request.setParameter(FIELD, UUID.randomUUID().toString());
			}
			return request;
		};
	}

	/**
	 * Sends this token (the same form sent again).
	 */
	public static RequestPostProcessor oneTimeToken(UUID token) {
		return (request) -> {
			request.setParameter(FIELD, token.toString());
			return request;
		};
	}

}
