package vn.sochibo.report;

import vn.sochibo.shared.NotFoundException;

/**
 * No such report: a year the cell's report cannot be for (in the future, before the cell
 * existed), or an edition that was never made.
 */
public class ReportNotFoundException extends NotFoundException {

	public ReportNotFoundException(Long cellId, int year) {
		super("report", cellId + "/" + year);
	}

}
