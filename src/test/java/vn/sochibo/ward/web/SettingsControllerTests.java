package vn.sochibo.ward.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.MultiValueMap;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * The ward settings: only the ward admin of the ward reads and changes them.
 */
@IntegrationTest
class SettingsControllerTests {

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Wards wards;

	@Autowired
	MockMvc mvc;

	TestWard ward;

	@BeforeEach
	void newWard() {
		this.ward = this.fixtures.newWard();
	}

	@Test
	void theWardAdminSeesTheSettingsOfTheirWard() throws Exception {
		String page = this.mvc.perform(get("/settings").with(as(this.ward.admin())))
			.andExpect(status().isOk())
			.andExpect(view().name("settings/form"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.value(page, "name")).isEqualTo(this.ward.ward().name());
		assertThat(Html.value(page, "superiorBody")).isEqualTo(this.ward.ward().superiorBody());
		assertThat(Html.value(page, "version")).isEqualTo(String.valueOf(this.ward.ward().version()));
	}

	@Test
	void theWardAdminChangesTheSettingsAndTheHistoryShowsIt() throws Exception {
		Map<String, String> form = formOf(this.ward.ward());
		form.put("placeName", "Cái Khế");

		this.mvc.perform(settings(this.ward.admin(), form).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/settings"))
			.andExpect(flash().attribute("message", "settings.updated"));

		assertThat(this.wards.get(this.ward.id()).placeName()).isEqualTo("Cái Khế");
		String page = this.mvc.perform(get("/settings").with(as(this.ward.admin())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.rows(page))
			.anySatisfy((row) -> assertThat(row).contains("Sửa").contains("Địa danh").contains("Thử | Cái Khế"));
	}

	@Test
	void theFormPostsBackAsItIs() throws Exception {
		String form = this.mvc.perform(get("/settings").with(as(this.ward.admin())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.labelsWithoutField(form)).isEmpty();
		MultiValueMap<String, String> fields = Html.formFields(form, "/settings");
		fields.set("unitLabel", "Khu phố");

		this.mvc.perform(post("/settings").with(as(this.ward.admin())).with(csrf()).params(fields))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/settings"));

		WardView after = this.wards.get(this.ward.id());
		assertThat(after.unitLabel()).isEqualTo("Khu phố");
		assertThat(after.name()).isEqualTo(this.ward.ward().name());
		assertThat(after.superiorBody()).isEqualTo(this.ward.ward().superiorBody());
	}

	static Stream<Arguments> others() {
		return Stream.of(Arguments.of("secretary"), Arguments.of("officer"), Arguments.of("inspector"),
				Arguments.of("system admin"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("others")
	void nobodyElseReadsOrChangesTheSettings(String who) throws Exception {
		CurrentUser user = switch (who) {
			case "secretary" -> this.ward.secretary();
			case "officer" -> this.ward.officer();
			case "inspector" -> this.ward.inspector();
			default -> new CurrentUser(null, null, "sysadmin", Role.SYSTEM_ADMIN);
		};
		Map<String, String> form = formOf(this.ward.ward());
		form.put("name", "Phường Bị Đổi");

		this.mvc.perform(get("/settings").with(as(user))).andExpect(status().isForbidden());
		this.mvc.perform(settings(user, form).with(csrf())).andExpect(status().isForbidden());

		assertThat(this.wards.get(this.ward.id())).isEqualTo(this.ward.ward());
	}

	@Test
	void anonymousIsSentToLoginAndAPostWithoutTokenIsRefused() throws Exception {
		Map<String, String> form = formOf(this.ward.ward());
		form.put("name", "Phường Bị Đổi");

		this.mvc.perform(get("/settings")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(settings(this.ward.admin(), form)).andExpect(status().isForbidden());

		assertThat(this.wards.get(this.ward.id())).isEqualTo(this.ward.ward());
	}

	static Stream<Arguments> badSettings() {
		return Stream.of(Arguments.of("name", "", "Không được để trống."),
				Arguments.of("name", "P".repeat(121), "Không được quá 120 ký tự."),
				Arguments.of("province", "", "Không được để trống."),
				Arguments.of("unitLabel", "K".repeat(41), "Không được quá 40 ký tự."),
				Arguments.of("superiorBody", "", "Không được để trống."),
				Arguments.of("placeName", "", "Không được để trống."),
				Arguments.of("publicBaseUrl", "sochibo.caikhe.vn",
						"Địa chỉ phải bắt đầu bằng http:// hoặc https://, ví dụ https://congkhai.ten-phuong.vn"),
				Arguments.of("publicBaseUrl", "http://127.0.0.1:8080",
						"Địa chỉ này chỉ mở được trên chính máy chủ (localhost, 127.0.0.1): mã QR dẫn tới đó không mở được trên điện thoại của người dân. Hãy nhập địa chỉ mà người dân truy cập được, ví dụ https://congkhai.ten-phuong.vn"));
	}

	@ParameterizedTest(name = "{0} = \"{1}\"")
	@MethodSource("badSettings")
	void badInputIsShownNextToTheFieldAndNothingChanges(String field, String typed, String message) throws Exception {
		Map<String, String> form = formOf(this.ward.ward());
		form.put(field, typed);

		String page = this.mvc.perform(settings(this.ward.admin(), form).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("settings/form"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, field)).isEqualTo(message);
		assertThat(Html.value(page, field)).isEqualTo(typed);
		assertThat(this.wards.get(this.ward.id())).isEqualTo(this.ward.ward());
	}

	@Test
	void withoutAPublicAddressThePageSaysWhichAddressTheQrCodesUseMeanwhile() throws Exception {
		String without = this.mvc.perform(get("/settings").with(as(this.ward.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(without).contains("id=\"public-address-missing\"")
			.contains(
					"Phường chưa có địa chỉ trang công khai. Cho đến khi địa chỉ được cài đặt, mã QR trên phiếu thu và bảng công khai dùng địa chỉ đang mở: http://localhost");

		Map<String, String> form = formOf(this.ward.ward());
		form.put("publicBaseUrl", "https://sochibo.phuongthu.vn/");
		this.mvc.perform(settings(this.ward.admin(), form).with(csrf())).andExpect(redirectedUrl("/settings"));

		assertThat(this.wards.get(this.ward.id()).publicBaseUrl()).isEqualTo("https://sochibo.phuongthu.vn");
		assertThat(this.mvc.perform(get("/settings").with(as(this.ward.admin())))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("public-address-missing");
	}

	@Test
	void aStaleEditIsAConflictAndChangesNothing() throws Exception {
		Map<String, String> form = formOf(this.ward.ward());
		form.put("name", "Phường Cũ Hơn");
		form.put("version", String.valueOf(this.ward.ward().version() - 1));

		this.mvc.perform(settings(this.ward.admin(), form).with(csrf())).andExpect(status().isConflict());

		assertThat(this.wards.get(this.ward.id())).isEqualTo(this.ward.ward());
	}

	@Test
	void anEditWithoutVersionIsAConflictNotAServerError() throws Exception {
		Map<String, String> form = formOf(this.ward.ward());
		form.put("name", "Phường Không Phiên Bản");
		form.remove("version");

		this.mvc.perform(settings(this.ward.admin(), form).with(csrf())).andExpect(status().isConflict());

		assertThat(this.wards.get(this.ward.id())).isEqualTo(this.ward.ward());
	}

	private MockHttpServletRequestBuilder settings(CurrentUser user, Map<String, String> form) {
		MockHttpServletRequestBuilder request = post("/settings").with(as(user));
		form.forEach(request::param);
		return request;
	}

	private static Map<String, String> formOf(WardView ward) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("name", ward.name());
		form.put("province", ward.province());
		form.put("unitLabel", ward.unitLabel());
		form.put("superiorBody", ward.superiorBody());
		form.put("placeName", ward.placeName());
		form.put("version", String.valueOf(ward.version()));
		return form;
	}

}
