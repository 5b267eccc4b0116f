package vn.sochibo.household.web;

import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.HouseholdDetails;
import vn.sochibo.household.HouseholdQuery;
import vn.sochibo.household.Households;
import vn.sochibo.household.StatusDetails;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.support.Browser;
import vn.sochibo.support.Browser.Page;
import vn.sochibo.support.Html;
import vn.sochibo.support.ServerTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * The household pages through the whole web stack: security, binding, validation, the
 * service and the templates. Error pages are checked on the real server, because only a
 * servlet container renders them.
 */
@ServerTest
class HouseholdControllerTests {

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Households households;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	@LocalServerPort
	int port;

	TestWard ward;

	@BeforeEach
	void newWard() {
		this.ward = this.fixtures.newWard();
	}

	@Test
	void anonymousIsSentToLogin() throws Exception {
		this.mvc.perform(get("/households")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void listFindsHouseholdsWithoutAccents() throws Exception {
		this.fixtures.household(this.ward, this.ward.areaA(), "Nguyễn Trường Đồ");
		this.fixtures.household(this.ward, this.ward.areaA(), "Trần Thị Lan");

		String page = this.mvc.perform(get("/households").param("q", "nguyen truong do").with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andExpect(view().name("households/list"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Nguyễn Trường Đồ").doesNotContain("Trần Thị Lan");
		assertThat(Html.value(page, "q")).isEqualTo("nguyen truong do");
	}

	@Test
	void aListLongerThanAPageIsPagedAndTheLinksKeepTheSearch() throws Exception {
		for (int i = 1; i <= HouseholdController.PAGE_SIZE + 1; i++) {
			this.fixtures.household(this.ward, this.ward.areaA(), "Hộ Số %02d".formatted(i));
		}
		this.fixtures.household(this.ward, this.ward.areaA(), "Trần Văn Khác");

		String first = this.mvc.perform(get("/households?q={q}", "ho so").with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(first).contains("Trang 1/2 · 26 bản ghi")
			.contains("href=\"/households?q=ho%20so&amp;page=1\"")
			.doesNotContain("Trần Văn Khác");

		String second = this.mvc.perform(get("/households?q={q}&page=1", "ho so").with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(second).contains("Trang 2/2 · 26 bản ghi").contains("href=\"/households?q=ho%20so&amp;page=0\"");
		assertThat(Html.rows(second)).hasSize(2);
	}

	@Test
	void createWithValidInputRedirectsToTheNewRecord() throws Exception {
		MvcResult result = this.mvc.perform(createRequest(this.ward.officer(), validForm("Phạm Văn Đồng")).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/households/{id}"))
			.andExpect(flash().attribute("message", "household.created"))
			.andReturn();

		Long id = idFrom(result);
		HouseholdDetail created = this.households.get(this.ward.officer(), id);
		assertThat(created.headName()).isEqualTo("Phạm Văn Đồng");
		assertThat(created.areaId()).isEqualTo(this.ward.areaA().id());
		assertThat(created.members()).isEqualTo(4);
		assertThat(created.phone()).isEqualTo("0909 123 456");
		assertThat(created.code()).isEqualTo("A-0001");
		this.mvc
			.perform(get("/households/" + id).with(as(this.ward.officer())).flashAttr("message", "household.created"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phạm Văn Đồng")))
			.andExpect(content().string(containsString("Đã thêm hộ dân.")));
	}

	@Test
	void thePrintedListSaysItIsInternalAndNeverMeantForTheNoticeBoard() throws Exception {
		this.fixtures.household(this.ward, this.ward.areaA(), "Người Trong Danh Sách");

		String page = this.mvc.perform(get("/households/print").with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Người Trong Danh Sách")
			.contains("DANH SÁCH HỘ DÂN (TÀI LIỆU NỘI BỘ)")
			.contains("Không dán lên bảng tin")
			.doesNotContain("công khai tại bảng tin")
			.doesNotContain("niêm yết công khai");
	}

	@Test
	void theInspectorsPagesOfferNoChanges() throws Exception {
		HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaA(), "Kiều Văn Xem");

		String list = this.mvc.perform(get("/households").with(as(this.ward.inspector())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String detail = this.mvc.perform(get("/households/" + household.id()).with(as(this.ward.inspector())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(list).contains("Kiều Văn Xem").doesNotContain("href=\"/households/new\"");
		assertThat(detail).contains("Kiều Văn Xem")
			.doesNotContain("/households/" + household.id() + "/edit")
			.doesNotContain("action=\"/households/" + household.id() + "/statuses\"");
	}

	static Stream<Arguments> badInput() {
		return Stream.of(Arguments.of("headName", "", "Không được để trống."),
				Arguments.of("address", "", "Không được để trống."),
				Arguments.of("code", "KV 01", "Mã hộ chỉ gồm chữ, số, dấu chấm, gạch ngang, gạch chéo."),
				Arguments.of("code", "K".repeat(31), "Không được quá 30 ký tự."),
				Arguments.of("headName", "Đ".repeat(121), "Không được quá 120 ký tự."),
				Arguments.of("notes", "n".repeat(1001), "Không được quá 1.000 ký tự."),
				Arguments.of("members", "0", "Giá trị nhỏ nhất là 1."),
				Arguments.of("members", "51", "Giá trị lớn nhất là 50."),
				Arguments.of("members", "abc", "Phải là một số nguyên."),
				Arguments.of("phone", "0909 abc 456", "Số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, gạch ngang."));
	}

	@ParameterizedTest(name = "{0} = \"{1}\"")
	@MethodSource("badInput")
	void badInputIsShownNextToTheFieldAndNothingIsWritten(String field, String typed, String message) throws Exception {
		long before = householdCount();
		Map<String, String> form = validForm("Lê Thị Hồng");
		form.put(field, typed);

		String page = this.mvc.perform(createRequest(this.ward.officer(), form).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("households/form"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, field)).isEqualTo(message);
		assertThat(Html.value(page, field)).isEqualTo(typed);
		assertThat(Html.value(page, "headName")).isEqualTo(form.get("headName"));
		assertThat(Html.value(page, "address")).isEqualTo(form.get("address"));
		assertThat(Html.value(page, "areaId")).isEqualTo(form.get("areaId"));
		assertThat(page).contains("Vui lòng sửa các lỗi được đánh dấu bên dưới.");
		assertThat(householdCount()).isEqualTo(before);
	}

	@Test
	void theFormShowsEachFieldOnce() throws Exception {
		String page = this.mvc.perform(get("/households/new").with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		for (String field : new String[] { "code", "headName", "address", "alley", "areaId", "members", "phone",
				"notes", "version" }) {
			assertThat(Html.controlCount(page, field)).as(field).isEqualTo(1);
		}
	}

	@Test
	void theLabelsOfTheFormPointAtTheirFields() throws Exception {
		String page = this.mvc.perform(get("/households/new").with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		for (String field : new String[] { "code", "headName", "address", "alley", "areaId", "members", "phone",
				"notes" }) {
			String id = Html.attribute(page, field, "id");
			assertThat(page).as(field).contains("<label class=\"form-label\" for=\"" + id + "\">");
		}
		assertThat(Html.labelsWithoutField(page)).isEmpty();
	}

	@Test
	void aCodeInUseIsRefusedWhateverItsCase() throws Exception {
		HouseholdDetail existing = this.fixtures.household(this.ward, this.ward.areaA(), "Người Có Mã");
		long before = householdCount();
		Map<String, String> form = validForm("Người Trùng Mã");
		form.put("code", existing.code().toLowerCase());

		String page = this.mvc.perform(createRequest(this.ward.officer(), form).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("households/form"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, "code")).isEqualTo("Mã hộ này đã có trong phường.");
		assertThat(householdCount()).isEqualTo(before);
	}

	@Test
	void aLongHistoryComesPageByPageInsteadOfStoppingShort() throws Exception {
		HouseholdDetail household = this.households.create(this.ward.admin(),
				new HouseholdDetails(null, "Người Hay Đổi", "3 hẻm 9", null, this.ward.areaA().id(), 1, null, null));
		for (int visit = 1; visit <= 60; visit++) {
			HouseholdDetail now = this.households.get(this.ward.admin(), household.id());
			this.households.update(this.ward.admin(), household.id(), new HouseholdDetails(now.code(), now.headName(),
					now.address(), null, now.areaId(), 1, null, "Lần thăm " + visit + "."), now.version());
		}

		String first = this.mvc.perform(get("/households/" + household.id()).with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String second = this.mvc
			.perform(get("/households/" + household.id()).param("page", "1").with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(first).contains("Trang 1/2 · ")
			.contains("page=1")
			.contains("Lần thăm 59.")
			.doesNotContain("Lần thăm 1.");
		assertThat(second).contains("Trang 2/2 · ").contains("Lần thăm 1.").doesNotContain("Lần thăm 59.");
	}

	@Test
	void theEditFormPostsBackAsItIs() throws Exception {
		HouseholdDetail household = this.households.create(this.ward.admin(),
				new HouseholdDetails("KV-7/2", "Ngô Thị Sửa", "49 hẻm 57 đường Trần Văn Khéo", "hẻm 57",
						this.ward.areaA().id(), 5, "+84 909.123-456", "Ghi chú \"có\" dấu <b>"));
		String form = this.mvc.perform(get("/households/" + household.id() + "/edit").with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.labelsWithoutField(form)).isEmpty();
		MultiValueMap<String, String> fields = Html.formFields(form, "/households/" + household.id() + "/edit");
		fields.set("headName", "Ngô Thị Đã Sửa");

		this.mvc
			.perform(post("/households/" + household.id() + "/edit").with(as(this.ward.officer()))
				.with(csrf())
				.params(fields))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/households/" + household.id()));

		HouseholdDetail after = this.households.get(this.ward.admin(), household.id());
		assertThat(after.headName()).isEqualTo("Ngô Thị Đã Sửa");
		assertThat(after.code()).isEqualTo("KV-7/2");
		assertThat(after.address()).isEqualTo(household.address());
		assertThat(after.alley()).isEqualTo(household.alley());
		assertThat(after.areaId()).isEqualTo(household.areaId());
		assertThat(after.members()).isEqualTo(5);
		assertThat(after.phone()).isEqualTo("+84 909.123-456");
		assertThat(after.notes()).isEqualTo("Ghi chú \"có\" dấu <b>");
	}

	@Test
	void anOfficerCannotMoveAHouseholdOutOfTheirAreasButTheAdminCan() throws Exception {
		HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaA(), "Quách Văn Chuyển");
		Map<String, String> form = formOf(household);
		form.put("areaId", String.valueOf(this.ward.areaB().id()));

		this.mvc
			.perform(post("/households/" + household.id() + "/edit").with(as(this.ward.officer()))
				.with(csrf())
				.params(params(form)))
			.andExpect(status().isNotFound());
		assertThat(this.households.get(this.ward.admin(), household.id())).isEqualTo(household);

		this.mvc
			.perform(post("/households/" + household.id() + "/edit").with(as(this.ward.admin()))
				.with(csrf())
				.params(params(form)))
			.andExpect(status().isFound());
		assertThat(this.households.get(this.ward.admin(), household.id()).areaId()).isEqualTo(this.ward.areaB().id());
	}

	@Test
	void aStatusOfAnotherHouseholdCannotBeRemovedThroughThisOne() throws Exception {
		HouseholdDetail one = this.fixtures.household(this.ward, this.ward.areaA(), "Hộ Thứ Nhất");
		HouseholdDetail other = this.fixtures.household(this.ward, this.ward.areaA(), "Hộ Thứ Hai");
		this.households.addStatus(this.ward.admin(), other.id(),
				new StatusDetails(2024, StatusKind.POOR, null, null, null, null));
		HouseholdDetail otherBefore = this.households.get(this.ward.admin(), other.id());

		this.mvc
			.perform(post("/households/" + one.id() + "/statuses/" + otherBefore.statuses().get(0).id() + "/remove")
				.with(as(this.ward.officer()))
				.with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(this.households.get(this.ward.admin(), other.id())).isEqualTo(otherBefore);
	}

	static Stream<Arguments> badListParameters() {
		return Stream.of(Arguments.of("area=abc"), Arguments.of("year=hai-nghin"), Arguments.of("status=RICH"),
				Arguments.of("page=abc"), Arguments.of("area=99999999999999999999"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badListParameters")
	void badListParametersAreABadRequestNotAServerError(String query) throws Exception {
		this.mvc.perform(get("/households?" + query).with(as(this.ward.officer()))).andExpect(status().isBadRequest());
	}

	@Test
	void oddButHarmlessListParametersStillShowTheList() throws Exception {
		this.fixtures.household(this.ward, this.ward.areaA(), "Lâm Văn Dài");

		this.mvc.perform(get("/households?q={q}", "x".repeat(5000)).with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không tìm thấy hộ dân nào.")));
		this.mvc.perform(get("/households?page=-3").with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Lâm Văn Dài")));
		this.mvc.perform(get("/households?page=9999").with(as(this.ward.officer()))).andExpect(status().isOk());
		this.mvc.perform(get("/households?q={q}", "%_\\'\"").with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không tìm thấy hộ dân nào.")));
	}

	@Test
	void anAreaOfAnotherOfficerIsNotFoundAndNothingIsWritten() throws Exception {
		assertAreaRefused(this.ward.areaB().id());
	}

	@Test
	void anAreaThatDoesNotExistIsNotFoundAndNothingIsWritten() throws Exception {
		assertAreaRefused(Long.MAX_VALUE);
	}

	@Test
	void anAreaOfAnotherWardIsNotFoundAndNothingIsWritten() throws Exception {
		TestWard other = this.fixtures.newWard();
		assertAreaRefused(other.areaA().id());
		assertThat(this.households.list(other.admin(), new HouseholdQuery(null, null, null, null), PageRequest.of(0, 1))
			.getTotalElements()).isZero();
	}

	private void assertAreaRefused(Long areaId) throws Exception {
		long before = householdCount();
		Map<String, String> form = validForm("Võ Thị Sáu");
		form.put("areaId", String.valueOf(areaId));

		this.mvc.perform(createRequest(this.ward.officer(), form).with(csrf())).andExpect(status().isNotFound());

		assertThat(householdCount()).isEqualTo(before);
	}

	@Test
	void scriptInTheHeadNameIsStoredAsTypedAndShownAsText() throws Exception {
		String script = "<script>alert(1)</script>";
		MvcResult result = this.mvc.perform(createRequest(this.ward.officer(), validForm(script)).with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		Long id = idFrom(result);

		assertThat(this.households.get(this.ward.officer(), id).headName()).isEqualTo(script);
		this.mvc.perform(get("/households/" + id).with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString(script))));
		this.mvc.perform(get("/households").with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString(script))));
	}

	@Test
	void aPostWithoutCsrfTokenIsRefusedAndNothingIsWritten() throws Exception {
		long before = householdCount();

		this.mvc.perform(createRequest(this.ward.officer(), validForm("Không Có Token")))
			.andExpect(status().isForbidden());

		assertThat(householdCount()).isEqualTo(before);
	}

	@Test
	void anEditWithoutCsrfTokenIsRefusedAndNothingChanges() throws Exception {
		HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaA(), "Đinh Văn Gốc");
		Map<String, String> form = formOf(household);
		form.put("headName", "Đinh Văn Đổi");

		this.mvc
			.perform(post("/households/" + household.id() + "/edit").with(as(this.ward.officer())).params(params(form)))
			.andExpect(status().isForbidden());

		assertThat(this.households.get(this.ward.admin(), household.id())).isEqualTo(household);
	}

	@Test
	void anEditIsSavedAndItsHistoryShowsTheFieldWithOldAndNewValue() throws Exception {
		HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaA(), "Trần Văn Cũ");
		Map<String, String> form = formOf(household);
		form.put("headName", "Trần Văn Mới");

		this.mvc
			.perform(post("/households/" + household.id() + "/edit").with(as(this.ward.officer()))
				.with(csrf())
				.params(params(form)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/households/" + household.id()));

		String page = this.mvc.perform(get("/households/" + household.id()).with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.rows(page)).anySatisfy((row) -> assertThat(row).contains(this.ward.officer().username())
			.contains("Sửa")
			.contains("Chủ hộ")
			.contains("Trần Văn Cũ | Trần Văn Mới"));
	}

	@Test
	void aStaleEditIsRefusedWithTheConflictPageAndChangesNothing() throws Exception {
		HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaA(), "Hồ Văn Một");
		Map<String, String> staleForm = formOf(household);
		this.households.update(this.ward.admin(), household.id(),
				new HouseholdDetails(household.code(), "Hồ Văn Hai", household.address(), household.alley(),
						household.areaId(), household.members(), household.phone(), household.notes()),
				household.version());
		HouseholdDetail current = this.households.get(this.ward.admin(), household.id());
		staleForm.put("headName", "Hồ Văn Ba");

		this.mvc
			.perform(post("/households/" + household.id() + "/edit").with(as(this.ward.officer()))
				.with(csrf())
				.params(params(staleForm)))
			.andExpect(status().isConflict());
		assertThat(this.households.get(this.ward.admin(), household.id())).isEqualTo(current);

		Browser browser = new Browser(this.port).logIn(this.ward.officer().username(), WardFixtures.PASSWORD);
		browser.get("/households/" + household.id() + "/edit");
		Page page = browser.post("/households/" + household.id() + "/edit", staleForm);
		assertThat(page.status()).isEqualTo(409);
		assertThat(page.body()).contains("Bản ghi đã bị người khác thay đổi")
			.contains("Trong lúc bạn đang sửa, một người khác đã lưu thay đổi cho bản ghi này.");
		assertThat(this.households.get(this.ward.admin(), household.id())).isEqualTo(current);
	}

	@Test
	void anUnknownHouseholdIsTheNotFoundPageInVietnamese() throws Exception {
		this.mvc.perform(get("/households/" + Long.MAX_VALUE).with(as(this.ward.officer())))
			.andExpect(status().isNotFound());

		Browser browser = new Browser(this.port).logIn(this.ward.officer().username(), WardFixtures.PASSWORD);
		Page page = browser.get("/households/" + Long.MAX_VALUE);
		assertThat(page.status()).isEqualTo(404);
		assertThat(page.body()).contains("<html lang=\"vi\">")
			.contains("Không tìm thấy")
			.contains("Trang hoặc bản ghi này không tồn tại, hoặc nằm ngoài phạm vi được giao cho bạn.");
	}

	@Test
	void aNonNumericIdIsABadRequestNotAServerError() throws Exception {
		this.mvc.perform(get("/households/abc").with(as(this.ward.officer()))).andExpect(status().isBadRequest());

		Browser browser = new Browser(this.port).logIn(this.ward.officer().username(), WardFixtures.PASSWORD);
		Page page = browser.get("/households/abc");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("Yêu cầu không hợp lệ");
	}

	@Test
	void aStatusIsAdded() throws Exception {
		HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaA(), "Lý Thị Nghèo");

		this.mvc
			.perform(post("/households/" + household.id() + "/statuses").with(as(this.ward.officer()))
				.with(csrf())
				.param("year", "2025")
				.param("kind", "NEAR_POOR")
				.param("decisionRef", "QĐ 12/2025"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/households/" + household.id()));

		assertThat(this.households.get(this.ward.officer(), household.id()).statuses()).singleElement()
			.satisfies((status) -> {
				assertThat(status.year()).isEqualTo(2025);
				assertThat(status.kind()).isEqualTo(StatusKind.NEAR_POOR);
				assertThat(status.decisionRef()).isEqualTo("QĐ 12/2025");
			});
	}

	/**
	 * Bad statuses; "{next}" stands for next year, the last year a status can be for.
	 */
	static Stream<Arguments> badStatus() {
		String range = "Năm phải từ 1945 đến {next}.";
		return Stream.of(Arguments.of("1944", "POOR", "year", range), Arguments.of("{next}+1", "POOR", "year", range),
				Arguments.of("2024", "", "kind", "Bắt buộc phải chọn hoặc nhập."),
				Arguments.of("", "POOR", "year", "Bắt buộc phải chọn hoặc nhập."),
				Arguments.of("năm ngoái", "POOR", "year", "Phải là một số nguyên."),
				Arguments.of("2024", "RICH", "kind", "Giá trị không hợp lệ."),
				Arguments.of("2020", "POOR", "kind", "Hộ này đã có diện này trong năm 2020."));
	}

	@ParameterizedTest(name = "year \"{0}\", kind \"{1}\"")
	@MethodSource("badStatus")
	void aBadStatusIsShownNextToTheFieldAndNothingIsWritten(String yearTyped, String kind, String field,
			String messageShown) throws Exception {
		int next = Year.now(this.clock).getValue() + 1;
		String year = yearTyped.replace("{next}+1", String.valueOf(next + 1));
		String message = messageShown.replace("{next}", String.valueOf(next));
		HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaA(), "Mai Văn Diện");
		this.households.addStatus(this.ward.admin(), household.id(),
				new StatusDetails(2020, StatusKind.POOR, null, null, null, null));
		HouseholdDetail before = this.households.get(this.ward.admin(), household.id());

		String page = this.mvc
			.perform(post("/households/" + household.id() + "/statuses").with(as(this.ward.officer()))
				.with(csrf())
				.param("year", year)
				.param("kind", kind))
			.andExpect(status().isOk())
			.andExpect(view().name("households/detail"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, field)).isEqualTo(message);
		assertThat(Html.value(page, "year")).isEqualTo(year);
		assertThat(Html.labelsWithoutField(page)).isEmpty();
		assertThat(this.households.get(this.ward.admin(), household.id())).isEqualTo(before);
	}

	@Test
	void theListShowsTheYearOfTheStatusesAsAYear() throws Exception {
		int year = Year.now(this.clock).getValue();
		this.fixtures.household(this.ward, this.ward.areaA(), "Châu Văn Năm");

		this.mvc.perform(get("/households").with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Diện hộ năm " + year + "<")));
	}

	private MockHttpServletRequestBuilder createRequest(CurrentUser user, Map<String, String> form) {
		return post("/households/new").with(as(user)).params(params(form));
	}

	private Map<String, String> validForm(String headName) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("code", "");
		form.put("headName", headName);
		form.put("address", "12 hẻm 49-57 đường Trần Văn Khéo");
		form.put("alley", "hẻm 49-57");
		form.put("areaId", String.valueOf(this.ward.areaA().id()));
		form.put("members", "4");
		form.put("phone", "0909 123 456");
		form.put("notes", "");
		return form;
	}

	private static Map<String, String> formOf(HouseholdDetail household) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("code", household.code());
		form.put("headName", household.headName());
		form.put("address", household.address());
		form.put("alley", (household.alley() != null) ? household.alley() : "");
		form.put("areaId", String.valueOf(household.areaId()));
		form.put("members", String.valueOf(household.members()));
		form.put("phone", (household.phone() != null) ? household.phone() : "");
		form.put("notes", (household.notes() != null) ? household.notes() : "");
		form.put("version", String.valueOf(household.version()));
		return form;
	}

	private static MultiValueMap<String, String> params(Map<String, String> form) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		form.forEach(params::add);
		return params;
	}

	private static Long idFrom(MvcResult result) {
		String location = result.getResponse().getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	private long householdCount() {
		return this.households.list(this.ward.admin(), new HouseholdQuery(null, null, null, null), PageRequest.of(0, 1))
			.getTotalElements();
	}

}
