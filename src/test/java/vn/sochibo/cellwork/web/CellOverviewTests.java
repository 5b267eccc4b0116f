package vn.sochibo.cellwork.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

import vn.sochibo.cellwork.Activities;
import vn.sochibo.cellwork.ActivityDetails;
import vn.sochibo.cellwork.ActivityKind;
import vn.sochibo.cellwork.AttendanceStatus;
import vn.sochibo.cellwork.CellYear;
import vn.sochibo.cellwork.CellYears;
import vn.sochibo.cellwork.MeetingDetails;
import vn.sochibo.cellwork.MeetingKind;
import vn.sochibo.cellwork.Meetings;
import vn.sochibo.cellwork.MemberView;
import vn.sochibo.cellwork.NamedPerson;
import vn.sochibo.cellwork.OutputUnit;
import vn.sochibo.cellwork.RatingLevel;
import vn.sochibo.cellwork.RatingStepCommand;
import vn.sochibo.cellwork.RatingStepKind;
import vn.sochibo.cellwork.Ratings;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.Households;
import vn.sochibo.household.StatusDetails;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.Figure;
import vn.sochibo.shared.VietnameseText;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.MemberFixtures;
import vn.sochibo.support.StatementCounter;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.ward.CellNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * A cell's year page: every part of the year from its owner's figure, and a constant
 * number of statements whatever the cell's size (members, meetings, attendance,
 * activities).
 */
@IntegrationTest
class CellOverviewTests {

	@Autowired
	WardFixtures wards;

	@Autowired
	MemberFixtures members;

	@Autowired
	Meetings meetings;

	@Autowired
	Activities activities;

	@Autowired
	Ratings ratings;

	@Autowired
	StatementCounter statements;

	@Autowired
	CellYears years;

	@Autowired
	Households households;

	@Autowired
	MessageSource messages;

	@Autowired
	MockMvc mvc;

