package vn.sochibo.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.sochibo.account.Accounts;
import vn.sochibo.account.UserDetailsCommand;
import vn.sochibo.account.UserView;
import vn.sochibo.fund.Contribution;
import vn.sochibo.fund.ContributorKind;
import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.fund.Expenditure;
import vn.sochibo.fund.FundDetails;
import vn.sochibo.fund.FundKind;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.HouseholdDetails;
import vn.sochibo.household.Households;
import vn.sochibo.household.PolicySubtype;
import vn.sochibo.household.StatusDetails;
import vn.sochibo.household.StatusKind;
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
import vn.sochibo.shared.Role;
import vn.sochibo.ward.AreaDetails;
import vn.sochibo.ward.AreaView;
import vn.sochibo.ward.Areas;
import vn.sochibo.ward.CellDetails;
import vn.sochibo.ward.CellView;
import vn.sochibo.ward.Cells;
import vn.sochibo.ward.WardView;
import vn.sochibo.ward.Wards;
import vn.sochibo.welfare.Candidate;
import vn.sochibo.welfare.DistributionOrder;
import vn.sochibo.welfare.Distributions;
import vn.sochibo.welfare.GiftDetails;
import vn.sochibo.welfare.GiftItem;
import vn.sochibo.welfare.LoanOutcome;
import vn.sochibo.welfare.LoanPurpose;
import vn.sochibo.welfare.LoanReferralDetails;
import vn.sochibo.welfare.LoanReferralOutcome;
import vn.sochibo.welfare.LoanReferralView;
import vn.sochibo.welfare.LoanReferrals;
import vn.sochibo.welfare.Occasion;
import vn.sochibo.welfare.ProgramDetails;
import vn.sochibo.welfare.ProgramSource;
import vn.sochibo.welfare.ProgramView;
import vn.sochibo.welfare.WelfarePrograms;

/**
 * Seed story 2 (profile {@code demo} only): Khu phố 4 of the former Phường 2, Quận 3 —
 * since 1/7/2025 part of Phường Bàn Cờ (Thành phố Hồ Chí Minh), whose units are "khu
 * phố". Its 2025: the funds "Đền ơn đáp nghĩa", "Vì biển đảo quê hương – Vì tuyến đầu Tổ
 * quốc", "Cứu trợ đồng bào bị bão lụt" and "Phòng chống thiên tai"; the widening of hẻm
 * 549 Nguyễn Đình Chiểu agreed by every household (land given in kind); scholarships,
 * health-insurance cards and 27/7 gifts; loan referrals. A ward of its own, entered only
 * through the services, with its own admin ({@code banco}), secretary ({@code bithukp4})
 * and officer ({@code canbokp4}) — the ward the "every ward its own words" check walks.
 * Skipped when the ward already exists.
 */
@Component
@Profile("demo")
@Order(40)
class DemoBanCo implements ApplicationRunner {

	static final String WARD_NAME = "Phường Bàn Cờ";

	static final String ADMIN = "banco";

	static final String SECRETARY = "bithukp4";

	static final String OFFICER = "canbokp4";

	private static final Logger logger = LoggerFactory.getLogger(DemoBanCo.class);

	private static final int YEAR = 2025;

	private static final String[] FAMILY = { "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Phan", "Đặng", "Bùi", "Đỗ",
			"Hồ", "Ngô", "Dương", "Lý", "Tô", "Quách" };

	private static final String[] MIDDLE = { "Văn", "Thị", "Minh", "Ngọc", "Hoàng", "Kim", "Thanh", "Quang" };

	private static final String[] GIVEN = { "Bảo", "Châu", "Duy", "Giang", "Hiền", "Khoa", "Liên", "Mẫn", "Ngân",
			"Phát", "Quyên", "Sang", "Thư", "Uyên", "Vy", "Tín", "Nhàn", "Lộc", "Trinh", "Hưng" };

