package vn.sochibo.project.web;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.sochibo.household.Households;
import vn.sochibo.project.BoardMemberDetails;
import vn.sochibo.project.FundingPlan;
import vn.sochibo.project.MeetingDetails;
import vn.sochibo.project.ProjectDetail;
import vn.sochibo.project.ProjectFixtures;
import vn.sochibo.project.ProjectStatus;
import vn.sochibo.project.Projects;
import vn.sochibo.project.StatusChange;
import vn.sochibo.project.UpdateDetails;
import vn.sochibo.project.UploadedPhoto;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.VietnameseDates;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.sochibo.account.TestPrincipals.as;
import static vn.sochibo.project.ProjectFixtures.png;

/**
 * The project pages through the whole web stack: security, binding, validation, the
 * service and the templates. Error pages are checked on the real server.
 */
@ServerTest
class ProjectControllerTests {

	@Autowired
	WardFixtures wards;

	@Autowired
	Projects projects;

	@Autowired
	Households households;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@LocalServerPort
	int port;

	ProjectFixtures fixtures;

	TestWard ward;

	LocalDate today;

	@BeforeEach
	void newWard() {
		this.fixtures = new ProjectFixtures(this.projects, this.wards, this.households, this.clock);
		this.ward = this.wards.newWard();
		this.fixtures.households(this.ward, this.ward.areaA(), 4);
		this.today = LocalDate.now(this.clock);
	}

