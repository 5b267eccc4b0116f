package vn.sochibo.account;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first system admin on an empty deployment: the password comes from
 * {@code SOCHIBO_ADMIN_PASSWORD}, or is random and printed once in the log.
 */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(FirstAdmin.class);

	private final Accounts accounts;

	private final String username;

	private final String password;

	FirstAdmin(Accounts accounts, @Value("${sochibo.admin.username}") String username,
			@Value("${sochibo.admin.password}") String password) {
		this.accounts = accounts;
		this.username = username;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean generated = this.password == null || this.password.isBlank();
		String chosen = generated ? randomPassword() : this.password;
		if (this.accounts.createFirstSystemAdmin(this.username, chosen)) {
			if (generated) {
				logger.warn("Created the system admin '{}' with the one-time password: {} "
						+ "(set SOCHIBO_ADMIN_PASSWORD to choose it)", this.username, chosen);
			}
			else {
				logger.info("Created the system admin '{}' with the password from SOCHIBO_ADMIN_PASSWORD",
						this.username);
			}
		}
	}

	private static String randomPassword() {
		byte[] bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
