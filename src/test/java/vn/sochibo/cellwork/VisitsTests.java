package vn.sochibo.cellwork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.shared.OutOfScopeException;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.StaleEditException;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.MemberFixtures;
import vn.sochibo.support.StatementCounter;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.ward.CellNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Visits and their recommendations against PostgreSQL: who reaches them, the rules of
 * their dates and responsible people, follow-up notes until closed, the overview and the
 * year's figures.
 */
@IntegrationTest
class VisitsTests {

	@Autowired
	WardFixtures wards;

	@Autowired
	MemberFixtures members;

	@Autowired
	Visits visits;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	StatementCounter statements;

	TestWard ward;

	LocalDate today;

	@BeforeEach
	void ward() {
		this.ward = this.wards.newWard();
		this.today = LocalDate.now(this.clock);
	}

	VisitView visit(LocalDate date) {
		return this.visits.record(this.ward.secretary(), this.ward.cellA().id(),
				new VisitDetails(date,
						List.of(new Visitor("Đồng chí Nguyễn Văn A", "Bí thư Đảng ủy phường", "Đảng ủy phường")),
						"Kế hoạch 208-KH/QU", "Phong trào rác đúng giờ", null));
	}

	@Test
	void aVisitIsRecordedWithItsVisitorsAndItsAuditTrail() {
		VisitView visit = this.visits.record(this.ward.secretary(), this.ward.cellA().id(),
				new VisitDetails(this.today.minusDays(3),
						List.of(new Visitor("  Nguyễn Văn A ", "Bí thư", null), new Visitor(null, null, null),
								new Visitor("Trần Thị B", null, "Ủy ban phường")),
						"Kế hoạch 208-KH/QU … Mỗi tuần một khu phố", null, null));

		assertThat(visit.visitors()).extracting(Visitor::label)
			.containsExactly("Nguyễn Văn A, Bí thư", "Trần Thị B, Ủy ban phường");
		assertThat(this.visits.get(this.ward.inspector(), this.ward.cellA().id(), visit.id()).plan())
			.isEqualTo("Kế hoạch 208-KH/QU … Mỗi tuần một khu phố");
		assertThat(this.audit.history(Visits.ENTITY, visit.id())).extracting("field")
			.contains("visit.date", "visit.visitors", "visit.plan");
		assertThat(this.visits.list(this.ward.admin(), this.ward.cellA().id(), PageRequest.of(0, 20)).getContent())
			.extracting(VisitRow::visitors)
			.containsExactly("Nguyễn Văn A, Trần Thị B");
	}

