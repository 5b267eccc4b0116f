package vn.sochibo.household;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.OutOfScopeException;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.ward.AreaNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The yearly review against PostgreSQL: starting copies last year's poor and near-poor
 * statuses of the area once, as proposals that are not statuses; confirming records the
 * status of the year (perhaps of the other kind, with the new decision and standard);
 * ending records why; scope; the count of households still waiting.
 */
@IntegrationTest
class StatusReviewsTests {

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Households households;

	@Autowired
	StatusReviews reviews;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	TestWard ward;

	int year;

	HouseholdDetail poor;

	HouseholdDetail nearPoor;

	HouseholdDetail policy;

	HouseholdDetail otherArea;

	@BeforeEach
	void build() {
		this.ward = this.fixtures.newWard();
		this.year = Year.now(this.clock).getValue();
		this.poor = household("Trần Văn Nghèo", this.ward.areaA().id());
		status(this.poor, this.year - 1, StatusKind.POOR, "Nghị định 07/2021/NĐ-CP");
		this.nearPoor = household("Lê Thị Cận", this.ward.areaA().id());
		status(this.nearPoor, this.year - 1, StatusKind.NEAR_POOR, "Nghị định 07/2021/NĐ-CP");
		this.policy = household("Phạm Văn Công", this.ward.areaA().id());
		this.households.addStatus(this.ward.admin(), this.policy.id(), new StatusDetails(this.year - 3,
				StatusKind.POLICY_FAMILY, PolicySubtype.WAR_INVALID, null, null, null));
		this.otherArea = household("Đỗ Văn Khác", this.ward.areaB().id());
		status(this.otherArea, this.year - 1, StatusKind.POOR, null);
	}

	@Test
	void startingProposesLastYearsPoorAndNearPoorOfTheAreaOnce() {
		int proposed = this.reviews.start(this.ward.officer(), this.year, this.ward.areaA().id());

		ReviewSheet sheet = this.reviews.sheet(this.ward.officer(), this.year, this.ward.areaA().id());
		assertThat(proposed).isEqualTo(2);
		assertThat(sheet.started()).isTrue();
		assertThat(sheet.rows()).extracting(ProposalRow::headName, ProposalRow::proposedKind, ProposalRow::outcome)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("Trần Văn Nghèo", StatusKind.POOR, ProposalOutcome.PROPOSED),
					org.assertj.core.groups.Tuple.tuple("Lê Thị Cận", StatusKind.NEAR_POOR, ProposalOutcome.PROPOSED));
		assertThat(sheet.rows()).allSatisfy((row) -> assertThat(row.standard()).isEqualTo("Nghị định 07/2021/NĐ-CP"));

