package vn.sochibo.account;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.sochibo.shared.CurrentUser;

/**
 * Logs a MockMvc request in as a given user, with the same principal type that form login
 * produces.
 */
public final class TestPrincipals {

	private TestPrincipals() {
	}

	public static RequestPostProcessor as(CurrentUser user) {
		return SecurityMockMvcRequestPostProcessors
			.user(new AccountUserDetails(user, user.username(), "{noop}unused", true, true));
	}

}
