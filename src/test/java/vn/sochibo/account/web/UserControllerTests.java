package vn.sochibo.account.web;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.MultiValueMap;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.sochibo.account.Accounts;
import vn.sochibo.account.UserView;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * The ward's users: only the ward admin manages them; a new user gets a strong password,
 * a unique name and the assignments their role needs.
 */
@IntegrationTest
class UserControllerTests {

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	MockMvc mvc;

	TestWard ward;

	@BeforeEach
	void newWard() {
		this.ward = this.fixtures.newWard();
	}

	@Test
	void theWardAdminCreatesAUserWhoCanThenLogIn() throws Exception {
		String username = "canbo-moi-" + suffix();

		MvcResult result = this.mvc
			.perform(newUser(username, Role.OFFICER, "mật khẩu đủ dài").param("areaIds",
					String.valueOf(this.ward.areaB().id())))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/users/{id}"))
			.andReturn();

		String location = result.getResponse().getRedirectedUrl();
		UserView created = this.accounts.get(this.ward.admin(),
				Long.valueOf(location.substring(location.lastIndexOf('/') + 1)));
		assertThat(created.username()).isEqualTo(username);
		assertThat(created.role()).isEqualTo(Role.OFFICER);
		assertThat(created.areaIds()).containsExactly(this.ward.areaB().id());
		this.mvc.perform(formLogin().user(username).password("mật khẩu đủ dài"))
			.andExpect(redirectedUrl("/home"))
			.andExpect(authenticated().withUsername(username));
	}

