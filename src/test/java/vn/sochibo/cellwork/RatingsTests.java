package vn.sochibo.cellwork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.sochibo.audit.AuditEntryView;
import vn.sochibo.audit.AuditTrail;
import vn.sochibo.shared.OutOfScopeException;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.StaleEditException;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.MemberFixtures;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.ward.CellNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The annual ratings against PostgreSQL: the regulation of each year from the database,
 * the steps in order, the level that must match the score, decisions never edited (a
 * correction is a new decision with its reason), who may do what, and that a refused step
 * writes nothing.
 */
@IntegrationTest
class RatingsTests {

	static final LocalDate DECIDED = LocalDate.of(2025, 12, 20);

	@Autowired
	WardFixtures wards;

	@Autowired
	MemberFixtures fixtures;

	@Autowired
	Ratings ratings;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void theRegulationOfAYearIsTheOneInForceThenWithItsPointsAndThresholdsFromTheDatabase() {
		TestWard ward = this.wards.newWard();
		List<RegulationView> all = this.ratings.regulations(ward.inspector());

		assertThat(all).extracting(RegulationView::code).containsExactly("366-QĐ/TW", "124-QĐ/TW");
		assertThat(this.ratings.regulationFor(2025)).map(RegulationView::code).contains("366-QĐ/TW");
		assertThat(this.ratings.regulationFor(2026)).map(RegulationView::code).contains("366-QĐ/TW");
		assertThat(this.ratings.regulationFor(2024)).map(RegulationView::code).contains("124-QĐ/TW");
		assertThat(this.ratings.regulationFor(2023)).map(RegulationView::code).contains("124-QĐ/TW");
		assertThat(this.ratings.regulationFor(2022)).isEmpty();
		RegulationView current = all.get(0);
		assertThat(current.issuedOn()).isEqualTo(LocalDate.of(2025, 8, 30));
		assertThat(all.get(1).effectiveToYear()).isEqualTo(2024);
		for (RatingSubject subject : RatingSubject.values()) {
			assertThat(current.groups(subject)).extracting(RegulationView.Criterion::maxPoints).containsExactly(30, 70);
			for (RegulationView.Criterion group : current.groups(subject)) {
				assertThat(current.children(group.id()).stream().mapToInt(RegulationView.Criterion::maxPoints).sum())
					.isEqualTo(group.maxPoints());
			}
			assertThat(current.disqualifiers(subject)).isNotEmpty();
		}
		assertThat(current.levelFor(100)).isEqualTo(RatingLevel.EXCELLENT);
		assertThat(current.levelFor(90)).isEqualTo(RatingLevel.EXCELLENT);
		assertThat(current.levelFor(89)).isEqualTo(RatingLevel.GOOD);
		assertThat(current.levelFor(70)).isEqualTo(RatingLevel.GOOD);
		assertThat(current.levelFor(69)).isEqualTo(RatingLevel.COMPLETED);
		assertThat(current.levelFor(50)).isEqualTo(RatingLevel.COMPLETED);
		assertThat(current.levelFor(49)).isEqualTo(RatingLevel.NOT_COMPLETED);
		assertThat(current.levelFor(0)).isEqualTo(RatingLevel.NOT_COMPLETED);
		assertThatExceptionOfType(OutOfScopeException.class).isThrownBy(() -> this.ratings.regulations(ward.officer()));
	}

