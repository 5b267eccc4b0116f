package vn.sochibo.cellwork;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.sochibo.fund.LedgerYear;
import vn.sochibo.household.RegisterYear;
import vn.sochibo.project.ProjectYear;
import vn.sochibo.shared.Figure;
import vn.sochibo.welfare.WelfareYear;
import vn.sochibo.shared.Figure.Unit;
import vn.sochibo.ward.CellView;

/**
 * A Party cell's year, from each part's one year figure: the register of the areas it
 * covered that year (households, residents, households by status), the welfare given
 * there, the ledger's year there (money by source and month, spent, balance) and the
 * projects, its members on the day counted (the year's last day, or today in the current
 * year) and those admitted in the year, the meetings and their attendance, the tasks, the
 * activities with distinct people and participations, the visits and their
 * recommendations, the twinnings and the rating. The year page shows it, and the annual
 * report and the exports read the same {@link #figures()}.
 */
public record CellYear(CellView cell, int year, LocalDate countedOn, RegisterYear register, WelfareYear welfare,
		LedgerYear ledger, ProjectYear projects, MemberCounts members, long admitted, MeetingYear meetings,
		ActivityYear activities, VisitYear visits, List<TwinningRow> twinnings, RatingView rating,
		MemberLevels memberLevels) {

	/**
	 * The year's figures, each defined once (see {@link Figure}), in the order a report
	 * tells them.
	 */
	public List<Figure> figures() {
		String base = "/cellwork/" + this.cell.id();
		String members = base + "/members";
		List<Figure> figures = new ArrayList<>(this.register.figures(householdList()));
		figures.addAll(this.welfare.figures());
		figures.addAll(this.ledger.figures());
		figures.addAll(this.projects.figures(areaList("/projects")));
		figures.add(new Figure("figure.cell.members.total", this.members.total(), Unit.COUNT, members));
		figures.add(new Figure("figure.cell.members.full", this.members.full(), Unit.COUNT, members + "?filter=FULL"));
		figures.add(new Figure("figure.cell.members.probationary", this.members.probationary(), Unit.COUNT,
				members + "?filter=PROBATIONARY"));
		figures.add(new Figure("figure.cell.members.exempt", this.members.exempt(), Unit.COUNT,
				members + "?filter=EXEMPT"));
		figures.add(new Figure("figure.cell.members.women", this.members.women(), Unit.COUNT, members));
		figures.add(new Figure("figure.cell.members.admitted", this.admitted, Unit.COUNT, members));
		String meetings = base + "/meetings?year=" + this.year;
		figures.add(new Figure("figure.cell.meetings.regular", this.meetings.regularCount(), Unit.COUNT, meetings));
		figures.add(new Figure("figure.cell.meetings.thematic", this.meetings.thematicCount(), Unit.COUNT, meetings));
		figures.add(new Figure("figure.cell.meetings.missing", this.meetings.missingCount(), Unit.COUNT, meetings));
		figures.add(new Figure("figure.cell.meetings.attendanceRate", this.meetings.total().rate(), Unit.PERCENT,
				meetings));
		String tasks = base + "/tasks";
		figures
			.add(new Figure("figure.cell.tasks.open", this.meetings.openTasks(), Unit.COUNT, tasks + "?status=OPEN"));
		figures.add(new Figure("figure.cell.tasks.overdue", this.meetings.overdueTasks(), Unit.COUNT,
				tasks + "?status=OVERDUE"));
		String activities = base + "/activities?year=" + this.year;
		ActivityFigures total = this.activities.total();
		figures.add(new Figure("figure.cell.activities.count", total.activities(), Unit.COUNT, activities));
		figures
			.add(new Figure("figure.cell.activities.memberPeople", total.members().people(), Unit.COUNT, activities));
		figures.add(new Figure("figure.cell.activities.memberParticipations", total.members().participations(),
				Unit.COUNT, activities));
		figures.add(new Figure("figure.cell.activities.people", total.total().people(),
				total.residentsAtLeast() ? Unit.AT_LEAST : Unit.COUNT, activities));
		figures.add(new Figure("figure.cell.activities.participations", total.total().participations(), Unit.COUNT,
				activities));
		String visits = base + "/visits";
		figures.add(new Figure("figure.cell.visits.count", this.visits.visits(), Unit.COUNT, visits));
		figures.add(new Figure("figure.cell.recommendations.count", this.visits.recommendations(), Unit.COUNT, visits));
		figures.add(new Figure("figure.cell.recommendations.open", this.visits.open(), Unit.COUNT, visits));
		figures.add(new Figure("figure.cell.recommendations.overdue", this.visits.overdue(), Unit.COUNT, visits));
		long twinned = this.twinnings.stream()
			.filter((twinning) -> twinning.status() != TwinningStatus.PLANNED && twinning.fromYear() <= this.year
					&& twinning.toYear() >= this.year)
			.count();
		figures.add(new Figure("figure.cell.twinnings.inForce", twinned, Unit.COUNT, base + "/twinnings"));
		return List.copyOf(figures);
	}

	/**
	 * The household list the register's figures count: of the cell's one area, or of the
	 * user's areas.
	 */
	private String householdList() {
		return areaList("/households");
	}

	/**
	 * A list of the cell's one area, or of the user's areas.
	 */
	private String areaList(String list) {
		java.util.Set<Long> areas = CellYears.areasOf(this.cell, this.year);
		return (areas.size() == 1) ? list + "?area=" + areas.iterator().next() : list + "?";
	}

	/**
	 * The figure of that key.
	 */
	public Figure figure(String key) {
		return figures().stream()
			.filter((figure) -> figure.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(key));
	}

}
