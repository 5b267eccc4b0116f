package vn.sochibo.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import vn.sochibo.fund.Contribution;
import vn.sochibo.fund.ContributorKind;
import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.household.HouseholdQuery;
import vn.sochibo.household.HouseholdSummary;
import vn.sochibo.household.Households;
import vn.sochibo.household.StatusDetails;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.Role;
import vn.sochibo.ward.AreaView;
import vn.sochibo.ward.Areas;
import vn.sochibo.ward.CellView;
import vn.sochibo.ward.Cells;
import vn.sochibo.ward.WardView;
import vn.sochibo.welfare.Candidate;
import vn.sochibo.welfare.DistributionOrder;
import vn.sochibo.welfare.DistributionView;
import vn.sochibo.welfare.Distributions;
import vn.sochibo.welfare.GiftDetails;
import vn.sochibo.welfare.GiftItem;
import vn.sochibo.welfare.GiftRow;
import vn.sochibo.welfare.Gifts;
import vn.sochibo.welfare.MemberGroup;
import vn.sochibo.welfare.Occasion;
import vn.sochibo.welfare.ProgramDetails;
import vn.sochibo.welfare.ProgramSource;
import vn.sochibo.welfare.ProgramView;
import vn.sochibo.welfare.WelfarePrograms;

/**
 * Welfare 2025 of Chi bộ Khu vực 11 (seed story 1), given through the welfare services as
 * the secretary and the area officer would: necessities worth over 66.000.000 đ to
 * households in hardship at Tết, paid from the "Vì người nghèo" fund (topped up by
 * January's donations first); 88 gift packages to policy families, Agent Orange victims
 * and elderly Party members (Tết, the Party's 95th anniversary, 27/7) — the members' are
 * programs for the Party members of Chi bộ Khu vực 11 with 40 years in the Party, whose
 * homes come from the cell's roll ({@link DemoMembers}), never from a household status
 * (who is a Party member is not the household register's business); and the Front
 * committee's gifts worth over 37.000.000 đ for pupils (school opening, Mid-Autumn) and
 * poor households. Two policy families are left without a Tết package, so the coverage
 * view has an answer; one gift is cancelled; some receipts are still unsigned. Runs after
 * {@link DemoData}; skipped when the ward is missing or its welfare is already there.
 */
@Component
@Profile("demo")
@Order(20)
class DemoWelfare implements ApplicationRunner {

	static final String TET_NECESSITIES = "Quà Tết Ất Tỵ 2025 cho hộ nghèo, cận nghèo và hộ khó khăn";

	static final String TET_PACKAGES = "Quà Tết Ất Tỵ 2025 cho gia đình chính sách, nạn nhân da cam";

	static final String TET_MEMBERS = "Quà Tết Ất Tỵ 2025 cho đảng viên cao tuổi (từ 40 năm tuổi Đảng)";

	private static final Logger logger = LoggerFactory.getLogger(DemoWelfare.class);

	private static final int YEAR = 2025;

	private static final String SECRETARY = "Trần Văn Hùng (Bí thư Chi bộ)";

	private static final String OFFICER = "Nguyễn Thị Mỹ Linh (cán bộ khu vực)";

	private static final String FRONT = "Ban công tác Mặt trận Khu vực 11";

	private final DemoWards demoWards;

	private final Areas areas;

	private final Cells cells;

	private final Households households;

	private final Funds funds;

	private final Ledger ledger;

	private final WelfarePrograms programs;

	private final Distributions distributions;

	private final Gifts gifts;

	DemoWelfare(DemoWards demoWards, Areas areas, Cells cells, Households households, Funds funds, Ledger ledger,
			WelfarePrograms programs, Distributions distributions, Gifts gifts) {
		this.demoWards = demoWards;
		this.areas = areas;
		this.cells = cells;
		this.households = households;
		this.funds = funds;
		this.ledger = ledger;
		this.programs = programs;
		this.distributions = distributions;
		this.gifts = gifts;
	}

