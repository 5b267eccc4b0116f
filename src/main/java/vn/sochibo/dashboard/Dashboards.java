package vn.sochibo.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.cellwork.CellAccess;
import vn.sochibo.cellwork.Activities;
import vn.sochibo.cellwork.Meetings;
import vn.sochibo.cellwork.Visits;
import vn.sochibo.fund.LedgerFigures;
import vn.sochibo.fund.LedgerYear;
import vn.sochibo.fund.LedgerYear.FundLine;
import vn.sochibo.fund.YearOnYear;
import vn.sochibo.project.ProjectFigures;
import vn.sochibo.project.ProjectYear;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.AreaScope;
import vn.sochibo.shared.AreaScopes;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.NaturalOrder;
import vn.sochibo.shared.RecordDates;
import vn.sochibo.ward.AreaView;
import vn.sochibo.ward.Areas;
import vn.sochibo.ward.CellView;
import vn.sochibo.welfare.WelfareFigures;
import vn.sochibo.welfare.WelfarePrograms;
import vn.sochibo.welfare.WelfareYear;

/**
 * The staff home's figures ({@link Dashboard}) within the user's scope, read only through
 * each feature's year figures: the ward admin and the inspector see the whole ward, a
 * cell secretary the areas of their cells (and those cells' own work), an officer their
 * areas (and no cell work). A bounded number of statements whatever the size of the
 * records: the scope, the areas, the ledger's two years (one statement), the projects,
 * welfare and its years, the cells — plus, for each cell whose own records the user
 * reaches, that cell's year (a constant number per cell).
 */
@Service
public class Dashboards {

	private final LedgerFigures ledger;

	private final ProjectFigures projects;

	private final WelfareFigures welfare;

	private final WelfarePrograms programs;

	private final Meetings meetings;

	private final Activities activities;

	private final Visits visits;

	private final CellAccess cellAccess;

	private final Areas areas;

	private final AreaScopes scopes;

	private final Clock clock;

	private final CellWorkCache cellWorkCache;

	Dashboards(LedgerFigures ledger, ProjectFigures projects, WelfareFigures welfare, WelfarePrograms programs,
			Meetings meetings, Activities activities, Visits visits, CellAccess cellAccess, Areas areas,
			AreaScopes scopes, CellWorkCache cellWorkCache, Clock clock) {
		this.cellWorkCache = cellWorkCache;
		this.ledger = ledger;
		this.projects = projects;
		this.welfare = welfare;
		this.programs = programs;
		this.meetings = meetings;
		this.activities = activities;
		this.visits = visits;
		this.cellAccess = cellAccess;
		this.areas = areas;
		this.scopes = scopes;
		this.clock = clock;
	}

	public int thisYear() {
		return LocalDate.now(this.clock).getYear();
	}

	/**
	 * The years the dashboard can show: from {@value RecordDates#FIRST_YEAR} to this
	 * year.
	 */
	public boolean shows(int year) {
		return year >= RecordDates.FIRST_YEAR && year <= thisYear();
	}

	/**
	 * The user's year at a glance.
	 * @throws DashboardYearNotFoundException for a year outside {@link #shows}
	 */
	@Transactional(readOnly = true)
	public Dashboard of(CurrentUser user, int year) {
		user.require(Action.READ).requireWard();
		if (!shows(year)) {
			throw new DashboardYearNotFoundException(year);
		}
		AreaScope scope = this.scopes.of(user);
		List<AreaView> wardAreas = this.areas.list(user);
		LedgerYear ledger;
		LedgerYear previous;
		ProjectYear projects;
		Set<Long> areaIds;
		if (scope.wholeWard()) {
			areaIds = wardAreas.stream().map(AreaView::id).collect(Collectors.toSet());
			YearOnYear years = this.ledger.wardYearOnYear(user, year);
			ledger = years.year();
			previous = years.previous();
			projects = this.projects.wardYear(user, ledger);
		}
		else {
			areaIds = scope.areaIds();
			YearOnYear years = this.ledger.yearOnYear(user, areaIds, year);
			ledger = years.year();
			previous = years.previous();
			projects = this.projects.year(user, areaIds, ledger);
		}
		WelfareYear welfare = this.welfare.year(user, areaIds, year);
		List<String> areaNames = scope.wholeWard() ? List.of()
				: NaturalOrder.sorted(
						wardAreas.stream().filter((area) -> areaIds.contains(area.id())).map(AreaView::name).toList(),
						(name) -> name);
		return new Dashboard(year, scope.wholeWard(), areaNames, ledger, previous, projects, welfare,
				cellWork(user, year), years(user, ledger, year));
	}

	/**
	 * The year's work of each cell whose own records the user reaches and that existed in
	 * the year, by name — the meetings', activities' and visits' year figures a cell's
	 * year is made of, a constant number of statements per cell: none for an officer.
	 */
	private List<CellWork> cellWork(CurrentUser user, int year) {
		if (!user.may(Action.READ_CELL_WORK)) {
			return List.of();
		}
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		List<CellView> cells = this.cellAccess.readable(user, Action.READ_CELL_WORK)
			.stream()
			.filter((cell) -> !cell.validFrom().isAfter(last)
					&& (cell.validTo() == null || !cell.validTo().isBefore(first)))
			.toList();
		List<CellWork> work = new ArrayList<>();
		for (CellView cell : NaturalOrder.sorted(cells, CellView::name)) {
			CellWork cached = this.cellWorkCache.get(user.wardId(), cell.id(), year,
					() -> new CellWork(cell, this.meetings.year(user, cell.id(), year),
							this.activities.year(user, cell.id(), year), this.visits.year(user, cell.id(), year)));
			work.add(new CellWork(cell, cached.meetings(), cached.activities(), cached.visits()));
		}
		return work;
	}

	/**
	 * From the first year with records — the earliest start of a fund with entries up to
	 * the year shown, or the earliest year of a welfare program — to this year, newest
	 * first; the year shown always among them.
	 */
	private List<Integer> years(CurrentUser user, LedgerYear ledger, int year) {
		int first = year;
		for (FundLine line : ledger.funds()) {
			if (line.fund().startsOn() != null) {
				first = Math.min(first, line.fund().startsOn().getYear());
			}
		}
		for (Integer programYear : this.programs.years(user)) {
			first = Math.min(first, programYear);
		}
		first = Math.max(first, RecordDates.FIRST_YEAR);
		return IntStream.rangeClosed(first, thisYear()).boxed().sorted(Comparator.reverseOrder()).toList();
	}

}
