package vn.sochibo.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import vn.sochibo.fund.Contribution;
import vn.sochibo.fund.ContributorKind;
import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.fund.Expenditure;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.project.BoardMemberDetails;
import vn.sochibo.project.FundingPlan;
import vn.sochibo.project.MeetingDetails;
import vn.sochibo.project.ProjectDetail;
import vn.sochibo.project.ProjectDetails;
import vn.sochibo.project.ProjectKind;
import vn.sochibo.project.ProjectStatus;
import vn.sochibo.project.Projects;
import vn.sochibo.project.StatusChange;
import vn.sochibo.project.UpdateDetails;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.ward.AreaView;

/**
 * The alley projects of seed story 1 (Khu vực 11, 2025): residents gave over 600.000.000
 * đ to concrete or asphalt four alleys — hẻm 49-57 160.000.000 đ, hẻm 9-15 nearly
 * 100.000.000 đ — decided at residents' meetings; the former district budget paid for new
 * drains and manholes.
 */
@Component
@Profile("demo")
class DemoProjects {

	private static final DisplayChoice[] CHOICES = { DisplayChoice.HOUSEHOLD_LABEL, DisplayChoice.FULL_NAME,
			DisplayChoice.ANONYMOUS, DisplayChoice.INITIALS };

	private final Projects projects;

	private final Ledger ledger;

	DemoProjects(Projects projects, Ledger ledger) {
		this.projects = projects;
		this.ledger = ledger;
	}

	void seed(CurrentUser officer, CurrentUser secretary, AreaView kv11, List<HouseholdDetail> households) {
		alley(officer, secretary, kv11, households, "hẻm 49-57", ProjectKind.CONCRETE_PAVING, "120", "3.0", 6_000_000,
				16_000_000, 158_400_000, LocalDate.of(2025, 3, 9), true);
		alley(officer, secretary, kv11, households, "hẻm 9-15", ProjectKind.CONCRETE_PAVING, "85", "2.5", 4_000_000,
				2_500_000, 97_000_000, LocalDate.of(2025, 4, 6), true);
		alley(officer, secretary, kv11, households, "hẻm 27", ProjectKind.ASPHALT_PAVING, "140", "3.5", 7_500_000,
				10_000_000, 188_000_000, LocalDate.of(2025, 5, 11), false);
		alley(officer, secretary, kv11, households, "hẻm 71", ProjectKind.ASPHALT_PAVING, "130", "3.5", 7_000_000,
				7_000_000, 171_500_000, LocalDate.of(2025, 6, 8), false);

		ProjectDetail drains = this.projects.create(secretary,
				new ProjectDetails(ProjectKind.DRAINAGE, "Cống thoát nước và hố ga hẻm 49-57, hẻm 71", kv11.id(),
						"Hẻm 49-57 và hẻm 71, đường Trần Văn Khéo", new BigDecimal("260"), new BigDecimal("0.6"), 60,
						"Lắp cống thoát nước và 14 hố ga bằng ngân sách quận Ninh Kiều (cũ).", LocalDate.of(2025, 2, 1),
						LocalDate.of(2025, 5, 30), 0, null, null));
		this.projects.savePlan(secretary, drains.id(),
				new FundingPlan(Money.of(850_000_000), Money.ZERO, Money.ZERO, Money.ZERO), drains.version());
		move(secretary, drains.id(), ProjectStatus.CONSULTING, LocalDate.of(2025, 1, 10));
		this.projects.addMeeting(secretary, drains.id(),
				new MeetingDetails(LocalDate.of(2025, 1, 12), 70, 70, "Hội nghị lấy ý kiến nhân dân khu vực 11"));
		move(secretary, drains.id(), ProjectStatus.APPROVED, LocalDate.of(2025, 1, 15));
		move(secretary, drains.id(), ProjectStatus.UNDER_CONSTRUCTION, LocalDate.of(2025, 2, 3));
		Long fundId = this.projects.get(secretary, drains.id()).funding().fundId();
		this.ledger.contribute(secretary,
				new Contribution(fundId, LocalDate.of(2025, 2, 3), PaymentMethod.BANK_TRANSFER, Money.of(850_000_000),
						kv11.id(), null, ContributorKind.STATE, "Ngân sách quận Ninh Kiều (cũ)",
						DisplayChoice.FULL_NAME, null, null));
		this.ledger.spend(secretary,
				Expenditure.commonWork(fundId, LocalDate.of(2025, 5, 28), Money.of(842_600_000),
						"Công ty Cổ phần Xây dựng Công trình Đô thị Cần Thơ", "Thi công cống thoát nước và 14 hố ga",
						"HĐ 12/2025/HĐXD", "Trần Văn Hùng", kv11.id()));
		move(secretary, drains.id(), ProjectStatus.COMPLETED, LocalDate.of(2025, 5, 30));
	}