	@Override
	public void run(ApplicationArguments args) {
		WardView ward = this.demoWards.named(DemoData.WARD_NAME).orElse(null);
		if (ward == null) {
			return;
		}
		CurrentUser admin = new CurrentUser(null, ward.id(), "demo", Role.WARD_ADMIN);
		if (this.programs.list(admin, YEAR).stream().anyMatch((program) -> TET_NECESSITIES.equals(program.name()))) {
			logger.info("Demo welfare already present");
			return;
		}
		CurrentUser secretary = this.demoWards.user(admin, "bithu");
		CurrentUser officer = this.demoWards.user(admin, "canbo");
		AreaView kv11 = this.areas.list(admin)
			.stream()
			.filter((area) -> "KV11".equals(area.code()))
			.findFirst()
			.orElseThrow();
		CellView cell = this.cells.list(admin)
			.stream()
			.filter((candidate) -> "Chi bộ Khu vực 11".equals(candidate.name()))
			.findFirst()
			.orElseThrow();
		FundSummary poorFund = this.funds.list(secretary)
			.stream()
			.filter((fund) -> DemoLedger.POOR_FUND_NAME.equals(fund.name()))
			.findFirst()
			.orElseThrow();

		List<HouseholdSummary> kv11Households = addStatuses(officer, kv11);
		donateBeforeTet(officer, poorFund, kv11, kv11Households);
		Set<Long> areaIds = Set.of(kv11.id());
		necessities(secretary, officer, poorFund, areaIds);
		packages(secretary, officer, cell, areaIds);
		front(secretary, officer, areaIds);
		logger.info("Demo welfare: 8 programs of {} for Khu vực 11", YEAR);
	}

	/**
	 * The register for 2025 besides what {@link DemoData} recorded: three households
	 * without a status are home to an Agent Orange victim (a veteran's child) — not those
	 * where the elderly Party members live (every other one, {@link DemoMembers}).
	 */
	private List<HouseholdSummary> addStatuses(CurrentUser officer, AreaView kv11) {
		List<HouseholdSummary> all = kv11Households(officer, kv11, null);
		Set<Long> withStatus = kv11Households(officer, kv11, YEAR).stream()
			.map(HouseholdSummary::id)
			.collect(Collectors.toSet());
		List<HouseholdSummary> without = all.stream()
			.filter((household) -> !withStatus.contains(household.id()))
			.toList();
		for (int i = 0; i < without.size(); i++) {
			HouseholdSummary household = without.get(i);
			if (i % 10 == 1 && i < 30) {
				this.households.addStatus(officer, household.id(), new StatusDetails(YEAR, StatusKind.AGENT_ORANGE,
						null, null, null, "Con của người hoạt động kháng chiến bị nhiễm chất độc hóa học"));
			}
		}
		return all;
	}

	/**
	 * The households of Khu vực 11 by code: all of them, or (with a year) those with a
	 * status that year.
	 */
	private List<HouseholdSummary> kv11Households(CurrentUser officer, AreaView kv11, Integer year) {
		return this.households.list(officer, new HouseholdQuery(null, kv11.id(), null, year), PageRequest.of(0, 500))
			.getContent()
			.stream()
			.sorted(Comparator.comparing(HouseholdSummary::code))
			.toList();
	}

	/**
	 * January's donations to the "Vì người nghèo" fund, so that it holds what Tết's
	 * necessities cost before they are given.
	 */
	private void donateBeforeTet(CurrentUser officer, FundSummary fund, AreaView kv11,
			List<HouseholdSummary> kv11Households) {
		named(officer, fund, LocalDate.of(YEAR, 1, 6), PaymentMethod.BANK_TRANSFER, 25_000_000, kv11,
				ContributorKind.BUSINESS, "Công ty TNHH Thương mại Hưng Phát", DisplayChoice.FULL_NAME);
		named(officer, fund, LocalDate.of(YEAR, 1, 9), PaymentMethod.BANK_TRANSFER, 15_000_000, kv11,
				ContributorKind.ORGANISATION, "Hội Doanh nhân trẻ phường Cái Khế", DisplayChoice.FULL_NAME);
		named(officer, fund, LocalDate.of(YEAR, 1, 10), PaymentMethod.CASH, 10_000_000, kv11, ContributorKind.PERSON,
				"Võ Thị Kim Phượng", DisplayChoice.ANONYMOUS);
		named(officer, fund, LocalDate.of(YEAR, 1, 13), PaymentMethod.CASH, 8_000_000, kv11,
				ContributorKind.ORGANISATION, "Nhóm thiện nguyện Tấm Lòng Vàng", DisplayChoice.FULL_NAME);
		DisplayChoice[] choices = { DisplayChoice.HOUSEHOLD_LABEL, DisplayChoice.ANONYMOUS, DisplayChoice.INITIALS,
				DisplayChoice.FULL_NAME };
		List<HouseholdSummary> givers = kv11Households.subList(kv11Households.size() - 20, kv11Households.size());
		for (int i = 0; i < givers.size(); i++) {
			this.ledger.contribute(officer,
					new Contribution(fund.id(), LocalDate.of(YEAR, 1, 8 + i / 2), PaymentMethod.CASH,
							Money.of((1 + i % 5) * 200_000L), null, givers.get(i).id(), null, null,
							choices[i % choices.length], (i % 2 == 0) ? "ông" : "bà", null));
		}
	}

