package vn.sochibo.fund;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.sochibo.fund.LedgerYear.Flows;
import vn.sochibo.fund.LedgerYear.FundLine;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.shared.Figure;
import vn.sochibo.shared.Money;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledger's year figures: money by source and by month apart from goods, spending, the
 * balance at the year's end, by fund and in total, for the areas asked about or the whole
 * ward; a reversal counts in its own month against its original's source; pledges never
 * count; and the running month totals the database keeps agree with the entries.
 */
@IntegrationTest
class LedgerFiguresTests {

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Funds funds;

	@Autowired
	Ledger ledger;

	@Autowired
	LedgerFigures figures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	java.time.Clock clock;

	TestWard ward;

	FundSummary alley;

	FundSummary elsewhere;

	HouseholdDetail household;

	@BeforeEach
	void postTheYears() {
		this.ward = this.fixtures.newWard();
		Long areaA = this.ward.areaA().id();
		this.household = this.fixtures.household(this.ward, this.ward.areaA(), "Nguyễn Văn An");
		this.alley = this.funds.create(this.ward.admin(), FundKind.CAMPAIGN, new FundDetails("Bê tông hẻm 49-57", null,
				Money.of(10_000_000), LocalDate.of(2024, 1, 1), null, Set.of(areaA)));
		this.elsewhere = this.funds.create(this.ward.admin(), FundKind.CAMPAIGN, new FundDetails("Đèn hẻm khu B", null,
				null, LocalDate.of(2024, 1, 1), null, Set.of(this.ward.areaB().id())));
		// 2024: 400.000 from a household, 100.000 spent.
		give(this.alley, LocalDate.of(2024, 11, 2), PaymentMethod.CASH, 400_000, null, this.household.id(), null);
		spend(this.alley, LocalDate.of(2024, 12, 1), 100_000, areaA);
		// 2025: residents, a sponsor, the state budget, goods; one spending; a pledge.
		give(this.alley, LocalDate.of(2025, 3, 5), PaymentMethod.CASH, 1_000_000, null, this.household.id(), null);
		LedgerEntry sponsor = give(this.alley, LocalDate.of(2025, 3, 9), PaymentMethod.BANK_TRANSFER, 2_000_000, areaA,
				null, ContributorKind.BUSINESS);
		give(this.alley, LocalDate.of(2025, 4, 1), PaymentMethod.BANK_TRANSFER, 3_000_000, areaA, null,
				ContributorKind.STATE);
		give(this.alley, LocalDate.of(2025, 4, 2), PaymentMethod.IN_KIND, 500_000, areaA, null, ContributorKind.PERSON);
		spend(this.alley, LocalDate.of(2025, 5, 10), 300_000, areaA);
		this.ledger.pledge(this.ward.admin(),
				new Contribution(this.alley.id(), LocalDate.of(2025, 6, 1), null, Money.of(9_000_000), areaA, null,
						ContributorKind.PERSON, "Trần Thị Bé", DisplayChoice.ANONYMOUS, null, null));
		// The sponsor's transfer was posted twice over: reversed today, in the open year.
		this.ledger.reverse(this.ward.admin(), sponsor.id(), "Ghi trùng");
		// Another area's fund, and an entry of the ward admin's without an area.
		give(this.elsewhere, LocalDate.of(2025, 3, 1), PaymentMethod.CASH, 7_000_000, this.ward.areaB().id(), null,
				ContributorKind.PERSON);
		give(this.elsewhere, LocalDate.of(2025, 3, 2), PaymentMethod.CASH, 50_000, null, null, ContributorKind.PERSON);
	}

	@Test
	void theYearOfAnAreaCountsItsEntriesBySourceAndMonthWithGoodsApart() {
		LedgerYear year = this.figures.year(this.ward.officer(), Set.of(this.ward.areaA().id()), 2025);

		Flows total = year.total();
		assertThat(total.of(FundingSource.RESIDENTS)).isEqualTo(Money.of(1_000_000));
		assertThat(total.of(FundingSource.SPONSORS)).isEqualTo(Money.of(2_000_000));
		assertThat(total.of(FundingSource.STATE_BUDGET)).isEqualTo(Money.of(3_000_000));
		assertThat(total.raised()).isEqualTo(Money.of(6_000_000));
		assertThat(total.inKind()).isEqualTo(Money.of(500_000));
		assertThat(total.spent()).isEqualTo(Money.of(300_000));
		// The pledge is no money: four contributions.
		assertThat(total.contributions()).isEqualTo(4);
		// 2024's 400.000 − 100.000 carried in, 2025's 6.000.000 − 300.000: goods never.
		assertThat(year.balanceAtEnd()).isEqualTo(Money.of(6_000_000));

		assertThat(year.months().get(2).flows().of(FundingSource.SPONSORS)).isEqualTo(Money.of(2_000_000));
		assertThat(year.months().get(3).flows().raised()).isEqualTo(Money.of(3_000_000));
		assertThat(year.months().get(3).flows().inKind()).isEqualTo(Money.of(500_000));
		assertThat(year.months().get(4).flows().spent()).isEqualTo(Money.of(300_000));

		assertThat(year.funds()).extracting((line) -> line.fund().name()).containsExactly("Bê tông hẻm 49-57");
		FundLine line = year.funds().get(0);
		assertThat(line.year().raised()).isEqualTo(Money.of(6_000_000));
		assertThat(line.balanceAtEnd()).isEqualTo(Money.of(6_000_000));
		assertThat(line.fund().target()).isEqualTo(Money.of(10_000_000));
	}

