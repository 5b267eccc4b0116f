package vn.sochibo.welfare.web;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.support.Html;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.welfare.ProgramView;
import vn.sochibo.welfare.WelfarePrograms;
import vn.sochibo.welfare.web.WelfareWorld.Rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * The welfare program pages through the whole web stack: who reads them, who creates
 * programs, what bad input shows (and that it writes nothing), and what a program's page
 * counts once gifts are given. One ward serves the whole class (building a ward is the
 * slow part); each test that gives makes its own program.
 */
@IntegrationTest
@TestInstance(Lifecycle.PER_CLASS)
class ProgramControllerTests {

	static final String NAME = "Quà cuối năm An Khang";

	@Autowired
	WelfarePrograms programs;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	WelfareWorld world;

	ProgramView program;

	WelfareWorld other;

	@BeforeAll
	void twoWardsWithAProgramEach() {
		this.world = newWorld();
		this.program = this.world.program(NAME, StatusKind.POOR, StatusKind.NEAR_POOR);
		this.other = newWorld();
	}

	@Test
	void anonymousIsSentToLoginAndWritesNothing() throws Exception {
		Rows before = this.world.rows();
		for (String path : new String[] { "/welfare/programs", "/welfare/programs/" + this.program.id(),
				"/welfare/programs/new", "/welfare/programs/" + this.program.id() + "/edit" }) {
			this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}
		this.mvc.perform(post("/welfare/programs/new").with(csrf()).params(validForm("Quà Ẩn Danh")))
			.andExpect(redirectedUrl("/login"));
		assertThat(this.world.rows()).isEqualTo(before);
	}

	@Test
	void theListAndTheProgramPageRenderInVietnameseForEveryWardRole() throws Exception {
		for (CurrentUser user : this.world.ward.wardUsers()) {
			String list = page("/welfare/programs", user);
			assertThat(list).as(user.username())
				.contains("Phúc lợi")
				.contains("Chương trình quà, hỗ trợ")
				.contains("href=\"/welfare/programs/" + this.program.id() + "\"");
			assertThat(Html.rows(list)).anySatisfy((row) -> assertThat(row).contains(NAME).contains("0 suất · 0 hộ"));

			String detail = page("/welfare/programs/" + this.program.id(), user);
			assertThat(detail).as(user.username())
				.contains(NAME)
				.contains("Hộ thuộc đối tượng chưa nhận")
				.contains("Hộ nghèo")
				.contains("Hộ cận nghèo")
				.contains("Chưa có đợt trao nào.");
		}
	}

	@Test
	void theYearFilterListsOnlyThatYearsPrograms() throws Exception {
		this.world.program("Quà khai giảng năm kia", this.world.year - 1, vn.sochibo.welfare.ProgramSource.FRONT, null,
				StatusKind.POOR);

		String thisYear = page("/welfare/programs?year=" + this.world.year, this.world.ward.officer());

		assertThat(thisYear).contains(NAME).doesNotContain("Quà khai giảng năm kia");
		assertThat(page("/welfare/programs", this.world.ward.officer())).contains(NAME)
			.contains("Quà khai giảng năm kia");
	}

