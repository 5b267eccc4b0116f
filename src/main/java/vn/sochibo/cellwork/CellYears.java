package vn.sochibo.cellwork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.fund.LedgerFigures;
import vn.sochibo.fund.LedgerYear;
import vn.sochibo.household.HouseholdFigures;
import vn.sochibo.project.ProjectFigures;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RecordDates;
import vn.sochibo.welfare.WelfareFigures;
import vn.sochibo.ward.CellView;

/**
 * A cell's year ({@link CellYear}) from each part's year figure, in a constant number of
 * statements whatever the cell's size.
 */
@Service
public class CellYears {

	private final CellAccess access;

	private final Members members;

	private final Meetings meetings;

	private final Activities activities;

	private final Visits visits;

	private final Twinnings twinnings;

	private final Ratings ratings;

	private final HouseholdFigures households;

	private final WelfareFigures welfare;

	private final LedgerFigures ledger;

	private final ProjectFigures projects;

	private final Clock clock;

	CellYears(CellAccess access, Members members, Meetings meetings, Activities activities, Visits visits,
			Twinnings twinnings, Ratings ratings, HouseholdFigures households, WelfareFigures welfare,
			LedgerFigures ledger, ProjectFigures projects, Clock clock) {
		this.access = access;
		this.ledger = ledger;
		this.projects = projects;
		this.welfare = welfare;
		this.households = households;
		this.members = members;
		this.meetings = meetings;
		this.activities = activities;
		this.visits = visits;
		this.twinnings = twinnings;
		this.ratings = ratings;
		this.clock = clock;
	}

	/**
	 * The years a cell's year can be shown for: from {@value RecordDates#FIRST_YEAR} to
	 * this year.
	 */
	public boolean shows(int year) {
		return year >= RecordDates.FIRST_YEAR && year <= LocalDate.now(this.clock).getYear();
	}

	/**
	 * The areas the cell covered at some time of the year.
	 */
	static Set<Long> areasOf(CellView cell, int year) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		return cell.areas()
			.stream()
			.filter((link) -> !link.validFrom().isAfter(last)
					&& (link.validTo() == null || !link.validTo().isBefore(first)))
			.map(CellView.CellAreaView::areaId)
			.collect(Collectors.toSet());
	}

	@Transactional(readOnly = true)
	public CellYear year(CurrentUser user, Long cellId, int year) {
		CellView cell = this.access.require(user, Action.READ_CELL_WORK, cellId);
		if (!shows(year)) {
			throw new IllegalArgumentException("no year " + year);
		}
		LocalDate today = LocalDate.now(this.clock);
		LocalDate countedOn = (year == today.getYear()) ? today : LocalDate.of(year, 12, 31);
		Set<Long> areas = areasOf(cell, year);
		CellRatingYear ratings = this.ratings.year(user, cellId, year);
		LedgerYear ledger = this.ledger.year(user, areas, year);
		return new CellYear(cell, year, countedOn, this.households.register(user, areas, year),
				this.welfare.year(user, areas, year), ledger, this.projects.year(user, areas, ledger),
				this.members.counts(user, cellId, countedOn),
				this.members.admitted(user, cellId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)),
				this.meetings.year(user, cellId, year), this.activities.year(user, cellId, year),
				this.visits.year(user, cellId, year), this.twinnings.list(user, cellId), ratings.cellRating(),
				ratings.memberLevels());
	}

}