	/** Where Khu phố 4's households live. */
	private static final String[] KP4_ALLEYS = { "hẻm 549 Nguyễn Đình Chiểu", "hẻm 561 Nguyễn Đình Chiểu",
			"hẻm 38 Cao Thắng" };

	private static final String[] STREETS = { "đường Bàn Cờ", "đường Nguyễn Thiện Thuật", "đường Cao Thắng",
			"đường Điện Biên Phủ" };

	private static final DisplayChoice[] CHOICES = { DisplayChoice.FULL_NAME, DisplayChoice.ANONYMOUS,
			DisplayChoice.HOUSEHOLD_LABEL, DisplayChoice.INITIALS };

	private final Wards wards;

	private final DemoPublicAddress address;

	private final Accounts accounts;

	private final Areas areas;

	private final Cells cells;

	private final Households households;

	private final Funds funds;

	private final Ledger ledger;

	private final Projects projects;

	private final WelfarePrograms programs;

	private final Distributions distributions;

	private final LoanReferrals loans;

	private final Random random = new Random(549);

	private final DemoMembers members;

	DemoBanCo(Wards wards, DemoPublicAddress address, Accounts accounts, Areas areas, Cells cells,
			Households households, Funds funds, Ledger ledger, Projects projects, WelfarePrograms programs,
			Distributions distributions, LoanReferrals loans, DemoMembers members) {
		this.members = members;
		this.wards = wards;
		this.address = address;
		this.accounts = accounts;
		this.areas = areas;
		this.cells = cells;
		this.households = households;
		this.funds = funds;
		this.ledger = ledger;
		this.projects = projects;
		this.programs = programs;
		this.distributions = distributions;
		this.loans = loans;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.wards.publicList().stream().anyMatch((ward) -> WARD_NAME.equals(ward.name()))) {
			logger.info("Demo data of {} already present", WARD_NAME);
			return;
		}
		CurrentUser system = new CurrentUser(null, null, "demo", Role.SYSTEM_ADMIN);
		WardView ward = this.accounts.createWard(system,
				this.address.settings(WARD_NAME, "Thành phố Hồ Chí Minh", "Khu phố", "ĐẢNG BỘ PHƯỜNG BÀN CỜ", "Bàn Cờ"),
				ADMIN, "Võ Thị Kim Ngân", DemoData.PASSWORD);
		CurrentUser admin = new CurrentUser(null, ward.id(), "demo", Role.WARD_ADMIN);

		LocalDate start = LocalDate.of(2025, 7, 1);
		Map<Integer, AreaView> areasByNumber = new HashMap<>();
		Map<Integer, CellView> cellsByNumber = new HashMap<>();
		for (int n = 1; n <= 6; n++) {
			AreaView area = this.areas.create(admin, new AreaDetails("KP" + n, "Khu phố " + n, start, null));
			areasByNumber.put(n, area);
			cellsByNumber.put(n, this.cells.create(admin, new CellDetails("Chi bộ Khu phố " + n,
					(n == 4) ? "Đặng Thị Thanh Tâm" : name(), start, null, Set.of(area.id()))));
		}
		AreaView kp4 = areasByNumber.get(4);
		UserView secretaryView = this.accounts.create(admin, new UserDetailsCommand(SECRETARY, "Đặng Thị Thanh Tâm",
				Role.CELL_SECRETARY, Set.of(), Set.of(cellsByNumber.get(4).id())), DemoData.PASSWORD);
		UserView officerView = this.accounts.create(admin,
				new UserDetailsCommand(OFFICER, "Lâm Văn Phước", Role.OFFICER, Set.of(kp4.id()), Set.of()),
				DemoData.PASSWORD);
		CurrentUser secretary = new CurrentUser(secretaryView.id(), ward.id(), SECRETARY, Role.CELL_SECRETARY);
		CurrentUser officer = new CurrentUser(officerView.id(), ward.id(), OFFICER, Role.OFFICER);