	@Test
	void onlyTheWardAdminAndTheSecretaryCreateOrEditPrograms() throws Exception {
		Rows before = this.world.rows();
		for (CurrentUser user : new CurrentUser[] { this.world.ward.inspector(), this.world.ward.officer() }) {
			this.mvc.perform(get("/welfare/programs/new").with(as(user))).andExpect(status().isForbidden());
			this.mvc
				.perform(post("/welfare/programs/new").with(as(user)).with(csrf()).params(validForm("Quà Trái Phép")))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/welfare/programs/" + this.program.id() + "/edit").with(as(user)))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/welfare/programs/" + this.program.id() + "/edit").with(as(user))
					.with(csrf())
					.params(validForm("Quà Đổi Tên")))
				.andExpect(status().isForbidden());
		}
		assertThat(this.world.rows()).isEqualTo(before);
		assertThat(this.programs.get(this.world.ward.admin(), this.program.id()).name()).isEqualTo(NAME);
		assertThat(page("/welfare/programs", this.world.ward.inspector()))
			.doesNotContain("href=\"/welfare/programs/new\"");
		assertThat(page("/welfare/programs", this.world.ward.secretary())).contains("href=\"/welfare/programs/new\"");
	}

	@Test
	void theInspectorSeesNoButtonThatGives() throws Exception {
		String id = String.valueOf(this.program.id());
		String ofInspector = page("/welfare/programs/" + id, this.world.ward.inspector());
		String ofOfficer = page("/welfare/programs/" + id, this.world.ward.officer());

		for (String link : new String[] { "/welfare/programs/" + id + "/distribute",
				"/welfare/programs/" + id + "/gifts/new" }) {
			assertThat(ofInspector).doesNotContain("href=\"" + link + "\"");
			assertThat(ofOfficer).contains("href=\"" + link + "\"");
		}
		assertThat(ofInspector).contains("href=\"/welfare/programs/" + id + "/signing-list\"");
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefusedAndWritesNothing() throws Exception {
		Rows before = this.world.rows();

		this.mvc.perform(post("/welfare/programs/new").with(as(this.world.ward.admin())).params(validForm("Quà Mới")))
			.andExpect(status().isForbidden());

		assertThat(this.world.rows()).isEqualTo(before);
	}

	@Test
	void aProgramOfAnotherWardOrAnUnknownIdIsNotFound() throws Exception {
		WelfareWorld other = this.other;
		ProgramView foreign = other.program("Quà phường bên", StatusKind.POOR);
		CurrentUser admin = this.world.ward.admin();

		for (Long id : new Long[] { foreign.id(), Long.MAX_VALUE }) {
			for (String path : new String[] { "/welfare/programs/" + id, "/welfare/programs/" + id + "/edit",
					"/welfare/programs/" + id + "/coverage", "/welfare/programs/" + id + "/distribute",
					"/welfare/programs/" + id + "/gifts/new", "/welfare/programs/" + id + "/signing-list" }) {
				this.mvc.perform(get(path).with(as(admin))).andExpect(status().isNotFound());
			}
			this.mvc
				.perform(post("/welfare/programs/" + id + "/edit").with(as(admin)).with(csrf()).params(validForm("X")))
				.andExpect(status().isNotFound());
		}
		assertThat(this.programs.get(other.ward.admin(), foreign.id()).name()).isEqualTo("Quà phường bên");
	}

	@Test
	void aValidProgramIsCreatedAndShown() throws Exception {
		Rows before = this.world.rows();

		MvcResult result = this.mvc
			.perform(post("/welfare/programs/new").with(as(this.world.ward.admin()))
				.with(csrf())
				.params(validForm("Quà Trung thu thiếu nhi")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/welfare/programs/{id}"))
			.andExpect(flash().attribute("message", "program.created"))
			.andReturn();

		assertThat(this.world.rows().programs()).isEqualTo(before.programs() + 1);
		String location = result.getResponse().getRedirectedUrl();
		Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
		ProgramView created = this.programs.get(this.world.ward.admin(), id);
		assertThat(created.name()).isEqualTo("Quà Trung thu thiếu nhi");
		assertThat(created.targets()).containsExactlyInAnyOrder(StatusKind.POOR, StatusKind.POLICY_FAMILY);
		assertThat(created.budget()).hasToString("20.000.000 đ");
		assertThat(page(location, this.world.ward.admin())).contains("Quà Trung thu thiếu nhi")
			.contains("20.000.000 đ")
			.contains("Gia đình chính sách");
	}

	@Test
	void markupInANameIsShownAsTextNeverRun() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/welfare/programs/new").with(as(this.world.ward.admin()))
				.with(csrf())
				.params(validForm("Quà <script>alert(1)</script>")))
			.andExpect(status().isFound())
			.andReturn();

		String html = page(result.getResponse().getRedirectedUrl(), this.world.ward.admin());
		assertThat(html).contains("Quà &lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)");
		assertThat(page("/welfare/programs", this.world.ward.officer())).doesNotContain("<script>alert(1)");
	}

	@Test
	void theSecretaryCreatesAProgramForTheAreasOfTheirCell() throws Exception {
		MultiValueMap<String, String> form = validForm("Quà của chi bộ A");
		form.add("areaIds", String.valueOf(this.world.ward.areaA().id()));

		this.mvc.perform(post("/welfare/programs/new").with(as(this.world.ward.secretary())).with(csrf()).params(form))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", "program.created"));
	}

	static Stream<Arguments> badPrograms() {
		return Stream.of(
				Arguments.of("targets", null, "targets", "Hãy chọn ít nhất một đối tượng (diện hộ) của chương trình."),
				Arguments.of("date", "LAST_YEAR-03-15", "date", "Ngày của chương trình phải thuộc năm YEAR."),
				Arguments.of("budget", "0", "budget", "Kinh phí phải lớn hơn 0 (để trống nếu chưa có)."),
				Arguments.of("budget", "-5.000.000", "budget", "Kinh phí phải lớn hơn 0 (để trống nếu chưa có)."),
				Arguments.of("budget", "abc", "budget", "Số tiền không hợp lệ"),
				Arguments.of("budget", "1.000.000.000.000", "budget",
						"Kinh phí không được vượt quá 100.000.000.000 đ."),
				Arguments.of("source", "FUND", "fundId", "Hãy chọn quỹ chi cho chương trình."),
				Arguments.of("source", "SPONSOR", "sponsorName", "Hãy nhập tên nhà tài trợ."),
				Arguments.of("year", "abc", "year", "Phải là một số nguyên."),
				Arguments.of("name", "", "name", "Không được để trống."));
	}

	@ParameterizedTest(name = "{0}={1}")
	@MethodSource("badPrograms")
	void badInputShowsAVietnameseMessageNextToTheFieldAndWritesNothing(String field, String value, String errorField,
			String message) throws Exception {
		MultiValueMap<String, String> form = validForm("Quà Sai");
		form.remove(field);
		if (value != null) {
			form.add(field, value.replace("LAST_YEAR", String.valueOf(this.world.year - 1)));
		}
		Rows before = this.world.rows();

		String html = this.mvc
			.perform(post("/welfare/programs/new").with(as(this.world.ward.admin())).with(csrf()).params(form))
			.andExpect(status().isOk())
			.andExpect(view().name("welfare/programs/form"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(html, errorField)).isNotNull()
			.contains(message.replace("YEAR", String.valueOf(this.world.year)));
		assertThat(html).contains("Vui lòng sửa các lỗi được đánh dấu bên dưới.");
		assertThat(Html.value(html, "name")).isEqualTo(form.getFirst("name"));
		if ("budget".equals(field) && "abc".equals(value)) {
			assertThat(Html.value(html, "budget")).isEqualTo(value);
		}
		assertThat(this.world.rows()).isEqualTo(before);
	}

	@Test
	void theProgramPageCountsWhatWasGiven() throws Exception {
		HouseholdDetail first = this.world.household(this.world.ward.areaA(), "Nguyễn Văn Một", StatusKind.POOR);
		HouseholdDetail second = this.world.household(this.world.ward.areaA(), "Trần Thị Hai", StatusKind.NEAR_POOR);
		HouseholdDetail third = this.world.household(this.world.ward.areaB(), "Lê Văn Ba", StatusKind.POOR);
		ProgramView given = this.world.program("Quà đã trao", StatusKind.POOR, StatusKind.NEAR_POOR);
		this.world.distribute(this.world.ward.admin(), given, 500_000, first, second, third);

		String ofAdmin = page("/welfare/programs/" + given.id(), this.world.ward.admin());
		assertThat(Html.text(between(ofAdmin, "id=\"giftCount\"", "</div>"))).isEqualTo("3 suất · 3 hộ");
		assertThat(Html.text(between(ofAdmin, "id=\"given\"", "</div>"))).isEqualTo("1.500.000 đ");
		assertThat(ofAdmin).contains("Nguyễn Văn Một").contains("Trần Thị Hai").contains("Lê Văn Ba");

		String ofOfficer = page("/welfare/programs/" + given.id(), this.world.ward.officer());
		assertThat(ofOfficer).contains("Nguyễn Văn Một").contains("Trần Thị Hai").doesNotContain("Lê Văn Ba");

		assertThat(Html.rows(page("/welfare/programs", this.world.ward.inspector()))).anySatisfy(
				(row) -> assertThat(row).contains("Quà đã trao").contains("3 suất · 3 hộ").contains("1.500.000 đ"));
	}

	private MultiValueMap<String, String> validForm(String name) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("name", name);
		form.add("occasion", "MID_AUTUMN");
		form.add("year", String.valueOf(this.world.year));
		form.add("date", this.world.year + "-09-15");
		form.add("targets", "POOR");
		form.add("targets", "POLICY_FAMILY");
		form.add("budget", "20.000.000");
		form.add("source", "CELL");
		form.add("cellId", String.valueOf(this.world.ward.cellA().id()));
		form.add("description", "Mỗi cháu một lồng đèn");
		return form;
	}

	private String page(String path, CurrentUser user) throws Exception {
		return this.mvc.perform(get(path).with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String between(String html, String start, String end) {
		int from = html.indexOf(start);
		assertThat(from).as(start).isNotNegative();
		from = html.indexOf('>', from) + 1;
		return html.substring(from, html.indexOf(end, from));
	}

	private WelfareWorld newWorld() {
		return new WelfareWorld(this.context);
	}

}