	/**
	 * One alley: decided at a meeting, every household of the alley gives its share, the
	 * rest comes from residents who live elsewhere, the contractor is paid.
	 */
	private void alley(CurrentUser officer, CurrentUser secretary, AreaView kv11, List<HouseholdDetail> households,
			String alley, ProjectKind kind, String length, String width, long perHousehold, long fromAfar, long cost,
			LocalDate meeting, boolean settled) {
		List<HouseholdDetail> onAlley = households.stream().filter((h) -> alley.equals(h.alley())).toList();
		long residents = perHousehold * onAlley.size() + fromAfar;
		String verb = (kind == ProjectKind.CONCRETE_PAVING) ? "Bê tông hóa" : "Thảm nhựa";
		ProjectDetail project = this.projects.create(secretary,
				new ProjectDetails(kind, verb + " " + alley, kv11.id(), alley + ", đường Trần Văn Khéo",
						new BigDecimal(length), new BigDecimal(width), onAlley.size(),
						"Nhân dân tự nguyện đóng góp " + verb.toLowerCase() + " " + alley + ".", meeting.plusDays(20),
						meeting.plusDays(75), 0, null, null));
		this.projects.savePlan(secretary, project.id(),
				new FundingPlan(Money.ZERO, Money.of(residents), Money.ZERO, Money.ZERO), project.version());
		move(secretary, project.id(), ProjectStatus.CONSULTING, meeting.minusDays(14));
		this.projects.addMeeting(secretary, project.id(), new MeetingDetails(meeting, 81, 74,
				"Họp dân " + alley + ": thống nhất mức đóng góp " + Money.of(perHousehold) + " mỗi hộ"));
		move(secretary, project.id(), ProjectStatus.APPROVED, meeting.plusDays(2));
		this.projects.addBoardMember(secretary, project.id(),
				new BoardMemberDetails("Nguyễn Văn Sáu", "Trưởng ban giám sát", null));
		this.projects.addBoardMember(secretary, project.id(), new BoardMemberDetails("Lê Thị Bảy", "Thành viên", null));
		this.projects.addBoardMember(secretary, project.id(),
				new BoardMemberDetails("Trương Văn Tám", "Thành viên", null));
		Long fundId = this.projects.get(secretary, project.id()).funding().fundId();
		LocalDate day = meeting.plusDays(3);
		for (int i = 0; i < onAlley.size(); i++) {
			HouseholdDetail household = onAlley.get(i);
			this.ledger.contribute(officer,
					new Contribution(fundId, day.plusDays(i % 12), PaymentMethod.CASH, Money.of(perHousehold), null,
							household.id(), null, null, CHOICES[i % CHOICES.length], (i % 2 == 0) ? "ông" : "bà",
							null));
		}
		this.ledger.contribute(officer,
				new Contribution(fundId, day.plusDays(14), PaymentMethod.BANK_TRANSFER, Money.of(fromAfar), kv11.id(),
						null, ContributorKind.PERSON, "Bà con " + alley + " ở xa", DisplayChoice.ANONYMOUS, null,
						null));
		move(secretary, project.id(), ProjectStatus.UNDER_CONSTRUCTION, meeting.plusDays(20));
		this.projects.addUpdate(secretary, project.id(), new UpdateDetails(meeting.plusDays(40),
				"Đã đổ xong nửa đầu " + alley + "; bà con hỗ trợ ngày công dọn mặt bằng.", 50, List.of()));
		this.ledger.spend(secretary,
				Expenditure.commonWork(fundId, meeting.plusDays(75), Money.of(cost), "Công ty TNHH Xây dựng Minh Phát",
						verb + " " + alley, "HĐ " + alley.substring(4) + "/2025", "Trần Văn Hùng", kv11.id()));
		move(secretary, project.id(), ProjectStatus.COMPLETED, meeting.plusDays(75));
		if (settled) {
			move(secretary, project.id(), ProjectStatus.SETTLED, meeting.plusDays(90));
		}
	}

	private void move(CurrentUser actor, Long projectId, ProjectStatus target, LocalDate date) {
		this.projects.changeStatus(actor, projectId, new StatusChange(target, date, null));
	}

}
