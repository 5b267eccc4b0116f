package vn.sochibo.welfare;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.household.ConfirmProposals;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.Households;
import vn.sochibo.household.PolicySubtype;
import vn.sochibo.household.ProposalRow;
import vn.sochibo.household.StatusDetails;
import vn.sochibo.household.StatusEnd;
import vn.sochibo.household.StatusKind;
import vn.sochibo.household.StatusReviews;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * Statuses carry over into a program's year (issue 9): a policy family recorded years ago
 * is eligible this year until it is ended; last year's poor households are eligible only
 * once their review confirms them, and the program's page says how many are still
 * waiting, with a link to the review.
 */
@IntegrationTest
class StatusCarryOverTests {

	@Autowired
	WardFixtures wards;

	@Autowired
	WelfarePrograms programs;

	@Autowired
	Distributions distributions;

	@Autowired
	Households households;

	@Autowired
	StatusReviews reviews;

	@Autowired
	Funds funds;

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	WelfareFixtures fixtures;

	TestWard ward;

	int year;

	@BeforeEach
	void build() {
		this.fixtures = new WelfareFixtures(this.households, this.funds, this.ledger, this.programs, this.jdbc,
				this.messages, this.clock);
		this.ward = this.wards.newWard();
		this.year = this.fixtures.year();
	}

	@Test
	void aPolicyFamilyRecordedYearsAgoIsEligibleUntilItIsEnded() {
		HouseholdDetail martyr = this.fixtures.household(this.ward, this.ward.areaA(), "Trần Văn Liệt");
		this.households.addStatus(this.ward.admin(), martyr.id(), new StatusDetails(this.year - 2,
				StatusKind.POLICY_FAMILY, PolicySubtype.MARTYR_FAMILY, null, "QĐ 5", null));
		HouseholdDetail invalid = this.fixtures.household(this.ward, this.ward.areaA(), "Lê Văn Binh");
		this.households.addStatus(this.ward.admin(), invalid.id(), new StatusDetails(this.year - 3,
				StatusKind.POLICY_FAMILY, PolicySubtype.WAR_INVALID, null, null, null));
		Long invalidStatus = this.households.get(this.ward.admin(), invalid.id()).statuses().get(0).id();
		this.households.endStatus(this.ward.admin(), invalid.id(), invalidStatus,
				new StatusEnd(this.year - 1, "Chuyển đi nơi khác"));
		ProgramView thisYear = this.fixtures.program(this.ward, this.fixtures.withTargets(
				this.fixtures.details("Quà 27/7 " + WelfareFixtures.suffix()), Set.of(StatusKind.POLICY_FAMILY)));
		ProgramView lastYear = this.fixtures.program(this.ward,
				this.fixtures.withYearAndDate(this.fixtures.withTargets(
						this.fixtures.details("Quà 27/7 năm trước " + WelfareFixtures.suffix()),
						Set.of(StatusKind.POLICY_FAMILY)), this.year - 1, this.fixtures.today().minusYears(1)));

		assertThat(this.distributions.candidates(this.ward.admin(), thisYear.id(), null, null))
			.extracting(Candidate::householdId)
			.containsExactly(martyr.id());
		assertThat(this.distributions.candidates(this.ward.admin(), lastYear.id(), null, null))
			.extracting(Candidate::householdId)
			.containsExactlyInAnyOrder(martyr.id(), invalid.id());
		assertThat(this.distributions.uncoveredByStatus(this.ward.admin(), thisYear.id()))
			.containsEntry(StatusKind.POLICY_FAMILY, 1);
	}

	@Test
	void lastYearsPoorAreEligibleOnlyOnceTheReviewConfirmsThem() throws Exception {
		HouseholdDetail an = this.fixtures.household(this.ward, this.ward.areaA(), "Trần Văn An");
		HouseholdDetail binh = this.fixtures.household(this.ward, this.ward.areaA(), "Lê Thị Bình");
		HouseholdDetail cu = this.fixtures.household(this.ward, this.ward.areaA(), "Phan Văn Cư");
		for (HouseholdDetail household : List.of(an, binh, cu)) {
			this.fixtures.status(this.ward, household, this.year - 1, StatusKind.POOR);
		}
		ProgramView program = this.fixtures.program(this.ward);
		String url = "/welfare/programs/" + program.id();

		assertThat(this.distributions.candidates(this.ward.admin(), program.id(), null, null)).isEmpty();
		assertThat(page(url)).contains("3 hộ chưa có tình trạng năm " + this.year)
			.contains("href=\"/households/reviews?year=" + this.year + "\"");

		this.reviews.start(this.ward.officer(), this.year, this.ward.areaA().id());
		assertThat(this.distributions.candidates(this.ward.admin(), program.id(), null, null)).as("proposals only")
			.isEmpty();
		Map<Long, Long> ids = new java.util.HashMap<>();
		this.reviews.sheet(this.ward.officer(), this.year, this.ward.areaA().id())
			.rows()
			.forEach((row) -> ids.put(row.householdId(), row.id()));
		this.reviews.confirm(this.ward.officer(), this.year, this.ward.areaA().id(),
				new ConfirmProposals(List.of(ids.get(an.id())), Map.of(), null, "QĐ mới"));
		this.reviews.end(this.ward.officer(), this.year, this.ward.areaA().id(), ids.get(binh.id()), "Thoát nghèo");

		assertThat(this.distributions.candidates(this.ward.admin(), program.id(), null, null))
			.extracting(Candidate::householdId)
			.containsExactly(an.id());
		assertThat(page(url)).contains("1 hộ chưa có tình trạng năm " + this.year);
		assertThat(this.reviews.sheet(this.ward.admin(), this.year, this.ward.areaA().id()).rows())
			.filteredOn(ProposalRow::proposed)
			.extracting(ProposalRow::householdId)
			.containsExactly(cu.id());

		this.reviews.confirm(this.ward.officer(), this.year, this.ward.areaA().id(),
				new ConfirmProposals(List.of(ids.get(cu.id())), Map.of(), null, "QĐ mới"));
		assertThat(page(url)).doesNotContain("hộ chưa có tình trạng năm")
			.contains("Mọi hộ nghèo, cận nghèo năm trước đã được rà soát cho năm " + this.year + ".");
	}

	@Test
	void theCountIsOfTheUsersAreasAndAbsentForAProgramThatNeedsNoReview() throws Exception {
		HouseholdDetail b = this.fixtures.household(this.ward, this.ward.areaB(), "Đỗ Văn Bê");
		this.fixtures.status(this.ward, b, this.year - 1, StatusKind.NEAR_POOR);
		ProgramView program = this.fixtures.program(this.ward);
		ProgramView policyOnly = this.fixtures.program(this.ward, this.fixtures.withTargets(
				this.fixtures.details("Quà 27/7 " + WelfareFixtures.suffix()), Set.of(StatusKind.POLICY_FAMILY)));

		assertThat(page("/welfare/programs/" + program.id(), this.ward.admin()))
			.contains("1 hộ chưa có tình trạng năm " + this.year);
		assertThat(page("/welfare/programs/" + program.id(), this.ward.officer()))
			.contains("Mọi hộ nghèo, cận nghèo năm trước đã được rà soát");
		assertThat(page("/welfare/programs/" + policyOnly.id(), this.ward.admin()))
			.doesNotContain("id=\"awaitingReview\"");
	}

	private String page(String url) throws Exception {
		return page(url, this.ward.officer());
	}

	private String page(String url, vn.sochibo.shared.CurrentUser user) throws Exception {
		return this.mvc.perform(get(url).with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
