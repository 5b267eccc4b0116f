package vn.sochibo.cellwork.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.MultiValueMap;

import vn.sochibo.cellwork.AttendanceStatus;
import vn.sochibo.cellwork.MeetingDetails;
import vn.sochibo.cellwork.MeetingDetails.AttendanceEntry;
import vn.sochibo.cellwork.MeetingKind;
import vn.sochibo.cellwork.MeetingView;
import vn.sochibo.cellwork.Meetings;
import vn.sochibo.cellwork.MemberView;
import vn.sochibo.cellwork.NewTask;
import vn.sochibo.cellwork.TaskView;
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
import static vn.sochibo.account.TestPrincipals.as;

/**
 * The meeting and task pages through the whole web stack: who reaches them, the form
 * pre-filled from the roll, bad input re-rendered beside its field with nothing written,
 * stale edits, the minutes as a page and a PDF, HTML in text shown escaped.
 */
@IntegrationTest
class MeetingControllerTests {

	@Autowired
	WardFixtures wards;

	@Autowired
	MemberFixtures fixtures;

	@Autowired
	Meetings meetings;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	TestWard ward;

	MemberView an;

	MemberView binh;

	MemberView cu;

	LocalDate today;

	String base;

	@BeforeEach
	void ward() {
		this.ward = this.wards.newWard();
		this.an = this.fixtures.member(this.ward, this.ward.cellA(), "Trần Văn An");
		this.binh = this.fixtures.member(this.ward, this.ward.cellA(), "Lê Thị Bình");
		this.cu = this.fixtures.member(this.ward, this.ward.cellA(), "Nguyễn Văn Cự", LocalDate.of(1972, 3, 3),
				LocalDate.of(2021, 1, 1));
		this.today = LocalDate.now(this.clock);
		this.base = "/cellwork/" + this.ward.cellA().id() + "/meetings";
	}

	@Test
	void anonymousIsSentToLoginAndOfficersAreRefused() throws Exception {
		MeetingView meeting = record(this.today.minusDays(1));
		for (String url : List.of(this.base, this.base + "/new", this.base + "/" + meeting.id(),
				this.base + "/" + meeting.id() + "/minutes", "/cellwork/" + this.ward.cellA().id() + "/tasks")) {
			this.mvc.perform(get(url)).andExpect(redirectedUrl("/login"));
			this.mvc.perform(get(url).with(as(this.ward.officer()))).andExpect(status().isForbidden());
		}
		this.mvc.perform(post(this.base + "/new").with(as(this.ward.officer())).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(this.base + "/new").with(as(this.ward.inspector()))).andExpect(status().isForbidden());
		this.mvc.perform(get(this.base + "/" + meeting.id()).with(as(this.ward.inspector())))
			.andExpect(status().isOk());
	}

