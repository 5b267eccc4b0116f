package vn.sochibo.household.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.StatementCounter;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * The household list costs a fixed number of statements, whatever the number of rows on
 * the page: the rows and their statuses come from one query.
 */
@IntegrationTest
class HouseholdListQueriesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WardFixtures fixtures;

	@Autowired
	StatementCounter statements;

	@Test
	void listPageDoesNotQueryPerRow() throws Exception {
		TestWard few = this.fixtures.newWard();
		this.fixtures.household(few, few.areaA(), "Lê Văn An");
		TestWard many = this.fixtures.newWard();
		for (int i = 0; i < 20; i++) {
			this.fixtures.household(many, many.areaA(), "Trần Thị Bình " + i);
		}

		int forOne = statementsFor(few);
		int forTwenty = statementsFor(many);

		assertThat(forOne).isPositive();
		assertThat(forTwenty).isEqualTo(forOne);
	}

	private int statementsFor(TestWard ward) throws Exception {
		this.mvc.perform(get("/households").with(as(ward.officer()))).andExpect(status().isOk());
		this.statements.reset();
		this.mvc.perform(get("/households").with(as(ward.officer()))).andExpect(status().isOk());
		return this.statements.count();
	}

}