	@Test
	void theSecretaryAssessesAndProposesAndOnlyTheWardAdminDecidesTheCellsRating() {
		TestWard ward = this.wards.newWard();
		Long cell = ward.cellA().id();
		RatingView self = this.ratings.recordCell(ward.secretary(), cell, 2025,
				RatingStepCommand.of(RatingStepKind.SELF, 93, RatingLevel.EXCELLENT), null);
		RatingView proposed = this.ratings.recordCell(ward.secretary(), cell, 2025,
				RatingStepCommand.of(RatingStepKind.PROPOSAL, 92, RatingLevel.EXCELLENT), self.version());
		RatingStepCommand decision = RatingStepCommand.decision(92, RatingLevel.EXCELLENT, "Đảng ủy phường Thử",
				"125-QĐ/ĐU", DECIDED, null);

		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.ratings.recordCell(ward.secretary(), cell, 2025, decision, proposed.version()));
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.ratings.recordCell(ward.inspector(), cell, 2025,
					RatingStepCommand.of(RatingStepKind.RECHECK, 92, RatingLevel.EXCELLENT), proposed.version()));
		RatingView decided = this.ratings.recordCell(ward.admin(), cell, 2025, decision, proposed.version());

		assertThat(decided.decided()).isTrue();
		assertThat(decided.regulation().code()).isEqualTo("366-QĐ/TW");
		assertThat(decided.steps())
			.extracting(RatingView.StepView::kind, RatingView.StepView::score, RatingView.StepView::recordedBy)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(RatingStepKind.SELF, 93, ward.secretary().username()),
					org.assertj.core.groups.Tuple.tuple(RatingStepKind.PROPOSAL, 92, ward.secretary().username()),
					org.assertj.core.groups.Tuple.tuple(RatingStepKind.DECISION, 92, ward.admin().username()));
		RatingView read = this.ratings.ofCell(ward.inspector(), cell, 2025).orElseThrow();
		assertThat(read.decision().orElseThrow().competentBody()).isEqualTo("Đảng ủy phường Thử");
		assertThat(read.decision().orElseThrow().decidedOn()).isEqualTo(DECIDED);
		assertThat(read.decision().orElseThrow().level()).isEqualTo(RatingLevel.EXCELLENT);
		List<AuditEntryView> trail = this.audit.history(Ratings.ENTITY, decided.id());
		assertThat(trail).anyMatch((line) -> "RATING_DECISION".equals(line.action())
				&& "rating.level".equals(line.field()) && "Hoàn thành xuất sắc nhiệm vụ".equals(line.newValue()));
		assertThat(trail).anyMatch((line) -> "RATING_SELF".equals(line.action()) && "rating.score".equals(line.field())
				&& "93".equals(line.newValue()));
	}

	@Test
	void aLevelThatDoesNotMatchTheScoreOrAScoreOutOfRangeIsRefusedAndNothingIsWritten() {
		TestWard ward = this.wards.newWard();
		Long cell = ward.cellA().id();
		assertRefused(
				() -> this.ratings.recordCell(ward.secretary(), cell, 2025,
						RatingStepCommand.of(RatingStepKind.SELF, 85, RatingLevel.EXCELLENT), null),
				"level", "rating.level.mismatch");
		assertRefused(
				() -> this.ratings.recordCell(ward.secretary(), cell, 2025,
						RatingStepCommand.of(RatingStepKind.SELF, 101, RatingLevel.EXCELLENT), null),
				"score", "rating.score.range");
		assertRefused(
				() -> this.ratings.recordCell(ward.secretary(), cell, 2025,
						RatingStepCommand.of(RatingStepKind.SELF, -1, RatingLevel.NOT_COMPLETED), null),
				"score", "rating.score.range");
		assertRefused(
				() -> this.ratings.recordCell(ward.secretary(), cell, 2025, new RatingStepCommand(RatingStepKind.SELF,
						null, Map.of(), RatingLevel.GOOD, null, null, null, null, null, null), null),
				"score", "rating.score.required");
		assertThat(this.ratings.ofCell(ward.admin(), cell, 2025)).isEmpty();
		assertThat(ratingRows(ward)).isZero();
	}

	@Test
	void groupScoresAreEachWithinTheirMaxAndAddUpToTheScore() {
		TestWard ward = this.wards.newWard();
		Long cell = ward.cellA().id();
		RegulationView regulation = this.ratings.regulationFor(2025).orElseThrow();
		Long general = regulation.groups(RatingSubject.CELL).get(0).id();
		Long results = regulation.groups(RatingSubject.CELL).get(1).id();

		assertRefused(
				() -> this.ratings.recordCell(ward.secretary(), cell, 2025,
						self(92, RatingLevel.EXCELLENT, Map.of(general, 31, results, 61)), null),
				"groupScores[" + general + "]", "rating.group.range");
		assertRefused(
				() -> this.ratings.recordCell(ward.secretary(), cell, 2025,
						self(92, RatingLevel.EXCELLENT, Map.of(general, 28, results, 60)), null),
				"score", "rating.group.sum");
		assertRefused(
				() -> this.ratings.recordCell(ward.secretary(), cell, 2025,
						self(92, RatingLevel.EXCELLENT, Map.of(general, 28)), null),
				"groupScores[" + results + "]", "rating.group.required");
		assertThat(ratingRows(ward)).isZero();

		RatingView saved = this.ratings.recordCell(ward.secretary(), cell, 2025,
				self(92, RatingLevel.EXCELLENT, Map.of(general, 28, results, 64)), null);
		assertThat(saved.steps().get(0).groupScores()).containsEntry(general, 28).containsEntry(results, 64);
		assertThat(this.ratings.ofCell(ward.admin(), cell, 2025).orElseThrow().steps().get(0).groupScores())
			.containsEntry(results, 64);
	}

	@Test
	void stepsComeInOrder() {
		TestWard ward = this.wards.newWard();
		Long cell = ward.cellA().id();
		assertRefused(
				() -> this.ratings.recordCell(ward.secretary(), cell, 2025,
						RatingStepCommand.of(RatingStepKind.PROPOSAL, 92, RatingLevel.EXCELLENT), null),
				"kind", "rating.order.noSelf");
		assertRefused(
				() -> this.ratings.recordCell(ward.admin(), cell, 2025,
						RatingStepCommand.decision(92, RatingLevel.EXCELLENT, "Đảng ủy", null, DECIDED, null), null),
				"kind", "rating.order.noProposal");
		RatingView self = this.ratings.recordCell(ward.secretary(), cell, 2025,
				RatingStepCommand.of(RatingStepKind.SELF, 80, RatingLevel.GOOD), null);
		assertRefused(
				() -> this.ratings.recordCell(ward.secretary(), cell, 2025,
						RatingStepCommand.of(RatingStepKind.SELF, 80, RatingLevel.GOOD), self.version()),
				"kind", "rating.order.selfDone");
		assertRefused(() -> this.ratings.recordCell(ward.admin(), cell, 2025,
				RatingStepCommand.decision(80, RatingLevel.GOOD, "Đảng ủy", null, DECIDED, null), self.version()),
				"kind", "rating.order.noProposal");
		assertRefused(
				() -> this.ratings.recordCell(ward.secretary(), cell, 2025,
						RatingStepCommand.of(RatingStepKind.RECHECK, 80, RatingLevel.GOOD), self.version()),
				"kind", "rating.order.noProposal");
		RatingView proposed = this.ratings.recordCell(ward.secretary(), cell, 2025,
				RatingStepCommand.of(RatingStepKind.PROPOSAL, 80, RatingLevel.GOOD), self.version());
		assertRefused(
				() -> this.ratings.recordCell(ward.secretary(), cell, 2025,
						RatingStepCommand.of(RatingStepKind.RECHECK, 75, RatingLevel.GOOD), proposed.version()),
				"reason", "rating.reason.recheck");
		RatingView rechecked = this.ratings.recordCell(
				ward.secretary(), cell, 2025, new RatingStepCommand(RatingStepKind.RECHECK, 75, Map.of(),
						RatingLevel.GOOD, null, null, "Có đơn khiếu nại về việc thu quỹ", null, null, null),
				proposed.version());
		assertThat(rechecked.lastKind()).isEqualTo(RatingStepKind.RECHECK);
		assertThat(rechecked.nextKinds()).containsExactly(RatingStepKind.DECISION);
		assertThat(this.ratings.ofCell(ward.admin(), cell, 2025).orElseThrow().steps()).hasSize(3);
	}

	@Test
	void aDecidedRatingIsNeverEditedOnlyCorrectedByANewDecisionWithItsReason() {
		TestWard ward = this.wards.newWard();
		Long cell = ward.cellA().id();
		RatingView decided = decidedCell(ward, 92, RatingLevel.EXCELLENT);

		assertRefused(() -> this.ratings.recordCell(ward.admin(), cell, 2025,
				RatingStepCommand.decision(85, RatingLevel.GOOD, "Đảng ủy phường Thử", null, DECIDED, null),
				decided.version()), "reason", "rating.reason.correction");
		RatingView corrected = this.ratings.recordCell(ward.admin(), cell, 2025,
				RatingStepCommand.decision(85, RatingLevel.GOOD, "Đảng ủy phường Thử", "130-QĐ/ĐU", DECIDED,
						"Phát hiện chỉ tiêu thu gom rác chưa đạt"),
				decided.version());

		assertThat(corrected.steps()).hasSize(4);
		RatingView.StepView first = corrected.steps().get(2);
		RatingView.StepView second = corrected.steps().get(3);
		assertThat(first.corrected()).isTrue();
		assertThat(first.level()).isEqualTo(RatingLevel.EXCELLENT);
		assertThat(second.correction()).isTrue();
		assertThat(second.correctsId()).isEqualTo(first.id());
		assertThat(corrected.decision().orElseThrow().level()).isEqualTo(RatingLevel.GOOD);
		// Not even the database owner's application role may change a step.
		assertThatThrownBy(
				() -> this.jdbc.update("update rating_steps set score = 100 where rating_id = ?", corrected.id()))
			.isInstanceOf(org.springframework.dao.DataAccessException.class);
		assertThatThrownBy(() -> this.jdbc.update("delete from rating_steps where rating_id = ?", corrected.id()))
			.isInstanceOf(org.springframework.dao.DataAccessException.class);
		assertThat(this.ratings.ofCell(ward.admin(), cell, 2025).orElseThrow().steps().get(2).score()).isEqualTo(92);
	}

	@Test
	void aDisqualifyingFactForcesNotCompletedWhateverTheScore() {
		TestWard ward = this.wards.newWard();
		Long cell = ward.cellA().id();
		RegulationView regulation = this.ratings.regulationFor(2025).orElseThrow();
		Long fact = regulation.disqualifiers(RatingSubject.CELL).get(0).id();
		Long memberFact = regulation.disqualifiers(RatingSubject.MEMBER).get(0).id();

		assertRefused(() -> this.ratings.recordCell(ward.secretary(), cell, 2025,
				disqualified(80, RatingLevel.GOOD, fact), null), "level", "rating.level.disqualified");
		assertRefused(
				() -> this.ratings.recordCell(ward.secretary(), cell, 2025,
						disqualified(80, RatingLevel.NOT_COMPLETED, memberFact), null),
				"disqualifierId", "rating.disqualifier.unknown");
		RatingView saved = this.ratings.recordCell(ward.secretary(), cell, 2025,
				disqualified(80, RatingLevel.NOT_COMPLETED, fact), null);
		assertThat(saved.steps().get(0).disqualifier())
			.isEqualTo(regulation.disqualifiers(RatingSubject.CELL).get(0).title());
		assertThat(saved.steps().get(0).level()).isEqualTo(RatingLevel.NOT_COMPLETED);
	}

	@Test
	void aFutureYearOrAYearWithoutRegulationIsRefusedAnd2024StaysUnder124() {
		TestWard ward = this.wards.newWard();
		Long cell = ward.cellA().id();
		int nextYear = LocalDate.now(this.clock).getYear() + 1;
		assertRefused(
				() -> this.ratings.recordCell(ward.secretary(), cell, nextYear,
						RatingStepCommand.of(RatingStepKind.SELF, 80, RatingLevel.GOOD), null),
				"year", "rating.year.future");
		assertRefused(
				() -> this.ratings.recordCell(ward.secretary(), cell, 2022,
						RatingStepCommand.of(RatingStepKind.SELF, 80, RatingLevel.GOOD), null),
				"year", "rating.year.noRegulation");
		assertThat(ratingRows(ward)).isZero();

		RatingView old = this.ratings.recordCell(ward.secretary(), cell, 2024,
				RatingStepCommand.of(RatingStepKind.SELF, 80, RatingLevel.GOOD), null);
		assertThat(old.regulation().code()).isEqualTo("124-QĐ/TW");
		assertThat(this.ratings.ofCell(ward.admin(), cell, 2024).orElseThrow().regulation().code())
			.isEqualTo("124-QĐ/TW");
		assertThat(this.ratings.year(ward.admin(), cell, nextYear).open()).isFalse();
	}

	@Test
	void aDecisionDateIsNeitherInTheFutureNorBeforeTheYearAndTheBodyIsRequired() {
		TestWard ward = this.wards.newWard();
		Long cell = ward.cellA().id();
		RatingView self = this.ratings.recordCell(ward.secretary(), cell, 2025,
				RatingStepCommand.of(RatingStepKind.SELF, 80, RatingLevel.GOOD), null);
		RatingView proposed = this.ratings.recordCell(ward.secretary(), cell, 2025,
				RatingStepCommand.of(RatingStepKind.PROPOSAL, 80, RatingLevel.GOOD), self.version());
		LocalDate today = LocalDate.now(this.clock);
		assertRefused(() -> this.ratings.recordCell(ward.admin(), cell, 2025,
				RatingStepCommand.decision(80, RatingLevel.GOOD, "Đảng ủy", null, today.plusDays(1), null),
				proposed.version()), "decidedOn", "rating.decidedOn.future");
		assertRefused(
				() -> this.ratings
					.recordCell(ward.admin(), cell, 2025,
							RatingStepCommand.decision(80, RatingLevel.GOOD, "Đảng ủy", null,
									LocalDate.of(2024, 12, 31), null),
							proposed.version()),
				"decidedOn", "rating.decidedOn.beforeYear");
		assertRefused(() -> this.ratings.recordCell(ward.admin(), cell, 2025,
				RatingStepCommand.decision(80, RatingLevel.GOOD, "  ", null, DECIDED, null), proposed.version()),
				"competentBody", "rating.competentBody.required");
		assertThat(this.ratings.ofCell(ward.admin(), cell, 2025).orElseThrow().steps()).hasSize(2);
	}

	@Test
	void aStaleFormIsRefused() {
		TestWard ward = this.wards.newWard();
		Long cell = ward.cellA().id();
		RatingView self = this.ratings.recordCell(ward.secretary(), cell, 2025,
				RatingStepCommand.of(RatingStepKind.SELF, 80, RatingLevel.GOOD), null);
		assertThatExceptionOfType(StaleEditException.class).isThrownBy(() -> this.ratings.recordCell(ward.secretary(),
				cell, 2025, RatingStepCommand.of(RatingStepKind.SELF, 80, RatingLevel.GOOD), null));
		this.ratings.recordCell(ward.secretary(), cell, 2025,
				RatingStepCommand.of(RatingStepKind.PROPOSAL, 80, RatingLevel.GOOD), self.version());
		assertThatExceptionOfType(StaleEditException.class)
			.isThrownBy(() -> this.ratings.recordCell(ward.admin(), cell, 2025,
					RatingStepCommand.decision(80, RatingLevel.GOOD, "Đảng ủy", null, DECIDED, null), self.version()));
	}

	@Test
	void anotherCellsOrWardsRatingsAreNotFoundAndOfficersAreRefused() {
		TestWard ward = this.wards.newWard();
		TestWard other = this.wards.newWard();
		RatingStepCommand self = RatingStepCommand.of(RatingStepKind.SELF, 80, RatingLevel.GOOD);
		assertThatExceptionOfType(CellNotFoundException.class)
			.isThrownBy(() -> this.ratings.recordCell(ward.secretary(), ward.cellB().id(), 2025, self, null));
		assertThatExceptionOfType(CellNotFoundException.class)
			.isThrownBy(() -> this.ratings.recordCell(other.admin(), ward.cellA().id(), 2025, self, null));
		assertThatExceptionOfType(CellNotFoundException.class)
			.isThrownBy(() -> this.ratings.ofCell(ward.secretary(), ward.cellB().id(), 2025));
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.ratings.recordCell(ward.officer(), ward.cellA().id(), 2025, self, null));
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.ratings.ofCell(ward.officer(), ward.cellA().id(), 2025));
		MemberView inB = this.fixtures.member(ward, ward.cellB(), "Trần Văn Bình");
		assertThatExceptionOfType(CellNotFoundException.class).isThrownBy(
				() -> this.ratings.recordMember(ward.secretary(), ward.cellB().id(), inB.id(), 2025, self, null));
		assertThatExceptionOfType(MemberNotFoundException.class).isThrownBy(
				() -> this.ratings.recordMember(ward.secretary(), ward.cellA().id(), inB.id(), 2025, self, null));
		assertThatExceptionOfType(MemberNotFoundException.class)
			.isThrownBy(() -> this.ratings.member(other.admin(), other.cellA().id(), inB.id(), 2025));
		assertThat(ratingRows(ward)).isZero();
	}

	@Test
	void membersAreRatedByTheCellWhileOnItsRollAndExemptMembersAreNotRated() {
		TestWard ward = this.wards.newWard();
		Long cell = ward.cellA().id();
		MemberView rated = this.fixtures.member(ward, ward.cellA(), "Nguyễn Văn Thọ");
		MemberView exempt = this.fixtures.member(ward, ward.cellA(), "Lê Văn Già", LocalDate.of(1970, 1, 1),
				LocalDate.of(2024, 1, 1));
		MemberView newcomer = this.fixtures.probationary(ward, ward.cellA(), "Đỗ Thị Út",
				LocalDate.of(LocalDate.now(this.clock).getYear(), 1, 2));
		RatingStepCommand self = RatingStepCommand.of(RatingStepKind.SELF, 85, RatingLevel.GOOD);

		assertRefused(() -> this.ratings.recordMember(ward.secretary(), cell, exempt.id(), 2025, self, null), null,
				"rating.member.exempt");
		assertRefused(() -> this.ratings.recordMember(ward.secretary(), cell, newcomer.id(), 2025, self, null), null,
				"rating.member.notOnRoll");
		assertThat(ratingRows(ward)).isZero();

		RatingView one = this.ratings.recordMember(ward.secretary(), cell, rated.id(), 2025, self, null);
		RatingView two = this.ratings.recordMember(ward.secretary(), cell, rated.id(), 2025,
				RatingStepCommand.of(RatingStepKind.PROPOSAL, 85, RatingLevel.GOOD), one.version());
		// The cell decides its members' ratings: the secretary records it.
		RatingView decided = this.ratings.recordMember(ward.secretary(), cell, rated.id(), 2025,
				RatingStepCommand.decision(85, RatingLevel.GOOD, "Chi bộ A", null, DECIDED, null), two.version());
		assertThat(decided.decided()).isTrue();
		assertThat(decided.memberId()).isEqualTo(rated.id());

		MemberRatings page = this.ratings.member(ward.inspector(), cell, rated.id(), 2025);
		assertThat(page.rating().decision().orElseThrow().competentBody()).isEqualTo("Chi bộ A");
		assertThat(page.history()).extracting(RatingView::year).containsExactly(2025);
		MemberLevels levels = this.ratings.memberLevels(ward.admin(), cell, 2025);
		assertThat(levels.count(RatingLevel.GOOD)).isEqualTo(1);
		assertThat(levels.count(RatingLevel.EXCELLENT)).isZero();
		assertThat(levels.exempt()).isEqualTo(1);
		assertThat(levels.notRated()).isZero();
		CellRatingYear year = this.ratings.year(ward.admin(), cell, 2025);
		assertThat(year.members()).extracting(MemberRatingRow::fullName)
			.containsExactly("Lê Văn Già", "Nguyễn Văn Thọ");
	}

	@Test
	void theQuickProposalRecordsAllRowsOrNone() {
		TestWard ward = this.wards.newWard();
		Long cell = ward.cellA().id();
		MemberView an = this.fixtures.member(ward, ward.cellA(), "Trần Văn An");
		MemberView binh = this.fixtures.member(ward, ward.cellA(), "Phạm Thị Bình");
		MemberView cuong = this.fixtures.member(ward, ward.cellA(), "Lý Văn Cường");
		RatingView selfAn = this.ratings.recordMember(ward.secretary(), cell, an.id(), 2025,
				RatingStepCommand.of(RatingStepKind.SELF, 92, RatingLevel.EXCELLENT), null);
		RatingView selfBinh = this.ratings.recordMember(ward.secretary(), cell, binh.id(), 2025,
				RatingStepCommand.of(RatingStepKind.SELF, 80, RatingLevel.GOOD), null);

		assertRefused(
				() -> this.ratings.proposeAll(ward.secretary(), cell, 2025,
						List.of(new BulkProposal(an.id(), 91, RatingLevel.EXCELLENT, selfAn.version()),
								new BulkProposal(binh.id(), 80, RatingLevel.EXCELLENT, selfBinh.version()))),
				"rows[1].level", "rating.level.mismatch");
		assertRefused(
				() -> this.ratings.proposeAll(ward.secretary(), cell, 2025,
						List.of(new BulkProposal(an.id(), 91, RatingLevel.EXCELLENT, selfAn.version()),
								new BulkProposal(cuong.id(), 80, RatingLevel.GOOD, null))),
				"rows[1].score", "rating.order.noSelf");
		assertThat(this.ratings.member(ward.admin(), cell, an.id(), 2025).rating().steps()).hasSize(1);

		int recorded = this.ratings.proposeAll(ward.secretary(), cell, 2025,
				List.of(new BulkProposal(an.id(), 91, RatingLevel.EXCELLENT, selfAn.version()),
						new BulkProposal(binh.id(), null, null, selfBinh.version())));
		assertThat(recorded).isEqualTo(1);
		assertThat(this.ratings.member(ward.admin(), cell, an.id(), 2025).rating().lastKind())
			.isEqualTo(RatingStepKind.PROPOSAL);
		assertThat(this.ratings.member(ward.admin(), cell, binh.id(), 2025).rating().lastKind())
			.isEqualTo(RatingStepKind.SELF);
		assertThat(this.ratings.memberLevels(ward.admin(), cell, 2025).pending()).isEqualTo(2);
		assertThat(this.ratings.memberLevels(ward.admin(), cell, 2025).notRated()).isEqualTo(1);
	}

	private RatingView decidedCell(TestWard ward, int score, RatingLevel level) {
		Long cell = ward.cellA().id();
		RatingView self = this.ratings.recordCell(ward.secretary(), cell, 2025,
				RatingStepCommand.of(RatingStepKind.SELF, score, level), null);
		RatingView proposed = this.ratings.recordCell(ward.secretary(), cell, 2025,
				RatingStepCommand.of(RatingStepKind.PROPOSAL, score, level), self.version());
		return this.ratings.recordCell(ward.admin(), cell, 2025,
				RatingStepCommand.decision(score, level, "Đảng ủy phường Thử", null, DECIDED, null),
				proposed.version());
	}

	private static RatingStepCommand self(int score, RatingLevel level, Map<Long, Integer> groups) {
		return new RatingStepCommand(RatingStepKind.SELF, score, groups, level, null, null, null, null, null, null);
	}

	private static RatingStepCommand disqualified(int score, RatingLevel level, Long fact) {
		return new RatingStepCommand(RatingStepKind.SELF, score, Map.of(), level, fact, null, null, null, null, null);
	}

	private int ratingRows(TestWard ward) {
		Integer count = this.jdbc.queryForObject(
				"select (select count(*) from ratings where ward_id = ?) + (select count(*) from rating_steps where ward_id = ?)",
				Integer.class, ward.id(), ward.id());
		return (count != null) ? count : 0;
	}

	private static void assertRefused(Runnable call, String field, String key) {
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(call::run)
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo(field))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo(key));
	}

}
