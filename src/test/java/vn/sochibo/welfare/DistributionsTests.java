package vn.sochibo.welfare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.sochibo.fund.ChainVerification;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.EntryKind;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.PublicEntryFilter;
import vn.sochibo.fund.PublicLedger;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.HouseholdDetails;
import vn.sochibo.household.Households;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.OutOfScopeException;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.VietnameseDates;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Distributions: the candidates of a program's year, posting to many households all or
 * nothing (with the duplicate flag), the fund's expenditures and totals, scope, the
 * signed list, and coverage. A fresh ward per test, so that the lists and counts are
 * exactly this test's households.
 */
@IntegrationTest
class DistributionsTests {

	@Autowired
	WardFixtures wards;

	@Autowired
	WelfarePrograms programs;

	@Autowired
	Distributions distributions;

	@Autowired
	Gifts gifts;

	@Autowired
	Households households;

	@Autowired
	Funds funds;

	@Autowired
	Ledger ledger;

	@Autowired
	PublicLedger publicLedger;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	WelfareFixtures fixtures;

	TestWard ward;

	@BeforeEach
	void build() {
		this.fixtures = new WelfareFixtures(this.households, this.funds, this.ledger, this.programs, this.jdbc,
				this.messages, this.clock);
		this.ward = this.wards.newWard();
	}

