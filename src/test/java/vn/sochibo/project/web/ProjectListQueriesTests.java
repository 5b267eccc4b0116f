package vn.sochibo.project.web;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.sochibo.household.Households;
import vn.sochibo.project.FundingPlan;
import vn.sochibo.project.ProjectFixtures;
import vn.sochibo.project.Projects;
import vn.sochibo.shared.Money;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.StatementCounter;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * The project list costs a fixed number of statements, whatever the number of rows on the
 * page: the rows, their plan totals and their funds' totals come from one query.
 */
@IntegrationTest
class ProjectListQueriesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WardFixtures wards;

	@Autowired
	Projects projects;

	@Autowired
	Households households;

	@Autowired
	Clock clock;

	@Autowired
	StatementCounter statements;

	@Test
	void listPageDoesNotQueryPerRow() throws Exception {
		ProjectFixtures fixtures = new ProjectFixtures(this.projects, this.wards, this.households, this.clock);
		TestWard few = this.wards.newWard();
		fixtures.create(few, few.areaA());
		TestWard many = this.wards.newWard();
		for (int i = 0; i < 20; i++) {
			var project = fixtures.create(many, many.areaA());
			this.projects.savePlan(many.admin(), project.id(),
					new FundingPlan(null, Money.of(1_000_000L * (i + 1)), null, null), project.version());
		}

		int forOne = statementsFor(few);
		int forTwenty = statementsFor(many);

		assertThat(forOne).isPositive();
		assertThat(forTwenty).isEqualTo(forOne);
	}

	private int statementsFor(TestWard ward) throws Exception {
		this.mvc.perform(get("/projects").with(as(ward.officer()))).andExpect(status().isOk());
		this.statements.reset();
		this.mvc.perform(get("/projects").with(as(ward.officer()))).andExpect(status().isOk());
		return this.statements.count();
	}

}
