package vn.sochibo.ward.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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

import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.Households;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Role;
import vn.sochibo.support.Html;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.ward.AreaView;
import vn.sochibo.ward.Areas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * The residential area pages: every ward user reads them, only the ward admin changes
 * them; merging an area moves its households.
 */
@IntegrationTest
class AreaControllerTests {

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Areas areas;

	@Autowired
	Households households;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	TestWard ward;

	@BeforeEach
	void newWard() {
		this.ward = this.fixtures.newWard();
	}

	@Test
	void everyWardUserReadsTheAreas() throws Exception {
		for (CurrentUser user : this.ward.wardUsers()) {
			this.mvc.perform(get("/areas").with(as(user)))
				.andExpect(status().isOk())
				.andExpect(view().name("areas/list"))
				.andExpect(content().string(containsString("Khu vực A")))
				.andExpect(content().string(containsString("Khu vực B")));
			this.mvc.perform(get("/areas/" + this.ward.areaA().id()).with(as(user)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Khu vực A")));
		}
	}

	@Test
	void anonymousIsSentToLoginAndTheSystemAdminIsRefused() throws Exception {
		this.mvc.perform(get("/areas")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/areas").with(as(new CurrentUser(null, null, "sysadmin", Role.SYSTEM_ADMIN))))
			.andExpect(status().isForbidden());
	}

	@Test
	void anAreaOfAnotherWardIsNotFound() throws Exception {
		TestWard other = this.fixtures.newWard();

		this.mvc.perform(get("/areas/" + other.areaA().id()).with(as(this.ward.admin())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/areas/" + other.areaA().id() + "/edit").with(as(this.ward.admin())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/areas/" + other.areaA().id() + "/edit").with(as(this.ward.admin()))
				.with(csrf())
				.param("code", "X")
				.param("name", "Chiếm")
				.param("validFrom", "2020-01-01")
				.param("version", "0"))
			.andExpect(status().isNotFound());

		assertThat(this.areas.get(other.admin(), other.areaA().id())).isEqualTo(other.areaA());
	}

	@Test
	void theWardAdminCreatesAnArea() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/areas/new").with(as(this.ward.admin()))
				.with(csrf())
				.param("code", "KV11")
				.param("name", "Khu vực 11")
				.param("validFrom", "2024-07-01"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/areas/{id}"))
			.andReturn();

		String location = result.getResponse().getRedirectedUrl();
		AreaView created = this.areas.get(this.ward.admin(),
				Long.valueOf(location.substring(location.lastIndexOf('/') + 1)));
		assertThat(created.code()).isEqualTo("KV11");
		assertThat(created.name()).isEqualTo("Khu vực 11");
		assertThat(created.validFrom()).isEqualTo(LocalDate.of(2024, 7, 1));
	}

	static Stream<Arguments> others() {
		return Stream.of(Arguments.of("secretary"), Arguments.of("officer"), Arguments.of("inspector"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("others")
	void onlyTheWardAdminChangesAreas(String who) throws Exception {
		CurrentUser user = user(who);
		List<AreaView> before = this.areas.list(this.ward.admin());
		String areaA = "/areas/" + this.ward.areaA().id();

		this.mvc.perform(get("/areas/new").with(as(user))).andExpect(status().isForbidden());
		this.mvc.perform(get(areaA + "/edit").with(as(user))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/areas/new").with(as(user))
				.with(csrf())
				.param("code", "C")
				.param("name", "Khu vực C")
				.param("validFrom", "2024-01-01"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/areas/new").with(as(user)).with(csrf()).param("code", "C").param("name", ""))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(areaA + "/edit").with(as(user))
				.with(csrf())
				.param("code", "A")
				.param("name", "Khu vực Đổi Tên")
				.param("validFrom", "2020-01-01")
				.param("version", String.valueOf(this.ward.areaA().version())))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(areaA + "/edit").with(as(user)).with(csrf()).param("name", ""))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(areaA + "/merge").with(as(user))
				.with(csrf())
				.param("targetId", String.valueOf(this.ward.areaB().id()))
				.param("date", LocalDate.now(this.clock).toString()))
			.andExpect(status().isForbidden());

		assertThat(this.areas.list(this.ward.admin())).isEqualTo(before);
	}

	static Stream<Arguments> badArea() {
		return Stream.of(
				Arguments.of("A", "Khu vực A mới", "2024-01-01", "", "code",
						"Mã này đã được dùng cho một khu khác trong phường."),
				Arguments.of("b", "Khu vực b", "2024-01-01", "", "code",
						"Mã này đã được dùng cho một khu khác trong phường."),
				Arguments.of("KV 12", "Khu vực 12", "2024-01-01", "", "code",
						"Mã chỉ gồm chữ, số, dấu chấm, gạch ngang."),
				Arguments.of("", "Khu vực 12", "2024-01-01", "", "code", "Không được để trống."),
				Arguments.of("KV12", "", "2024-01-01", "", "name", "Không được để trống."),
				Arguments.of("KV12", "K".repeat(121), "2024-01-01", "", "name", "Không được quá 120 ký tự."),
				Arguments.of("KV12", "Khu vực 12", "", "", "validFrom", "Bắt buộc phải chọn hoặc nhập."),
				Arguments.of("KV12", "Khu vực 12", "2024-02-31", "", "validFrom", "Ngày không hợp lệ."),
				Arguments.of("KV12", "Khu vực 12", "2024-06-01", "2024-05-31", "validTo",
						"Ngày kết thúc phải sau ngày bắt đầu."));
	}

	@ParameterizedTest(name = "code \"{0}\", name \"{1}\", {2} – {3}")
	@MethodSource("badArea")
	void badInputIsShownNextToTheFieldAndNothingIsWritten(String code, String name, String validFrom, String validTo,
			String field, String message) throws Exception {
		List<AreaView> before = this.areas.list(this.ward.admin());

		String page = this.mvc
			.perform(post("/areas/new").with(as(this.ward.admin()))
				.with(csrf())
				.param("code", code)
				.param("name", name)
				.param("validFrom", validFrom)
				.param("validTo", validTo))
			.andExpect(status().isOk())
			.andExpect(view().name("areas/form"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, field)).isEqualTo(message);
		assertThat(Html.value(page, "code")).isEqualTo(code);
		assertThat(Html.value(page, "name")).isEqualTo(name);
		assertThat(this.areas.list(this.ward.admin())).isEqualTo(before);
	}

	@Test
	void theEditFormPostsBackAsItIs() throws Exception {
		String areaA = "/areas/" + this.ward.areaA().id();
		String form = this.mvc.perform(get(areaA + "/edit").with(as(this.ward.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.labelsWithoutField(form)).isEmpty();
		MultiValueMap<String, String> fields = Html.formFields(form, areaA + "/edit");
		fields.set("name", "Khu vực A (đổi tên)");

		this.mvc.perform(post(areaA + "/edit").with(as(this.ward.admin())).with(csrf()).params(fields))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(areaA));

		AreaView after = this.areas.get(this.ward.admin(), this.ward.areaA().id());
		assertThat(after.name()).isEqualTo("Khu vực A (đổi tên)");
		assertThat(after.code()).isEqualTo("A");
		assertThat(after.validFrom()).isEqualTo(this.ward.areaA().validFrom());
		assertThat(after.validTo()).isNull();
	}

	@Test
	void anEditWithADuplicateCodeIsRefused() throws Exception {
		String page = this.mvc
			.perform(post("/areas/" + this.ward.areaA().id() + "/edit").with(as(this.ward.admin()))
				.with(csrf())
				.param("code", "B")
				.param("name", "Khu vực A")
				.param("validFrom", "2020-01-01")
				.param("version", String.valueOf(this.ward.areaA().version())))
			.andExpect(status().isOk())
			.andExpect(view().name("areas/form"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, "code")).isEqualTo("Mã này đã được dùng cho một khu khác trong phường.");
		assertThat(this.areas.get(this.ward.admin(), this.ward.areaA().id())).isEqualTo(this.ward.areaA());
	}

	@Test
	void aStaleEditIsAConflictAndChangesNothing() throws Exception {
		this.mvc
			.perform(post("/areas/" + this.ward.areaA().id() + "/edit").with(as(this.ward.admin()))
				.with(csrf())
				.param("code", "A")
				.param("name", "Khu vực A cũ")
				.param("validFrom", "2020-01-01")
				.param("version", String.valueOf(this.ward.areaA().version() - 1)))
			.andExpect(status().isConflict());

		assertThat(this.areas.get(this.ward.admin(), this.ward.areaA().id())).isEqualTo(this.ward.areaA());
	}

	@Test
	void mergingMovesTheHouseholdsAndTheirHistorySaysSo() throws Exception {
		HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaA(), "Đỗ Văn Chuyển");
		LocalDate today = LocalDate.now(this.clock);

		this.mvc
			.perform(post("/areas/" + this.ward.areaA().id() + "/merge").with(as(this.ward.admin()))
				.with(csrf())
				.param("targetId", String.valueOf(this.ward.areaB().id()))
				.param("date", today.toString()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/areas/" + this.ward.areaA().id()));

		assertThat(this.households.get(this.ward.admin(), household.id()).areaId()).isEqualTo(this.ward.areaB().id());
		AreaView merged = this.areas.get(this.ward.admin(), this.ward.areaA().id());
		assertThat(merged.mergedIntoId()).isEqualTo(this.ward.areaB().id());
		assertThat(merged.validTo()).isEqualTo(today.minusDays(1));

		String detail = this.mvc.perform(get("/households/" + household.id()).with(as(this.ward.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the field is named in the ward's words: the fixture ward's units are "Khu vực"
		assertThat(Html.rows(detail)).anySatisfy((row) -> assertThat(row).contains("Chuyển khu do sáp nhập")
			.contains("| Khu vực | A – Khu vực A | B – Khu vực B"));
		this.mvc.perform(get("/areas").with(as(this.ward.officer())))
			.andExpect(content().string(containsString("Đã sáp nhập vào Khu vực B")));
	}

	@Test
	void aBadMergeIsShownNextToTheFieldAndChangesNothing() throws Exception {
		TestWard other = this.fixtures.newWard();
		HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaA(), "Lưu Văn Ở Lại");
		String today = LocalDate.now(this.clock).toString();

		assertMergeRefused("", today, "targetId", "Bắt buộc phải chọn hoặc nhập.");
		assertMergeRefused(String.valueOf(this.ward.areaA().id()), today, "targetId",
				"Không thể sáp nhập một khu vào chính nó.");
		assertMergeRefused(String.valueOf(other.areaB().id()), today, "targetId",
				"Khu nhận sáp nhập không tồn tại hoặc không còn hiệu lực vào ngày đó.");
		assertMergeRefused(String.valueOf(this.ward.areaB().id()), "2020-01-01", "date",
				"Ngày sáp nhập phải sau ngày bắt đầu hiệu lực của khu.");
		assertMergeRefused(String.valueOf(this.ward.areaB().id()), "", "date", "Bắt buộc phải chọn hoặc nhập.");

		assertThat(this.areas.get(this.ward.admin(), this.ward.areaA().id())).isEqualTo(this.ward.areaA());
		assertThat(this.households.get(this.ward.admin(), household.id()).areaId()).isEqualTo(this.ward.areaA().id());
	}

	private void assertMergeRefused(String targetId, String date, String field, String message) throws Exception {
		String page = this.mvc
			.perform(post("/areas/" + this.ward.areaA().id() + "/merge").with(as(this.ward.admin()))
				.with(csrf())
				.param("targetId", targetId)
				.param("date", date))
			.andExpect(status().isOk())
			.andExpect(view().name("areas/detail"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.fieldError(page, field)).as(targetId + " " + date).isEqualTo(message);
	}

	private CurrentUser user(String who) {
		return switch (who) {
			case "secretary" -> this.ward.secretary();
			case "officer" -> this.ward.officer();
			case "inspector" -> this.ward.inspector();
			default -> throw new IllegalArgumentException(who);
		};
	}

}