	@Test
	void onlyTheWardsWholeRolesAndTheCellsSecretaryReachItsVisits() {
		VisitView visit = visit(this.today.minusDays(1));
		Long cellA = this.ward.cellA().id();

		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.visits.get(this.ward.officer(), cellA, visit.id()));
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.visits.record(this.ward.inspector(), cellA, details(this.today)));
		assertThatExceptionOfType(CellNotFoundException.class)
			.isThrownBy(() -> this.visits.record(this.ward.secretary(), this.ward.cellB().id(), details(this.today)));
		// The visit through another cell's address is not found.
		assertThatExceptionOfType(VisitNotFoundException.class)
			.isThrownBy(() -> this.visits.get(this.ward.admin(), this.ward.cellB().id(), visit.id()));
		TestWard other = this.wards.newWard();
		assertThatExceptionOfType(CellNotFoundException.class)
			.isThrownBy(() -> this.visits.get(other.admin(), cellA, visit.id()));
		assertThatExceptionOfType(VisitNotFoundException.class)
			.isThrownBy(() -> this.visits.get(other.admin(), other.cellA().id(), visit.id()));
	}

	@Test
	void aVisitInTheFutureOrWithoutVisitorsIsRefusedAndNothingIsWritten() {
		Long cellA = this.ward.cellA().id();
		assertRule(() -> this.visits.record(this.ward.secretary(), cellA, details(this.today.plusDays(1))), "date",
				"visit.date.future");
		assertRule(() -> this.visits.record(this.ward.secretary(), cellA, details(LocalDate.of(1999, 12, 31))), "date",
				"date.tooOld");
		assertRule(
				() -> this.visits.record(this.ward.secretary(), cellA,
						new VisitDetails(this.today, List.of(new Visitor(" ", null, null)), null, null, null)),
				"visitors[0].name", "visit.visitors.required");
		assertRule(
				() -> this.visits.record(this.ward.secretary(), cellA,
						new VisitDetails(this.today, List.of(new Visitor(null, "Bí thư", null)), null, null, null)),
				"visitors[0].name", "visit.visitor.name.required");
		assertThat(count("cell_visits")).isZero();
	}

	@Test
	void aRecommendationNamesAMemberOfTheCellOrAPersonAndIsNotDueBeforeItsVisit() {
		VisitView visit = visit(this.today.minusDays(10));
		MemberView member = this.members.member(this.ward, this.ward.cellA(), "Lê Văn Tổ");
		MemberView stranger = this.members.member(this.ward, this.ward.cellB(), "Phạm Văn Lạ");
		Long cellA = this.ward.cellA().id();

		VisitView added = this.visits.addRecommendation(this.ward.secretary(), cellA, visit.id(),
				new RecommendationDetails("Thành lập tổ PCCC", member.id(), null, this.today.plusDays(20)));
		this.visits.addRecommendation(this.ward.secretary(), cellA, visit.id(),
				new RecommendationDetails("Lắp camera an ninh", null, "Ban điều hành khu vực", null));

		assertThat(this.visits.get(this.ward.admin(), cellA, visit.id()).recommendations())
			.extracting(VisitView.RecommendationView::responsible)
			.containsExactly("Lê Văn Tổ", "Ban điều hành khu vực");
		assertThat(added.recommendations().get(0).status()).isEqualTo(RecommendationStatus.OPEN);
		assertRule(
				() -> this.visits.addRecommendation(this.ward.secretary(), cellA, visit.id(),
						new RecommendationDetails("Sớm", null, null, this.today.minusDays(11))),
				"dueOn", "recommendation.dueOn.beforeVisit");
		assertRule(
				() -> this.visits.addRecommendation(this.ward.secretary(), cellA, visit.id(),
						new RecommendationDetails("Xa", null, null, this.today.plusYears(11))),
				"dueOn", "recommendation.dueOn.tooLate");
		assertRule(
				() -> this.visits.addRecommendation(this.ward.secretary(), cellA, visit.id(),
						new RecommendationDetails("Người lạ", stranger.id(), null, null)),
				"responsibleMemberId", "recommendation.responsible.unknown");
		assertRule(
				() -> this.visits.addRecommendation(this.ward.secretary(), cellA, visit.id(),
						new RecommendationDetails("Cả hai", member.id(), "Tổ dân phố", null)),
				"responsibleName", "recommendation.responsible.both");
		assertRule(
				() -> this.visits.addRecommendation(this.ward.secretary(), cellA, visit.id(),
						new RecommendationDetails("  ", null, null, null)),
				"content", "recommendation.content.required");
		assertThat(count("cell_recommendations")).isEqualTo(2);
		// A visit of another cell is not found through this cell.
		VisitView ofB = this.visits.record(this.ward.admin(), this.ward.cellB().id(), details(this.today));
		assertThatExceptionOfType(VisitNotFoundException.class).isThrownBy(() -> this.visits
			.addRecommendation(this.ward.admin(), cellA, ofB.id(), new RecommendationDetails("X", null, null, null)));
	}

	@Test
	void followUpNotesAreAppendedUntilOneClosesTheRecommendationWithItsResult() {
		VisitView visit = visit(this.today.minusDays(30));
		Long cellA = this.ward.cellA().id();
		VisitView.RecommendationView r = this.visits
			.addRecommendation(this.ward.secretary(), cellA, visit.id(),
					new RecommendationDetails("Thu gom rác đúng giờ", null, "Tổ vệ sinh", this.today.minusDays(1)))
			.recommendations()
			.get(0);
		assertThat(r.overdue()).isTrue();

		VisitView.RecommendationView moved = this.visits
			.followUp(this.ward.secretary(), cellA, r.id(),
					new FollowUp(this.today.minusDays(20), "Đã họp tổ", RecommendationStatus.IN_PROGRESS, null),
					r.version())
			.recommendations()
			.get(0);
		assertRule(
				() -> this.visits.followUp(this.ward.secretary(), cellA, r.id(),
						new FollowUp(this.today, "Xong", RecommendationStatus.DONE, null), moved.version()),
				"result", "followUp.result.required");
		assertRule(
				() -> this.visits.followUp(this.ward.secretary(), cellA, r.id(),
						new FollowUp(this.today.minusDays(31), "Trước", null, null), moved.version()),
				"date", "followUp.date.beforeVisit");
		assertRule(
				() -> this.visits.followUp(this.ward.secretary(), cellA, r.id(),
						new FollowUp(this.today.plusDays(1), "Mai", null, null), moved.version()),
				"date", "visit.date.future");
		assertThatExceptionOfType(StaleEditException.class).isThrownBy(() -> this.visits.followUp(this.ward.secretary(),
				cellA, r.id(), new FollowUp(this.today, "Cũ", null, null), r.version()));
		VisitView.RecommendationView closed = this.visits.followUp(this.ward.secretary(), cellA, r.id(),
				new FollowUp(this.today, "Đã thực hiện", RecommendationStatus.DONE, "Rác bỏ đúng giờ"), moved.version())
			.recommendations()
			.get(0);

		assertThat(closed.status()).isEqualTo(RecommendationStatus.DONE);
		assertThat(closed.closedOn()).isEqualTo(this.today);
		assertThat(closed.overdue()).isFalse();
		assertThat(closed.notes()).extracting(VisitView.NoteView::note).containsExactly("Đã họp tổ", "Đã thực hiện");
		assertRule(
				() -> this.visits.followUp(this.ward.secretary(), cellA, r.id(),
						new FollowUp(this.today, "Thêm", null, null), closed.version()),
				"note", "recommendation.closed");
		assertThat(count("cell_recommendation_notes")).isEqualTo(2);
		assertThat(this.audit.historyWithParts(this.ward.id(), Visits.ENTITY, visit.id(), 0).getContent())
			.extracting("action")
			.contains("RECOMMENDATION_NOTE", "UPDATE", "CREATE");
	}

	@Test
	void theOverviewCountsOpenAndOverdueRecommendationsOfTheCellsTheUserReaches() {
		VisitView visit = visit(this.today.minusDays(30));
		Long cellA = this.ward.cellA().id();
		this.visits.addRecommendation(this.ward.secretary(), cellA, visit.id(),
				new RecommendationDetails("Quá hạn", null, null, this.today.minusDays(2)));
		this.visits.addRecommendation(this.ward.secretary(), cellA, visit.id(),
				new RecommendationDetails("Còn hạn", null, null, this.today.plusDays(2)));
		VisitView.RecommendationView done = this.visits
			.addRecommendation(this.ward.secretary(), cellA, visit.id(),
					new RecommendationDetails("Đã xong", null, null, null))
			.recommendations()
			.get(2);
		this.visits.followUp(this.ward.secretary(), cellA, done.id(),
				new FollowUp(this.today, "Bỏ", RecommendationStatus.DROPPED, null), done.version());

		assertThat(this.visits.overview(this.ward.admin())).containsExactlyInAnyOrder(
				new RecommendationCounts(cellA, "Chi bộ A", 2, 1),
				new RecommendationCounts(this.ward.cellB().id(), "Chi bộ B", 0, 0));
		assertThat(this.visits.overview(this.ward.secretary()))
			.containsExactly(new RecommendationCounts(cellA, "Chi bộ A", 2, 1));
		assertThat(this.visits.openRecommendations(this.ward.inspector(), cellA))
			.extracting(OpenRecommendation::content, OpenRecommendation::overdue)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Quá hạn", true),
					org.assertj.core.groups.Tuple.tuple("Còn hạn", false));
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.visits.overview(this.ward.officer()));

		VisitYear year = this.visits.year(this.ward.admin(), cellA, visit.date().getYear());
		assertThat(year.visits()).isEqualTo(1);
		assertThat(year.recommendations()).isEqualTo(3);
		if (this.today.getYear() == visit.date().getYear()) {
			assertThat(year).isEqualTo(new VisitYear(this.today.getYear(), 1, 3, 1, 2, 1));
		}
		assertThat(this.visits.year(this.ward.admin(), cellA, 2001)).isEqualTo(new VisitYear(2001, 0, 0, 0, 0, 0));
	}

	@Test
	void anEditNeedsTheVersionItWasOpenedWithAndKeepsTheVisitBeforeItsRecommendationsDue() {
		VisitView visit = visit(this.today.minusDays(10));
		Long cellA = this.ward.cellA().id();
		this.visits.addRecommendation(this.ward.secretary(), cellA, visit.id(),
				new RecommendationDetails("Hạn", null, null, this.today.minusDays(5)));

		VisitView edited = this.visits.update(this.ward.secretary(), cellA, visit.id(),
				new VisitDetails(this.today.minusDays(9), List.of(new Visitor("Nguyễn Văn C", null, null)), null,
						"Biểu dương", null),
				visit.version());
		assertThat(edited.visitors()).extracting(Visitor::name).containsExactly("Nguyễn Văn C");
		assertThatExceptionOfType(StaleEditException.class).isThrownBy(() -> this.visits.update(this.ward.secretary(),
				cellA, visit.id(), details(this.today.minusDays(8)), visit.version()));
		assertRule(() -> this.visits.update(this.ward.secretary(), cellA, visit.id(), details(this.today.minusDays(1)),
				edited.version()), "date", "visit.date.afterDue");
		assertThat(this.audit.history(Visits.ENTITY, visit.id())).extracting("field").contains("visit.praised");
	}

	@Test
	void theYearTheOpenRecommendationsAndTheListCostTheSameStatementsWhateverTheirSize() {
		Long cellA = this.ward.cellA().id();
		VisitView visit = visit(this.today.minusDays(3));
		this.visits.addRecommendation(this.ward.secretary(), cellA, visit.id(),
				new RecommendationDetails("Một", null, null, null));
		int[] few = costs(cellA);
		for (int i = 0; i < 6; i++) {
			VisitView more = visit(this.today.minusDays(2));
			this.visits.addRecommendation(this.ward.secretary(), cellA, more.id(),
					new RecommendationDetails("Thêm " + i, null, null, this.today.minusDays(1)));
		}
		assertThat(costs(cellA)).containsExactly(few);
	}

	private int[] costs(Long cellId) {
		int year = this.today.getYear();
		this.statements.reset();
		this.visits.year(this.ward.admin(), cellId, year);
		int yearCost = this.statements.count();
		this.statements.reset();
		this.visits.openRecommendations(this.ward.admin(), cellId);
		int openCost = this.statements.count();
		this.statements.reset();
		this.visits.list(this.ward.admin(), cellId, PageRequest.of(0, 20));
		int listCost = this.statements.count();
		this.statements.reset();
		this.visits.overview(this.ward.admin());
		return new int[] { yearCost, openCost, listCost, this.statements.count() };
	}

	private VisitDetails details(LocalDate date) {
		return new VisitDetails(date, List.of(new Visitor("Đồng chí Nguyễn Văn A", null, null)), null, null, null);
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table + " where ward_id = ?", Long.class,
				this.ward.id());
	}

	private static void assertRule(Runnable call, String field, String key) {
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(call::run)
			.satisfies((ex) -> assertThat(ex.field() + " " + ex.messageKey()).isEqualTo(field + " " + key));
	}

}