	@Test
	void theYearPageShowsEachPartsFiguresAndCostsTheSameStatementsForASmallOrALargerCell() throws Exception {
		TestWard small = cellWith(2, 1, 1);
		TestWard larger = cellWith(9, 4, 6);

		String page = this.mvc
			.perform(get("/cellwork/" + larger.cellA().id()).param("year", "2025").with(as(larger.secretary())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("4 cuộc sinh hoạt thường kỳ, 0 cuộc chuyên đề; 8 tháng chưa họp")
			.contains("tỷ lệ đảng viên dự họp cả năm 100%")
			.contains("Hoàn thành tốt nhiệm vụ")
			.contains("0 buổi làm việc");
		assertThat(statementsFor(larger)).isEqualTo(statementsFor(small));
	}

	@Test
	void everyFigureOfTheYearIsItsPartsFigureAndSaysInVietnameseHowItIsCounted() throws Exception {
		TestWard ward = cellWith(3, 2, 3);
		HouseholdDetail poor = this.wards.household(ward, ward.areaA(), "Nguyễn Văn Nghèo");
		this.wards.household(ward, ward.areaB(), "Trần Văn Khác");
		this.households.addStatus(ward.admin(), poor.id(),
				new StatusDetails(2025, StatusKind.POOR, null, "Nghị định 07/2021", "QĐ 12/QĐ-UBND", null));

		CellYear year = this.years.year(ward.secretary(), ward.cellA().id(), 2025);

		assertThat(year.figure("figure.cell.members.total").value()).isEqualTo(3L);
		assertThat(year.figure("figure.households.total").value()).isEqualTo(1L);
		assertThat(year.figure("figure.households.residents").value()).isEqualTo(4L);
		assertThat(year.figure("figure.households.status.POOR").value()).isEqualTo(1L);
		assertThat(year.figure("figure.households.status.NEAR_POOR").value()).isEqualTo(0L);
		assertThat(year.figure("figure.cell.meetings.regular").value()).isEqualTo(2L);
		assertThat(year.figure("figure.cell.meetings.missing").value()).isEqualTo(10L);
		assertThat(year.figure("figure.cell.meetings.attendanceRate").value())
			.isEqualTo(year.meetings().total().rate());
		assertThat(year.figure("figure.cell.activities.count").value()).isEqualTo(3L);
		assertThat(year.figure("figure.cell.activities.memberParticipations").value()).isEqualTo(3L);
		assertThat(year.figure("figure.cell.activities.people").unit()).isEqualTo(Figure.Unit.AT_LEAST);
		assertThat(year.figures()).extracting(Figure::key).doesNotHaveDuplicates();
		for (Figure figure : year.figures()) {
			assertThat(this.messages.getMessage(figure.labelKey(), null, null, VietnameseText.LOCALE)).as(figure.key())
				.isNotBlank();
			assertThat(this.messages.getMessage(figure.explainKey(), null, null, VietnameseText.LOCALE))
				.as(figure.key())
				.hasSizeGreaterThan(20);
			assertThat(figure.link()).as(figure.key())
				.matches("/cellwork/" + ward.cellA().id() + "\\b.*|/households\\?area=" + ward.areaA().id() + ".*"
						+ "|/welfare/(programs|loans)\\?year=2025|/funds|/projects\\?area=" + ward.areaA().id() + ".*");
			this.mvc.perform(get(figure.link()).with(as(ward.secretary()))).andExpect(status().isOk());
		}
		String page = this.mvc
			.perform(get("/cellwork/" + ward.cellA().id()).param("year", "2025").with(as(ward.secretary())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("title=\"Số đảng viên trong danh sách chi bộ vào ngày tính");
		assertThatExceptionOfType(CellNotFoundException.class)
			.isThrownBy(() -> this.years.year(ward.secretary(), ward.cellB().id(), 2025));
	}

	private TestWard cellWith(int memberCount, int meetingCount, int activityCount) {
		TestWard ward = this.wards.newWard();
		List<MemberView> roll = new ArrayList<>();
		for (int i = 0; i < memberCount; i++) {
			roll.add(this.members.member(ward, ward.cellA(), "Đảng viên " + (char) ('A' + i)));
		}
		for (int month = 1; month <= meetingCount; month++) {
			this.meetings.create(ward.secretary(), ward.cellA().id(),
					new MeetingDetails(MeetingKind.REGULAR, null, LocalDate.of(2025, month, 10), LocalTime.of(19, 30),
							LocalTime.of(21, 0), "Nhà văn hóa", roll.get(0).id(), null, null, "Thư ký", null,
							roll.stream()
								.map((member) -> new MeetingDetails.AttendanceEntry(member.id(),
										AttendanceStatus.PRESENT, null))
								.toList()));
		}
		for (int i = 0; i < activityCount; i++) {
			this.activities.create(ward.secretary(), ward.cellA().id(),
					new ActivityDetails(ActivityKind.SANITATION, null, "Vệ sinh hẻm " + i, LocalDate.of(2025, 3, 1 + i),
							null, Set.of(ward.areaA().id()), Set.of(), null, null, null,
							Set.of(roll.get(i % roll.size()).id()), List.of(new NamedPerson("Cán bộ " + i, null, null)),
							List.of(), 5, Map.of(OutputUnit.WASTE_KG, BigDecimal.TEN), null));
		}
		this.ratings.recordCell(ward.secretary(), ward.cellA().id(), 2025,
				RatingStepCommand.of(RatingStepKind.SELF, 80, RatingLevel.GOOD), null);
		return ward;
	}

	private int statementsFor(TestWard ward) throws Exception {
		String path = "/cellwork/" + ward.cellA().id();
		this.mvc.perform(get(path).param("year", "2025").with(as(ward.secretary()))).andExpect(status().isOk());
		this.statements.reset();
		this.mvc.perform(get(path).param("year", "2025").with(as(ward.secretary()))).andExpect(status().isOk());
		return this.statements.count();
	}

}
