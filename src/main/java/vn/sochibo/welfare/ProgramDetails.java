package vn.sochibo.welfare;

import java.time.LocalDate;
import java.util.Set;

import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.Money;

/**
 * The editable fields of a welfare program: its occasion, year and date, the household
 * statuses (of that year) it is for, its budget, where its money comes from (a fund, a
 * cell, the Front committee or a named sponsor) and the areas it covers (none: the whole
 * ward). A program paid from a fund names who approves its spending: every gift is an
 * expenditure of that fund, and an expenditure always has an approver. A program of a
 * cell may instead be for the cell's Party members ({@code memberGroup}): then it has no
 * status targets, and its recipients are the households where those members live.
 */
public record ProgramDetails(String name, Occasion occasion, Integer year, LocalDate date, Set<StatusKind> targets,
		Money budget, ProgramSource source, Long fundId, Long cellId, String sponsorName, String description,
		Set<Long> areaIds, String approver, MemberGroup memberGroup) {

	public ProgramDetails {
		targets = (targets != null) ? Set.copyOf(targets) : Set.of();
		areaIds = (areaIds != null) ? Set.copyOf(areaIds) : Set.of();
	}

	/**
	 * A program for households of some statuses.
	 */
	public ProgramDetails(String name, Occasion occasion, Integer year, LocalDate date, Set<StatusKind> targets,
			Money budget, ProgramSource source, Long fundId, Long cellId, String sponsorName, String description,
			Set<Long> areaIds, String approver) {
		this(name, occasion, year, date, targets, budget, source, fundId, cellId, sponsorName, description, areaIds,
				approver, null);
	}

}