	private void named(CurrentUser officer, FundSummary fund, LocalDate date, PaymentMethod method, long amount,
			AreaView kv11, ContributorKind kind, String name, DisplayChoice display) {
		this.ledger.contribute(officer, new Contribution(fund.id(), date, method, Money.of(amount), kv11.id(), null,
				kind, name, display, null, null));
	}

	/**
	 * Tết's necessities, paid from the fund: the secretary's lists for poor and near-poor
	 * households, single gifts to the elderly living alone and the disabled.
	 */
	private void necessities(CurrentUser secretary, CurrentUser officer, FundSummary fund, Set<Long> areaIds) {
		ProgramView program = this.programs.create(secretary,
				new ProgramDetails(TET_NECESSITIES, Occasion.TET, YEAR, LocalDate.of(YEAR, 1, 22),
						EnumSet
							.of(StatusKind.POOR, StatusKind.NEAR_POOR, StatusKind.ELDERLY_ALONE, StatusKind.DISABILITY),
						Money.of(70_000_000), ProgramSource.FUND, fund.id(), null, null,
						"Nhu yếu phẩm đón Tết Ất Tỵ cho các hộ nghèo, cận nghèo, người cao tuổi sống một mình và "
								+ "người khuyết tật của Khu vực 11, chi từ Quỹ \"Vì người nghèo\".",
						areaIds, "Trần Văn Hùng"));
		String basket = "Gạo 20 kg, dầu ăn, nước mắm, đường, bánh mứt Tết";
		DistributionView poor = distribute(secretary, program, Set.of(StatusKind.POOR), areaIds, (candidate) -> true,
				new GiftDetails(GiftItem.NECESSITIES, basket, 1, Money.of(3_500_000), LocalDate.of(YEAR, 1, 22),
						SECRETARY, null));
		this.distributions.signed(secretary, poor.id(), LocalDate.of(YEAR, 1, 22), null);
		DistributionView nearPoor = distribute(secretary, program, Set.of(StatusKind.NEAR_POOR), areaIds,
				(candidate) -> true, new GiftDetails(GiftItem.NECESSITIES, basket, 1, Money.of(3_000_000),
						LocalDate.of(YEAR, 1, 23), SECRETARY, null));
		// Four of the near-poor households have not signed the list yet.
		List<GiftRow> nearPoorGifts = this.distributions.gifts(secretary, nearPoor.id());
		for (GiftRow gift : nearPoorGifts.subList(0, nearPoorGifts.size() - 4)) {
			this.gifts.signed(secretary, gift.id(), LocalDate.of(YEAR, 1, 23), null);
		}
		List<Candidate> alone = this.distributions.candidates(officer, program.id(),
				Set.of(StatusKind.ELDERLY_ALONE, StatusKind.DISABILITY), areaIds);
		for (int i = 0; i < alone.size(); i++) {
			GiftRow gift = this.gifts.give(officer, program.id(), alone.get(i).code(),
					new GiftDetails(GiftItem.NECESSITIES, "Gạo 10 kg, sữa, dầu ăn, bánh mứt Tết", 1,
							Money.of(1_500_000), LocalDate.of(YEAR, 1, 24), OFFICER, null),
					false);
			if (i % 2 == 0) {
				this.gifts.signed(officer, gift.id(), LocalDate.of(YEAR, 1, 24), null);
			}
		}
	}