		List<HouseholdDetail> kp4Households = new ArrayList<>();
		int created = 0;
		for (int n = 1; n <= 6; n++) {
			int count = (n == 4) ? 72 : 12;
			for (int i = 0; i < count; i++) {
				HouseholdDetail household = household(admin, areasByNumber.get(n), n, i);
				if (n == 4) {
					kp4Households.add(household);
				}
				created++;
			}
		}
		FundSummary gratitude = campaigns(officer, secretary, kp4, kp4Households);
		alley(officer, secretary, kp4, kp4Households);
		welfare(secretary, kp4, gratitude);
		loans(officer, kp4Households);
		this.members.banCo(secretary, cellsByNumber.get(4));
		logger.info("Demo data: {} with Khu phố 1–6, {} households; users {}, {}, {}", WARD_NAME, created, ADMIN,
				SECRETARY, OFFICER);
	}

	private HouseholdDetail household(CurrentUser admin, AreaView area, int areaNumber, int index) {
		String alley;
		String address;
		if (areaNumber == 4) {
			alley = KP4_ALLEYS[index % KP4_ALLEYS.length];
			String[] parts = alley.split(" ", 3);
			address = (1 + 2 * (index / KP4_ALLEYS.length)) + "/" + parts[1] + " đường " + parts[2];
		}
		else {
			alley = null;
			address = (10 + 4 * index) + " " + STREETS[(areaNumber + index) % STREETS.length];
		}
		HouseholdDetail household = this.households.create(admin, new HouseholdDetails(null, name(), address, alley,
				area.id(), 1 + this.random.nextInt(6), phone(), null));
		int roll = this.random.nextInt(100);
		if (roll < 5) {
			this.households.addStatus(admin, household.id(), poverty(StatusKind.POOR));
		}
		else if (roll < 11) {
			this.households.addStatus(admin, household.id(), poverty(StatusKind.NEAR_POOR));
		}
		else if (roll < 21) {
			PolicySubtype subtype = PolicySubtype.values()[this.random.nextInt(4)];
			this.households.addStatus(admin, household.id(),
					new StatusDetails(YEAR, StatusKind.POLICY_FAMILY, subtype, null, null, null));
		}
		return household;
	}

	/**
	 * The four drives of Khu phố 4 in 2025; returns the "Đền ơn đáp nghĩa" fund, which
	 * pays the 27/7 gifts.
	 */
	private FundSummary campaigns(CurrentUser officer, CurrentUser secretary, AreaView kp4,
			List<HouseholdDetail> households) {
		FundSummary gratitude = this.funds.create(secretary, FundKind.CAMPAIGN,
				new FundDetails("Quỹ \"Đền ơn đáp nghĩa\" năm 2025 — Khu phố 4",
						"Vận động ủng hộ Quỹ \"Đền ơn đáp nghĩa\": thăm hỏi, tặng quà gia đình chính sách dịp 27/7.",
						Money.of(30_000_000), LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31), Set.of(kp4.id())));
		give(officer, gratitude.id(), households.subList(0, 24), LocalDate.of(2025, 7, 2), 200_000);
		this.ledger.contribute(officer,
				new Contribution(gratitude.id(), LocalDate.of(2025, 7, 10), PaymentMethod.BANK_TRANSFER,
						Money.of(5_000_000), kp4.id(), null, ContributorKind.BUSINESS, "Công ty TNHH Dược phẩm Bàn Cờ",
						DisplayChoice.FULL_NAME, null, null));

		FundSummary islands = this.funds.create(secretary, FundKind.CAMPAIGN,
				new FundDetails("Quỹ \"Vì biển đảo quê hương – Vì tuyến đầu Tổ quốc\" năm 2025",
						"Đóng góp gửi cán bộ, chiến sĩ đang làm nhiệm vụ ở biển đảo và biên giới.", null,
						LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31), Set.of(kp4.id())));
		give(officer, islands.id(), households.subList(24, 44), LocalDate.of(2025, 8, 4), 100_000);
		this.ledger.spend(secretary,
				Expenditure.commonWork(islands.id(), LocalDate.of(2025, 9, 15), Money.of(2_000_000),
						"Ủy ban Mặt trận Tổ quốc Việt Nam phường Bàn Cờ", "Chuyển số tiền vận động đợt 1", "PC 01/2025",
						"Đặng Thị Thanh Tâm", kp4.id()));

		FundSummary relief = this.funds.create(secretary, FundKind.CAMPAIGN,
				new FundDetails("Cứu trợ đồng bào bị bão lụt năm 2025",
						"Vận động ủng hộ đồng bào các tỉnh miền Trung bị thiệt hại do bão lụt.", null,
						LocalDate.of(2025, 10, 1), LocalDate.of(2025, 11, 30), Set.of(kp4.id())));
		give(officer, relief.id(), households.subList(44, 64), LocalDate.of(2025, 10, 3), 300_000);
		this.ledger.contribute(officer,
				new Contribution(relief.id(), LocalDate.of(2025, 10, 8), PaymentMethod.IN_KIND, Money.of(3_500_000),
						kp4.id(), null, ContributorKind.ORGANISATION, "Hội Phụ nữ khu phố 4", DisplayChoice.FULL_NAME,
						null, "50 thùng mì, 100 kg gạo và 20 thùng nước uống"));
		this.ledger.spend(secretary,
				Expenditure.commonWork(relief.id(), LocalDate.of(2025, 10, 20), Money.of(6_000_000),
						"Ủy ban Mặt trận Tổ quốc Việt Nam phường Bàn Cờ", "Chuyển tiền cứu trợ đồng bào miền Trung",
						"PC 02/2025", "Đặng Thị Thanh Tâm", kp4.id()));

		FundSummary disasters = this.funds.create(secretary, FundKind.CAMPAIGN,
				new FundDetails("Quỹ Phòng chống thiên tai năm 2025 — Khu phố 4",
						"Thu Quỹ Phòng chống thiên tai theo mức vận động của phường.", Money.of(12_000_000),
						LocalDate.of(2025, 7, 1), LocalDate.of(2025, 12, 31), Set.of(kp4.id())));
		give(officer, disasters.id(), households.subList(0, 40), LocalDate.of(2025, 11, 3), 50_000);
		return gratitude;
	}

	/**
	 * Widening hẻm 549 Nguyễn Đình Chiểu: every household of Khu phố 4 agreed at the
	 * residents' meeting; two households of the alley gave land, the rest money.
	 */
	private void alley(CurrentUser officer, CurrentUser secretary, AreaView kp4, List<HouseholdDetail> households) {
		String alley = KP4_ALLEYS[0];
		List<HouseholdDetail> onAlley = households.stream().filter((h) -> alley.equals(h.alley())).toList();
		LocalDate meeting = LocalDate.of(2025, 8, 17);
		ProjectDetail project = this.projects.create(secretary,
				new ProjectDetails(ProjectKind.ALLEY_WIDENING, "Mở rộng hẻm 549 Nguyễn Đình Chiểu", kp4.id(), alley,
						new BigDecimal("95"), new BigDecimal("4.0"), onAlley.size(),
						"Lùi hàng rào, mở rộng hẻm từ 2,5 m lên 4 m; nhân dân hiến đất và đóng góp kinh phí.",
						meeting.plusDays(30), meeting.plusDays(120), 0, null, null));
		long perHousehold = 1_500_000;
		this.projects.savePlan(secretary, project.id(), new FundingPlan(Money.of(120_000_000),
				Money.of(perHousehold * onAlley.size()), Money.ZERO, Money.of(40_000_000)), project.version());
		move(secretary, project.id(), ProjectStatus.CONSULTING, meeting.minusDays(10));
		this.projects.addMeeting(secretary, project.id(), new MeetingDetails(meeting, households.size(),
				households.size(), "Hội nghị nhân dân khu phố 4: 100% hộ đồng thuận mở rộng " + alley));
		move(secretary, project.id(), ProjectStatus.APPROVED, meeting.plusDays(3));
		this.projects.addBoardMember(secretary, project.id(),
				new BoardMemberDetails("Tô Văn Hưng", "Trưởng ban giám sát", null));
		this.projects.addBoardMember(secretary, project.id(),
				new BoardMemberDetails("Quách Thị Liên", "Thành viên", null));
		Long fundId = this.projects.get(secretary, project.id()).funding().fundId();
		LocalDate day = meeting.plusDays(5);
		for (int i = 0; i < onAlley.size(); i++) {
			HouseholdDetail household = onAlley.get(i);
			boolean land = i < 2;
			this.ledger.contribute(officer,
					new Contribution(fundId, day.plusDays(i % 10), land ? PaymentMethod.LAND : PaymentMethod.CASH,
							Money.of(land ? 20_000_000 : perHousehold), null, household.id(), null, null,
							CHOICES[i % CHOICES.length], (i % 2 == 0) ? "ông" : "bà",
							land ? "Hiến 8 m² đất lùi hàng rào mở hẻm" : null));
		}
		move(secretary, project.id(), ProjectStatus.UNDER_CONSTRUCTION, meeting.plusDays(30));
		this.projects.addUpdate(secretary, project.id(), new UpdateDetails(meeting.plusDays(60),
				"Đã lùi hàng rào 24 hộ; đang đổ bê tông mặt hẻm đoạn đầu.", 40, List.of()));
		this.ledger.spend(secretary,
				Expenditure.commonWork(fundId, meeting.plusDays(62), Money.of(18_000_000),
						"Hợp tác xã Xây dựng Quận 3 (cũ)", "Tạm ứng đợt 1 thi công mặt hẻm", "HĐ 07/2025",
						"Đặng Thị Thanh Tâm", kp4.id()));
	}

	/**
	 * Scholarships from the Front committee, health-insurance cards from the cell, and
	 * the 27/7 gifts paid from the "Đền ơn đáp nghĩa" fund.
	 */
	private void welfare(CurrentUser secretary, AreaView kp4, FundSummary gratitude) {
		Set<Long> areaIds = Set.of(kp4.id());
		ProgramView scholarships = this.programs.create(secretary,
				new ProgramDetails("Học bổng \"Khuyến học – Khuyến tài\" năm học 2025–2026", Occasion.SCHOOL_OPENING,
						YEAR, LocalDate.of(YEAR, 9, 3), Set.of(StatusKind.POOR, StatusKind.NEAR_POOR),
						Money.of(20_000_000), ProgramSource.FRONT, null, null, null,
						"Học bổng cho học sinh con hộ nghèo, cận nghèo nhân dịp khai giảng.", areaIds, null));
		distribute(secretary, scholarships, Set.of(StatusKind.POOR, StatusKind.NEAR_POOR), areaIds,
				new GiftDetails(GiftItem.SCHOLARSHIP, "Học bổng và bộ sách giáo khoa", 1, Money.of(1_000_000),
						LocalDate.of(YEAR, 9, 3), "Ban công tác Mặt trận khu phố 4", null));
		ProgramView cards = this.programs.create(secretary,
				new ProgramDetails("Tặng thẻ bảo hiểm y tế cho hộ cận nghèo năm 2025", Occasion.OTHER, YEAR,
						LocalDate.of(YEAR, 10, 15), Set.of(StatusKind.NEAR_POOR), Money.of(5_000_000),
						ProgramSource.SPONSOR, null, null, "Nhà thuốc Bàn Cờ",
						"Thẻ bảo hiểm y tế 12 tháng cho thành viên hộ cận nghèo.", areaIds, null));
		distribute(secretary, cards, Set.of(StatusKind.NEAR_POOR), areaIds, new GiftDetails(GiftItem.HEALTH_INSURANCE,
				"Thẻ BHYT 12 tháng", 1, Money.of(800_000), LocalDate.of(YEAR, 10, 15), "Chi bộ Khu phố 4", null));
		ProgramView july = this.programs.create(secretary,
				new ProgramDetails("Thăm, tặng quà gia đình chính sách nhân ngày 27/7/2025", Occasion.OTHER, YEAR,
						LocalDate.of(YEAR, 7, 25), Set.of(StatusKind.POLICY_FAMILY), Money.of(10_000_000),
						ProgramSource.FUND, gratitude.id(), null, null,
						"Kỷ niệm 78 năm Ngày Thương binh – Liệt sĩ, chi từ Quỹ \"Đền ơn đáp nghĩa\".", areaIds,
						"Đặng Thị Thanh Tâm"));
		distribute(secretary, july, Set.of(StatusKind.POLICY_FAMILY), areaIds, new GiftDetails(GiftItem.GIFT_PACKAGE,
				"Quà và tiền mặt", 1, Money.of(500_000), LocalDate.of(YEAR, 7, 25), "Chi bộ Khu phố 4", null));
	}

	private void distribute(CurrentUser actor, ProgramView program, Set<StatusKind> statuses, Set<Long> areaIds,
			GiftDetails gift) {
		List<Long> chosen = this.distributions.candidates(actor, program.id(), statuses, areaIds)
			.stream()
			.map(Candidate::householdId)
			.toList();
		if (!chosen.isEmpty()) {
			this.distributions.signed(actor,
					this.distributions
						.post(actor, new DistributionOrder(program.id(), statuses, areaIds, chosen, Set.of(), gift))
						.id(),
					gift.date(), null);
		}
	}

	private void loans(CurrentUser officer, List<HouseholdDetail> households) {
		for (int i = 0; i < 5; i++) {
			LocalDate referred = LocalDate.of(YEAR, 8 + i, 12);
			LoanPurpose purpose = (i % 2 == 0) ? LoanPurpose.JOB_CREATION : LoanPurpose.STUDENT;
			LoanReferralView referral = this.loans.create(officer, new LoanReferralDetails(households.get(50 + i).id(),
					purpose, null, Money.of(50_000_000), referred, null));
			if (i < 3) {
				this.loans.recordOutcome(officer, referral.id(),
						new LoanReferralOutcome(LoanOutcome.APPROVED, Money.of(50_000_000), referred.plusDays(18)),
						referral.version());
			}
		}
	}

	private void give(CurrentUser officer, Long fundId, List<HouseholdDetail> households, LocalDate from, long amount) {
		for (int i = 0; i < households.size(); i++) {
			this.ledger.contribute(officer,
					new Contribution(fundId, from.plusDays(i % 9), PaymentMethod.CASH, Money.of(amount * (1 + i % 3)),
							null, households.get(i).id(), null, null, CHOICES[i % CHOICES.length],
							(i % 2 == 0) ? "ông" : "bà", null));
		}
	}

	private void move(CurrentUser actor, Long projectId, ProjectStatus target, LocalDate date) {
		this.projects.changeStatus(actor, projectId, new StatusChange(target, date, null));
	}

	private static StatusDetails poverty(StatusKind kind) {
		return new StatusDetails(YEAR, kind, null, "Nghị định 07/2021/NĐ-CP", "QĐ số 1520/QĐ-UBND ngày 15/12/2024",
				null);
	}

	private String name() {
		return FAMILY[this.random.nextInt(FAMILY.length)] + " " + MIDDLE[this.random.nextInt(MIDDLE.length)] + " "
				+ GIVEN[this.random.nextInt(GIVEN.length)];
	}

	private String phone() {
		return (this.random.nextInt(100) < 60) ? "09" + (10000000 + this.random.nextInt(89999999)) : null;
	}

}
