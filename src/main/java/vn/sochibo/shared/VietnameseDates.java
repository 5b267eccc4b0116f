package vn.sochibo.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Dates as written in Vietnam: "05/02/2026" in tables and records.
 */
public final class VietnameseDates {

	private static final DateTimeFormatter TABLE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private VietnameseDates() {
	}

	/** "05/02/2026", or {@code null} for no date. */
	public static String format(LocalDate date) {
		return (date != null) ? TABLE.format(date) : null;
	}

}
