package vn.sochibo.dashboard;

import java.util.List;

import vn.sochibo.fund.LedgerYear;
import vn.sochibo.project.ProjectYear;
import vn.sochibo.welfare.WelfareYear;

/**
 * A staff member's year at a glance, within their scope, each part its owner's one year
 * figure: the ledger of the year and of the year before (year against year), the
 * projects, welfare, and the own work of each Party cell whose records the user reaches
 * (none for an officer).
 *
 * @param wholeWard whether the figures are the whole ward's (ward admin, inspector) or
 * those of the user's areas
 * @param areaNames the names of the user's areas when not the whole ward
 * @param years the years that can be chosen, newest first: from the first with records to
 * this year
 */
public record Dashboard(int year, boolean wholeWard, List<String> areaNames, LedgerYear ledger,
		LedgerYear previousLedger, ProjectYear projects, WelfareYear welfare, List<CellWork> cells,
		List<Integer> years) {

	public Dashboard {
		areaNames = List.copyOf(areaNames);
		cells = List.copyOf(cells);
		years = List.copyOf(years);
	}

	public int previousYear() {
		return this.year - 1;
	}

	/** Whether the user reaches the own records of some cell (never an officer). */
	public boolean showsCellWork() {
		return !this.cells.isEmpty();
	}

}
