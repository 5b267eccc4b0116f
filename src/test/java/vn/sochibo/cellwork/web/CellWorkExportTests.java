package vn.sochibo.cellwork.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import vn.sochibo.cellwork.Activities;
import vn.sochibo.cellwork.ActivityDetails;
import vn.sochibo.cellwork.ActivityKind;
import vn.sochibo.cellwork.AttendanceStatus;
import vn.sochibo.cellwork.MeetingDetails;
import vn.sochibo.cellwork.MeetingDetails.AttendanceEntry;
import vn.sochibo.cellwork.MeetingKind;
import vn.sochibo.cellwork.Meetings;
import vn.sochibo.cellwork.MemberQuery;
import vn.sochibo.cellwork.MemberRow;
import vn.sochibo.cellwork.MemberView;
import vn.sochibo.cellwork.Members;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.MemberFixtures;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.support.Xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * A cell's members, meetings of a year and activities as .xlsx: every row the list finds
 * (members beyond a page), in its order, dates as dates, figures as numbers; refused
 * exactly as the lists refuse (officers, another cell's secretary, another ward), and bad
 * filters a 400.
 */
@IntegrationTest
class CellWorkExportTests {

	@Autowired
	WardFixtures fixtures;

	@Autowired
	MemberFixtures memberFixtures;

	@Autowired
	Members members;

	@Autowired
	Meetings meetings;

	@Autowired
	Activities activities;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	TestWard ward;

	LocalDate today;

	@BeforeEach
	void newWard() {
		this.ward = this.fixtures.newWard();
		this.today = LocalDate.now(this.clock);
	}

	@Test
	void everyMemberTheListFindsInItsOrder() throws Exception {
		for (int i = 1; i <= MemberController.PAGE_SIZE + 2; i++) {
			this.memberFixtures.member(this.ward, this.ward.cellA(), "Đảng Viên %02d".formatted(i));
		}
		this.memberFixtures.probationary(this.ward, this.ward.cellA(), "=Dự Bị", LocalDate.of(2025, 5, 1));
		this.memberFixtures.member(this.ward, this.ward.cellB(), "Đảng Viên Chi Bộ B");

		String path = "/cellwork/" + this.ward.cellA().id() + "/members/export.xlsx";
		Xlsx xlsx = export(this.ward.secretary(), path);
		List<String> listed = this.members
			.list(this.ward.secretary(), this.ward.cellA().id(), new MemberQuery(null, null), PageRequest.of(0, 1000))
			.map(MemberRow::fullName)
			.getContent();
		assertThat(listed).hasSize(MemberController.PAGE_SIZE + 3);
		assertThat(xlsx.column(0)).containsExactlyElementsOf(listed);
		assertThat(xlsx.title()).contains(this.ward.ward().name())
			.contains("Đảng viên Chi bộ A")
			.contains("Đang sinh hoạt");
		Row full = xlsx.body().stream().filter((r) -> Xlsx.text(r, 0).equals("Đảng Viên 01")).findFirst().orElseThrow();
		assertThat(full.getCell(1).getType()).isEqualTo(CellType.NUMBER);
		Xlsx.assertText(full, 2, "Nam");
		Xlsx.assertDate(full, 3, LocalDate.of(1975, 5, 19));
		Xlsx.assertText(full, 4, "Chính thức");
		Xlsx.assertDate(full, 8, LocalDate.of(2020, 1, 1));

		Xlsx probationary = export(this.ward.admin(), path + "?filter=PROBATIONARY");
		assertThat(probationary.column(0)).containsExactly("=Dự Bị");
		Xlsx.assertText(probationary.body().get(0), 0, "=Dự Bị");
		Xlsx.assertText(probationary.body().get(0), 4, "Dự bị");
		assertThat(export(this.ward.admin(), path + "?q=vien 01").column(0)).containsExactly("Đảng Viên 01");
	}

	@Test
	void theExportsAreRefusedExactlyAsTheListsAre() throws Exception {
		Long cellA = this.ward.cellA().id();
		Long cellB = this.ward.cellB().id();
		TestWard other = this.fixtures.newWard();
		for (String list : List.of("/members", "/meetings", "/activities")) {
			for (CurrentUser user : List.of(this.ward.officer(), other.admin())) {
				assertSameRefusal(user, "/cellwork/" + cellA + list);
			}
			assertSameRefusal(this.ward.secretary(), "/cellwork/" + cellB + list);
		}
		this.mvc
			.perform(get("/cellwork/" + cellA + "/members/export.xlsx?filter=ALL_OF_THEM").with(as(this.ward.admin())))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/cellwork/" + cellA + "/activities/export.xlsx?kind=PICNIC").with(as(this.ward.admin())))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/cellwork/" + cellA + "/meetings/export.xlsx?year=abc").with(as(this.ward.admin())))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theMeetingsOfTheYearWithTheirAttendance() throws Exception {
		MemberView an = this.memberFixtures.member(this.ward, this.ward.cellA(), "Trần Văn An");
		MemberView binh = this.memberFixtures.member(this.ward, this.ward.cellA(), "Lê Thị Bình");
		MemberView cu = this.memberFixtures.member(this.ward, this.ward.cellA(), "Phạm Văn Cư");
		// Always in the past, the two days in one month.
		LocalDate first = this.today.minusMonths(1).withDayOfMonth(10);
		meeting(MeetingKind.REGULAR, null, first, an, binh, cu, AttendanceStatus.ABSENT_EXCUSED);
		meeting(MeetingKind.THEMATIC, "+Học tập nghị quyết", first.plusDays(1), an, binh, cu, AttendanceStatus.PRESENT);

		Xlsx xlsx = export(this.ward.secretary(),
				"/cellwork/" + this.ward.cellA().id() + "/meetings/export.xlsx?year=" + first.getYear());

		assertThat(xlsx.title()).contains("Chi bộ A").contains("năm " + first.getYear());
		assertThat(xlsx.body()).hasSize(2);
		Row regular = xlsx.body().get(0);
		Xlsx.assertDate(regular, 0, first);
		Xlsx.assertText(regular, 1, "Thường kỳ");
		assertThat(regular.getCell(6).asNumber()).isEqualByComparingTo("2");
		assertThat(regular.getCell(7).asNumber()).isEqualByComparingTo("1");
		assertThat(regular.getCell(9).getType()).isEqualTo(CellType.NUMBER);
		Row thematic = xlsx.body().get(1);
		Xlsx.assertText(thematic, 2, "+Học tập nghị quyết");
		assertThat(thematic.getCell(9).asNumber()).isEqualByComparingTo("100");
		assertThat(export(this.ward.secretary(),
				"/cellwork/" + this.ward.cellA().id() + "/meetings/export.xlsx?year=" + (first.getYear() - 1))
			.body()).isEmpty();
	}

	@Test
	void theActivitiesExactlyAsFiltered() throws Exception {
		// Always in the past, the two days in one month.
		LocalDate day = this.today.minusMonths(1).withDayOfMonth(10);
		activity(ActivityKind.URBAN_ORDER, "=Ra quân trật tự đô thị", day);
		activity(ActivityKind.URBAN_ORDER, "Trật tự đô thị lần hai", day.plusDays(1));
		activity(ActivityKind.OTHER, "Hoạt động khác", day);

		String path = "/cellwork/" + this.ward.cellA().id() + "/activities/export.xlsx?year=" + day.getYear();
		Xlsx all = export(this.ward.secretary(), path);
		assertThat(all.column(2)).containsExactly("Trật tự đô thị lần hai", "Hoạt động khác",
				"=Ra quân trật tự đô thị");
		Xlsx.assertDate(all.body().get(0), 0, day.plusDays(1));
		assertThat(all.body().get(0).getCell(5).getType()).isEqualTo(CellType.NUMBER);
		Xlsx urban = export(this.ward.admin(), path + "&kind=URBAN_ORDER&month=" + day.getMonthValue());
		assertThat(urban.column(2)).containsExactly("Trật tự đô thị lần hai", "=Ra quân trật tự đô thị");
		Xlsx.assertText(urban.body().get(1), 2, "=Ra quân trật tự đô thị");
		Xlsx.assertText(urban.body().get(1), 3, "Trật tự đô thị");
		assertThat(urban.title()).contains("Trật tự đô thị").contains("tháng " + day.getMonthValue());
		assertThat(export(this.ward.admin(), path + "&q=lan hai").column(2)).containsExactly("Trật tự đô thị lần hai");
	}

	private void assertSameRefusal(CurrentUser user, String list) throws Exception {
		int ofList = this.mvc.perform(get(list).with(as(user))).andReturn().getResponse().getStatus();
		assertThat(ofList).isIn(403, 404);
		this.mvc.perform(get(list + "/export.xlsx").with(as(user))).andExpect(status().is(ofList));
	}

	private void meeting(MeetingKind kind, String topic, LocalDate day, MemberView an, MemberView binh, MemberView cu,
			AttendanceStatus third) {
		this.meetings.create(this.ward.secretary(), this.ward.cellA().id(), new MeetingDetails(kind, topic, day,
				LocalTime.of(19, 30), null, "Nhà văn hóa", an.id(), null, null, "Lê Văn Thư", null,
				List.of(new AttendanceEntry(an.id(), AttendanceStatus.PRESENT, null),
						new AttendanceEntry(binh.id(), AttendanceStatus.PRESENT, null), new AttendanceEntry(cu.id(),
								third, (third == AttendanceStatus.ABSENT_EXCUSED) ? "Ốm" : null))));
	}

	private void activity(ActivityKind kind, String title, LocalDate day) {
		this.activities.create(this.ward.admin(), this.ward.cellA().id(),
				new ActivityDetails(kind, (kind == ActivityKind.OTHER) ? "Hoạt động khác" : null, title, day, null,
						null, null, null, null, null, null, null, null, 0, null, null));
	}

	private Xlsx export(CurrentUser user, String path) throws Exception {
		return Xlsx.of(this.mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn());
	}

}
