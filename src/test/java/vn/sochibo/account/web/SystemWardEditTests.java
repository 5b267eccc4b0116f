package vn.sochibo.account.web;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.sochibo.account.Accounts;
import vn.sochibo.audit.AuditTrail;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Role;
import vn.sochibo.support.Html;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.ward.WardSettings;
import vn.sochibo.ward.WardView;
import vn.sochibo.ward.Wards;

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
 * The system admin opens a ward: edits its name, province, unit label and superior body
 * (a stale edit is a 409), and resets its admins' passwords — never sees its records.
 * Nobody else reaches these pages.
 */
@IntegrationTest
class SystemWardEditTests {

	static final CurrentUser SYSTEM_ADMIN = new CurrentUser(-1L, null, "sysadmin", Role.SYSTEM_ADMIN);

	private static final String NEW = "mật khẩu mới quản trị";

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Wards wards;

	@Autowired
	AuditTrail audit;

	@Autowired
	Accounts accounts;

	@Autowired
	MockMvc mvc;

	@Test
	void theWardPageShowsItsSettingsAndAdminsButNoneOfItsRecords() throws Exception {
		TestWard ward = this.fixtures.newWard();
		this.fixtures.household(ward, ward.areaA(), "Nguyễn Văn Bí Mật");

		String page = this.mvc.perform(get("/system/wards/" + ward.id()).with(as(SYSTEM_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(view().name("system/ward"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains(ward.ward().name())
			.contains(ward.ward().superiorBody())
			.contains(ward.admin().username())
			.contains("href=\"/system/wards/" + ward.id() + "/admins/" + ward.admin().id() + "/password\"")
			.doesNotContain("Nguyễn Văn Bí Mật")
			.doesNotContain(ward.officer().username())
			.doesNotContain(ward.secretary().username());
		String list = this.mvc.perform(get("/system/wards").with(as(SYSTEM_ADMIN)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("href=\"/system/wards/" + ward.id() + "\"");
		for (String records : List.of("/households", "/funds", "/areas", "/users", "/settings", "/start")) {
			this.mvc.perform(get(records).with(as(SYSTEM_ADMIN))).andExpect(status().isForbidden());
		}
	}

	@Test
	void theSystemAdminEditsTheWardAndTheRestOfItsSettingsStay() throws Exception {
		TestWard ward = this.fixtures.newWard();
		String form = this.mvc.perform(get("/system/wards/" + ward.id() + "/edit").with(as(SYSTEM_ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.value(form, "name")).isEqualTo(ward.ward().name());
		assertThat(Html.controlCount(form, "placeName")).isZero();
		assertThat(Html.labelsWithoutField(form)).isEmpty();
		String name = "Phường Đổi Tên " + suffix();

		this.mvc.perform(edit(ward.id(), name, "Tỉnh Gia Lai", "Tổ dân phố", "ĐẢNG BỘ PHƯỜNG ĐỔI TÊN", 0))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/system/wards/" + ward.id()))
			.andExpect(flash().attribute("message", "system.ward.updated"));

		WardView after = this.wards.get(ward.id());
		assertThat(after.name()).isEqualTo(name);
		assertThat(after.province()).isEqualTo("Tỉnh Gia Lai");
		assertThat(after.unitLabel()).isEqualTo("Tổ dân phố");
		assertThat(after.superiorBody()).isEqualTo("ĐẢNG BỘ PHƯỜNG ĐỔI TÊN");
		assertThat(after.placeName()).isEqualTo(ward.ward().placeName());
		assertThat(this.audit.history("WARD", ward.id())).anyMatch((line) -> line.actor().equals("sysadmin")
				&& "name".equals(line.field()) && name.equals(line.newValue()));
	}

	@Test
	void aStaleEditGetsTheConflictPageAndChangesNothing() throws Exception {
		TestWard ward = this.fixtures.newWard();
		this.wards.updateSettings(ward.admin(), new WardSettings(ward.ward().name(), ward.ward().province(), "Khu phố",
				ward.ward().superiorBody(), "Thử", "https://sochibo.example.vn"), 0);

		this.mvc.perform(edit(ward.id(), "Phường Cũ " + suffix(), "Tỉnh Gia Lai", "Tổ dân phố", "ĐẢNG BỘ", 0))
			.andExpect(status().isConflict());

		assertThat(this.wards.get(ward.id()).name()).isEqualTo(ward.ward().name());
		assertThat(this.wards.get(ward.id()).unitLabel()).isEqualTo("Khu phố");
	}

	@Test
	void anEmptyNameIsShownNextToTheField() throws Exception {
		TestWard ward = this.fixtures.newWard();

		String page = this.mvc.perform(edit(ward.id(), "", "Tỉnh Gia Lai", "Tổ dân phố", "ĐẢNG BỘ", 0))
			.andExpect(status().isOk())
			.andExpect(view().name("system/ward-edit"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, "name")).isEqualTo("Không được để trống.");
		assertThat(Html.value(page, "province")).isEqualTo("Tỉnh Gia Lai");
		assertThat(this.wards.get(ward.id())).isEqualTo(ward.ward());
	}

	@Test
	void theNameOfAnotherWardIsRefused() throws Exception {
		TestWard ward = this.fixtures.newWard();
		TestWard other = this.fixtures.newWard();

		String page = this.mvc
			.perform(edit(ward.id(), other.ward().name(), other.ward().province(), "Khu vực", "ĐẢNG BỘ", 0))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, "name")).isEqualTo("Phường này đã có trong hệ thống.");
		assertThat(this.wards.get(ward.id()).name()).isEqualTo(ward.ward().name());
	}

	@Test
	void anUnknownWardIsNotFound() throws Exception {
		long unknown = Long.MAX_VALUE;
		this.mvc.perform(get("/system/wards/" + unknown).with(as(SYSTEM_ADMIN))).andExpect(status().isNotFound());
		this.mvc.perform(get("/system/wards/" + unknown + "/edit").with(as(SYSTEM_ADMIN)))
			.andExpect(status().isNotFound());
		this.mvc.perform(edit(unknown, "Phường Không Có " + suffix(), "Tỉnh", "Khu vực", "ĐẢNG BỘ", 0))
			.andExpect(status().isNotFound());
	}

	@Test
	void theSystemAdminResetsAWardAdminsPassword() throws Exception {
		TestWard ward = this.fixtures.newWard();

		this.mvc.perform(get(passwordUrl(ward.id(), ward.admin().id())).with(as(SYSTEM_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(view().name("system/admin-password"));
		this.mvc.perform(reset(ward.id(), ward.admin().id(), NEW, NEW))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/system/wards/" + ward.id()))
			.andExpect(flash().attribute("message", "user.passwordReset"));

		this.mvc.perform(formLogin().user(ward.admin().username()).password(WardFixtures.PASSWORD))
			.andExpect(unauthenticated());
		this.mvc.perform(formLogin().user(ward.admin().username()).password(NEW))
			.andExpect(authenticated().withUsername(ward.admin().username()));
		assertThat(this.audit.history(Accounts.ENTITY, ward.admin().id()))
			.anyMatch((line) -> line.action().equals("PASSWORD_RESET") && line.actor().equals("sysadmin")
					&& line.oldValue() == null && line.newValue() == null);
	}

	@Test
	void aResetOfNineCharactersIsRefused() throws Exception {
		assertResetRefused("123456789", "123456789", "password", "Mật khẩu phải có ít nhất 10 ký tự.");
	}

	@Test
	void aResetTypedDifferentlyTwiceIsRefused() throws Exception {
		assertResetRefused(NEW, NEW + "x", "repeatedPassword", "Hai lần nhập mật khẩu mới không khớp nhau.");
	}

	@Test
	void onlyTheWardsOwnAdminsCanBeReset() throws Exception {
		TestWard ward = this.fixtures.newWard();
		TestWard other = this.fixtures.newWard();

		this.mvc.perform(reset(ward.id(), ward.officer().id(), NEW, NEW)).andExpect(status().isNotFound());
		this.mvc.perform(reset(ward.id(), other.admin().id(), NEW, NEW)).andExpect(status().isNotFound());
		this.mvc.perform(get(passwordUrl(ward.id(), other.admin().id())).with(as(SYSTEM_ADMIN)))
			.andExpect(status().isNotFound());

		this.mvc.perform(formLogin().user(ward.officer().username()).password(WardFixtures.PASSWORD))
			.andExpect(authenticated());
		this.mvc.perform(formLogin().user(other.admin().username()).password(WardFixtures.PASSWORD))
			.andExpect(authenticated());
	}

	@Test
	void aResetWithoutTheCsrfTokenIsForbidden() throws Exception {
		TestWard ward = this.fixtures.newWard();

		this.mvc
			.perform(post(passwordUrl(ward.id(), ward.admin().id())).with(as(SYSTEM_ADMIN))
				.param("password", NEW)
				.param("repeatedPassword", NEW))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/system/wards/" + ward.id() + "/edit").with(as(SYSTEM_ADMIN))
				.param("name", "Phường Không Token")
				.param("province", "Tỉnh")
				.param("unitLabel", "Khu vực")
				.param("superiorBody", "ĐẢNG BỘ")
				.param("version", "0"))
			.andExpect(status().isForbidden());

		this.mvc.perform(formLogin().user(ward.admin().username()).password(WardFixtures.PASSWORD))
			.andExpect(authenticated());
		assertThat(this.wards.get(ward.id())).isEqualTo(ward.ward());
	}

	@Test
	void wardUsersCannotReachTheSystemPages() throws Exception {
		TestWard ward = this.fixtures.newWard();

		for (CurrentUser user : ward.wardUsers()) {
			this.mvc.perform(get("/system/wards/" + ward.id()).with(as(user))).andExpect(status().isForbidden());
			this.mvc.perform(get("/system/wards/" + ward.id() + "/edit").with(as(user)))
				.andExpect(status().isForbidden());
			this.mvc.perform(editAs(user, ward.id(), "Phường Chiếm " + suffix(), "Tỉnh", "Khu vực", "ĐẢNG BỘ", 0))
				.andExpect(status().isForbidden());
			this.mvc.perform(resetAs(user, ward.id(), ward.admin().id(), NEW, NEW)).andExpect(status().isForbidden());
		}

		assertThat(this.wards.get(ward.id())).isEqualTo(ward.ward());
		this.mvc.perform(formLogin().user(ward.admin().username()).password(WardFixtures.PASSWORD))
			.andExpect(authenticated());
	}

	private void assertResetRefused(String password, String repeated, String field, String message) throws Exception {
		TestWard ward = this.fixtures.newWard();

		String page = this.mvc.perform(reset(ward.id(), ward.admin().id(), password, repeated))
			.andExpect(status().isOk())
			.andExpect(view().name("system/admin-password"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, field)).isEqualTo(message);
		assertThat(page).doesNotContain(password);
		this.mvc.perform(formLogin().user(ward.admin().username()).password(WardFixtures.PASSWORD))
			.andExpect(authenticated());
		assertThat(this.audit.history(Accounts.ENTITY, ward.admin().id()))
			.noneMatch((line) -> line.action().equals("PASSWORD_RESET"));
	}

	private MockHttpServletRequestBuilder edit(Long wardId, String name, String province, String unitLabel,
			String superiorBody, int version) {
		return editAs(SYSTEM_ADMIN, wardId, name, province, unitLabel, superiorBody, version);
	}

	private MockHttpServletRequestBuilder editAs(CurrentUser actor, Long wardId, String name, String province,
			String unitLabel, String superiorBody, int version) {
		return post("/system/wards/" + wardId + "/edit").with(as(actor))
			.with(csrf())
			.param("name", name)
			.param("province", province)
			.param("unitLabel", unitLabel)
			.param("superiorBody", superiorBody)
			.param("version", String.valueOf(version));
	}

	private MockHttpServletRequestBuilder reset(Long wardId, Long adminId, String password, String repeated) {
		return resetAs(SYSTEM_ADMIN, wardId, adminId, password, repeated);
	}

	private MockHttpServletRequestBuilder resetAs(CurrentUser actor, Long wardId, Long adminId, String password,
			String repeated) {
		return post(passwordUrl(wardId, adminId)).with(as(actor))
			.with(csrf())
			.param("password", password)
			.param("repeatedPassword", repeated);
	}

	private static String passwordUrl(Long wardId, Long adminId) {
		return "/system/wards/" + wardId + "/admins/" + adminId + "/password";
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