	@Test
	void anotherCellsSecretaryAndAnotherWardFindNothing() throws Exception {
		MeetingView meeting = record(this.today.minusDays(1));
		String otherCell = "/cellwork/" + this.ward.cellB().id() + "/meetings";
		this.mvc.perform(get(otherCell).with(as(this.ward.secretary()))).andExpect(status().isNotFound());
		this.mvc.perform(get(otherCell + "/" + meeting.id()).with(as(this.ward.admin())))
			.andExpect(status().isNotFound());
		TestWard other = this.wards.newWard();
		this.mvc.perform(get(this.base + "/" + meeting.id()).with(as(other.admin()))).andExpect(status().isNotFound());
		this.mvc.perform(get(this.base + "/" + meeting.id() + "/minutes.pdf").with(as(other.admin())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(this.base + "/" + meeting.id() + "/agenda").with(as(other.admin()))
				.with(csrf())
				.param("title", "x")
				.param("version", "0"))
			.andExpect(status().isNotFound());
	}

	@Test
	void missingCsrfIsRefused() throws Exception {
		this.mvc.perform(post(this.base + "/new").with(as(this.ward.secretary())).param("kind", "REGULAR"))
			.andExpect(status().isForbidden());
		assertThat(count()).isZero();
	}

	@Test
	void theFormIsPrefilledFromTheRollAndRecordsTheMeeting() throws Exception {
		String form = page(get(this.base + "/new"), this.ward.secretary());
		assertThat(Html.value(form, "heldOn")).isEqualTo(this.today.toString());
		assertThat(form).contains("Trần Văn An", "Lê Thị Bình", "Nguyễn Văn Cự").doesNotContain("??");
		assertThat(Html.labelsWithoutField(form)).isEmpty();
		MultiValueMap<String, String> fields = Html.formFields(form, this.base + "/new");
		int binhRow = fields.get("attendance[0].fullName").equals(List.of("Lê Thị Bình")) ? 0
				: fields.get("attendance[1].fullName").equals(List.of("Lê Thị Bình")) ? 1 : 2;
		assertThat(fields.get("attendance[" + binhRow + "].status")).containsExactly("PRESENT");
		assertThat(fields.toSingleValueMap()).containsValue("EXEMPT");
		fields.set("place", "Nhà văn hóa khu vực");
		fields.set("chairMemberId", String.valueOf(this.an.id()));
		fields.set("secretaryName", "Lê Văn Thư");
		fields.set("startsAt", "19:30");
		fields.set("endsAt", "21:15");
		fields.set("attendance[" + binhRow + "].status", "ABSENT_EXCUSED");
		fields.set("attendance[" + binhRow + "].reason", "đi khám bệnh");

		String location = this.mvc
			.perform(post(this.base + "/new").with(as(this.ward.secretary())).with(csrf()).params(fields))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern(this.base + "/{id}"))
			.andExpect(flash().attribute("message", "meeting.created"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		String detail = page(get(location), this.ward.secretary());
		assertThat(Html.text(detail)).contains("50%")
			.contains("đi khám bệnh")
			.contains("Vắng có lý do")
			.contains("Nhà văn hóa khu vực")
			.contains("19:30 – 21:15");
		assertThat(detail).doesNotContain("??");
		String year = page(get(this.base + "?year=" + this.today.getYear()), this.ward.inspector());
		assertThat(Html.text(year)).contains("50%").contains("Tháng " + this.today.getMonthValue());
		assertThat(year).doesNotContain("??");
	}

	@Test
	void badInputIsShownBesideItsFieldAndNothingIsWritten() throws Exception {
		String form = page(get(this.base + "/new"), this.ward.secretary());
		MultiValueMap<String, String> fields = Html.formFields(form, this.base + "/new");
		fields.set("place", "Nhà văn hóa");
		fields.set("chairMemberId", String.valueOf(this.an.id()));
		fields.set("secretaryName", "Lê Văn Thư");

		MultiValueMap<String, String> future = copy(fields);
		future.set("heldOn", this.today.plusDays(1).toString());
		assertThat(refused(future, "heldOn")).isEqualTo("Ngày họp không được sau hôm nay.");

		int cuRow = rowOf(fields, "Nguyễn Văn Cự");
		MultiValueMap<String, String> exemptAbsent = copy(fields);
		exemptAbsent.set("attendance[" + cuRow + "].status", "ABSENT_UNEXCUSED");
		assertThat(refused(exemptAbsent, "attendance[" + cuRow + "].status")).contains("miễn sinh hoạt");

		int anRow = rowOf(fields, "Trần Văn An");
		MultiValueMap<String, String> noReason = copy(fields);
		noReason.set("attendance[" + anRow + "].status", "ABSENT_EXCUSED");
		assertThat(refused(noReason, "attendance[" + anRow + "].reason")).isEqualTo("Ghi lý do vắng.");

		MemberView elsewhere = this.fixtures.member(this.ward, this.ward.cellB(), "Phạm Văn Khác");
		MultiValueMap<String, String> outsider = copy(fields);
		outsider.set("attendance[" + anRow + "].memberId", String.valueOf(elsewhere.id()));
		String page = this.mvc
			.perform(post(this.base + "/new").with(as(this.ward.secretary())).with(csrf()).params(outsider))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.text(page)).contains("Có người không thuộc danh sách đảng viên của chi bộ");
		// The grid was rebuilt from the roll: the outsider is gone, An is back.
		assertThat(Html.formFields(page, this.base + "/new").get("attendance[" + anRow + "].memberId"))
			.containsExactly(String.valueOf(this.an.id()));

		MultiValueMap<String, String> badTime = copy(fields);
		badTime.set("startsAt", "25:99");
		assertThat(refused(badTime, "startsAt")).isNotNull();

		MultiValueMap<String, String> thematic = copy(fields);
		thematic.set("kind", "THEMATIC");
		assertThat(refused(thematic, "topic")).isEqualTo("Sinh hoạt chuyên đề phải có chủ đề.");
		assertThat(count()).isZero();

		record(this.today.withDayOfMonth(1));
		assertThat(refused(copy(fields), "heldOn")).contains("mỗi tháng một lần");
		assertThat(count()).isEqualTo(1);
	}

	@Test
	void votesAboveThosePresentAndTasksDueBeforeTheMeetingAreRefusedBesideTheirField() throws Exception {
		MeetingView meeting = record(this.today.minusDays(3));
		String url = this.base + "/" + meeting.id();
		String votes = this.mvc
			.perform(post(url + "/resolutions").with(as(this.ward.secretary()))
				.with(csrf())
				.param("kind", "RESOLUTION")
				.param("content", "Thống nhất bê tông hẻm 49-57")
				.param("votesFor", "3")
				.param("votesAgainst", "0")
				.param("votesAbstain", "0")
				.param("version", String.valueOf(meeting.version())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.fieldError(votes, "votesFor"))
			.isEqualTo("Tổng số biểu quyết không được vượt quá số đảng viên có mặt (2).");
		String task = this.mvc
			.perform(post(url + "/tasks").with(as(this.ward.secretary()))
				.with(csrf())
				.param("memberId", String.valueOf(this.an.id()))
				.param("content", "Vận động")
				.param("dueOn", this.today.minusDays(4).toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.fieldError(task, "dueOn")).startsWith("Hạn không được trước ngày họp");
		assertThat(this.jdbc.queryForObject(
				"select (select count(*) from meeting_resolutions where meeting_id = ?) + (select count(*) from meeting_tasks where meeting_id = ?)",
				Long.class, meeting.id(), meeting.id()))
			.isZero();

		this.mvc
			.perform(post(url + "/resolutions").with(as(this.ward.secretary()))
				.with(csrf())
				.param("kind", "RESOLUTION")
				.param("content", "<script>alert(1)</script>")
				.param("votesFor", "2")
				.param("votesAgainst", "0")
				.param("votesAbstain", "0")
				.param("version", String.valueOf(meeting.version())))
			.andExpect(redirectedUrl(url));
		String detail = page(get(url), this.ward.secretary());
		assertThat(detail).doesNotContain("<script>alert(1)</script>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		// The page's version moved on: a form opened before is stale.
		this.mvc
			.perform(post(url + "/agenda").with(as(this.ward.secretary()))
				.with(csrf())
				.param("title", "Tình hình")
				.param("version", String.valueOf(meeting.version())))
			.andExpect(status().isConflict());
	}

	@Test
	void aStaleEditIsAConflict() throws Exception {
		MeetingView meeting = record(this.today.minusDays(2));
		String form = page(get(this.base + "/" + meeting.id() + "/edit"), this.ward.secretary());
		MultiValueMap<String, String> fields = Html.formFields(form, this.base + "/" + meeting.id() + "/edit");
		fields.set("place", "Nhà bí thư");
		this.mvc
			.perform(post(this.base + "/" + meeting.id() + "/edit").with(as(this.ward.secretary()))
				.with(csrf())
				.params(fields))
			.andExpect(redirectedUrl(this.base + "/" + meeting.id()));
		this.mvc
			.perform(post(this.base + "/" + meeting.id() + "/edit").with(as(this.ward.secretary()))
				.with(csrf())
				.params(fields))
			.andExpect(status().isConflict());
		assertThat(this.meetings.get(this.ward.admin(), this.ward.cellA().id(), meeting.id()).place())
			.isEqualTo("Nhà bí thư");
	}

	@Test
	void theMinutesArePrintedAndRenderedAsAPdf() throws Exception {
		MeetingView meeting = this.meetings.create(this.ward.secretary(), this.ward.cellA().id(),
				new MeetingDetails(MeetingKind.REGULAR, null, this.today.minusDays(2), LocalTime.of(19, 30),
						LocalTime.of(21, 0), "Nhà văn hóa", this.an.id(), null, this.binh.id(), null, 5,
						List.of(new AttendanceEntry(this.an.id(), AttendanceStatus.PRESENT, null),
								new AttendanceEntry(this.binh.id(), AttendanceStatus.PRESENT, null),
								new AttendanceEntry(this.cu.id(), AttendanceStatus.EXEMPT, null))));
		TaskView task = this.meetings.assignTask(this.ward.secretary(), this.ward.cellA().id(), meeting.id(),
				new NewTask(this.binh.id(), "Thăm hộ nghèo", this.today.plusDays(10)));
		String url = this.base + "/" + meeting.id();
		String minutes = Html.text(page(get(url + "/minutes"), this.ward.inspector()));
		assertThat(minutes).contains("ĐẢNG CỘNG SẢN VIỆT NAM")
			.contains("BIÊN BẢN")
			.contains(
					"sinh hoạt chi bộ tháng " + meeting.heldOn().getMonthValue() + " năm " + meeting.heldOn().getYear())
			.contains("Số 05-BB/CB")
			.contains("CHI BỘ A")
			.contains("Chủ trì: đồng chí Trần Văn An")
			.contains("Thư ký: đồng chí Lê Thị Bình")
			.contains("Tỷ lệ dự họp: 100%")
			.contains(task.content())
			.contains("CHỦ TRÌ")
			.contains("THƯ KÝ");
		byte[] pdf = this.mvc.perform(get(url + "/minutes.pdf").with(as(this.ward.secretary())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		java.nio.file.Files.write(java.nio.file.Path.of("target", "minutes-test.pdf"), pdf);
	}

	@Test
	void theTasksTabFiltersAndTheTaskPageMarksItDone() throws Exception {
		MeetingView meeting = record(this.today.minusDays(10));
		TaskView overdue = this.meetings.assignTask(this.ward.secretary(), this.ward.cellA().id(), meeting.id(),
				new NewTask(this.an.id(), "Vận động lắp camera", this.today.minusDays(1)));
		this.meetings.assignTask(this.ward.secretary(), this.ward.cellA().id(), meeting.id(),
				new NewTask(this.binh.id(), "Thay cờ Tổ quốc", this.today.plusDays(3)));
		String tasks = "/cellwork/" + this.ward.cellA().id() + "/tasks";
		String list = Html.text(page(get(tasks + "?status=OVERDUE"), this.ward.secretary()));
		assertThat(list).contains("Vận động lắp camera").contains("Quá hạn").doesNotContain("Thay cờ");
		assertThat(Html.text(page(get(tasks + "?q=co to quoc"), this.ward.secretary()))).contains("Thay cờ Tổ quốc")
			.doesNotContain("Vận động lắp camera");
		this.mvc
			.perform(post(tasks + "/" + overdue.id()).with(as(this.ward.secretary()))
				.with(csrf())
				.param("status", "DONE")
				.param("evidence", "Đã lắp 2 camera")
				.param("version", String.valueOf(overdue.version())))
			.andExpect(redirectedUrl(tasks + "/" + overdue.id()));
		assertThat(Html.text(page(get(tasks + "/" + overdue.id()), this.ward.inspector()))).contains("Đã hoàn thành")
			.contains("Đã lắp 2 camera");
		this.mvc
			.perform(post(tasks + "/" + overdue.id()).with(as(this.ward.inspector()))
				.with(csrf())
				.param("status", "OPEN")
				.param("version", "1"))
			.andExpect(status().isForbidden());
	}

	private int rowOf(MultiValueMap<String, String> fields, String name) {
		for (int i = 0; i < 3; i++) {
			if (List.of(name).equals(fields.get("attendance[" + i + "].fullName"))) {
				return i;
			}
		}
		throw new AssertionError(name);
	}

	private String refused(MultiValueMap<String, String> fields, String field) throws Exception {
		String page = this.mvc
			.perform(post(this.base + "/new").with(as(this.ward.secretary())).with(csrf()).params(fields))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("??");
		return Html.fieldError(page, field);
	}

	private static MultiValueMap<String, String> copy(MultiValueMap<String, String> fields) {
		return new org.springframework.util.LinkedMultiValueMap<>(fields);
	}

	private String page(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
		return this.mvc.perform(request.with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MeetingView record(LocalDate day) {
		return this.meetings.create(this.ward.secretary(), this.ward.cellA().id(),
				new MeetingDetails(MeetingKind.REGULAR, null, day, LocalTime.of(19, 30), null, "Nhà văn hóa",
						this.an.id(), null, null, "Lê Văn Thư", null,
						List.of(new AttendanceEntry(this.an.id(), AttendanceStatus.PRESENT, null),
								new AttendanceEntry(this.binh.id(), AttendanceStatus.PRESENT, null),
								new AttendanceEntry(this.cu.id(), AttendanceStatus.EXEMPT, null))));
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from cell_meetings where cell_id = ?", Long.class,
				this.ward.cellA().id());
	}

}