	/**
	 * The 88 gift packages: at Tết to policy families and Agent Orange victims (two
	 * policy families still waiting for theirs) and to the elderly Party members, on the
	 * Party's 95th anniversary to the elderly members, on 27/7 to every policy family and
	 * Agent Orange victim. The members' programs are for the Party members of the cell
	 * with 40 years in the Party: their recipients are the members' homes on the
	 * program's date, and only the secretary, the ward admin and the inspector see them.
	 */
	private void packages(CurrentUser secretary, CurrentUser officer, CellView cell, Set<Long> areaIds) {
		ProgramView tet = this.programs.create(secretary,
				new ProgramDetails(TET_PACKAGES, Occasion.TET, YEAR, LocalDate.of(YEAR, 1, 24),
						EnumSet.of(StatusKind.POLICY_FAMILY, StatusKind.AGENT_ORANGE), Money.of(15_000_000),
						ProgramSource.CELL, null, cell.id(), null,
						"Chi bộ thăm, tặng quà Tết gia đình chính sách, người có công và nạn nhân chất độc da cam.",
						areaIds, null));
		Set<StatusKind> merit = EnumSet.of(StatusKind.POLICY_FAMILY, StatusKind.AGENT_ORANGE);
		List<Long> waiting = this.distributions.candidates(secretary, tet.id(), merit, areaIds)
			.stream()
			.filter((candidate) -> candidate.statuses().equals(List.of(StatusKind.POLICY_FAMILY)))
			.map(Candidate::householdId)
			.toList();
		Set<Long> notYet = Set.copyOf(waiting.subList(Math.max(0, waiting.size() - 2), waiting.size()));
		DistributionView families = distribute(secretary, tet, merit, areaIds,
				(candidate) -> !notYet.contains(candidate.householdId()),
				new GiftDetails(GiftItem.GIFT_PACKAGE, "Bánh mứt, trà, gạo và 300.000 đ tiền mặt", 1, Money.of(500_000),
						LocalDate.of(YEAR, 1, 24), SECRETARY, null));
		this.distributions.signed(secretary, families.id(), LocalDate.of(YEAR, 1, 24), null);
		ProgramView tetMembers = this.programs.create(secretary,
				new ProgramDetails(TET_MEMBERS, Occasion.TET, YEAR, LocalDate.of(YEAR, 1, 24), Set.of(),
						Money.of(15_000_000), ProgramSource.CELL, null, cell.id(), null,
						"Chi bộ thăm, tặng quà Tết đảng viên cao tuổi tại nhà.", areaIds, null, MemberGroup.YEARS_40));
		DistributionView members = distribute(secretary, tetMembers, Set.of(), areaIds, (candidate) -> true,
				new GiftDetails(GiftItem.GIFT_PACKAGE, "Quà Tết đảng viên cao tuổi", 1, Money.of(500_000),
						LocalDate.of(YEAR, 1, 25), SECRETARY, null));
		this.distributions.signed(secretary, members.id(), LocalDate.of(YEAR, 1, 26), null);

		ProgramView anniversary = this.programs.create(secretary, new ProgramDetails(
				"Thăm, tặng quà đảng viên cao tuổi nhân kỷ niệm 95 năm Ngày thành lập Đảng (03/02/1930 – 03/02/2025)",
				Occasion.OTHER, YEAR, LocalDate.of(YEAR, 2, 3), Set.of(), Money.of(9_000_000), ProgramSource.CELL, null,
				cell.id(), null, "Chi bộ thăm hỏi, tặng quà đảng viên cao tuổi tại nhà.", areaIds, null,
				MemberGroup.YEARS_40));
		DistributionView visits = distribute(secretary, anniversary, Set.of(), areaIds, (candidate) -> true,
				new GiftDetails(GiftItem.GIFT_PACKAGE, "Giỏ quà và lẵng hoa", 1, Money.of(300_000),
						LocalDate.of(YEAR, 2, 3), SECRETARY, null));
		this.distributions.signed(secretary, visits.id(), LocalDate.of(YEAR, 2, 3), null);

		ProgramView july = this.programs.create(secretary,
				new ProgramDetails("Quà 27/7/2025 cho gia đình chính sách, người có công", Occasion.JULY_27, YEAR,
						LocalDate.of(YEAR, 7, 25), merit, Money.of(12_000_000), ProgramSource.SPONSOR, null, null,
						"Công ty TNHH Thương mại Hưng Phát",
						"Kỷ niệm 78 năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/2025).", areaIds, null));
		DistributionView policy = distribute(secretary, july, Set.of(StatusKind.POLICY_FAMILY), areaIds,
				(candidate) -> true, new GiftDetails(GiftItem.GIFT_PACKAGE, "Quà tri ân và 500.000 đ tiền mặt", 1,
						Money.of(700_000), LocalDate.of(YEAR, 7, 25), SECRETARY, null));
		this.distributions.signed(secretary, policy.id(), LocalDate.of(YEAR, 7, 25), null);
		// The Agent Orange victims outside the policy list: visited one by one.
		for (Candidate candidate : this.distributions.uncovered(officer, july.id(), Set.of(StatusKind.AGENT_ORANGE),
				areaIds)) {
			this.gifts.give(officer, july.id(), candidate.code(), new GiftDetails(GiftItem.GIFT_PACKAGE,
					"Quà tri ân và 500.000 đ tiền mặt", 1, Money.of(700_000), LocalDate.of(YEAR, 7, 26), OFFICER, null),
					false);
		}
	}

