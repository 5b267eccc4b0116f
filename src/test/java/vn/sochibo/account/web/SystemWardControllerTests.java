package vn.sochibo.account.web;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Role;
import vn.sochibo.support.Html;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.ward.WardView;
import vn.sochibo.ward.Wards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * The system admin's screens: only the system admin lists wards and creates a ward with
 * its first admin, in one step, all or nothing.
 */
@IntegrationTest
class SystemWardControllerTests {

	static final CurrentUser SYSTEM_ADMIN = new CurrentUser(null, null, "sysadmin", Role.SYSTEM_ADMIN);

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Wards wards;

	@Autowired
	MockMvc mvc;

	String suffix;

	@BeforeEach
	void suffix() {
		this.suffix = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void theSystemAdminCreatesAWardWhoseAdminCanLogIn() throws Exception {
		String form = this.mvc.perform(get("/system/wards/new").with(as(SYSTEM_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(view().name("system/ward-form"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.labelsWithoutField(form)).isEmpty();
		assertThat(Html.controlCount(form, "ward.name")).isEqualTo(1);

		this.mvc.perform(newWard("Phường Cái Khế " + this.suffix, "quantri-" + this.suffix, "mật khẩu quản trị"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/system/wards"))
			.andExpect(flash().attribute("message", "ward.created"));

		WardView created = ward("Phường Cái Khế " + this.suffix);
		assertThat(created.province()).isEqualTo("Thành phố Cần Thơ");
		assertThat(created.unitLabel()).isEqualTo("Khu vực");
		assertThat(created.superiorBody()).isEqualTo("ĐẢNG BỘ PHƯỜNG CÁI KHẾ");
		assertThat(created.placeName()).isEqualTo("Cái Khế");
		this.mvc.perform(get("/system/wards").with(as(SYSTEM_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phường Cái Khế " + this.suffix)));
		this.mvc.perform(formLogin().user("quantri-" + this.suffix).password("mật khẩu quản trị"))
			.andExpect(redirectedUrl("/home"))
			.andExpect(authenticated().withRoles("WARD_ADMIN"));
	}

	@Test
	void nobodyElseListsOrCreatesWards() throws Exception {
		TestWard ward = this.fixtures.newWard();
		List<WardView> before = this.wards.publicList();

		for (CurrentUser user : ward.wardUsers()) {
			this.mvc.perform(get("/system/wards").with(as(user))).andExpect(status().isForbidden());
			this.mvc.perform(get("/system/wards/new").with(as(user))).andExpect(status().isForbidden());
			this.mvc
				.perform(newWard("Phường Lạ " + this.suffix, "la-" + this.suffix, "mật khẩu quản trị").with(as(user)))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/system/wards")).andExpect(redirectedUrl("/login"));

		assertThat(this.wards.publicList()).isEqualTo(before);
	}

	@Test
	void anEmptyWardNameIsShownNextToTheNestedField() throws Exception {
		assertRefused(newWard("", "rong-" + this.suffix, "mật khẩu quản trị"), "ward.name", "Không được để trống.");
	}

	@Test
	void aFirstAdminPasswordOfNineCharactersIsRefused() throws Exception {
		assertRefused(newWard("Phường Ngắn " + this.suffix, "ngan-" + this.suffix, "123456789"), "adminPassword",
				"Mật khẩu phải có ít nhất 10 ký tự.");
		assertThat(this.wards.publicList()).noneMatch((ward) -> ward.name().equals("Phường Ngắn " + this.suffix));
	}

	@Test
	void aWardThatExistsIsRefused() throws Exception {
		TestWard existing = this.fixtures.newWard();

		assertRefused(newWard(existing.ward().name(), "trung-" + this.suffix, "mật khẩu quản trị"), "ward.name",
				"Phường này đã có trong hệ thống.");
	}

	@Test
	void aFirstAdminNameInUseIsRefused() throws Exception {
		TestWard existing = this.fixtures.newWard();

		assertRefused(newWard("Phường Trùng Tên " + this.suffix, existing.admin().username(), "mật khẩu quản trị"),
				"adminUsername", "Tên đăng nhập này đã được dùng.");
		assertThat(this.wards.publicList()).noneMatch((ward) -> ward.name().equals("Phường Trùng Tên " + this.suffix));
	}

	private void assertRefused(MockHttpServletRequestBuilder request, String field, String message) throws Exception {
		List<WardView> before = this.wards.publicList();

		String page = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(view().name("system/ward-form"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, field)).isEqualTo(message);
		assertThat(Html.value(page, "ward.province")).isEqualTo("Thành phố Cần Thơ");
		assertThat(page).doesNotContain("mật khẩu quản trị");
		assertThat(this.wards.publicList()).isEqualTo(before);
	}

	private MockHttpServletRequestBuilder newWard(String name, String adminUsername, String adminPassword) {
		return post("/system/wards/new").with(as(SYSTEM_ADMIN))
			.with(csrf())
			.param("ward.name", name)
			.param("ward.province", "Thành phố Cần Thơ")
			.param("ward.unitLabel", "Khu vực")
			.param("ward.superiorBody", "ĐẢNG BỘ PHƯỜNG CÁI KHẾ")
			.param("ward.placeName", "Cái Khế")
			.param("adminUsername", adminUsername)
			.param("adminFullName", "Quản Trị Phường")
			.param("adminPassword", adminPassword);
	}

	private WardView ward(String name) {
		return this.wards.publicList()
			.stream()
			.filter((ward) -> ward.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no ward named " + name));
	}

}
