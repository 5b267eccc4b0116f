package vn.sochibo.project;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.sochibo.fund.Contribution;
import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.LedgerEntry;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.household.Households;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.VietnameseDates;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A project's fund follows its project: renaming the project renames the fund, and the
 * funding plan's total is the fund's target (so the public progress bar measures it); the
 * fund starts no later than the day the project is recorded, or its residents' meeting,
 * so residents' early contributions are not refused as dated before the fund.
 */
@IntegrationTest
class ProjectFundTests {

	@Autowired
	Projects projects;

	@Autowired
	Funds funds;

	@Autowired
	WardFixtures wards;

	@Autowired
	Households households;

	@Autowired
	Ledger ledger;

	@Autowired
	Clock clock;

	ProjectFixtures fixtures;

	TestWard ward;

	@BeforeEach
	void build() {
		this.fixtures = new ProjectFixtures(this.projects, this.wards, this.households, this.clock);
		this.ward = this.wards.newWard();
	}

	@Test
	void theFundTakesTheProjectsNameAndPlannedTotal() {
		ProjectDetail project = this.fixtures.create(this.ward.officer(), this.ward.areaA(), "Bê tông hóa hẻm 49-57");
		ProjectDetails renamed = new ProjectDetails(project.kind(), "Bê tông hóa và thoát nước hẻm 49-57",
				project.areaId(), project.location(), project.lengthMetres(), project.widthMetres(),
				project.householdsBenefiting(), project.description(), project.plannedStart(), project.plannedEnd(),
				project.progress(), project.actualStart(), project.actualEnd());

		ProjectDetail updated = this.projects.update(this.ward.officer(), project.id(), renamed, project.version());
		this.projects.savePlan(this.ward.officer(), project.id(),
				new FundingPlan(Money.of(40_000_000), Money.of(160_000_000), null, null), updated.version());

		FundSummary fund = this.funds.get(this.ward.admin(), project.funding().fundId());
		assertThat(fund.name()).isEqualTo("Bê tông hóa và thoát nước hẻm 49-57");
		assertThat(fund.target()).isEqualTo(Money.of(200_000_000));

		ProjectDetail replanned = this.projects.get(this.ward.officer(), project.id());
		this.projects.savePlan(this.ward.officer(), project.id(), new FundingPlan(null, null, null, null),
				replanned.version());
		assertThat(this.funds.get(this.ward.admin(), project.funding().fundId()).target()).isNull();
	}

	@Test
	void aProjectPlannedAheadCollectsFromTheDayItIsRecorded() {
		LocalDate today = this.fixtures.today();
		ProjectDetail project = this.projects.create(this.ward.officer(),
				planned(this.fixtures.details(this.ward.areaA(), "Bê tông hóa hẻm 27"), today.plusDays(30)));
		Long fundId = project.funding().fundId();

		assertThat(this.funds.get(this.ward.admin(), fundId).startsOn()).isEqualTo(today);
		assertThat(contribute(fundId, today).date()).isEqualTo(today);
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> contribute(fundId, today.minusDays(1)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("entry.date.beforeFund"))
			.satisfies((ex) -> assertThat(ex.arguments()).containsExactly(VietnameseDates.format(today)));
	}

	@Test
	void aResidentsMeetingOrAnEarlierPlannedStartMovesTheFundsStartBackNeverForward() {
		LocalDate today = this.fixtures.today();
		this.fixtures.households(this.ward, this.ward.areaA(), 3);
		ProjectDetail project = this.projects.create(this.ward.admin(),
				planned(this.fixtures.details(this.ward.areaA(), "Thảm nhựa hẻm 71"), today.plusDays(30)));
		Long fundId = project.funding().fundId();
		this.projects.changeStatus(this.ward.admin(), project.id(),
				new StatusChange(ProjectStatus.CONSULTING, today.minusDays(30), null));

		this.projects.addMeeting(this.ward.admin(), project.id(),
				new MeetingDetails(today.minusDays(20), 3, 3, "Họp dân hẻm 71"));

		assertThat(this.funds.get(this.ward.admin(), fundId).startsOn()).isEqualTo(today.minusDays(20));
		assertThat(contribute(fundId, today.minusDays(17)).date()).isEqualTo(today.minusDays(17));

		ProjectDetail recorded = this.projects.get(this.ward.admin(), project.id());
		this.projects.update(this.ward.admin(), project.id(), planned(recorded, today.minusDays(25)),
				recorded.version());
		assertThat(this.funds.get(this.ward.admin(), fundId).startsOn()).isEqualTo(today.minusDays(25));

		recorded = this.projects.get(this.ward.admin(), project.id());
		this.projects.update(this.ward.admin(), project.id(), planned(recorded, today.plusDays(10)),
				recorded.version());
		assertThat(this.funds.get(this.ward.admin(), fundId).startsOn()).isEqualTo(today.minusDays(25));
	}

	private LedgerEntry contribute(Long fundId, LocalDate date) {
		return this.ledger.contribute(this.ward.officer(), new Contribution(fundId, date, PaymentMethod.CASH,
				Money.of(500_000), this.ward.areaA().id(), null, null, null, DisplayChoice.ANONYMOUS, null, null));
	}

	private static ProjectDetails planned(ProjectDetails d, LocalDate start) {
		return new ProjectDetails(d.kind(), d.name(), d.areaId(), d.location(), d.lengthMetres(), d.widthMetres(),
				d.householdsBenefiting(), d.description(), start, start.plusDays(60), d.progress(), d.actualStart(),
				d.actualEnd());
	}

	private static ProjectDetails planned(ProjectDetail p, LocalDate start) {
		return new ProjectDetails(p.kind(), p.name(), p.areaId(), p.location(), p.lengthMetres(), p.widthMetres(),
				p.householdsBenefiting(), p.description(), start, start.plusDays(60), p.progress(), p.actualStart(),
				p.actualEnd());
	}

}
