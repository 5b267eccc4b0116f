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
 * expenditure of that fund, and an expenditure always has an approver.
 */
public record ProgramDetails(String name, Occasion occasion, Integer year, LocalDate date, Set<StatusKind> targets,
		Money budget, ProgramSource source, Long fundId, Long cellId, String sponsorName, String description,
		Set<Long> areaIds, String approver) {

	public ProgramDetails {
		targets = (targets != null) ? Set.copyOf(targets) : Set.of();
		areaIds = (areaIds != null) ? Set.copyOf(areaIds) : Set.of();
	}

}
