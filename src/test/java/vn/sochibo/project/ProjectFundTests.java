package vn.sochibo.project;

import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.household.Households;
import vn.sochibo.shared.Money;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project's fund follows its project: renaming the project renames the fund, and the
 * funding plan's total is the fund's target (so the public progress bar measures it).
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

}