		// Starting again duplicates nothing; a household recorded for last year since is
		// added.
		assertThat(this.reviews.start(this.ward.officer(), this.year, this.ward.areaA().id())).isZero();
		HouseholdDetail late = household("Ngô Văn Muộn", this.ward.areaA().id());
		status(late, this.year - 1, StatusKind.NEAR_POOR, null);
		assertThat(this.reviews.start(this.ward.admin(), this.year, this.ward.areaA().id())).isEqualTo(1);
		assertThat(this.reviews.sheet(this.ward.officer(), this.year, this.ward.areaA().id()).rows()).hasSize(3);
		assertThat(this.jdbc.queryForObject("select count(*) from status_reviews where ward_id = ?", Integer.class,
				this.ward.id()))
			.isEqualTo(1);
		assertThat(this.households.get(this.ward.admin(), this.poor.id()).statuses()).hasSize(1);
	}

	@Test
	void aProposalIsNotAStatusUntilItIsConfirmed() {
		this.reviews.start(this.ward.officer(), this.year, this.ward.areaA().id());

		assertThat(namesWith(StatusKind.POOR, this.year)).isEmpty();
		assertThat(this.reviews.awaitingReview(this.ward.admin(), this.year, Set.of())).isEqualTo(3);
		assertThat(this.reviews.awaitingReview(this.ward.officer(), this.year, Set.of())).isEqualTo(2);

		Map<Long, Long> ids = proposalIds();
		int confirmed = this.reviews.confirm(this.ward.officer(), this.year, this.ward.areaA().id(),
				new ConfirmProposals(List.of(ids.get(this.poor.id()), ids.get(this.nearPoor.id())),
						Map.of(ids.get(this.poor.id()), StatusKind.NEAR_POOR), null, "QĐ số 30/QĐ-UBND"));

		assertThat(confirmed).isEqualTo(2);
		assertThat(namesWith(StatusKind.NEAR_POOR, this.year)).containsExactlyInAnyOrder("Trần Văn Nghèo",
				"Lê Thị Cận");
		StatusView moved = this.households.get(this.ward.admin(), this.poor.id()).statuses().get(0);
		assertThat(moved.year()).isEqualTo(this.year);
		assertThat(moved.kind()).isEqualTo(StatusKind.NEAR_POOR);
		assertThat(moved.decisionRef()).isEqualTo("QĐ số 30/QĐ-UBND");
		assertThat(moved.standard()).isEqualTo("Nghị định 07/2021/NĐ-CP");
		assertThat(this.reviews.sheet(this.ward.officer(), this.year, this.ward.areaA().id()).rows())
			.allSatisfy((row) -> assertThat(row.outcome()).isEqualTo(ProposalOutcome.CONFIRMED));
		assertThat(this.reviews.awaitingReview(this.ward.officer(), this.year, Set.of())).isZero();
		assertThat(this.reviews.awaitingReview(this.ward.admin(), this.year, Set.of())).isEqualTo(1);
	}

	@Test
	void theStandardCanBeChangedForTheNewYear() {
		this.reviews.start(this.ward.officer(), this.year, this.ward.areaA().id());

		this.reviews.confirm(this.ward.officer(), this.year, this.ward.areaA().id(), new ConfirmProposals(
				List.of(proposalIds().get(this.poor.id())), Map.of(), "Nghị định 351/2025/NĐ-CP", "QĐ 1/QĐ-UBND"));

		StatusView status = this.households.get(this.ward.admin(), this.poor.id()).statuses().get(0);
		assertThat(status.kind()).isEqualTo(StatusKind.POOR);
		assertThat(status.standard()).isEqualTo("Nghị định 351/2025/NĐ-CP");
	}

	@Test
	void endingRecordsWhyAndNoStatus() {
		this.reviews.start(this.ward.officer(), this.year, this.ward.areaA().id());
		Long id = proposalIds().get(this.nearPoor.id());

		this.reviews.end(this.ward.officer(), this.year, this.ward.areaA().id(), id, "Thu nhập vượt chuẩn");

		assertThat(this.households.get(this.ward.admin(), this.nearPoor.id()).statuses()).extracting(StatusView::year)
			.containsExactly(this.year - 1);
		assertThat(this.reviews.sheet(this.ward.officer(), this.year, this.ward.areaA().id()).rows())
			.filteredOn((row) -> row.id().equals(id))
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.outcome()).isEqualTo(ProposalOutcome.ENDED);
				assertThat(row.endReason()).isEqualTo("Thu nhập vượt chuẩn");
			});
		assertThat(this.reviews.awaitingReview(this.ward.officer(), this.year, Set.of())).isEqualTo(1);
		// decided once: neither confirmed nor ended again
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.reviews.confirm(this.ward.officer(), this.year, this.ward.areaA().id(),
					new ConfirmProposals(List.of(id), Map.of(), null, null)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("review.proposal.decided"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_events where parent_type = 'STATUS_REVIEW' and action = 'REVIEW_END'"
						+ " and entity_id = ?",
				Integer.class, this.nearPoor.id()))
			.isEqualTo(1);
	}

	@Test
	void confirmingIsAllOrNothing() {
		this.reviews.start(this.ward.officer(), this.year, this.ward.areaA().id());
		Map<Long, Long> ids = proposalIds();
		// Meanwhile the near-poor household was recorded for this year from its own page.
		status(this.nearPoor, this.year, StatusKind.NEAR_POOR, null);

		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.reviews.confirm(this.ward.officer(), this.year, this.ward.areaA().id(),
					new ConfirmProposals(List.of(ids.get(this.poor.id()), ids.get(this.nearPoor.id())), Map.of(), null,
							null)))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("review.confirm.hasStatus"));

		assertThat(namesWith(StatusKind.POOR, this.year)).isEmpty();
		assertThat(this.reviews.sheet(this.ward.officer(), this.year, this.ward.areaA().id()).rows())
			.allSatisfy((row) -> assertThat(row.outcome()).isEqualTo(ProposalOutcome.PROPOSED));
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.reviews.confirm(this.ward.officer(), this.year, this.ward.areaA().id(),
					new ConfirmProposals(List.of(), Map.of(), null, null)))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("proposalIds"));
	}

	@Test
	void aHouseholdAlreadyRecordedForTheYearIsNotProposed() {
		status(this.poor, this.year, StatusKind.POOR, null);

		this.reviews.start(this.ward.officer(), this.year, this.ward.areaA().id());

		assertThat(proposalIds()).containsOnlyKeys(this.nearPoor.id());
	}

	@Test
	void removingAConfirmedStatusMakesItAProposalAgain() {
		this.reviews.start(this.ward.officer(), this.year, this.ward.areaA().id());
		this.reviews.confirm(this.ward.officer(), this.year, this.ward.areaA().id(),
				new ConfirmProposals(List.of(proposalIds().get(this.poor.id())), Map.of(), null, null));
		Long statusId = this.households.get(this.ward.admin(), this.poor.id())
			.statuses()
			.stream()
			.filter((status) -> status.year() == this.year)
			.findFirst()
			.orElseThrow()
			.id();

		this.households.removeStatus(this.ward.officer(), this.poor.id(), statusId);

		assertThat(this.reviews.sheet(this.ward.officer(), this.year, this.ward.areaA().id()).rows())
			.allSatisfy((row) -> assertThat(row.outcome()).isEqualTo(ProposalOutcome.PROPOSED));
	}

	@Test
	void anOfficerReviewsOnlyTheirAreasAndTheInspectorOnlyReads() {
		CurrentUser officerB = this.ward.officerB();
		Long areaA = this.ward.areaA().id();
		this.reviews.start(this.ward.officer(), this.year, areaA);
		Long id = proposalIds().get(this.poor.id());

		assertThatExceptionOfType(AreaNotFoundException.class)
			.isThrownBy(() -> this.reviews.start(officerB, this.year, areaA));
		assertThatExceptionOfType(AreaNotFoundException.class)
			.isThrownBy(() -> this.reviews.sheet(officerB, this.year, areaA));
		assertThatExceptionOfType(AreaNotFoundException.class).isThrownBy(() -> this.reviews.confirm(officerB,
				this.year, areaA, new ConfirmProposals(List.of(id), Map.of(), null, null)));
		assertThatExceptionOfType(AreaNotFoundException.class)
			.isThrownBy(() -> this.reviews.end(officerB, this.year, areaA, id, "khác khu"));
		// another area's proposal through one's own area: not found
		this.reviews.start(officerB, this.year, this.ward.areaB().id());
		assertThatExceptionOfType(HouseholdNotFoundException.class)
			.isThrownBy(() -> this.reviews.end(officerB, this.year, this.ward.areaB().id(), id, "lách"));
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.reviews.start(this.ward.inspector(), this.year, areaA));
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.reviews.end(this.ward.inspector(), this.year, areaA, id, "xem"));
		assertThat(this.reviews.sheet(this.ward.inspector(), this.year, areaA).rows()).hasSize(2);
		assertThat(this.reviews.overview(officerB, this.year)).extracting(ReviewProgress::areaId)
			.containsExactly(this.ward.areaB().id());
		assertThat(this.reviews.sheet(this.ward.officer(), this.year, areaA).rows())
			.allSatisfy((row) -> assertThat(row.outcome()).isEqualTo(ProposalOutcome.PROPOSED));
	}

	@Test
	void theOverviewShowsEachAreasProgress() {
		this.reviews.start(this.ward.officer(), this.year, this.ward.areaA().id());
		this.reviews.end(this.ward.officer(), this.year, this.ward.areaA().id(), proposalIds().get(this.poor.id()),
				"Thoát nghèo bền vững");

		List<ReviewProgress> overview = this.reviews.overview(this.ward.admin(), this.year);

		assertThat(overview)
			.extracting(ReviewProgress::areaId, ReviewProgress::started, ReviewProgress::proposed,
					ReviewProgress::confirmed, ReviewProgress::ended, ReviewProgress::lastYear)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(this.ward.areaA().id(), true, 1, 0, 1, 2),
					org.assertj.core.groups.Tuple.tuple(this.ward.areaB().id(), false, 0, 0, 0, 1));
	}

	@Test
	void aYearOutOfRangeIsNotFound() {
		assertThatExceptionOfType(HouseholdNotFoundException.class)
			.isThrownBy(() -> this.reviews.overview(this.ward.admin(), this.year + 2));
		assertThatExceptionOfType(HouseholdNotFoundException.class)
			.isThrownBy(() -> this.reviews.start(this.ward.admin(), Households.FIRST_YEAR, this.ward.areaA().id()));
	}

	private Map<Long, Long> proposalIds() {
		Map<Long, Long> ids = new java.util.HashMap<>();
		this.jdbc.query("select household_id, id from status_proposals where ward_id = ? and review_year = ?", (rs) -> {
			ids.put(rs.getLong("household_id"), rs.getLong("id"));
		}, this.ward.id(), this.year);
		return ids;
	}

	private List<String> namesWith(StatusKind kind, int year) {
		return this.households
			.list(this.ward.admin(), new HouseholdQuery(null, null, kind, year), PageRequest.of(0, 50))
			.getContent()
			.stream()
			.map(HouseholdSummary::headName)
			.toList();
	}

	private HouseholdDetail household(String name, Long areaId) {
		return this.households.create(this.ward.admin(),
				new HouseholdDetails(null, name, "5 hẻm 27 đường Trần Văn Khéo", "hẻm 27", areaId, 3, null, null));
	}

	private void status(HouseholdDetail household, int year, StatusKind kind, String standard) {
		this.households.addStatus(this.ward.admin(), household.id(),
				new StatusDetails(year, kind, null, standard, "QĐ " + year, null));
	}

}
