package vn.sochibo.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.sochibo.fund.Contribution;
import vn.sochibo.fund.ContributorKind;
import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.fund.FundingSource;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.LedgerFigures;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.Households;
import vn.sochibo.shared.Figure;
import vn.sochibo.shared.Money;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The projects of a year: those of the areas asked about that were open at the year's end
 * or whose fund moved in the year, by status, with the plan by source and what their
 * funds took in the year by source — the state budget's share against the residents' —
 * from the ledger's year figures.
 */
@IntegrationTest
class ProjectFiguresTests {

	@Autowired
	WardFixtures wards;

	@Autowired
	Projects projects;

	@Autowired
	Households households;

	@Autowired
	Ledger ledger;

	@Autowired
	LedgerFigures ledgerFigures;

	@Autowired
	ProjectFigures figures;

	@Autowired
	Clock clock;

	TestWard ward;

	ProjectDetail alley;

	ProjectDetail other;

	int year;

	@BeforeEach
	void build() {
		ProjectFixtures fixtures = new ProjectFixtures(this.projects, this.wards, this.households, this.clock);
		this.ward = this.wards.newWard();
		this.year = fixtures.today().getYear();
		this.alley = fixtures.create(this.ward.admin(), this.ward.areaA(), "Bê tông hóa hẻm 49-57");
		this.projects.savePlan(this.ward.admin(), this.alley.id(),
				new FundingPlan(Money.of(40_000_000), Money.of(160_000_000), null, null), this.alley.version());
		this.other = fixtures.create(this.ward.admin(), this.ward.areaB(), "Đèn chiếu sáng hẻm 9");
		HouseholdDetail household = this.wards.household(this.ward, this.ward.areaA(), "Nguyễn Văn An");
		LocalDate day = fixtures.today();
		Long fundId = this.alley.funding().fundId();
		this.ledger.contribute(this.ward.admin(),
				new Contribution(fundId, day, PaymentMethod.BANK_TRANSFER, Money.of(10_000_000), this.ward.areaA().id(),
						null, ContributorKind.STATE, "Ngân sách phường", DisplayChoice.FULL_NAME, null, null));
		this.ledger.contribute(this.ward.admin(), new Contribution(fundId, day, PaymentMethod.CASH, Money.of(5_000_000),
				null, household.id(), null, null, DisplayChoice.ANONYMOUS, "ông", null));
	}

	@Test
	void theYearsProjectsOfTheAreasWithTheirPlanAndWhatTheirFundsTookBySource() {
		Set<Long> areas = Set.of(this.ward.areaA().id());
		ProjectYear year = this.figures.year(this.ward.officer(), areas,
				this.ledgerFigures.year(this.ward.officer(), areas, this.year));

		assertThat(year.projects()).extracting(ProjectYear.Line::name).containsExactly("Bê tông hóa hẻm 49-57");
		ProjectYear.Line line = year.projects().get(0);
		assertThat(line.status()).isEqualTo(ProjectStatus.PROPOSED);
		assertThat(line.planned().get(FundingSource.STATE_BUDGET)).isEqualTo(Money.of(40_000_000));
		assertThat(line.planned().get(FundingSource.RESIDENTS)).isEqualTo(Money.of(160_000_000));
		assertThat(line.plannedTotal()).isEqualTo(Money.of(200_000_000));
		assertThat(line.raised().of(FundingSource.STATE_BUDGET)).isEqualTo(Money.of(10_000_000));
		assertThat(line.raised().of(FundingSource.RESIDENTS)).isEqualTo(Money.of(5_000_000));
		assertThat(year.byStatus().get(ProjectStatus.PROPOSED)).isEqualTo(1);
		assertThat(year.byStatus().get(ProjectStatus.COMPLETED)).isZero();
		assertThat(year.figures("/projects?"))
			.filteredOn((figure) -> figure.key().equals("figure.projects.raised.RESIDENTS"))
			.singleElement()
			.extracting(Figure::value)
			.isEqualTo(new java.math.BigDecimal("5000000"));
	}

	@Test
	void theWardHoldsEveryAreasProjectsAndAnEarlierYearNoneOpenedLater() {
		ProjectYear ward = this.figures.wardYear(this.ward.inspector(),
				this.ledgerFigures.wardYear(this.ward.inspector(), this.year));
		assertThat(ward.projects()).extracting(ProjectYear.Line::name)
			.containsExactly("Bê tông hóa hẻm 49-57", "Đèn chiếu sáng hẻm 9");

		ProjectYear before = this.figures.wardYear(this.ward.inspector(),
				this.ledgerFigures.wardYear(this.ward.inspector(), this.year - 1));
		assertThat(before.projects()).isEmpty();
		assertThat(this.figures
			.year(this.ward.officer(), Set.of(), this.ledgerFigures.year(this.ward.officer(), Set.of(), this.year))
			.projects()).isEmpty();
	}

}
