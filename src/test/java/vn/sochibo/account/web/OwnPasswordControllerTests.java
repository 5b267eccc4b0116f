package vn.sochibo.account.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.sochibo.account.Accounts;
import vn.sochibo.account.UserDetailsCommand;
import vn.sochibo.account.UserView;
import vn.sochibo.audit.AuditEntryView;
import vn.sochibo.audit.AuditTrail;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Role;
import vn.sochibo.support.Html;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * Every user changes their own password, through the real login: the current one must
 * match, the new one is long enough, typed twice and new; after the change only the new
 * one logs in. Each test uses its own user.
 */
@IntegrationTest
@TestInstance(Lifecycle.PER_CLASS)
class OwnPasswordControllerTests {

	private static final String NEW = "mật khẩu mới của tôi";

	/** The first system admin's password in every integration test. */
	private static final String SYSTEM_ADMIN_PASSWORD = "test-system-admin-password";

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	AuditTrail audit;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	TestWard ward;

	@BeforeAll
	void ward() {
		this.ward = this.fixtures.newWard();
	}

	@Test
	void everyRoleHasThePageLinkedFromTheTopBar() throws Exception {
		List<CurrentUser> everyone = new ArrayList<>(this.ward.wardUsers());
		everyone.add(new CurrentUser(-1L, null, "sysadmin", Role.SYSTEM_ADMIN));

		for (CurrentUser user : everyone) {
			String page = this.mvc.perform(get("/account/password").with(as(user)))
				.andExpect(status().isOk())
				.andExpect(view().name("account/password"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(user.role().name()).contains("href=\"/account/password\">Đổi mật khẩu</a>");
			assertThat(Html.controlCount(page, "currentPassword")).isEqualTo(1);
			assertThat(Html.controlCount(page, "newPassword")).isEqualTo(1);
			assertThat(Html.controlCount(page, "repeatedPassword")).isEqualTo(1);
			assertThat(Html.attribute(page, "newPassword", "type")).isEqualTo("password");
			assertThat(Html.labelsWithoutField(page)).isEmpty();
		}
		this.mvc.perform(get("/account/password")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void afterTheChangeOnlyTheNewPasswordLogsIn() throws Exception {
		String username = newUser();
		MockHttpSession session = login(username, WardFixtures.PASSWORD);

		this.mvc.perform(change(WardFixtures.PASSWORD, NEW, NEW).session(session))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/account/password"))
			.andExpect(flash().attribute("message", "account.password.changed"));

		this.mvc.perform(formLogin().user(username).password(WardFixtures.PASSWORD))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
		this.mvc.perform(formLogin().user(username).password(NEW))
			.andExpect(redirectedUrl("/home"))
			.andExpect(authenticated().withUsername(username));
	}

	@Test
	void theAuditTrailRecordsTheChangeButNeverThePassword() throws Exception {
		String username = newUser();
		Long id = idOf(username);

		this.mvc.perform(change(WardFixtures.PASSWORD, NEW, NEW).session(login(username, WardFixtures.PASSWORD)))
			.andExpect(status().isFound());

		List<AuditEntryView> history = this.audit.history(Accounts.ENTITY, id);
		assertThat(history).filteredOn((line) -> line.action().equals("PASSWORD_CHANGE"))
			.singleElement()
			.satisfies((line) -> {
				assertThat(line.actor()).isEqualTo(username);
				assertThat(line.oldValue()).isNull();
				assertThat(line.newValue()).isNull();
			});
		String hash = storedHash(username);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_events where coalesce(old_value, '') || coalesce(new_value, '') like ? or coalesce(old_value, '') || coalesce(new_value, '') like ?",
				Long.class, "%" + NEW + "%", "%" + hash.substring(10, 40) + "%"))
			.isZero();
		String page = this.mvc.perform(get("/users/" + id).with(as(this.ward.admin())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<td data-label=\"Nội dung\">Đổi mật khẩu</td>").doesNotContain(NEW);
	}

	@Test
	void theSystemAdminChangesTheirOwnPassword() throws Exception {
		MockHttpSession session = login("sysadmin", SYSTEM_ADMIN_PASSWORD);
		try {
			this.mvc.perform(change(SYSTEM_ADMIN_PASSWORD, NEW, NEW).session(session))
				.andExpect(redirectedUrl("/account/password"));

			this.mvc.perform(formLogin().user("sysadmin").password(SYSTEM_ADMIN_PASSWORD))
				.andExpect(redirectedUrl("/login?error"));
			this.mvc.perform(formLogin().user("sysadmin").password(NEW))
				.andExpect(authenticated().withUsername("sysadmin").withRoles("SYSTEM_ADMIN"));
		}
		finally {
			// the other test classes log in with the configured password
			this.jdbc.update("update app_users set password_hash = ? where username = 'sysadmin'",
					this.passwordEncoder.encode(SYSTEM_ADMIN_PASSWORD));
		}
	}

	@Test
	void aWrongCurrentPasswordIsRefused() throws Exception {
		assertRefused("không phải mật khẩu", NEW, NEW, "currentPassword", "Mật khẩu hiện tại không đúng.");
	}

	@Test
	void aNewPasswordOfNineCharactersIsRefused() throws Exception {
		assertRefused(WardFixtures.PASSWORD, "123456789", "123456789", "newPassword",
				"Mật khẩu phải có ít nhất 10 ký tự.");
	}

	@Test
	void aRepeatThatDiffersIsRefused() throws Exception {
		assertRefused(WardFixtures.PASSWORD, NEW, NEW + "!", "repeatedPassword",
				"Hai lần nhập mật khẩu mới không khớp nhau.");
	}

	@Test
	void theCurrentPasswordAsTheNewOneIsRefused() throws Exception {
		assertRefused(WardFixtures.PASSWORD, WardFixtures.PASSWORD, WardFixtures.PASSWORD, "newPassword",
				"Mật khẩu mới phải khác mật khẩu hiện tại.");
	}

	@Test
	void anEmptyRepeatIsRefused() throws Exception {
		assertRefused(WardFixtures.PASSWORD, NEW, "", "repeatedPassword", "Không được để trống.");
	}

	@Test
	void aChangeWithoutTheCsrfTokenIsForbidden() throws Exception {
		String username = newUser();
		MockHttpSession session = login(username, WardFixtures.PASSWORD);
		String before = storedHash(username);

		this.mvc
			.perform(post("/account/password").session(session)
				.param("currentPassword", WardFixtures.PASSWORD)
				.param("newPassword", NEW)
				.param("repeatedPassword", NEW))
			.andExpect(status().isForbidden());

		assertThat(storedHash(username)).isEqualTo(before);
	}

	private void assertRefused(String current, String next, String repeated, String field, String message)
			throws Exception {
		String username = newUser();
		MockHttpSession session = login(username, WardFixtures.PASSWORD);
		String before = storedHash(username);

		String page = this.mvc.perform(change(current, next, repeated).session(session))
			.andExpect(status().isOk())
			.andExpect(view().name("account/password"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, field)).isEqualTo(message);
		assertThat(page).doesNotContain(WardFixtures.PASSWORD).doesNotContain(next);
		assertThat(storedHash(username)).isEqualTo(before);
		assertThat(this.audit.history(Accounts.ENTITY, idOf(username)))
			.noneMatch((line) -> line.action().equals("PASSWORD_CHANGE"));
		this.mvc.perform(formLogin().user(username).password(WardFixtures.PASSWORD))
			.andExpect(authenticated().withUsername(username));
	}

	private MockHttpServletRequestBuilder change(String current, String next, String repeated) {
		return post("/account/password").with(csrf())
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("repeatedPassword", repeated);
	}

	private MockHttpSession login(String username, String password) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin().user(username).password(password))
			.andExpect(authenticated().withUsername(username))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	private String newUser() {
		String username = "doimk-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(this.ward.admin(), new UserDetailsCommand(username, "Người Đổi Mật Khẩu", Role.OFFICER,
				Set.of(this.ward.areaA().id()), Set.of()), WardFixtures.PASSWORD);
		return username;
	}

	private Long idOf(String username) {
		return this.accounts.list(this.ward.admin())
			.stream()
			.filter((user) -> user.username().equals(username))
			.map(UserView::id)
			.findFirst()
			.orElseThrow();
	}

	private String storedHash(String username) {
		return this.jdbc.queryForObject("select password_hash from app_users where username = ?", String.class,
				username);
	}

}
