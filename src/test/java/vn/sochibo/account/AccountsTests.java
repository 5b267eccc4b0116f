package vn.sochibo.account;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Role;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.ward.WardSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@IntegrationTest
class AccountsTests {

	/** 89 bytes in UTF-8: bcrypt would only ever look at the first 72. */
	private static final String PASSPHRASE = "Quê hương là chùm khế ngọt, cho con trèo hái mỗi ngày – Đỗ Trung Quân";

	private static final String SYSTEM_ADMIN_PASSWORD = "test-system-admin-password";

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	FirstAdmin firstAdmin;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void passwordsAreStoredAsSaltedArgon2idHashes() {
		TestWard ward = this.fixtures.newWard();

		String officerHash = storedHash(ward.officer().username());
		String inspectorHash = storedHash(ward.inspector().username());

		assertThat(officerHash).startsWith("{argon2}$argon2id$").doesNotContain(WardFixtures.PASSWORD);
		assertThat(inspectorHash).startsWith("{argon2}$argon2id$").isNotEqualTo(officerHash);
		assertThat(this.passwordEncoder.matches(WardFixtures.PASSWORD, officerHash)).isTrue();
	}

	@Test
	void aNineCharacterPasswordIsRefused() {
		TestWard ward = this.fixtures.newWard();

		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.accounts.create(ward.admin(), officer("canbo-ngan-" + ward.id(), ward), "123456789"))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo("password");
				assertThat(ex.messageKey()).isEqualTo("user.password.tooShort");
			});
		assertThat(this.accounts.list(ward.admin())).extracting(UserView::username)
			.doesNotContain("canbo-ngan-" + ward.id());
	}

	@Test
	void aTenCharacterPasswordIsAccepted() {
		TestWard ward = this.fixtures.newWard();

		UserView created = this.accounts.create(ward.admin(), officer("canbo-du-" + ward.id(), ward), "1234567890");

		assertThat(this.passwordEncoder.matches("1234567890", storedHash(created.username()))).isTrue();
	}

	@Test
	void theLengthIsCountedInCharactersNotBytesOrUtf16Units() {
		TestWard ward = this.fixtures.newWard();
		String nineVietnameseLetters = "đườngđời!";
		String nineEmoji = "😀".repeat(9);
		assertThat(nineVietnameseLetters.getBytes(StandardCharsets.UTF_8)).hasSizeGreaterThan(10);
		assertThat(nineEmoji).hasSize(18);

		for (String password : new String[] { nineVietnameseLetters, nineEmoji }) {
			assertThatExceptionOfType(RuleViolationException.class).isThrownBy(
					() -> this.accounts.create(ward.admin(), officer("canbo-dai-" + ward.id(), ward), password));
		}
	}

	@Test
	void resettingToAShortPasswordIsRefusedAndKeepsTheOldOne() {
		TestWard ward = this.fixtures.newWard();

		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.accounts.resetPassword(ward.admin(), ward.officer().id(), "ngắn quá"));

		assertThat(this.passwordEncoder.matches(WardFixtures.PASSWORD, storedHash(ward.officer().username()))).isTrue();
	}

	@Test
	void aLongVietnamesePassphraseCountsToItsLastCharacter() throws Exception {
		TestWard ward = this.fixtures.newWard();
		String username = "canbo-tho-" + ward.id();
		String lastCharacterChanged = PASSPHRASE.substring(0, PASSPHRASE.length() - 1) + "g";
		byte[] bytes = PASSPHRASE.getBytes(StandardCharsets.UTF_8);
		byte[] changedBytes = lastCharacterChanged.getBytes(StandardCharsets.UTF_8);
		assertThat(lastCharacterChanged).isNotEqualTo(PASSPHRASE);
		assertThat(bytes.length).isGreaterThan(72);
		assertThat(Arrays.copyOf(changedBytes, 72)).isEqualTo(Arrays.copyOf(bytes, 72));

		this.accounts.create(ward.admin(), officer(username, ward), PASSPHRASE);

		String hash = storedHash(username);
		assertThat(this.passwordEncoder.matches(PASSPHRASE, hash)).isTrue();
		assertThat(this.passwordEncoder.matches(lastCharacterChanged, hash)).isFalse();
		this.mvc.perform(formLogin("/login").user(username).password(PASSPHRASE))
			.andExpect(authenticated().withUsername(username))
			.andExpect(redirectedUrl("/home"));
		this.mvc.perform(formLogin("/login").user(username).password(lastCharacterChanged))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void theUsernameIsCaseInsensitiveAtLogin() throws Exception {
		TestWard ward = this.fixtures.newWard();

		this.mvc
			.perform(formLogin("/login").user(" " + ward.officer().username().toUpperCase() + " ")
				.password(WardFixtures.PASSWORD))
			.andExpect(authenticated().withUsername(ward.officer().username()));
	}

	@Test
	void aDuplicateUsernameIsRefusedWhateverItsCase() {
		TestWard ward = this.fixtures.newWard();
		String taken = ward.officer().username();

		for (String username : new String[] { taken, taken.toUpperCase(), " " + taken + " " }) {
			assertThatExceptionOfType(RuleViolationException.class)
				.isThrownBy(() -> this.accounts.create(ward.admin(), officer(username, ward), WardFixtures.PASSWORD))
				.satisfies((ex) -> {
					assertThat(ex.field()).isEqualTo("username");
					assertThat(ex.messageKey()).isEqualTo("user.username.duplicate");
				});
		}
		assertThat(this.jdbc.queryForObject("select count(*) from app_users where lower(username) = ?", Integer.class,
				taken))
			.isOne();
	}

	@Test
	void usernamesAreUniqueAcrossWards() {
		TestWard ward = this.fixtures.newWard();
		TestWard other = this.fixtures.newWard();

		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> this.accounts.create(other.admin(),
				officer(ward.officer().username().toUpperCase(), other), WardFixtures.PASSWORD));
		CurrentUser system = new CurrentUser(null, null, "test", Role.SYSTEM_ADMIN);
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.accounts.createWard(system,
					new WardSettings("Phường Trùng " + ward.id(), "Cần Thơ", "Khu vực", "ĐẢNG BỘ PHƯỜNG TRÙNG",
							"Trùng"),
					ward.admin().username().toUpperCase(), "Quản trị", WardFixtures.PASSWORD))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("adminUsername"));
	}

	@Test
	void usernamesAreStoredInLowerCase() {
		TestWard ward = this.fixtures.newWard();

		UserView created = this.accounts.create(ward.admin(), officer("  CanBo-Moi-" + ward.id() + " ", ward),
				WardFixtures.PASSWORD);

		assertThat(created.username()).isEqualTo("canbo-moi-" + ward.id());
	}

	@Test
	void theFirstSystemAdminIsCreatedOnce() throws Exception {
		assertThat(systemAdmins()).isOne();
		String hash = this.jdbc.queryForObject("select password_hash from app_users where role = 'SYSTEM_ADMIN'",
				String.class);
		assertThat(this.passwordEncoder.matches(SYSTEM_ADMIN_PASSWORD, hash)).isTrue();

		this.firstAdmin.run(null);
		boolean created = this.accounts.createFirstSystemAdmin("another-sysadmin", "another-password-123");

		assertThat(created).isFalse();
		assertThat(systemAdmins()).isOne();
		assertThat(this.jdbc.queryForObject("select password_hash from app_users where role = 'SYSTEM_ADMIN'",
				String.class))
			.isEqualTo(hash);
	}

	@Test
	void aDisabledUserCannotLogIn() throws Exception {
		TestWard ward = this.fixtures.newWard();

		this.accounts.setEnabled(ward.admin(), ward.inspector().id(), false);

		this.mvc.perform(formLogin("/login").user(ward.inspector().username()).password(WardFixtures.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?disabled"));
	}

	@Test
	void repeatedFailuresLockTheUsername() throws Exception {
		TestWard ward = this.fixtures.newWard();
		String username = ward.officerB().username();

		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin("/login").user(username).password("wrong-password-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}

		this.mvc.perform(formLogin("/login").user(username).password(WardFixtures.PASSWORD))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?locked"));
	}

	private Integer systemAdmins() {
		return this.jdbc.queryForObject("select count(*) from app_users where role = 'SYSTEM_ADMIN'", Integer.class);
	}

	private String storedHash(String username) {
		return this.jdbc.queryForObject("select password_hash from app_users where username = ?", String.class,
				username);
	}

	private static UserDetailsCommand officer(String username, TestWard ward) {
		return new UserDetailsCommand(username, "Cán bộ " + username, Role.OFFICER, Set.of(ward.areaA().id()),
				Set.of());
	}

}