	@Test
	void theCandidatesAreTheHouseholdsOfTheTargetGroupsInTheProgramsYear() {
		ProgramView program = this.fixtures.program(this.ward);
		HouseholdDetail an = this.fixtures.household(this.ward, this.ward.areaA(), "Trần Văn An", StatusKind.POOR);
		HouseholdDetail binh = this.fixtures.household(this.ward, this.ward.areaB(), "Lê Thị Bình", StatusKind.POOR,
				StatusKind.NEAR_POOR, StatusKind.ELDERLY_ALONE);
		HouseholdDetail lastYearOnly = this.fixtures.household(this.ward, this.ward.areaA(), "Phan Văn Cư");
		this.fixtures.status(this.ward, lastYearOnly, this.fixtures.year() - 1, StatusKind.POOR);
		this.fixtures.household(this.ward, this.ward.areaA(), "Hồ Văn Dũng", StatusKind.ELDERLY_ALONE);
		this.fixtures.household(this.ward, this.ward.areaA(), "Mạc Văn Đông");

		List<Candidate> all = this.distributions.candidates(this.ward.inspector(), program.id(), null, null);

		assertThat(all).extracting(Candidate::householdId).containsExactly(an.id(), binh.id());
		assertThat(all.get(1).statuses()).containsExactly(StatusKind.NEAR_POOR, StatusKind.POOR);
		assertThat(all).noneMatch(Candidate::alreadyReceived);
		assertThat(this.distributions.candidates(this.ward.officer(), program.id(), null, null))
			.extracting(Candidate::householdId)
			.containsExactly(an.id());
		assertThat(this.distributions.candidates(this.ward.admin(), program.id(), Set.of(StatusKind.NEAR_POOR), null))
			.extracting(Candidate::householdId)
			.containsExactly(binh.id());
		assertThat(this.distributions.candidates(this.ward.admin(), program.id(), null, Set.of(this.ward.areaB().id())))
			.extracting(Candidate::householdId)
			.containsExactly(binh.id());
		// a status the program is not for selects nobody
		assertThat(
				this.distributions.candidates(this.ward.admin(), program.id(), Set.of(StatusKind.ELDERLY_ALONE), null))
			.isEmpty();

		this.gifts.give(this.ward.officer(), program.id(), an.code(), this.fixtures.gift(300_000), false);
		assertThat(this.distributions.candidates(this.ward.admin(), program.id(), null, null))
			.extracting(Candidate::householdId, Candidate::alreadyReceived)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(an.id(), true),
					org.assertj.core.groups.Tuple.tuple(binh.id(), false));
	}

	@Test
	void aDistributionGivesEveryChosenHouseholdOneGift() {
		ProgramView program = this.fixtures.program(this.ward);
		List<HouseholdDetail> chosen = List.of(
				this.fixtures.household(this.ward, this.ward.areaA(), "Trần Văn An", StatusKind.POOR),
				this.fixtures.household(this.ward, this.ward.areaA(), "Ngô Thị Bé", StatusKind.NEAR_POOR),
				this.fixtures.household(this.ward, this.ward.areaB(), "Đào Văn Cả", StatusKind.POOR));

		DistributionView posted = this.distributions.post(this.ward.admin(),
				this.fixtures.order(program, chosen, this.fixtures.gift(450_000)));

		assertThat(posted.giftCount()).isEqualTo(3);
		assertThat(posted.total()).isEqualTo(Money.of(1_350_000));
		assertThat(posted.unitValue()).isEqualTo(Money.of(450_000));
		assertThat(posted.date()).isEqualTo(this.fixtures.today());
		assertThat(posted.selection()).contains("Hộ nghèo", "Hộ cận nghèo");
		assertThat(this.distributions.get(this.ward.inspector(), posted.id())).usingRecursiveComparison()
			.ignoringFields("postedAt")
			.isEqualTo(posted);
		List<GiftRow> rows = this.distributions.gifts(this.ward.admin(), posted.id());
		assertThat(rows).extracting(GiftRow::householdId)
			.containsExactlyInAnyOrderElementsOf(chosen.stream().map(HouseholdDetail::id).toList());
		assertThat(rows).allSatisfy((row) -> {
			assertThat(row.distributionId()).isEqualTo(posted.id());
			assertThat(row.value()).isEqualTo(Money.of(450_000));
			assertThat(row.receiptStatus()).isEqualTo(ReceiptStatus.PENDING);
		});
		assertThat(this.distributions.gifts(this.ward.officer(), posted.id())).hasSize(2);
		assertThat(this.distributions.ofProgram(this.ward.officer(), program.id())).extracting(DistributionView::id)
			.containsExactly(posted.id());
		assertThat(this.programs.list(this.ward.admin(), this.fixtures.year())).singleElement().satisfies((summary) -> {
			assertThat(summary.gifts()).isEqualTo(3);
			assertThat(summary.households()).isEqualTo(3);
			assertThat(summary.given()).isEqualTo(Money.of(1_350_000));
		});
	}

	@Test
	void aDistributionDatedBeforeItsProgramIsRefusedAndGivesNobodyAnything() {
		LocalDate today = this.fixtures.today();
		Assumptions.assumeTrue(today.getDayOfYear() > 1, "a day before the program in its year");
		FundSummary fund = this.fixtures.fund(this.ward);
		ProgramView program = this.fixtures.fundProgram(this.ward, fund);
		List<HouseholdDetail> chosen = List.of(
				this.fixtures.household(this.ward, this.ward.areaA(), "Tạ Văn Nhất", StatusKind.POOR),
				this.fixtures.household(this.ward, this.ward.areaA(), "Tạ Thị Nhì", StatusKind.NEAR_POOR));
		int entries = this.fixtures.entriesOf(fund);

		RuleViolationException refused = this.fixtures.assertRefused(
				() -> this.distributions.post(this.ward.admin(),
						this.fixtures.order(program, chosen,
								this.fixtures.gift(1, Money.of(300_000), today.minusDays(1)))),
				"gift.date.beforeProgram");

		assertThat(refused.field()).isEqualTo("date");
		assertThat(this.fixtures.message(refused)).isEqualTo("Chương trình tổ chức từ ngày "
				+ VietnameseDates.format(program.date()) + "; không ghi được quà trao trước ngày đó.");
		assertThat(this.fixtures.giftsOf(program)).isZero();
		assertThat(this.fixtures.distributionsOf(program)).isZero();
		assertThat(this.fixtures.entriesOf(fund)).isEqualTo(entries);
	}

	@Test
	void aDistributionFromAFundPostsOneExpenditurePerGiftNamingNoHousehold() {
		FundSummary fund = this.fixtures.fund(this.ward);
		ProgramView program = this.fixtures.fundProgram(this.ward, fund);
		List<HouseholdDetail> chosen = List.of(
				this.fixtures.household(this.ward, this.ward.areaA(), "Trịnh Văn Khải", StatusKind.POOR),
				this.fixtures.household(this.ward, this.ward.areaA(), "Võ Thị Liên", StatusKind.POOR),
				this.fixtures.household(this.ward, this.ward.areaA(), "Lưu Văn Minh", StatusKind.NEAR_POOR),
				this.fixtures.household(this.ward, this.ward.areaA(), "Kha Thị Nga", StatusKind.POOR));

		DistributionView posted = this.distributions.post(this.ward.officer(),
				this.fixtures.order(program, chosen, this.fixtures.gift(500_000)));

		List<Map<String, Object>> entries = this.jdbc
			.queryForList(
					"select kind, amount, payee, purpose, display_name, description, contributor_name, household_id"
							+ " from ledger_entries where fund_id = ? and kind <> 'CONTRIBUTION' order by seq",
					fund.id());
		assertThat(entries).hasSize(4).allSatisfy((entry) -> {
			assertThat(entry.get("kind")).isEqualTo("EXPENDITURE");
			assertThat(entry.get("household_id")).isNull();
			String text = String.join(" | ", String.valueOf(entry.get("payee")), String.valueOf(entry.get("purpose")),
					String.valueOf(entry.get("display_name")), String.valueOf(entry.get("description")),
					String.valueOf(entry.get("contributor_name")));
			for (HouseholdDetail household : chosen) {
				assertThat(text).doesNotContain(household.headName(), household.address(), household.code());
			}
		});
		assertThat(this.jdbc
			.queryForObject("select count(*) from welfare_gifts g join ledger_entries e on e.id = g.ledger_entry_id"
					+ " where g.distribution_id = ? and e.amount = g.value", Integer.class, posted.id()))
			.isEqualTo(4);
		FundSummary totals = this.fixtures.fundTotals(this.ward, fund);
		assertThat(totals.spent()).isEqualTo(Money.of(2_000_000));
		assertThat(totals.entryCount()).isEqualTo(1 + 4);
		ChainVerification chain = this.ledger.verify(fund.id());
		assertThat(chain.intact()).isTrue();
		assertThat(chain.checked()).isEqualTo(1 + 4);
		assertThat(chain.headHash()).isEqualTo(totals.headHash());
		// The public pages show the spending but not where: one gift in a small area
		// would all but name its household. Nor does the area filter find them.
		assertThat(this.publicLedger.page(fund.id(), PublicEntryFilter.all(), null, 50).entries())
			.filteredOn((entry) -> entry.kind() == EntryKind.EXPENDITURE)
			.hasSize(4)
			.allSatisfy((entry) -> assertThat(entry.areaName()).isNull());
		assertThat(this.publicLedger
			.page(fund.id(), new PublicEntryFilter(null, this.ward.areaA().id(), null, null, null), null, 50)
			.entries()).isEmpty();
	}

	@Test
	void theFundsTotalsFollowADistributionAndAReversedGift() {
		FundSummary fund = this.fixtures.fund(this.ward);
		ProgramView program = this.fixtures.fundProgram(this.ward, fund);
		List<HouseholdDetail> chosen = List.of(
				this.fixtures.household(this.ward, this.ward.areaA(), "Trịnh Văn Khải", StatusKind.POOR),
				this.fixtures.household(this.ward, this.ward.areaB(), "Võ Thị Liên", StatusKind.POOR),
				this.fixtures.household(this.ward, this.ward.areaB(), "Lưu Văn Minh", StatusKind.NEAR_POOR));
		FundSummary before = this.fixtures.fundTotals(this.ward, fund);
		DistributionView posted = this.distributions.post(this.ward.admin(),
				this.fixtures.order(program, chosen, this.fixtures.gift(800_000)));
		assertThat(this.fixtures.fundTotals(this.ward, fund).spent())
			.isEqualTo(before.spent().plus(Money.of(2_400_000)));
		GiftRow liens = this.distributions.gifts(this.ward.admin(), posted.id())
			.stream()
			.filter((row) -> row.headName().equals("Võ Thị Liên"))
			.findFirst()
			.orElseThrow();

		this.gifts.cancel(this.ward.officerB(), liens.id(), "Hộ đã nhận ở đợt khác");

		FundSummary after = this.fixtures.fundTotals(this.ward, fund);
		assertThat(after.spent()).isEqualTo(Money.of(1_600_000));
		assertThat(after.raised()).isEqualTo(before.raised());
		assertThat(after.entryCount()).isEqualTo(1 + 4);
		assertThat(this.ledger.verify(fund.id()).intact()).isTrue();
		assertThat(this.programs.publicTotals(this.ward.id())).singleElement().satisfies((total) -> {
			assertThat(total.gifts()).isEqualTo(2);
			assertThat(total.total()).isEqualTo(Money.of(1_600_000));
			assertThat(total.fundId()).isEqualTo(fund.id());
		});
		// the distribution keeps what was posted; the cancellation shows on its gift
		assertThat(this.distributions.get(this.ward.admin(), posted.id()).total()).isEqualTo(Money.of(2_400_000));
		assertThat(this.gifts.get(this.ward.admin(), liens.id()).cancelled()).isTrue();
	}

	@Test
	void oneHouseholdThatIsNotEligiblePostsNone() {
		FundSummary fund = this.fixtures.fund(this.ward);
		ProgramView program = this.fixtures.fundProgram(this.ward, fund);
		HouseholdDetail an = this.fixtures.household(this.ward, this.ward.areaA(), "Trần Văn An", StatusKind.POOR);
		HouseholdDetail binh = this.fixtures.household(this.ward, this.ward.areaA(), "Lê Thị Bình", StatusKind.POOR);
		HouseholdDetail lastYearOnly = this.fixtures.household(this.ward, this.ward.areaA(), "Phan Văn Cư");
		this.fixtures.status(this.ward, lastYearOnly, this.fixtures.year() - 1, StatusKind.POOR);
		HouseholdDetail notTargeted = this.fixtures.household(this.ward, this.ward.areaA(), "Hồ Văn Dũng",
				StatusKind.ELDERLY_ALONE);
		HouseholdDetail inB = this.fixtures.household(this.ward, this.ward.areaB(), "Mạc Văn Đông", StatusKind.POOR);
		TestWard other = this.wards.newWard();
		HouseholdDetail otherWards = this.households.create(other.admin(),
				new HouseholdDetails(null, "Tạ Văn Giàu", "9 đường Lê Lợi", null, other.areaA().id(), 2, null, null));
		this.fixtures.status(other, otherWards, this.fixtures.year(), StatusKind.POOR);

		for (HouseholdDetail bad : List.of(lastYearOnly, notTargeted, otherWards)) {
			RuleViolationException refused = this.fixtures.assertRefused(
					() -> this.distributions.post(this.ward.admin(),
							this.fixtures.order(program, List.of(an, bad, binh), this.fixtures.gift(500_000))),
					"distribution.notEligible");
			assertThat(this.fixtures.message(refused)).contains("Có 1 hộ", "Không hộ nào được ghi");
		}
		// the officer of area A cannot take a household of area B into the list
		this.fixtures.assertRefused(
				() -> this.distributions.post(this.ward.officer(),
						this.fixtures.order(program, List.of(an, inB), this.fixtures.gift(500_000))),
				"distribution.notEligible");
		// nor can anyone choose a household outside the selection's areas
		this.fixtures.assertRefused(
				() -> this.distributions.post(this.ward.admin(),
						new DistributionOrder(program.id(), null, Set.of(this.ward.areaA().id()),
								List.of(an.id(), inB.id()), null, this.fixtures.gift(500_000))),
				"distribution.notEligible");
		// nor a household whose status the selection left out
		this.fixtures
			.assertRefused(
					() -> this.distributions
						.post(this.ward.admin(),
								new DistributionOrder(program.id(), Set.of(StatusKind.NEAR_POOR), null,
										List.of(an.id()), null, this.fixtures.gift(500_000))),
					"distribution.notEligible");

		assertThat(this.fixtures.giftsOf(program)).isZero();
		assertThat(this.fixtures.distributionsOf(program)).isZero();
		assertThat(this.fixtures.entriesOf(fund)).isZero();
		assertThat(this.fixtures.fundTotals(this.ward, fund).spent()).isEqualTo(Money.ZERO);
	}

	@Test
	void aHouseholdOutsideTheProgramsAreasPostsNone() {
		ProgramView programOfA = this.fixtures.program(this.ward,
				this.fixtures.withAreas(this.fixtures.details("Quà khu A"), this.ward.areaA()));
		HouseholdDetail an = this.fixtures.household(this.ward, this.ward.areaA(), "Trần Văn An", StatusKind.POOR);
		HouseholdDetail inB = this.fixtures.household(this.ward, this.ward.areaB(), "Mạc Văn Đông", StatusKind.POOR);

		this.fixtures.assertRefused(
				() -> this.distributions.post(this.ward.admin(),
						this.fixtures.order(programOfA, List.of(an, inB), this.fixtures.gift(500_000))),
				"distribution.notEligible");
		this.fixtures.assertRefused(
				() -> this.distributions.post(this.ward.officerB(),
						this.fixtures.order(programOfA, List.of(inB), this.fixtures.gift(500_000))),
				"distribution.notEligible");
		assertThat(this.fixtures.giftsOf(programOfA)).isZero();
		assertThat(this.fixtures.distributionsOf(programOfA)).isZero();
		assertThat(this.distributions.candidates(this.ward.officerB(), programOfA.id(), null, null)).isEmpty();
	}

	@Test
	void aHouseholdThatAlreadyReceivedMustBeConfirmed() {
		ProgramView program = this.fixtures.program(this.ward);
		HouseholdDetail an = this.fixtures.household(this.ward, this.ward.areaA(), "Trần Văn An", StatusKind.POOR);
		HouseholdDetail binh = this.fixtures.household(this.ward, this.ward.areaA(), "Lê Thị Bình", StatusKind.POOR);
		this.gifts.give(this.ward.officer(), program.id(), an.code(), this.fixtures.gift(300_000), false);

		RuleViolationException refused = this.fixtures.assertRefused(
				() -> this.distributions.post(this.ward.officer(),
						this.fixtures.order(program, List.of(an, binh), this.fixtures.gift(300_000))),
				"distribution.duplicates");
		assertThat(this.fixtures.message(refused)).contains("Trần Văn An").doesNotContain("Lê Thị Bình");
		assertThat(this.fixtures.giftsOf(program)).isEqualTo(1);
		assertThat(this.fixtures.distributionsOf(program)).isZero();

		DistributionView posted = this.distributions.post(this.ward.officer(), new DistributionOrder(program.id(), null,
				null, List.of(an.id(), binh.id()), Set.of(an.id()), this.fixtures.gift(300_000)));

		assertThat(posted.giftCount()).isEqualTo(2);
		assertThat(this.fixtures.giftsOf(program)).isEqualTo(3);
		assertThat(this.fixtures.count("select count(*) from welfare_gifts where program_id = ? and household_id = ?",
				program.id(), an.id()))
			.isEqualTo(2);
	}

	@Test
	void anEmptySelectionIsRefused() {
		ProgramView program = this.fixtures.program(this.ward);

		this.fixtures
			.assertRefused(
					() -> this.distributions.post(this.ward.officer(),
							this.fixtures.order(program, List.of(), this.fixtures.gift(300_000))),
					"distribution.empty");
		this.fixtures.assertRefused(
				() -> this.distributions.post(this.ward.officer(),
						new DistributionOrder(program.id(), null, null, null, null, this.fixtures.gift(300_000))),
				"distribution.empty");
		assertThat(this.fixtures.distributionsOf(program)).isZero();
		assertThat(this.fixtures.giftsOf(program)).isZero();
	}

	@Test
	void badGiftDetailsPostNothing() {
		FundSummary fund = this.fixtures.fund(this.ward);
		ProgramView program = this.fixtures.fundProgram(this.ward, fund);
		List<HouseholdDetail> chosen = List.of(
				this.fixtures.household(this.ward, this.ward.areaA(), "Trần Văn An", StatusKind.POOR),
				this.fixtures.household(this.ward, this.ward.areaA(), "Lê Thị Bình", StatusKind.POOR));
		LocalDate today = this.fixtures.today();
		Map<GiftDetails, String> refusals = new LinkedHashMap<>();
		refusals.put(this.fixtures.gift(1, Money.ZERO, today), "gift.value.positive");
		refusals.put(this.fixtures.gift(1, Money.of(-1), today), "gift.value.positive");
		refusals.put(this.fixtures.gift(1, Money.of(5_000_000_000L), today), "gift.value.tooLarge");
		refusals.put(this.fixtures.gift(0, Money.of(100_000), today), "gift.quantity.positive");
		refusals.put(this.fixtures.gift(1, Money.of(100_000), LocalDate.of(this.fixtures.year() - 1, 6, 1)),
				"gift.date.programYear");

		refusals.forEach((gift, key) -> this.fixtures.assertRefused(
				() -> this.distributions.post(this.ward.officer(), this.fixtures.order(program, chosen, gift)), key));

		assertThat(this.fixtures.distributionsOf(program)).isZero();
		assertThat(this.fixtures.giftsOf(program)).isZero();
		assertThat(this.fixtures.entriesOf(fund)).isZero();
	}

	@Test
	void anInspectorReadsButNeverPostsAndOthersSeeNothingOutsideTheirAreas() {
		ProgramView program = this.fixtures.program(this.ward);
		List<HouseholdDetail> inA = List.of(
				this.fixtures.household(this.ward, this.ward.areaA(), "Trần Văn An", StatusKind.POOR),
				this.fixtures.household(this.ward, this.ward.areaA(), "Lê Thị Bình", StatusKind.POOR));

		assertThatExceptionOfType(OutOfScopeException.class).isThrownBy(() -> this.distributions
			.post(this.ward.inspector(), this.fixtures.order(program, inA, this.fixtures.gift(300_000))));
		assertThat(this.fixtures.giftsOf(program)).isZero();
		DistributionView posted = this.distributions.post(this.ward.officer(),
				this.fixtures.order(program, inA, this.fixtures.gift(300_000)));

		assertThat(this.distributions.gifts(this.ward.inspector(), posted.id())).hasSize(2);
		assertThatExceptionOfType(DistributionNotFoundException.class)
			.isThrownBy(() -> this.distributions.get(this.ward.officerB(), posted.id()));
		assertThatExceptionOfType(DistributionNotFoundException.class)
			.isThrownBy(() -> this.distributions.gifts(this.ward.officerB(), posted.id()));
		assertThatExceptionOfType(DistributionNotFoundException.class).isThrownBy(
				() -> this.distributions.signed(this.ward.officerB(), posted.id(), this.fixtures.today(), null));
		assertThatExceptionOfType(OutOfScopeException.class).isThrownBy(
				() -> this.distributions.signed(this.ward.inspector(), posted.id(), this.fixtures.today(), null));
		assertThat(this.distributions.ofProgram(this.ward.officerB(), program.id())).isEmpty();
		assertThat(this.distributions.candidates(this.ward.officerB(), program.id(), null, null)).isEmpty();
		TestWard other = this.wards.newWard();
		assertThatExceptionOfType(DistributionNotFoundException.class)
			.isThrownBy(() -> this.distributions.get(other.admin(), posted.id()));
		assertThatExceptionOfType(ProgramNotFoundException.class)
			.isThrownBy(() -> this.distributions.candidates(other.admin(), program.id(), null, null));
		assertThat(this.fixtures.count(
				"select count(*) from welfare_gifts where distribution_id = ?" + " and receipt_status = 'PENDING'",
				posted.id()))
			.isEqualTo(2);
	}

	@Test
	void coverageListsTheEligibleHouseholdsThatGotNothing() {
		ProgramView program = this.fixtures.program(this.ward);
		HouseholdDetail an = this.fixtures.household(this.ward, this.ward.areaA(), "Trần Văn An", StatusKind.POOR);
		HouseholdDetail binh = this.fixtures.household(this.ward, this.ward.areaA(), "Lê Thị Bình", StatusKind.POOR,
				StatusKind.NEAR_POOR);
		HouseholdDetail cu = this.fixtures.household(this.ward, this.ward.areaB(), "Phan Văn Cư", StatusKind.NEAR_POOR);
		this.fixtures.household(this.ward, this.ward.areaB(), "Hồ Văn Dũng", StatusKind.ELDERLY_ALONE);
		HouseholdDetail lastYearOnly = this.fixtures.household(this.ward, this.ward.areaB(), "Mạc Văn Đông");
		this.fixtures.status(this.ward, lastYearOnly, this.fixtures.year() - 1, StatusKind.POOR);

		assertThat(uncovered(this.ward, program)).containsExactly(an.id(), binh.id(), cu.id());
		assertThat(this.distributions.uncoveredByStatus(this.ward.admin(), program.id()))
			.containsExactly(Map.entry(StatusKind.POOR, 2), Map.entry(StatusKind.NEAR_POOR, 2));
		assertThat(this.distributions.uncoveredByStatus(this.ward.officer(), program.id()))
			.containsExactly(Map.entry(StatusKind.POOR, 2), Map.entry(StatusKind.NEAR_POOR, 1));

		DistributionView posted = this.distributions.post(this.ward.admin(),
				this.fixtures.order(program, List.of(binh, cu), this.fixtures.gift(300_000)));

		assertThat(uncovered(this.ward, program)).containsExactly(an.id());
		assertThat(this.distributions.uncoveredByStatus(this.ward.admin(), program.id()))
			.containsExactly(Map.entry(StatusKind.POOR, 1), Map.entry(StatusKind.NEAR_POOR, 0));
		assertThat(this.distributions.uncovered(this.ward.admin(), program.id(), Set.of(StatusKind.NEAR_POOR), null))
			.isEmpty();

		GiftRow binhs = this.distributions.gifts(this.ward.admin(), posted.id())
			.stream()
			.filter((row) -> row.householdId().equals(binh.id()))
			.findFirst()
			.orElseThrow();
		this.gifts.cancel(this.ward.officer(), binhs.id(), "Hộ vắng nhà, chưa nhận");

		assertThat(uncovered(this.ward, program)).containsExactly(an.id(), binh.id());
		assertThat(this.distributions.uncoveredByStatus(this.ward.admin(), program.id()))
			.containsExactly(Map.entry(StatusKind.POOR, 2), Map.entry(StatusKind.NEAR_POOR, 1));
		assertThat(this.distributions.uncovered(this.ward.officerB(), program.id(), null, null)).isEmpty();
	}

	@Test
	void theSignedListSignsThePendingGiftsInTheUsersAreas() {
		ProgramView program = this.fixtures.program(this.ward);
		HouseholdDetail an = this.fixtures.household(this.ward, this.ward.areaA(), "Trần Văn An", StatusKind.POOR);
		HouseholdDetail binh = this.fixtures.household(this.ward, this.ward.areaA(), "Lê Thị Bình", StatusKind.POOR);
		HouseholdDetail cu = this.fixtures.household(this.ward, this.ward.areaB(), "Phan Văn Cư", StatusKind.POOR);
		DistributionView posted = this.distributions.post(this.ward.admin(),
				this.fixtures.order(program, List.of(an, binh, cu), this.fixtures.gift(300_000)));
		Long binhs = giftOf(posted, binh).id();
		this.gifts.cancel(this.ward.admin(), binhs, "Hộ đã chuyển đi");
		LocalDate today = this.fixtures.today();
		int scans = this.fixtures.scansOf(this.ward);

		this.fixtures.assertRefused(() -> this.distributions.signed(this.ward.officer(), posted.id(),
				today.minusDays(1), new UploadedScan("ds.pdf", WelfareFixtures.PDF)), "gift.signedOn.beforeGift");
		this.fixtures.assertRefused(
				() -> this.distributions.signed(this.ward.officer(), posted.id(), today.plusDays(1), null),
				"gift.signedOn.future");
		this.fixtures.assertRefused(() -> this.distributions.signed(this.ward.officer(), posted.id(), today,
				new UploadedScan("ds.docx", "PK\u0003\u0004word".getBytes())), "gift.scan.type");
		assertThat(this.fixtures.scansOf(this.ward)).isEqualTo(scans);
		assertThat(this.fixtures.count(
				"select count(*) from welfare_gifts where distribution_id = ?" + " and receipt_status = 'SIGNED'",
				posted.id()))
			.isZero();

		assertThat(this.distributions.signed(this.ward.officer(), posted.id(), today,
				new UploadedScan("ds.pdf", WelfareFixtures.PDF)))
			.isEqualTo(1);

		assertThat(giftOf(posted, an).receiptStatus()).isEqualTo(ReceiptStatus.SIGNED);
		assertThat(giftOf(posted, an).signedOn()).isEqualTo(today);
		assertThat(giftOf(posted, binh).receiptStatus()).isEqualTo(ReceiptStatus.PENDING);
		assertThat(giftOf(posted, cu).receiptStatus()).isEqualTo(ReceiptStatus.PENDING);
		Long scanId = this.distributions.get(this.ward.officer(), posted.id()).scanId();
		assertThat(scanId).isNotNull();
		assertThat(this.gifts.scan(this.ward.officer(), scanId).contentType()).isEqualTo("application/pdf");

		assertThat(this.distributions.signed(this.ward.admin(), posted.id(), today, null)).isEqualTo(1);
		assertThat(giftOf(posted, cu).receiptStatus()).isEqualTo(ReceiptStatus.SIGNED);
		assertThat(this.distributions.signed(this.ward.admin(), posted.id(), today, null)).isZero();
	}

	private List<Long> uncovered(TestWard ward, ProgramView program) {
		return this.distributions.uncovered(ward.admin(), program.id(), null, null)
			.stream()
			.map(Candidate::householdId)
			.toList();
	}

	private GiftRow giftOf(DistributionView distribution, HouseholdDetail household) {
		return this.distributions.gifts(this.ward.admin(), distribution.id())
			.stream()
			.filter((row) -> row.householdId().equals(household.id()))
			.findFirst()
			.orElseThrow();
	}

}