	@Test
	void aReversalCountsInItsOwnYearAgainstItsOriginalsSource() {
		int thisYear = LocalDate.now(this.clock).getYear();
		LedgerYear year = this.figures.year(this.ward.officer(), Set.of(this.ward.areaA().id()), thisYear);

		assertThat(year.total().of(FundingSource.SPONSORS)).isEqualTo(Money.of(-2_000_000));
		assertThat(year.total().contributions()).isEqualTo(-1);
		assertThat(year.months().get(LocalDate.now(this.clock).getMonthValue() - 1).flows().raised())
			.isEqualTo(Money.of(-2_000_000));
		assertThat(year.balanceAtEnd()).isEqualTo(Money.of(4_000_000));
	}

	@Test
	void theWardsYearHoldsEveryAreaAndTheEntriesWithoutOne() {
		LedgerYear ward = this.figures.wardYear(this.ward.inspector(), 2025);

		assertThat(ward.total().raised()).isEqualTo(Money.of(6_000_000 + 7_000_000 + 50_000));
		assertThat(ward.funds()).extracting((line) -> line.fund().name())
			.containsExactly("Bê tông hẻm 49-57", "Đèn hẻm khu B");
		assertThat(this.figures.year(this.ward.officer(), Set.of(this.ward.areaB().id()), 2025).total().raised())
			.isEqualTo(Money.of(7_000_000));
		assertThat(this.figures.year(this.ward.officer(), Set.of(), 2025).funds()).isEmpty();
	}

	@Test
	void anEarlierYearIsNotChangedByALaterOne() {
		LedgerYear year = this.figures.year(this.ward.officer(), Set.of(this.ward.areaA().id()), 2024);

		assertThat(year.total().raised()).isEqualTo(Money.of(400_000));
		assertThat(year.total().spent()).isEqualTo(Money.of(100_000));
		assertThat(year.balanceAtEnd()).isEqualTo(Money.of(300_000));
		assertThat(year.months().get(10).flows().of(FundingSource.RESIDENTS)).isEqualTo(Money.of(400_000));
	}

	@Test
	void theYearBeforeReadBesideAYearIsThatYearReadAlone() {
		int thisYear = LocalDate.now(this.clock).getYear();
		for (int year = 2024; year <= thisYear + 1; year++) {
			YearOnYear ward = this.figures.wardYearOnYear(this.ward.admin(), year);
			assertThat(ward.year()).isEqualTo(this.figures.wardYear(this.ward.admin(), year));
			assertThat(ward.previous()).as("the ward's %d", year - 1)
				.isEqualTo(this.figures.wardYear(this.ward.admin(), year - 1));
			Set<Long> areaA = Set.of(this.ward.areaA().id());
			YearOnYear area = this.figures.yearOnYear(this.ward.officer(), areaA, year);
			assertThat(area.previous()).as("area A's %d", year - 1)
				.isEqualTo(this.figures.year(this.ward.officer(), areaA, year - 1));
		}
		YearOnYear year = this.figures.yearOnYear(this.ward.officer(), Set.of(this.ward.areaA().id()), 2025);
		assertThat(year.previous().total().raised()).isEqualTo(Money.of(400_000));
		assertThat(year.previous().balanceAtEnd()).isEqualTo(Money.of(300_000));
		assertThat(year.previous().funds()).isNotEmpty();
	}

	@Test
	void theMonthTotalsOfEveryYearAddUpToEachFundsTotalsAndSources() {
		for (FundSummary fund : this.funds.list(this.ward.admin())) {
			Map<FundingSource, Money> bySource = this.funds.raisedBySource(fund.id());
			Flows allYears = Flows.NONE;
			for (int year = 2024; year <= LocalDate.now(this.clock).getYear(); year++) {
				allYears = allYears.plus(this.figures.wardYear(this.ward.admin(), year)
					.funds()
					.stream()
					.filter((line) -> line.fund().id().equals(fund.id()))
					.map(FundLine::year)
					.findFirst()
					.orElse(Flows.NONE));
			}
			for (FundingSource source : FundingSource.values()) {
				assertThat(allYears.of(source)).as(fund.name() + " " + source).isEqualTo(bySource.get(source));
			}
			assertThat(allYears.raised()).isEqualTo(fund.raised());
			assertThat(allYears.inKind()).isEqualTo(fund.inKind());
			assertThat(allYears.spent()).isEqualTo(fund.spent());
		}
	}

	@Test
	void eachFigureHasItsKey() {
		LedgerYear year = this.figures.year(this.ward.officer(), Set.of(this.ward.areaA().id()), 2025);

		assertThat(year.figures()).extracting(Figure::key)
			.contains("figure.ledger.raised", "figure.ledger.raised.STATE_BUDGET", "figure.ledger.inKind",
					"figure.ledger.spent", "figure.ledger.balanceAtEnd");
		assertThat(year.figures()).filteredOn((figure) -> figure.key().equals("figure.ledger.raised"))
			.singleElement()
			.extracting(Figure::value)
			.isEqualTo(new java.math.BigDecimal("6000000"));
	}

	private LedgerEntry give(FundSummary fund, LocalDate date, PaymentMethod method, long amount, Long areaId,
			Long householdId, ContributorKind kind) {
		String name = (householdId != null) ? null : (kind == ContributorKind.STATE) ? "Ngân sách phường" : "Người góp";
		return this.ledger.contribute(this.ward.admin(),
				new Contribution(fund.id(), date, method, Money.of(amount), areaId, householdId, kind, name,
						DisplayChoice.ANONYMOUS, null, method.isInKind() ? "10 bao xi măng" : null));
	}

	private void spend(FundSummary fund, LocalDate date, long amount, Long areaId) {
		this.ledger.spend(this.ward.admin(), Expenditure.commonWork(fund.id(), date, Money.of(amount),
				"Công ty Xây dựng Hưng Phát", "Mua xi măng, đá", "PC 01", "Trần Văn Hùng", areaId));
	}

}