	@Test
	void anonymousIsSentToLogin() throws Exception {
		ProjectDetail project = this.fixtures.create(this.ward, this.ward.areaA());
		this.mvc.perform(get("/projects")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/projects/" + project.id())).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/projects/" + project.id() + "/photos/1")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void createWithValidInputMakesTheProjectAndItsFundAndShowsThem() throws Exception {
		int fundsBefore = fundCount();

		MvcResult result = this.mvc.perform(createRequest(this.ward.officer(), validForm()).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/projects/{id}"))
			.andExpect(flash().attribute("message", "project.created"))
			.andReturn();

		Long id = idFrom(result);
		ProjectDetail created = this.projects.get(this.ward.officer(), id);
		assertThat(created.name()).isEqualTo("Bê tông hóa hẻm 49-57");
		assertThat(created.lengthMetres()).isEqualByComparingTo("120.5");
		assertThat(created.widthMetres()).isEqualByComparingTo("3.25");
		assertThat(created.householdsBenefiting()).isEqualTo(42);
		assertThat(created.areaId()).isEqualTo(this.ward.areaA().id());
		assertThat(fundCount()).isEqualTo(fundsBefore + 1);

		String page = this.mvc
			.perform(get("/projects/" + id).with(as(this.ward.officer())).flashAttr("message", "project.created"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Đã thêm công trình và quỹ của công trình.")
			.contains("Bê tông hóa hẻm 49-57")
			.contains("Bê tông hóa hẻm</dd>")
			.contains("120,5 m")
			.contains("3,25 m")
			.contains("href=\"/funds/" + created.funding().fundId() + "\"")
			.contains("href=\"/public/projects/" + id + "\"")
			.contains("Đề xuất")
			.doesNotContain("??");
		assertThat(Html.labelsWithoutField(page)).isEmpty();
	}

	static Stream<Arguments> badProjectInput() {
		return Stream.of(Arguments.of("name", "", "Không được để trống."),
				Arguments.of("name", "Đ".repeat(201), "Không được quá 200 ký tự."),
				Arguments.of("kind", "", "Bắt buộc phải chọn hoặc nhập."),
				Arguments.of("kind", "PALACE", "Giá trị không hợp lệ."),
				Arguments.of("areaId", "", "Hãy chọn khu vực."),
				Arguments.of("location", "h".repeat(256), "Không được quá 255 ký tự."),
				Arguments.of("lengthMetres", "abc",
						"Hãy nhập số mét, ví dụ 120 hoặc 120,5 (tối đa 2 chữ số thập phân)."),
				Arguments.of("lengthMetres", "12,345",
						"Hãy nhập số mét, ví dụ 120 hoặc 120,5 (tối đa 2 chữ số thập phân)."),
				Arguments.of("lengthMetres", "0", "Chiều dài phải lớn hơn 0."),
				Arguments.of("lengthMetres", "-5", "Chiều dài phải lớn hơn 0."),
				Arguments.of("lengthMetres", "20000,01", "Chiều dài không được quá 20.000 m."),
				Arguments.of("widthMetres", "101", "Chiều rộng không được quá 100 m."),
				Arguments.of("widthMetres", "0", "Chiều rộng phải lớn hơn 0."),
				Arguments.of("householdsBenefiting", "-1", "Giá trị nhỏ nhất là 0."),
				Arguments.of("householdsBenefiting", "nhiều", "Phải là một số nguyên."),
				Arguments.of("householdsBenefiting", "100001", "Giá trị lớn nhất là 100.000."),
				Arguments.of("description", "m".repeat(4001), "Không được quá 4.000 ký tự."),
				Arguments.of("plannedStart", "2025-02-30", "Ngày không hợp lệ."),
				Arguments.of("plannedStart", "1999-12-31", "Ngày không được trước 01/01/2000."),
				Arguments.of("plannedEnd", "2025-02-28", "Ngày dự kiến hoàn thành phải sau ngày dự kiến khởi công."));
	}

	@ParameterizedTest(name = "{0} = \"{1}\"")
	@MethodSource("badProjectInput")
	void badProjectInputIsShownNextToTheFieldAndNothingIsWritten(String field, String typed, String message)
			throws Exception {
		int projectsBefore = projectCount();
		int fundsBefore = fundCount();
		Map<String, String> form = validForm();
		form.put(field, typed);

		String page = this.mvc.perform(createRequest(this.ward.officer(), form).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("projects/form"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, field)).isEqualTo(message);
		if (!field.equals("kind") && !field.equals("areaId")) {
			// A select shows only its options: what was typed stays in the other fields.
			assertThat(Html.value(page, field)).isEqualTo(typed);
		}
		assertThat(Html.value(page, "name")).isEqualTo(form.get("name"));
		assertThat(page).contains("Vui lòng sửa các lỗi được đánh dấu bên dưới.");
		assertThat(projectCount()).isEqualTo(projectsBefore);
		assertThat(fundCount()).isEqualTo(fundsBefore);
	}

	@Test
	void anAreaOutsideTheOfficersScopeOrWardIsNotFoundAndNothingIsWritten() throws Exception {
		TestWard other = this.wards.newWard();
		for (Long areaId : List.of(this.ward.areaB().id(), other.areaA().id(), Long.MAX_VALUE)) {
			int fundsBefore = fundCount();
			Map<String, String> form = validForm();
			form.put("areaId", String.valueOf(areaId));

			this.mvc.perform(createRequest(this.ward.officer(), form).with(csrf())).andExpect(status().isNotFound());

			assertThat(projectCount()).isZero();
			assertThat(fundCount()).isEqualTo(fundsBefore);
		}
	}

	@Test
	void theEditFormPostsBackAsItIsAndTheHistoryShowsTheChange() throws Exception {
		ProjectDetail project = this.fixtures.create(this.ward.officer(), this.ward.areaA(), "Thảm nhựa hẻm 27");
		String form = this.mvc.perform(get("/projects/" + project.id() + "/edit").with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.labelsWithoutField(form)).isEmpty();
		assertThat(Html.value(form, "lengthMetres")).isEqualTo("120,5");
		MultiValueMap<String, String> fields = Html.formFields(form, "/projects/" + project.id() + "/edit");
		fields.set("name", "Thảm nhựa hẻm 27 (giai đoạn 2)");

		this.mvc.perform(
				post("/projects/" + project.id() + "/edit").with(as(this.ward.officer())).with(csrf()).params(fields))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/projects/" + project.id()));

		ProjectDetail after = this.projects.get(this.ward.admin(), project.id());
		assertThat(after.name()).isEqualTo("Thảm nhựa hẻm 27 (giai đoạn 2)");
		assertThat(after.lengthMetres()).isEqualTo(project.lengthMetres());
		assertThat(after.widthMetres()).isEqualTo(project.widthMetres());
		assertThat(after.description()).isEqualTo(project.description());
		assertThat(after.plannedStart()).isEqualTo(project.plannedStart());
		assertThat(after.kind()).isEqualTo(project.kind());
		String page = render(get("/projects/" + project.id()), this.ward.officer());
		assertThat(Html.rows(page)).anySatisfy((row) -> assertThat(row).contains(this.ward.officer().username())
			.contains("Tên công trình")
			.contains("Thảm nhựa hẻm 27 | Thảm nhựa hẻm 27 (giai đoạn 2)"));
	}

	static Stream<Arguments> badEdit() {
		return Stream.of(Arguments.of("progress", "101", "Giá trị lớn nhất là 100."),
				Arguments.of("progress", "", "Tiến độ phải từ 0 đến 100%."),
				Arguments.of("actualStart", "2025-01-01",
						"Chỉ ghi ngày khởi công thực tế khi công trình đã chuyển sang đang thi công."),
				Arguments.of("actualEnd", "2025-01-01",
						"Chỉ ghi ngày hoàn thành thực tế khi công trình đã hoàn thành."));
	}

	@ParameterizedTest(name = "{0} = \"{1}\"")
	@MethodSource("badEdit")
	void badEditsAreShownNextToTheFieldAndChangeNothing(String field, String typed, String message) throws Exception {
		ProjectDetail project = this.fixtures.create(this.ward, this.ward.areaA());
		Map<String, String> form = formOf(project);
		form.put(field, typed);

		String page = this.mvc
			.perform(post("/projects/" + project.id() + "/edit").with(as(this.ward.officer()))
				.with(csrf())
				.params(params(form)))
			.andExpect(status().isOk())
			.andExpect(view().name("projects/form"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, field)).isEqualTo(message);
		assertThat(this.projects.get(this.ward.admin(), project.id())).isEqualTo(project);
	}

	@Test
	void aSettledProjectIsNotEditedAndThePageSaysWhy() throws Exception {
		ProjectDetail project = this.fixtures.projectIn(this.ward, ProjectStatus.SETTLED);
		Map<String, String> form = formOf(project);
		form.put("name", "Đổi tên sau quyết toán");

		String page = this.mvc
			.perform(post("/projects/" + project.id() + "/edit").with(as(this.ward.officer()))
				.with(csrf())
				.params(params(form)))
			.andExpect(status().isOk())
			.andExpect(view().name("projects/form"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.text(page))
			.contains("Công trình đang ở trạng thái \"Đã quyết toán\": không thay đổi được nữa.");
		assertThat(this.projects.get(this.ward.admin(), project.id())).isEqualTo(project);
		assertThat(render(get("/projects/" + project.id()), this.ward.officer()))
			.doesNotContain("/projects/" + project.id() + "/edit")
			.doesNotContain("action=\"/projects/" + project.id() + "/status\"");
	}

	@Test
	void aStaleEditIsRefusedWithTheConflictPageAndChangesNothing() throws Exception {
		ProjectDetail project = this.fixtures.create(this.ward, this.ward.areaA());
		Map<String, String> stale = formOf(project);
		Map<String, String> first = formOf(project);
		first.put("name", "Đổi tên lần một");
		this.mvc
			.perform(post("/projects/" + project.id() + "/edit").with(as(this.ward.admin()))
				.with(csrf())
				.params(params(first)))
			.andExpect(status().isFound());
		ProjectDetail current = this.projects.get(this.ward.admin(), project.id());
		stale.put("name", "Đổi tên lần hai");

		Browser browser = new Browser(this.port).logIn(this.ward.officer().username(), WardFixtures.PASSWORD);
		browser.get("/projects/" + project.id() + "/edit");
		Page page = browser.post("/projects/" + project.id() + "/edit", stale);

		assertThat(page.status()).isEqualTo(409);
		assertThat(page.body()).contains("Bản ghi đã bị người khác thay đổi");
		assertThat(this.projects.get(this.ward.admin(), project.id())).isEqualTo(current);
	}

	@Test
	void aStalePlanIsRefusedWithTheConflictPage() throws Exception {
		ProjectDetail project = this.fixtures.create(this.ward, this.ward.areaA());
		this.projects.savePlan(this.ward.admin(), project.id(), new FundingPlan(Money.of(1_000_000), null, null, null),
				project.version());
		ProjectDetail current = this.projects.get(this.ward.admin(), project.id());

		this.mvc
			.perform(post("/projects/" + project.id() + "/plan").with(as(this.ward.officer()))
				.with(csrf())
				.param("stateBudget", "9.000.000")
				.param("version", String.valueOf(project.version())))
			.andExpect(status().isConflict());

		assertThat(this.projects.get(this.ward.admin(), project.id())).isEqualTo(current);
	}

	@Test
	void thePlanFormSavesAmountsTypedTheVietnameseWay() throws Exception {
		ProjectDetail project = this.fixtures.create(this.ward, this.ward.areaA());
		String form = render(get("/projects/" + project.id() + "/plan"), this.ward.officer());
		assertThat(Html.labelsWithoutField(form)).isEmpty();
		MultiValueMap<String, String> fields = Html.formFields(form, "/projects/" + project.id() + "/plan");
		fields.set("residents", "160.000.000");
		fields.set("stateBudget", "40000000");
		fields.set("inKind", "5.000.000 đ");

		this.mvc.perform(
				post("/projects/" + project.id() + "/plan").with(as(this.ward.officer())).with(csrf()).params(fields))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/projects/" + project.id()));

		ProjectDetail after = this.projects.get(this.ward.admin(), project.id());
		assertThat(after.funding().plannedTotal()).isEqualTo(Money.of(205_000_000));
		String page = render(get("/projects/" + project.id()), this.ward.inspector());
		assertThat(Html.rows(page)).contains("Nhân dân đóng góp | 160.000.000 đ | 0 đ | 0,0% |")
			.contains("Tổng cộng | 205.000.000 đ | 0 đ | |");
		String again = render(get("/projects/" + project.id() + "/plan"), this.ward.officer());
		assertThat(Html.value(again, "residents")).isEqualTo("160.000.000 đ");
		assertThat(Html.value(again, "sponsors")).isEqualTo("0 đ");
	}

	static Stream<Arguments> badPlan() {
		String notAmount = "Số tiền không hợp lệ: nhập số đồng, ví dụ 160.000.000.";
		return Stream.of(Arguments.of("residents", "-1", "Số tiền không được âm."),
				Arguments.of("stateBudget", "1,5", notAmount), Arguments.of("sponsors", "mười triệu", notAmount),
				Arguments.of("inKind", "100.000.000.001", "Số tiền không được vượt quá 100.000.000.000 đ."));
	}

	@ParameterizedTest(name = "{0} = \"{1}\"")
	@MethodSource("badPlan")
	void aBadPlanIsShownNextToTheFieldAndNothingIsWritten(String field, String typed, String message) throws Exception {
		ProjectDetail project = this.fixtures.create(this.ward, this.ward.areaA());
		Map<String, String> form = new LinkedHashMap<>();
		form.put("residents", "1.000.000");
		form.put("version", String.valueOf(project.version()));
		form.put(field, typed);

		String page = this.mvc
			.perform(post("/projects/" + project.id() + "/plan").with(as(this.ward.officer()))
				.with(csrf())
				.params(params(form)))
			.andExpect(status().isOk())
			.andExpect(view().name("projects/plan"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, field)).isEqualTo(message);
		// What could be read as an amount is shown back as one ("-1 đ").
		assertThat(Html.value(page, field)).startsWith(typed);
		assertThat(this.projects.get(this.ward.admin(), project.id())).isEqualTo(project);
	}

	@Test
	void theStatusMovesAlongAndTheHistoryShowsIt() throws Exception {
		ProjectDetail project = this.fixtures.create(this.ward, this.ward.areaA());

		this.mvc
			.perform(post("/projects/" + project.id() + "/status").with(as(this.ward.officer()))
				.with(csrf())
				.param("target", "CONSULTING")
				.param("statusDate", this.today.toString()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/projects/" + project.id()))
			.andExpect(flash().attribute("message", "project.status.changed"));

		assertThat(this.projects.get(this.ward.admin(), project.id()).status()).isEqualTo(ProjectStatus.CONSULTING);
		String page = render(get("/projects/" + project.id()), this.ward.officer());
		assertThat(Html.rows(page)).anySatisfy((row) -> assertThat(row).contains("Chuyển trạng thái")
			.contains("Trạng thái")
			.contains("Đề xuất | Lấy ý kiến"));
		assertThat(page).contains("<option value=\"APPROVED\">Đã thông qua</option>")
			.doesNotContain("<option value=\"SETTLED\"");
	}

	static Stream<Arguments> badStatusChange() {
		return Stream.of(
				Arguments.of(ProjectStatus.PROPOSED, "SETTLED", "", "target",
						"Không thể chuyển công trình từ \"Đề xuất\" sang \"Đã quyết toán\"."),
				Arguments.of(ProjectStatus.PROPOSED, "APPROVED", "", "target",
						"Không thể chuyển công trình từ \"Đề xuất\" sang \"Đã thông qua\"."),
				Arguments.of(ProjectStatus.CONSULTING, "APPROVED", "", "target",
						"Chưa thể thông qua: chưa ghi nhận cuộc họp dân nào. Cần trên 50% số hộ của khu đồng ý (Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15)."),
				Arguments.of(ProjectStatus.PROPOSED, "CANCELLED", "", "statusNote", "Hãy ghi lý do hủy công trình."),
				Arguments.of(ProjectStatus.PROPOSED, "PAUSED", "", "target", "Giá trị không hợp lệ."),
				Arguments.of(ProjectStatus.PROPOSED, "", "", "target", "Bắt buộc phải chọn hoặc nhập."),
				Arguments.of(ProjectStatus.APPROVED, "UNDER_CONSTRUCTION", "{tomorrow}", "statusDate",
						"Ngày không được ở tương lai."),
				Arguments.of(ProjectStatus.PROPOSED, "CONSULTING", "hôm nay", "statusDate", "Ngày không hợp lệ."),
				Arguments.of(ProjectStatus.SETTLED, "COMPLETED", "", "target",
						"Không thể chuyển công trình từ \"Đã quyết toán\" sang \"Hoàn thành\"."));
	}

	@ParameterizedTest(name = "{0} → \"{1}\"")
	@MethodSource("badStatusChange")
	void aRefusedStatusChangeIsExplainedNextToTheFieldAndChangesNothing(ProjectStatus from, String target, String date,
			String field, String message) throws Exception {
		ProjectDetail project = this.fixtures.projectIn(this.ward, from);

		String page = this.mvc
			.perform(post("/projects/" + project.id() + "/status").with(as(this.ward.officer()))
				.with(csrf())
				.param("target", target)
				.param("statusDate", date.replace("{tomorrow}", this.today.plusDays(1).toString()))
				.param("statusNote", ""))
			.andExpect(status().isOk())
			.andExpect(view().name("projects/detail"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, field)).isEqualTo(message);
		assertThat(Html.labelsWithoutField(page)).isEmpty();
		assertThat(this.projects.get(this.ward.admin(), project.id())).isEqualTo(project);
	}

	@Test
	void approvalWithExactlyHalfIsRefusedWithTheLawsRule() throws Exception {
		ProjectDetail project = this.fixtures.projectIn(this.ward, ProjectStatus.CONSULTING);
		this.mvc
			.perform(post("/projects/" + project.id() + "/meetings").with(as(this.ward.officer()))
				.with(csrf())
				.param("meetingDate", this.today.minusDays(1).toString())
				.param("householdsPresent", "4")
				.param("householdsAgreeing", "2")
				.param("meetingNotes", "Biên bản số 3"))
			.andExpect(status().isFound());
		ProjectDetail before = this.projects.get(this.ward.admin(), project.id());

		String page = this.mvc
			.perform(post("/projects/" + project.id() + "/status").with(as(this.ward.officer()))
				.with(csrf())
				.param("target", "APPROVED"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, "target")).isEqualTo("Chưa thể thông qua: cuộc họp ngày "
				+ VietnameseDates.format(this.today.minusDays(1))
				+ " chỉ có 2 trên 4 hộ của khu đồng ý (50,0%); cần trên 50% số hộ của khu (Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15).");
		assertThat(Html.rows(page)).anySatisfy((row) -> assertThat(row).contains("| 4 | 2 | 4 | 50,0% Chưa đạt |"));
		assertThat(this.projects.get(this.ward.admin(), project.id())).isEqualTo(before);
	}

	static Stream<Arguments> badMeeting() {
		return Stream.of(Arguments.of("meetingDate", "", "Bắt buộc phải chọn hoặc nhập."),
				Arguments.of("meetingDate", "{tomorrow}", "Ngày không được ở tương lai."),
				Arguments.of("householdsPresent", "abc", "Phải là một số nguyên."),
				Arguments.of("householdsPresent", "0", "Giá trị nhỏ nhất là 1."),
				Arguments.of("householdsPresent", "5",
						"Số hộ dự họp không được vượt quá số hộ của khu trong sổ hộ dân (4 hộ)."),
				Arguments.of("householdsAgreeing", "4", "Số hộ đồng ý không được vượt quá số hộ dự họp."),
				Arguments.of("householdsAgreeing", "-1", "Giá trị nhỏ nhất là 0."),
				Arguments.of("meetingNotes", "n".repeat(1001), "Không được quá 1.000 ký tự."));
	}

	@ParameterizedTest(name = "{0} = \"{1}\"")
	@MethodSource("badMeeting")
	void aBadMeetingIsShownNextToTheFieldAndNothingIsWritten(String field, String typed, String message)
			throws Exception {
		ProjectDetail project = this.fixtures.projectIn(this.ward, ProjectStatus.CONSULTING);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("meetingDate", this.today.toString());
		form.put("householdsPresent", "3");
		form.put("householdsAgreeing", "3");
		form.put("meetingNotes", "");
		form.put(field, typed.replace("{tomorrow}", this.today.plusDays(1).toString()));

		String page = this.mvc
			.perform(post("/projects/" + project.id() + "/meetings").with(as(this.ward.officer()))
				.with(csrf())
				.params(params(form)))
			.andExpect(status().isOk())
			.andExpect(view().name("projects/detail"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, field)).isEqualTo(message);
		assertThat(Html.value(page, field)).isEqualTo(form.get(field));
		assertThat(this.projects.get(this.ward.admin(), project.id())).isEqualTo(project);
	}

	@Test
	void aMeetingAfterApprovalIsRefusedWithAMessage() throws Exception {
		ProjectDetail project = this.fixtures.projectIn(this.ward, ProjectStatus.APPROVED);

		String page = this.mvc
			.perform(post("/projects/" + project.id() + "/meetings").with(as(this.ward.officer()))
				.with(csrf())
				.param("meetingDate", this.today.toString())
				.param("householdsPresent", "3")
				.param("householdsAgreeing", "3"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page)
			.contains("Chỉ ghi nhận hoặc xóa cuộc họp khi công trình đang ở giai đoạn đề xuất hoặc lấy ý kiến.");
		assertThat(this.projects.get(this.ward.admin(), project.id())).isEqualTo(project);
	}

	@Test
	void aSixthBoardMemberIsRefusedWithAMessage() throws Exception {
		ProjectDetail project = this.fixtures.create(this.ward, this.ward.areaA());
		for (int i = 1; i <= 5; i++) {
			this.mvc
				.perform(post("/projects/" + project.id() + "/board").with(as(this.ward.officer()))
					.with(csrf())
					.param("memberName", "Thành Viên " + i)
					.param("memberRole", (i == 1) ? "Trưởng ban" : "")
					.param("memberPhone", ""))
				.andExpect(status().isFound())
				.andExpect(flash().attribute("message", "project.board.added"));
		}
		ProjectDetail full = this.projects.get(this.ward.admin(), project.id());
		String before = render(get("/projects/" + project.id()), this.ward.officer());
		assertThat(before).contains("Ban giám sát đầu tư của cộng đồng (5/5)")
			.doesNotContain("action=\"/projects/" + project.id() + "/board\"");

		String page = this.mvc
			.perform(post("/projects/" + project.id() + "/board").with(as(this.ward.officer()))
				.with(csrf())
				.param("memberName", "Người Thứ Sáu"))
			.andExpect(status().isOk())
			.andExpect(view().name("projects/detail"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page)
			.contains("Ban giám sát đầu tư của cộng đồng có tối đa 5 người; hãy xóa bớt một người trước khi thêm.");
		assertThat(Html.value(page, "memberName")).isEqualTo("Người Thứ Sáu");
		assertThat(this.projects.get(this.ward.admin(), project.id())).isEqualTo(full);
	}

	static Stream<Arguments> badBoardMember() {
		return Stream.of(Arguments.of("memberName", "", "Không được để trống."),
				Arguments.of("memberName", "T".repeat(121), "Không được quá 120 ký tự."), Arguments.of("memberPhone",
						"09 ba ba", "Số điện thoại chỉ gồm chữ số, dấu cách, dấu chấm, gạch ngang."));
	}

	@ParameterizedTest(name = "{0} = \"{1}\"")
	@MethodSource("badBoardMember")
	void aBadBoardMemberIsShownNextToTheFieldAndNothingIsWritten(String field, String typed, String message)
			throws Exception {
		ProjectDetail project = this.fixtures.create(this.ward, this.ward.areaA());
		Map<String, String> form = new LinkedHashMap<>();
		form.put("memberName", "Nguyễn Văn Giám");
		form.put("memberRole", "Thành viên");
		form.put("memberPhone", "0909 123 456");
		form.put(field, typed);

		String page = this.mvc
			.perform(post("/projects/" + project.id() + "/board").with(as(this.ward.officer()))
				.with(csrf())
				.params(params(form)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, field)).isEqualTo(message);
		assertThat(this.projects.get(this.ward.admin(), project.id())).isEqualTo(project);
	}

	@Test
	void anUpdateWithAPngNamedJpgIsAddedAndItsPhotoServed() throws Exception {
		ProjectDetail project = this.fixtures.create(this.ward, this.ward.areaA());

		this.mvc
			.perform(updateRequest(project, "Đổ bê tông đoạn đầu hẻm", "40")
				.file(photo("anh-hem.jpg", "image/jpeg", png(3000))))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/projects/" + project.id()))
			.andExpect(flash().attribute("message", "project.update.added"));

		ProjectDetail after = this.projects.get(this.ward.admin(), project.id());
		assertThat(after.progress()).isEqualTo(40);
		Long photoId = after.updates().get(0).photoIds().get(0);
		String page = render(get("/projects/" + project.id()), this.ward.inspector());
		assertThat(page).contains("Đổ bê tông đoạn đầu hẻm")
			.contains("src=\"/projects/" + project.id() + "/photos/" + photoId + "\"");
		byte[] served = this.mvc
			.perform(get("/projects/" + project.id() + "/photos/" + photoId).with(as(this.ward.inspector())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Disposition", containsString("inline")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(served).isEqualTo(png(3000));
		this.mvc.perform(get("/projects/" + project.id() + "/photos/" + photoId).with(as(this.ward.officerB())))
			.andExpect(status().isNotFound());
		ProjectDetail other = this.fixtures.create(this.ward, this.ward.areaA());
		this.mvc.perform(get("/projects/" + other.id() + "/photos/" + photoId).with(as(this.ward.admin())))
			.andExpect(status().isNotFound());
	}

	static Stream<Arguments> badUpdate() {
		return Stream.of(
				Arguments.of("a text file renamed .png", "Cập nhật", "",
						photo("anh.png", "image/png", "không phải ảnh".getBytes(StandardCharsets.UTF_8)), "photos",
						"Tệp \"anh.png\" không phải ảnh JPEG, PNG hoặc WebP."),
				Arguments.of("5 MB + 1 byte", "Cập nhật", "", photo("lon.png", "image/png", png(5 * 1024 * 1024 + 1)),
						"photos", "Ảnh \"lon.png\" lớn hơn 5 MB."),
				Arguments.of("an SVG", "Cập nhật", "",
						photo("a.svg", "image/svg+xml",
								"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
									.getBytes(StandardCharsets.UTF_8)),
						"photos", "Tệp \"a.svg\" không phải ảnh JPEG, PNG hoặc WebP."),
				Arguments.of("no text", "", "", photo("a.png", "image/png", png(100)), "updateText",
						"Không được để trống."),
				Arguments.of("progress over 100", "Cập nhật", "101", photo("a.png", "image/png", png(100)),
						"updateProgress", "Giá trị lớn nhất là 100."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badUpdate")
	void aBadUpdateIsShownNextToTheFieldAndNothingIsWritten(String what, String text, String progress,
			MockMultipartFile file, String field, String message) throws Exception {
		ProjectDetail project = this.fixtures.create(this.ward, this.ward.areaA());

		String page = this.mvc.perform(updateRequest(project, text, progress).file(file))
			.andExpect(status().isOk())
			.andExpect(view().name("projects/detail"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, field)).isEqualTo(message);
		assertThat(Html.value(page, "updateText")).isEqualTo(text);
		assertThat(this.projects.get(this.ward.admin(), project.id())).isEqualTo(project);
		assertThat(this.jdbc.queryForObject("select count(*) from project_photos where project_id = ?", Integer.class,
				project.id()))
			.isZero();
	}

	@Test
	void textPostedAsPhotosIsABadFieldNotAServerError() throws Exception {
		ProjectDetail project = this.fixtures.create(this.ward, this.ward.areaA());

		String page = this.mvc
			.perform(post("/projects/" + project.id() + "/updates").with(as(this.ward.officer()))
				.with(csrf())
				.param("updateDate", this.today.toString())
				.param("updateText", "Không có tệp")
				.param("photos", "anh.png"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, "photos")).isEqualTo("Giá trị không hợp lệ.");
		assertThat(this.projects.get(this.ward.admin(), project.id())).isEqualTo(project);
	}

	@Test
	void meetingsBoardMembersAndUpdatesCanBeRemoved() throws Exception {
		ProjectDetail project = this.fixtures.create(this.ward, this.ward.areaA());
		this.projects.addMeeting(this.ward.admin(), project.id(), new MeetingDetails(this.today, 2, 2, null));
		this.projects.addBoardMember(this.ward.admin(), project.id(), new BoardMemberDetails("Bà Tư", null, null));
		this.projects.addUpdate(this.ward.admin(), project.id(),
				new UpdateDetails(this.today, "Ảnh nhầm", null, List.of(new UploadedPhoto("a.png", png(10)))));
		ProjectDetail full = this.projects.get(this.ward.admin(), project.id());
		String base = "/projects/" + project.id();

		this.mvc
			.perform(post(base + "/meetings/" + full.meetings().get(0).id() + "/remove").with(as(this.ward.officer()))
				.with(csrf()))
			.andExpect(redirectedUrl(base));
		this.mvc
			.perform(post(base + "/board/" + full.board().get(0).id() + "/remove").with(as(this.ward.officer()))
				.with(csrf()))
			.andExpect(redirectedUrl(base));
		this.mvc
			.perform(post(base + "/updates/" + full.updates().get(0).id() + "/remove").with(as(this.ward.officer()))
				.with(csrf()))
			.andExpect(redirectedUrl(base));

		ProjectDetail after = this.projects.get(this.ward.admin(), project.id());
		assertThat(after.meetings()).isEmpty();
		assertThat(after.board()).isEmpty();
		assertThat(after.updates()).isEmpty();
	}

	@Test
	void aMeetingOfAnApprovedProjectCannotBeRemoved() throws Exception {
		ProjectDetail project = this.fixtures.projectIn(this.ward, ProjectStatus.APPROVED);

		this.mvc
			.perform(post("/projects/" + project.id() + "/meetings/" + project.meetings().get(0).id() + "/remove")
				.with(as(this.ward.officer()))
				.with(csrf()))
			.andExpect(redirectedUrl("/projects/" + project.id()))
			.andExpect(flash().attribute("errorMessage", "project.meeting.decided"));

		assertThat(this.projects.get(this.ward.admin(), project.id())).isEqualTo(project);
	}

	@Test
	void aChildOfAnotherProjectCannotBeRemovedThroughThisOne() throws Exception {
		ProjectDetail one = this.fixtures.create(this.ward, this.ward.areaA());
		ProjectDetail other = this.fixtures.create(this.ward, this.ward.areaA());
		this.projects.addBoardMember(this.ward.admin(), other.id(), new BoardMemberDetails("Ông Năm", null, null));
		ProjectDetail otherBefore = this.projects.get(this.ward.admin(), other.id());

		this.mvc
			.perform(post("/projects/" + one.id() + "/board/" + otherBefore.board().get(0).id() + "/remove")
				.with(as(this.ward.officer()))
				.with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(this.projects.get(this.ward.admin(), other.id())).isEqualTo(otherBefore);
	}

	@Test
	void theInspectorsPagesOfferNoChanges() throws Exception {
		ProjectDetail project = this.fixtures.projectIn(this.ward, ProjectStatus.CONSULTING);

		String list = render(get("/projects"), this.ward.inspector());
		String detail = render(get("/projects/" + project.id()), this.ward.inspector());

		assertThat(list).contains(project.name()).doesNotContain("href=\"/projects/new\"");
		assertThat(detail).contains(project.name())
			.doesNotContain("<form class=\"d-inline")
			.doesNotContain("action=\"/projects/" + project.id() + "/")
			.doesNotContain("/projects/" + project.id() + "/edit")
			.doesNotContain("/projects/" + project.id() + "/plan");
	}

	@Test
	void everyFormOfTheProjectPagesRendersEachFieldOnceAndItsLabels() throws Exception {
		ProjectDetail project = this.fixtures.projectIn(this.ward, ProjectStatus.CONSULTING);
		for (String path : List.of("/projects/new", "/projects/" + project.id(), "/projects/" + project.id() + "/edit",
				"/projects/" + project.id() + "/plan", "/projects")) {
			String page = render(get(path), this.ward.officer());
			assertThat(Html.labelsWithoutField(page)).as(path).isEmpty();
			assertThat(page).as(path).doesNotContain("??");
			for (String field : List.of("name", "kind", "lengthMetres", "target", "statusDate", "meetingDate",
					"householdsPresent", "memberName", "updateText", "photos", "residents", "version")) {
				assertThat(Html.controlCount(page, field)).as(path + " " + field).isLessThanOrEqualTo(1);
			}
		}
	}

	@Test
	void theListFiltersAndAnOfficerSeesOnlyTheirAreas() throws Exception {
		ProjectDetail ofA = this.fixtures.create(this.ward.admin(), this.ward.areaA(), "Bê tông hóa hẻm 49-57");
		ProjectDetail ofB = this.fixtures.create(this.ward.admin(), this.ward.areaB(), "Camera an ninh khu B");
		this.projects.changeStatus(this.ward.admin(), ofB.id(),
				new StatusChange(ProjectStatus.CONSULTING, this.today, null));

		assertThat(render(get("/projects"), this.ward.officer())).contains(ofA.name()).doesNotContain(ofB.name());
		assertThat(render(get("/projects").param("area", String.valueOf(this.ward.areaB().id())), this.ward.officer()))
			.doesNotContain(ofB.name());
		assertThat(render(get("/projects"), this.ward.inspector())).contains(ofA.name()).contains(ofB.name());
		assertThat(render(get("/projects").param("status", "CONSULTING"), this.ward.inspector()))
			.doesNotContain(ofA.name())
			.contains(ofB.name());
		assertThat(render(get("/projects").param("q", "be tong hoa hem 49"), this.ward.admin())).contains(ofA.name())
			.doesNotContain(ofB.name());
		this.mvc.perform(get("/projects").param("status", "RICH").with(as(this.ward.admin())))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/projects").param("page", "-2").with(as(this.ward.admin()))).andExpect(status().isOk());
	}

	@Test
	void scriptInTheNameIsShownAsText() throws Exception {
		String script = "<script>alert(1)</script>";
		Map<String, String> form = validForm();
		form.put("name", script);
		MvcResult result = this.mvc.perform(createRequest(this.ward.officer(), form).with(csrf()))
			.andExpect(status().isFound())
			.andReturn();

		this.mvc.perform(get("/projects/" + idFrom(result)).with(as(this.ward.officer())))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString(script))));
	}

	@Test
	void postsWithoutCsrfTokenAreRefusedAndNothingIsWritten() throws Exception {
		ProjectDetail project = this.fixtures.create(this.ward, this.ward.areaA());
		int fundsBefore = fundCount();

		this.mvc.perform(createRequest(this.ward.officer(), validForm())).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/projects/" + project.id() + "/board").with(as(this.ward.officer()))
				.param("memberName", "Không Token"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/projects/" + project.id() + "/updates").file(photo("a.png", "image/png", png(10)))
				.with(as(this.ward.officer()))
				.param("updateDate", this.today.toString())
				.param("updateText", "Không token"))
			.andExpect(status().isForbidden());

		assertThat(fundCount()).isEqualTo(fundsBefore);
		assertThat(this.projects.get(this.ward.admin(), project.id())).isEqualTo(project);
	}

	@Test
	void unknownAndNonNumericIdsAreVietnameseErrorPages() {
		Browser browser = new Browser(this.port).logIn(this.ward.officer().username(), WardFixtures.PASSWORD);

		Page missing = browser.get("/projects/" + Long.MAX_VALUE);
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.body()).contains("Không tìm thấy");
		Page bad = browser.get("/projects/abc");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.body()).contains("Yêu cầu không hợp lệ");
	}

	/**
	 * Above the server's upload limit (10 MB) the request never reaches the page: the
	 * answer is a Vietnamese 4xx page, never a 500, and nothing is written.
	 */
	@Test
	void aFileAboveTheUploadLimitIsA4xxPageAndNothingIsWritten() throws Exception {
		ProjectDetail project = this.fixtures.create(this.ward, this.ward.areaA());
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		String base = "http://localhost:" + this.port;
		String login = send(client, HttpRequest.newBuilder(URI.create(base + "/login")).GET()).body();
		send(client,
				HttpRequest.newBuilder(URI.create(base + "/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("username=" + this.ward.officer().username()
							+ "&password=" + WardFixtures.PASSWORD + "&_csrf=" + csrfOf(login))));
		String detail = send(client, HttpRequest.newBuilder(URI.create(base + "/projects/" + project.id())).GET())
			.body();
		String boundary = "----sochibo" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (String[] field : new String[][] { { "_csrf", csrfOf(detail) }, { "updateDate", this.today.toString() },
				{ "updateText", "Ảnh quá lớn" } }) {
			body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
					+ field[1] + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photos\"; filename=\"lon.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(png(11 * 1024 * 1024));
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

		HttpResponse<String> answer = send(client,
				HttpRequest.newBuilder(URI.create(base + "/projects/" + project.id() + "/updates"))
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.header("Accept", "text/html")
					.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));

		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.body()).contains("<html lang=\"vi\">")
			.contains("Tệp tải lên quá lớn", "tối đa 10 MB")
			.doesNotContain("Exception");
		assertThat(this.projects.get(this.ward.admin(), project.id())).isEqualTo(project);
	}

	private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
		return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String csrfOf(String html) {
		java.util.regex.Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(token.find()).as("a CSRF token on the page").isTrue();
		return token.group(1);
	}

	private MockMultipartHttpServletRequestBuilder updateRequest(ProjectDetail project, String text, String progress) {
		MockMultipartHttpServletRequestBuilder request = multipart("/projects/" + project.id() + "/updates");
		request.with(as(this.ward.officer()))
			.with(csrf())
			.param("updateDate", this.today.toString())
			.param("updateText", text)
			.param("updateProgress", progress);
		return request;
	}

	static MockMultipartFile photo(String name, String contentType, byte[] bytes) {
		return new MockMultipartFile("photos", name, contentType, bytes);
	}

	private String render(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
		return this.mvc.perform(request.with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MockHttpServletRequestBuilder createRequest(CurrentUser user, Map<String, String> form) {
		return post("/projects/new").with(as(user)).params(params(form));
	}

	private Map<String, String> validForm() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("kind", "CONCRETE_PAVING");
		form.put("name", "Bê tông hóa hẻm 49-57");
		form.put("areaId", String.valueOf(this.ward.areaA().id()));
		form.put("location", "hẻm 49-57 đường Trần Văn Khéo");
		form.put("lengthMetres", "120,5");
		form.put("widthMetres", "3.25");
		form.put("householdsBenefiting", "42");
		form.put("description", "");
		form.put("plannedStart", "2025-03-01");
		form.put("plannedEnd", "2025-06-30");
		return form;
	}

	private static Map<String, String> formOf(ProjectDetail project) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("kind", project.kind().name());
		form.put("name", project.name());
		form.put("location", (project.location() != null) ? project.location() : "");
		form.put("lengthMetres", (project.lengthMetres() != null) ? project.lengthMetres().toPlainString() : "");
		form.put("widthMetres", (project.widthMetres() != null) ? project.widthMetres().toPlainString() : "");
		form.put("householdsBenefiting",
				(project.householdsBenefiting() != null) ? String.valueOf(project.householdsBenefiting()) : "");
		form.put("description", (project.description() != null) ? project.description() : "");
		form.put("plannedStart", (project.plannedStart() != null) ? project.plannedStart().toString() : "");
		form.put("plannedEnd", (project.plannedEnd() != null) ? project.plannedEnd().toString() : "");
		form.put("progress", String.valueOf(project.progress()));
		form.put("actualStart", (project.actualStart() != null) ? project.actualStart().toString() : "");
		form.put("actualEnd", (project.actualEnd() != null) ? project.actualEnd().toString() : "");
		form.put("version", String.valueOf(project.version()));
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

	private int projectCount() {
		return this.jdbc.queryForObject("select count(*) from projects where ward_id = ?", Integer.class,
				this.ward.id());
	}

	private int fundCount() {
		return this.jdbc.queryForObject("select count(*) from funds where ward_id = ?", Integer.class, this.ward.id());
	}

}
