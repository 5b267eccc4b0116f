package vn.sochibo.cellwork.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.sochibo.cellwork.MemberView;
import vn.sochibo.cellwork.RatingLevel;
import vn.sochibo.cellwork.RatingStepCommand;
import vn.sochibo.cellwork.RatingStepKind;
import vn.sochibo.cellwork.Ratings;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.MemberFixtures;
import vn.sochibo.support.StatementCounter;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * A cell's rating page costs the same number of statements whether one member or twelve
 * are rated.
 */
@IntegrationTest
class RatingPageQueriesTests {

	@Autowired
	WardFixtures wards;

	@Autowired
	MemberFixtures members;

	@Autowired
	Ratings ratings;

	@Autowired
	StatementCounter statements;

	@Autowired
	MockMvc mvc;

	@Test
	void theYearPageCostsAFixedNumberOfStatements() throws Exception {
		TestWard few = wardWith(1);
		TestWard many = wardWith(12);

		int forOne = statementsFor(few);
		int forTwelve = statementsFor(many);

		assertThat(forTwelve).isEqualTo(forOne);
	}

	private TestWard wardWith(int rated) {
		TestWard ward = this.wards.newWard();
		for (int i = 0; i < rated; i++) {
			MemberView member = this.members.member(ward, ward.cellA(), "Đảng viên Số " + (char) ('A' + i));
			var self = this.ratings.recordMember(ward.secretary(), ward.cellA().id(), member.id(), 2025,
					new RatingStepCommand(RatingStepKind.SELF, 80, java.util.Map.of(), RatingLevel.GOOD, null, "Tốt",
							null, null, null, null),
					null);
			this.ratings.recordMember(ward.secretary(), ward.cellA().id(), member.id(), 2025,
					RatingStepCommand.of(RatingStepKind.PROPOSAL, 80, RatingLevel.GOOD), self.version());
		}
		this.ratings.recordCell(ward.secretary(), ward.cellA().id(), 2025,
				RatingStepCommand.of(RatingStepKind.SELF, 80, RatingLevel.GOOD), null);
		return ward;
	}

	private int statementsFor(TestWard ward) throws Exception {
		// Warm up (the regulations are read once).
		this.mvc
			.perform(
					get("/cellwork/" + ward.cellA().id() + "/ratings").param("year", "2025").with(as(ward.secretary())))
			.andExpect(status().isOk());
		this.statements.reset();
		this.mvc
			.perform(
					get("/cellwork/" + ward.cellA().id() + "/ratings").param("year", "2025").with(as(ward.secretary())))
			.andExpect(status().isOk());
		return this.statements.count();
	}

}
