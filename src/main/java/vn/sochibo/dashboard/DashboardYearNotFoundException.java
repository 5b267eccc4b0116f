package vn.sochibo.dashboard;

import vn.sochibo.shared.NotFoundException;

/**
 * A year the dashboard has no figures for: before the first year records may be dated, or
 * after this year (404).
 */
public class DashboardYearNotFoundException extends NotFoundException {

	public DashboardYearNotFoundException(int year) {
		super("dashboard year", year);
	}

}