	/**
	 * The Front committee's gifts: scholarships at school opening, Mid-Autumn gifts for
	 * the children (one cancelled), and necessities on the Great National Unity Day.
	 */
	private void front(CurrentUser secretary, CurrentUser officer, Set<Long> areaIds) {
		Set<StatusKind> poverty = EnumSet.of(StatusKind.POOR, StatusKind.NEAR_POOR);
		ProgramView school = this.programs.create(secretary,
				new ProgramDetails("Học bổng khai giảng năm học 2025–2026", Occasion.SCHOOL_OPENING, YEAR,
						LocalDate.of(YEAR, 9, 3), poverty, Money.of(20_000_000), ProgramSource.FRONT, null, null, null,
						"Ban công tác Mặt trận vận động học bổng cho học sinh của các hộ nghèo, cận nghèo.", areaIds,
						null));
		DistributionView scholarships = distribute(officer, school, Set.of(), areaIds, (candidate) -> true,
				new GiftDetails(GiftItem.SCHOLARSHIP, "Học bổng và bộ dụng cụ học tập", 1, Money.of(1_000_000),
						LocalDate.of(YEAR, 9, 3), FRONT, null));
		this.distributions.signed(officer, scholarships.id(), LocalDate.of(YEAR, 9, 5), null);

		ProgramView midAutumn = this.programs.create(secretary,
				new ProgramDetails("Quà Trung thu 2025 cho thiếu nhi", Occasion.MID_AUTUMN, YEAR,
						LocalDate.of(YEAR, 10, 4), poverty, Money.of(8_000_000), ProgramSource.FRONT, null, null, null,
						"Lồng đèn, bánh Trung thu và sách vở cho thiếu nhi của các hộ nghèo, cận nghèo.", areaIds,
						null));
		DistributionView lanterns = distribute(officer, midAutumn, Set.of(), areaIds, (candidate) -> true,
				new GiftDetails(GiftItem.GIFT_PACKAGE, "Lồng đèn, bánh Trung thu, sách vở", 1, Money.of(400_000),
						LocalDate.of(YEAR, 10, 4), FRONT, null));
		GiftRow moved = this.distributions.gifts(officer, lanterns.id()).get(0);
		this.gifts.cancel(officer, moved.id(),
				"Gia đình đã chuyển về quê trước Tết Trung thu, không nhận quà; suất quà trả lại Ban công tác Mặt trận");

		ProgramView unity = this.programs.create(secretary,
				new ProgramDetails("Quà Ngày hội Đại đoàn kết toàn dân tộc 2025 cho hộ nghèo, cận nghèo",
						Occasion.OTHER, YEAR, LocalDate.of(YEAR, 11, 15), poverty, Money.of(12_000_000),
						ProgramSource.FRONT, null, null, null,
						"Kỷ niệm 95 năm Ngày truyền thống Mặt trận Tổ quốc Việt Nam (18/11/1930 – 18/11/2025).",
						areaIds, null));
		DistributionView unityDay = distribute(officer, unity, Set.of(), areaIds, (candidate) -> true,
				new GiftDetails(GiftItem.NECESSITIES, "Gạo 10 kg, dầu ăn, nước mắm", 1, Money.of(600_000),
						LocalDate.of(YEAR, 11, 15), FRONT, null));
		this.distributions.signed(officer, unityDay.id(), LocalDate.of(YEAR, 11, 15), null);
	}

	/**
	 * Reviews the candidates of a selection, keeps those wanted and posts the
	 * distribution, as the distribution form does.
	 */
	private DistributionView distribute(CurrentUser actor, ProgramView program, Set<StatusKind> statuses,
			Set<Long> areaIds, Predicate<Candidate> wanted, GiftDetails gift) {
		List<Long> chosen = this.distributions.candidates(actor, program.id(), statuses, areaIds)
			.stream()
			.filter(wanted)
			.map(Candidate::householdId)
			.toList();
		return this.distributions.post(actor,
				new DistributionOrder(program.id(), statuses, areaIds, chosen, Set.of(), gift));
	}

}