	@Test
	void theEditFormPostsBackAsItIs() throws Exception {
		String officer = "/users/" + this.ward.officer().id();
		String form = this.mvc.perform(get(officer + "/edit").with(as(this.ward.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.labelsWithoutField(form)).isEmpty();
		MultiValueMap<String, String> fields = Html.formFields(form, officer + "/edit");
		fields.set("fullName", "Cán Bộ Đổi Tên");

		this.mvc.perform(post(officer + "/edit").with(as(this.ward.admin())).with(csrf()).params(fields))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(officer));

		UserView after = this.accounts.get(this.ward.admin(), this.ward.officer().id());
		assertThat(after.fullName()).isEqualTo("Cán Bộ Đổi Tên");
		assertThat(after.username()).isEqualTo(this.ward.officer().username());
		assertThat(after.role()).isEqualTo(Role.OFFICER);
		assertThat(after.areaIds()).containsExactly(this.ward.areaA().id());
	}

	@Test
	void theWardAdminCannotDemoteOrDisableThemself() throws Exception {
		String admin = "/users/" + this.ward.admin().id();
		UserView before = this.accounts.get(this.ward.admin(), this.ward.admin().id());

		String page = this.mvc
			.perform(post(admin + "/edit").with(as(this.ward.admin()))
				.with(csrf())
				.param("username", this.ward.admin().username())
				.param("fullName", before.fullName())
				.param("role", "INSPECTOR")
				.param("version", String.valueOf(before.version())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.fieldError(page, "role")).isEqualTo("Không thể tự bỏ quyền quản trị phường của mình.");
		this.mvc.perform(post(admin + "/enabled").with(as(this.ward.admin())).with(csrf()).param("enabled", "false"))
			.andExpect(redirectedUrl(admin));

		assertThat(this.accounts.get(this.ward.admin(), this.ward.admin().id())).isEqualTo(before);
	}

	static Stream<Arguments> others() {
		return Stream.of(Arguments.of("secretary"), Arguments.of("officer"), Arguments.of("inspector"),
				Arguments.of("system admin"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("others")
	void nobodyElseSeesOrManagesUsers(String who) throws Exception {
		CurrentUser user = switch (who) {
			case "secretary" -> this.ward.secretary();
			case "officer" -> this.ward.officer();
			case "inspector" -> this.ward.inspector();
			default -> new CurrentUser(null, null, "sysadmin", Role.SYSTEM_ADMIN);
		};
		List<UserView> before = this.accounts.list(this.ward.admin());
		String inspector = "/users/" + this.ward.inspector().id();

		this.mvc.perform(get("/users").with(as(user))).andExpect(status().isForbidden());
		this.mvc.perform(get(inspector).with(as(user))).andExpect(status().isForbidden());
		this.mvc.perform(get("/users/new").with(as(user))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/users/new").with(as(user))
				.with(csrf())
				.param("username", "ke-gian-" + suffix())
				.param("fullName", "Kẻ Gian")
				.param("role", "WARD_ADMIN")
				.param("password", "mật khẩu đủ dài"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(inspector + "/edit").with(as(user))
				.with(csrf())
				.param("username", this.ward.inspector().username())
				.param("fullName", "Thanh tra")
				.param("role", "WARD_ADMIN")
				.param("version", "0"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(inspector + "/password").with(as(user)).with(csrf()).param("password", "mật khẩu mới dài"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(inspector + "/enabled").with(as(user)).with(csrf()).param("enabled", "false"))
			.andExpect(status().isForbidden());

		assertThat(this.accounts.list(this.ward.admin())).isEqualTo(before);
	}

	@Test
	void aUserOfAnotherWardIsNotFound() throws Exception {
		TestWard other = this.fixtures.newWard();
		List<UserView> before = this.accounts.list(other.admin());
		String officer = "/users/" + other.officer().id();

		this.mvc.perform(get(officer).with(as(this.ward.admin()))).andExpect(status().isNotFound());
		this.mvc.perform(get(officer + "/edit").with(as(this.ward.admin()))).andExpect(status().isNotFound());
		this.mvc
			.perform(post(officer + "/password").with(as(this.ward.admin()))
				.with(csrf())
				.param("password", "mật khẩu chiếm quyền"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(officer + "/enabled").with(as(this.ward.admin())).with(csrf()).param("enabled", "false"))
			.andExpect(status().isNotFound());

		assertThat(this.accounts.list(other.admin())).isEqualTo(before);
	}

	@Test
	void aPasswordOfNineCharactersIsRefused() throws Exception {
		assertRefused(newUser("ngan-" + suffix(), Role.INSPECTOR, "123456789"), "password",
				"Mật khẩu phải có ít nhất 10 ký tự.");
	}

	@Test
	void aMissingPasswordIsRefused() throws Exception {
		assertRefused(newUser("trong-" + suffix(), Role.INSPECTOR, ""), "password", "Không được để trống.");
	}

	@Test
	void aUsernameInUseIsRefusedWhateverItsCase() throws Exception {
		assertRefused(newUser(this.ward.officer().username(), Role.INSPECTOR, "mật khẩu đủ dài"), "username",
				"Tên đăng nhập này đã được dùng.");
		assertRefused(newUser(this.ward.officer().username().toUpperCase(), Role.INSPECTOR, "mật khẩu đủ dài"),
				"username", "Tên đăng nhập này đã được dùng.");
	}

	@Test
	void aUsernameWithAccentsOrSpacesIsRefused() throws Exception {
		assertRefused(newUser("cán bộ", Role.INSPECTOR, "mật khẩu đủ dài"), "username",
				"Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới.");
		assertRefused(newUser("ab", Role.INSPECTOR, "mật khẩu đủ dài"), "username",
				"Tên đăng nhập dài từ 3 đến 60 ký tự.");
	}

	@Test
	void anOfficerWithoutAreasIsRefused() throws Exception {
		assertRefused(newUser("khongkhu-" + suffix(), Role.OFFICER, "mật khẩu đủ dài"), "areaIds",
				"Cán bộ khu vực cần được giao ít nhất một khu vực.");
	}

	@Test
	void aSecretaryWithoutCellsIsRefused() throws Exception {
		assertRefused(newUser("khongchibo-" + suffix(), Role.CELL_SECRETARY, "mật khẩu đủ dài"), "cellIds",
				"Bí thư cần được giao ít nhất một chi bộ.");
	}

	@Test
	void anAreaOrCellOfAnotherWardIsRefused() throws Exception {
		TestWard other = this.fixtures.newWard();

		assertRefused(newUser("lankhu-" + suffix(), Role.OFFICER, "mật khẩu đủ dài").param("areaIds",
				String.valueOf(other.areaA().id())), "areaIds", "Khu dân cư không tồn tại trong phường.");
		assertRefused(newUser("lanchibo-" + suffix(), Role.CELL_SECRETARY, "mật khẩu đủ dài").param("cellIds",
				String.valueOf(other.cellA().id())), "cellIds", "Chi bộ không tồn tại trong phường.");
	}

	@Test
	void aSystemAdminCannotBeCreatedByAWardAdmin() throws Exception {
		assertRefused(newUser("hethong-" + suffix(), Role.SYSTEM_ADMIN, "mật khẩu đủ dài"), "role",
				"Vai trò không hợp lệ.");
	}

	@Test
	void theTypedPasswordIsNotSentBackWithTheErrors() throws Exception {
		String page = this.mvc.perform(newUser("ab", Role.INSPECTOR, "bí mật riêng 2025"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).doesNotContain("bí mật riêng 2025");
	}

	@Test
	void aResetPasswordOfNineCharactersIsRefused() throws Exception {
		String page = this.mvc
			.perform(post("/users/" + this.ward.officer().id() + "/password").with(as(this.ward.admin()))
				.with(csrf())
				.param("password", "123456789"))
			.andExpect(status().isOk())
			.andExpect(view().name("users/detail"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, "password")).isEqualTo("Mật khẩu phải có ít nhất 10 ký tự.");
		this.mvc.perform(formLogin().user(this.ward.officer().username()).password(WardFixtures.PASSWORD))
			.andExpect(redirectedUrl("/home"));
	}

	private void assertRefused(MockHttpServletRequestBuilder request, String field, String message) throws Exception {
		List<UserView> before = this.accounts.list(this.ward.admin());

		String page = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(view().name("users/form"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, field)).isEqualTo(message);
		assertThat(this.accounts.list(this.ward.admin())).isEqualTo(before);
	}

	private MockHttpServletRequestBuilder newUser(String username, Role role, String password) {
		return post("/users/new").with(as(this.ward.admin()))
			.with(csrf())
			.param("username", username)
			.param("fullName", "Người Dùng Mới")
			.param("role", role.name())
			.param("password", password);
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
