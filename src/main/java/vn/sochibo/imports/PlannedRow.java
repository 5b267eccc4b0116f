package vn.sochibo.imports;

import java.util.List;

/**
 * A row of the plan phase 1 stores: its Excel row number, the decision, the existing
 * record it matches (with the version it was read at, and how to name it), the cells as
 * typed (of a row with errors), the checked values ({@link ValueCodec}: what phase 2
 * writes) and the errors.
 */
public record PlannedRow(int rowNo, RowDecision decision, Long targetId, Integer targetVersion, String targetLabel,
		List<String> cells, String value, List<RowError> errors) {

	public PlannedRow {
		cells = List.copyOf(cells);
		errors = List.copyOf(errors);
	}

}
