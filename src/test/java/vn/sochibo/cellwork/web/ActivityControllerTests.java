package vn.sochibo.cellwork.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.sochibo.cellwork.Activities;
import vn.sochibo.cellwork.ActivityFigures;
import vn.sochibo.cellwork.ActivityView;
import vn.sochibo.cellwork.MemberView;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.support.Html;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.MemberFixtures;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

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
 * The activity pages through the whole web stack: security and scope, the rendered form
 * posted back, the figures on the pages, every bad input re-rendered beside its field
 * with nothing written, HTML kept as text, and a stale edit answered with 409.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActivityControllerTests {

	@Autowired
	WardFixtures wards;

	@Autowired
	MemberFixtures fixtures;

	@Autowired
	Activities activities;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	TestWard ward;

	MemberView an;

	MemberView binh;

	MemberView ofCellB;

	LocalDate day;

	@BeforeAll
	void ward() {
		this.ward = this.wards.newWard();
		this.an = this.fixtures.member(this.ward, this.ward.cellA(), "Nguyễn Văn An");
		this.binh = this.fixtures.member(this.ward, this.ward.cellA(), "Trần Thị Bình");
		this.ofCellB = this.fixtures.member(this.ward, this.ward.cellB(), "Phạm Văn Dũng");
		this.day = LocalDate.now(this.clock).minusDays(5);
	}

	private String base() {
		return "/cellwork/" + this.ward.cellA().id() + "/activities";
	}

	private int count() {
		return this.jdbc.queryForObject("select count(*) from activities where ward_id = ?", Integer.class,
				this.ward.id());
	}

	@Test
	void anonymousIsSentToLogin() throws Exception {
		this.mvc.perform(get(base())).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get(base() + "/new")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get(base() + "/1")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void officersAreRefusedAndOtherCellsAndWardsDoNotExist() throws Exception {
		ActivityView activity = this.activities.create(this.ward.admin(), this.ward.cellA().id(),
				new vn.sochibo.cellwork.ActivityDetails(vn.sochibo.cellwork.ActivityKind.URBAN_ORDER, null,
						"Ra quân trật tự đô thị", this.day, null, null, null, null, null, null, null, null, null, 0,
						null, null));
		this.mvc.perform(get(base()).with(as(this.ward.officer()))).andExpect(status().isForbidden());
		this.mvc.perform(get(base() + "/" + activity.id()).with(as(this.ward.officer())))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(base() + "/new").with(as(this.ward.officer())).with(csrf()).params(validForm()))
			.andExpect(status().isForbidden());
		String cellB = "/cellwork/" + this.ward.cellB().id() + "/activities";
		this.mvc.perform(get(cellB).with(as(this.ward.secretary()))).andExpect(status().isNotFound());
		this.mvc.perform(get(cellB + "/new").with(as(this.ward.secretary()))).andExpect(status().isNotFound());
		this.mvc.perform(post(cellB + "/new").with(as(this.ward.secretary())).with(csrf()).params(validForm()))
			.andExpect(status().isNotFound());
		// The activity through another cell's address.
		this.mvc.perform(get(cellB + "/" + activity.id()).with(as(this.ward.admin()))).andExpect(status().isNotFound());
		TestWard other = this.wards.newWard();
		this.mvc.perform(get(base()).with(as(other.admin()))).andExpect(status().isNotFound());
		this.mvc.perform(get(base() + "/" + activity.id()).with(as(other.admin()))).andExpect(status().isNotFound());
		this.mvc.perform(get(base() + "/" + activity.id() + "/edit").with(as(this.ward.inspector())))
			.andExpect(status().isForbidden());
		int before = count();
		this.mvc.perform(post(base() + "/new").with(as(this.ward.secretary())).params(validForm()))
			.andExpect(status().isForbidden());
		assertThat(count()).isEqualTo(before);
	}

	private MultiValueMap<String, String> validForm() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("kind", "THREE_TOGETHER");
		form.add("title", "«3 cùng» hẻm 49-57");
		form.add("startsOn", this.day.toString());
		form.add("memberIds", String.valueOf(this.an.id()));
		form.add("memberIds", String.valueOf(this.binh.id()));
		form.add("cadres", "Nguyễn Văn Tâm, Phó Chủ tịch UBND phường\nVõ Thị Hoa, Chủ tịch Hội Phụ nữ");
		form.add("residentHeadCount", "12");
		form.add("outputs[0].unit", "WORKING_DAYS");
		form.add("outputs[0].quantity", "8");
		return form;
	}

	@Test
	void theRenderedFormRecordsAnActivityThatItsPageAndTheListShowWithTheirFigures() throws Exception {
		String form = render(get(base() + "/new"), this.ward.secretary());
		assertThat(form).contains("Nguyễn Văn An").contains("Trần Thị Bình").doesNotContain("Phạm Văn Dũng");
		assertThat(form).doesNotContain("??");
		assertThat(Html.value(form, "startsOn")).isEqualTo(LocalDate.now(this.clock).toString());
		MultiValueMap<String, String> fields = Html.formFields(form, base() + "/new");
		fields.putAll(validForm());
		fields.set("newSeriesTitle", "«3 cùng» hằng tháng");

		MvcResult result = this.mvc
			.perform(post(base() + "/new").with(as(this.ward.secretary())).with(csrf()).params(fields))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern(base() + "/{id}"))
			.andExpect(flash().attribute("message", "activity.created"))
			.andReturn();
		Long id = Long.valueOf(result.getResponse().getRedirectedUrl().replaceAll(".*/", ""));
		ActivityView created = this.activities.get(this.ward.admin(), this.ward.cellA().id(), id);
		assertThat(created.figures().members()).isEqualTo(new ActivityFigures.Count(2, 2));
		assertThat(created.figures().cadres()).isEqualTo(new ActivityFigures.Count(2, 2));
		assertThat(created.figures().residents()).isEqualTo(new ActivityFigures.Count(12, 12));
		assertThat(created.seriesTitle()).isEqualTo("«3 cùng» hằng tháng");

		String page = render(get(base() + "/" + id), this.ward.inspector());
		assertThat(Html.text(page)).contains("Nguyễn Văn An")
			.contains("Phó Chủ tịch UBND phường")
			.contains("8 ngày công")
			.contains("≥ 16")
			.contains("Tạo mới");
		assertThat(page).doesNotContain("??").doesNotContain("edit-activity");
		String list = render(get(base()).param("year", String.valueOf(this.day.getYear())), this.ward.admin());
		assertThat(Html.text(list)).contains("«3 cùng» hẻm 49-57").contains("«3 cùng» hằng tháng");
		assertThat(list).doesNotContain("??");
		String series = render(get(base() + "/series/" + created.seriesId()), this.ward.secretary());
		assertThat(Html.text(series)).contains("Số liệu cả chuỗi").contains("«3 cùng» hẻm 49-57");

		// The edit form shows what was entered and saves a change.
		String edit = render(get(base() + "/" + id + "/edit"), this.ward.secretary());
		MultiValueMap<String, String> again = Html.formFields(edit, base() + "/" + id + "/edit");
		assertThat(again.get("memberIds")).containsExactlyInAnyOrder(String.valueOf(this.an.id()),
				String.valueOf(this.binh.id()));
		again.set("title", "«3 cùng» hẻm 9-15");
		this.mvc.perform(post(base() + "/" + id + "/edit").with(as(this.ward.secretary())).with(csrf()).params(again))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(base() + "/" + id));
		assertThat(this.activities.get(this.ward.admin(), this.ward.cellA().id(), id).title())
			.isEqualTo("«3 cùng» hẻm 9-15");
		// The same form again is stale: 409, nothing changed.
		again.set("title", "Lần sửa cũ");
		this.mvc.perform(post(base() + "/" + id + "/edit").with(as(this.ward.secretary())).with(csrf()).params(again))
			.andExpect(status().isConflict());
		assertThat(this.activities.get(this.ward.admin(), this.ward.cellA().id(), id).title())
			.isEqualTo("«3 cùng» hẻm 9-15");
	}

	static Stream<Arguments> badInput() {
		LocalDate today = LocalDate.now();
		return Stream.of(Arguments.of("startsOn", today.plusDays(2).toString(), "startsOn", "Ngày này chưa đến"),
				Arguments.of("startsOn", "", "startsOn", "Bắt buộc phải chọn hoặc nhập."),
				Arguments.of("startsOn", "2025-02-30", "startsOn", "Ngày không hợp lệ."),
				Arguments.of("endsOn", today.minusDays(30).toString(), "endsOn",
						"Ngày kết thúc không thể trước ngày bắt đầu."),
				Arguments.of("title", "t".repeat(201), "title", "Không được quá 200 ký tự."),
				Arguments.of("title", "", "title", "Không được để trống."),
				Arguments.of("kind", "CASINO", "kind", "Giá trị không hợp lệ."),
				Arguments.of("residentHeadCount", "-1", "residentHeadCount", "Số người dân phải từ 0 đến 5.000."),
				Arguments.of("residentHeadCount", "999999", "residentHeadCount", "Số người dân phải từ 0 đến 5.000."),
				Arguments.of("outputs[0].quantity", "-3", "outputs[0].quantity", "Số lượng phải lớn hơn 0."),
				Arguments.of("outputs[0].quantity", "99999999", "outputs[0].quantity",
						"Số lượng không được quá 1.000.000."),
				Arguments.of("outputs[0].quantity", "nhiều", "outputs[0].quantity", "Số lượng không hợp lệ"),
				Arguments.of("outputs[0].quantity", "200000", "outputs",
						"Số lượng phải lớn hơn 0 và không quá 100.000."),
				Arguments.of("outputs[0].unit", "", "outputs", "Mỗi dòng kết quả cần cả đơn vị và số lượng."),
				Arguments.of("cadres", "Nguyễn Văn Tâm\nnguyen van tam", "cadres", "được ghi hai lần"),
				Arguments.of("note", "n".repeat(2001), "note", "Không được quá 2.000 ký tự."));
	}

	@ParameterizedTest(name = "{0} = \"{1}\"")
	@MethodSource("badInput")
	void badInputIsShownBesideTheFieldAndNothingIsWritten(String field, String typed, String errorField, String message)
			throws Exception {
		int before = count();
		MultiValueMap<String, String> form = validForm();
		form.set(field, typed);
		String page = this.mvc.perform(post(base() + "/new").with(as(this.ward.secretary())).with(csrf()).params(form))
			.andExpect(status().isOk())
			.andExpect(view().name("cellwork/activities/form"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		if (errorField.equals("outputs")) {
			assertThat(Html.text(page)).contains(message);
		}
		else {
			assertThat(Html.fieldError(page, errorField)).contains(message);
		}
		assertThat(page).contains("Vui lòng sửa các lỗi được đánh dấu bên dưới.");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aMemberNotOnTheRollThatDayIsRefusedBesideTheRoll() throws Exception {
		int before = count();
		MultiValueMap<String, String> form = validForm();
		form.add("memberIds", String.valueOf(this.ofCellB.id()));
		String page = this.mvc.perform(post(base() + "/new").with(as(this.ward.secretary())).with(csrf()).params(form))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.fieldError(page, "memberIds"))
			.isEqualTo("Có đảng viên không có tên trong danh sách chi bộ vào ngày diễn ra hoạt động.");
		// Another ward's area is refused too.
		TestWard other = this.wards.newWard();
		MultiValueMap<String, String> elsewhere = validForm();
		elsewhere.add("areaIds", String.valueOf(other.areaA().id()));
		String refused = this.mvc
			.perform(post(base() + "/new").with(as(this.ward.secretary())).with(csrf()).params(elsewhere))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.fieldError(refused, "areaIds")).isEqualTo("Không có địa bàn này trong phường.");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void theRollOfACoOrganisingCellIsListedOnRefreshForWhoMayReachItAndNothingIsWritten() throws Exception {
		int before = count();
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("startsOn", this.day.toString());
		form.add("coCellIds", String.valueOf(this.ward.cellB().id()));
		form.add("refresh", "1");
		String forAdmin = this.mvc.perform(post(base() + "/new").with(as(this.ward.admin())).with(csrf()).params(form))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(forAdmin).contains("Phạm Văn Dũng").contains("Nguyễn Văn An");
		// Nothing typed yet is no error.
		assertThat(forAdmin).doesNotContain("Vui lòng sửa các lỗi");
		String forSecretary = this.mvc
			.perform(post(base() + "/new").with(as(this.ward.secretary())).with(csrf()).params(form))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(forSecretary).contains("Nguyễn Văn An").doesNotContain("Phạm Văn Dũng");
		assertThat(count()).isEqualTo(before);
		// The admin names cell B's member at an activity co-organised with it.
		MultiValueMap<String, String> both = validForm();
		both.add("coCellIds", String.valueOf(this.ward.cellB().id()));
		both.add("memberIds", String.valueOf(this.ofCellB.id()));
		this.mvc.perform(post(base() + "/new").with(as(this.ward.admin())).with(csrf()).params(both))
			.andExpect(status().isFound());
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void htmlInTextIsShownAsText() throws Exception {
		MultiValueMap<String, String> form = validForm();
		form.set("title", "<script>alert('x')</script>");
		form.set("cadres", "<b>Tâm</b>, <i>cán bộ</i>");
		form.set("note", "<img src=x onerror=alert(1)>");
		MvcResult result = this.mvc
			.perform(post(base() + "/new").with(as(this.ward.secretary())).with(csrf()).params(form))
			.andExpect(status().isFound())
			.andReturn();
		String page = render(get(result.getResponse().getRedirectedUrl()), this.ward.secretary());
		assertThat(page).doesNotContain("<script>alert").doesNotContain("<b>Tâm</b>").doesNotContain("<img src=x");
		assertThat(Html.text(page)).contains("<script>alert('x')</script>").contains("<b>Tâm</b>");
	}

	private String render(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
		return this.mvc.perform(request.with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
