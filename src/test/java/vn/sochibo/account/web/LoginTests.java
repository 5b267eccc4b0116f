package vn.sochibo.account.web;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.sochibo.account.Accounts;
import vn.sochibo.account.UserDetailsCommand;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Role;
import vn.sochibo.support.Html;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * The real form login, with accounts made through the services: where a good login lands,
 * what a wrong password gets, and the lock after repeated failures. Every test uses its
 * own user, so a lock never leaks into another test.
 */
@IntegrationTest
@TestInstance(Lifecycle.PER_CLASS)
class LoginTests {

	private static final String WRONG = "not-the-password";

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	MockMvc mvc;

	TestWard ward;

	@BeforeAll
	void ward() {
		this.ward = this.fixtures.newWard();
	}

	@Test
	void theLoginPageIsInVietnameseWithUsernameAndPassword() throws Exception {
		String page = this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("<html lang=\"vi\">")
			.contains("<title>Đăng nhập · Sổ Chi Bộ</title>")
			.contains(">Tên đăng nhập</label>")
			.contains(">Mật khẩu</label>");
		assertThat(Html.attribute(page, "username", "type")).isEqualTo("text");
		assertThat(Html.attribute(page, "password", "type")).isEqualTo("password");
		assertThat(Html.controlCount(page, "_csrf")).isEqualTo(1);
		assertThat(Html.labelsWithoutField(page)).isEmpty();
	}

	@Test
	void aGoodLoginLandsOnHomeThenOnTheHouseholds() throws Exception {
		String username = newUser();

		MvcResult login = this.mvc.perform(formLogin().user(username).password(WardFixtures.PASSWORD))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/home"))
			.andExpect(authenticated().withUsername(username).withRoles("INSPECTOR"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);

		this.mvc.perform(get("/home").session(session))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/dashboard"));
		this.mvc.perform(get("/dashboard").session(session)).andExpect(status().isOk());
		this.mvc.perform(get("/households").session(session)).andExpect(status().isOk());
	}

	@Test
	void theUsernameIsNotCaseSensitive() throws Exception {
		String username = newUser();

		this.mvc.perform(formLogin().user(" " + username.toUpperCase() + " ").password(WardFixtures.PASSWORD))
			.andExpect(redirectedUrl("/home"))
			.andExpect(authenticated().withUsername(username));
	}

	@Test
	void aWrongPasswordIsSentBackToTheLoginWithAnError() throws Exception {
		String username = newUser();

		this.mvc.perform(formLogin().user(username).password(WRONG))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
		this.mvc.perform(get("/login?error"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tên đăng nhập hoặc mật khẩu không đúng.")));
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() throws Exception {
		String username = newUser();

		for (int attempt = 1; attempt <= 5; attempt++) {
			this.mvc.perform(formLogin().user(username).password(WRONG)).andExpect(redirectedUrl("/login?error"));
		}

		this.mvc.perform(formLogin().user(username).password(WardFixtures.PASSWORD))
			.andExpect(redirectedUrl("/login?locked"))
			.andExpect(unauthenticated());
		this.mvc.perform(get("/login?locked"))
			.andExpect(content().string(
					containsString("Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.")));
	}

	@Test
	void fourWrongPasswordsDoNotLockAndAGoodLoginStartsTheCountAgain() throws Exception {
		String username = newUser();

		for (int attempt = 1; attempt <= 4; attempt++) {
			this.mvc.perform(formLogin().user(username).password(WRONG)).andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin().user(username).password(WardFixtures.PASSWORD)).andExpect(redirectedUrl("/home"));
		for (int attempt = 1; attempt <= 4; attempt++) {
			this.mvc.perform(formLogin().user(username).password(WRONG)).andExpect(redirectedUrl("/login?error"));
		}

		this.mvc.perform(formLogin().user(username).password(WardFixtures.PASSWORD))
			.andExpect(redirectedUrl("/home"))
			.andExpect(authenticated().withUsername(username));
	}

	@Test
	void theLockDoesNotTellWhetherAnAccountExists() throws Exception {
		String unknown = "khong-co-" + UUID.randomUUID().toString().substring(0, 8);

		for (int attempt = 1; attempt <= 5; attempt++) {
			this.mvc.perform(formLogin().user(unknown).password(WRONG)).andExpect(redirectedUrl("/login?error"));
		}

		this.mvc.perform(formLogin().user(unknown).password(WRONG)).andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void aDisabledAccountCannotLogIn() throws Exception {
		String username = newUser();
		Long id = this.accounts.list(this.ward.admin())
			.stream()
			.filter((user) -> user.username().equals(username))
			.findFirst()
			.orElseThrow()
			.id();
		this.accounts.setEnabled(this.ward.admin(), id, false);

		this.mvc.perform(formLogin().user(username).password(WardFixtures.PASSWORD))
			.andExpect(redirectedUrl("/login?disabled"))
			.andExpect(unauthenticated());
	}

	@Test
	void loggingOutEndsTheSession() throws Exception {
		String username = newUser();
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(formLogin().user(username).password(WardFixtures.PASSWORD))
			.andReturn()
			.getRequest()
			.getSession(false);

		this.mvc.perform(post("/logout").session(session).with(csrf()))
			.andExpect(redirectedUrl("/login?logout"))
			.andExpect(unauthenticated());
		this.mvc.perform(get("/households").session(session)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/login?logout")).andExpect(content().string(containsString("Bạn đã đăng xuất.")));
	}

	@Test
	void theSystemAdminLandsOnTheWards() throws Exception {
		this.mvc.perform(get("/home").with(as(new CurrentUser(null, null, "sysadmin", Role.SYSTEM_ADMIN))))
			.andExpect(redirectedUrl("/system/wards"));
	}

	private String newUser() {
		String username = "dangnhap-" + UUID.randomUUID().toString().substring(0, 8);
		this.accounts.create(this.ward.admin(),
				new UserDetailsCommand(username, "Người Đăng Nhập", Role.INSPECTOR, Set.of(), Set.of()),
				WardFixtures.PASSWORD);
		return username;
	}

}
