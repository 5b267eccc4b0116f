package vn.sochibo.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Dates as written in Vietnam: "05/02/2026" in tables and records; "ngày 05 tháng 3 năm
 * 2026" in documents (receipts, signing lists, printed lists, posters, reports).
 *
 * <p>
 * The document form follows Hướng dẫn 36-HD/VPTW: a leading zero for days below 10 and
 * for months 1 and 2 (so that "tháng 1" cannot be turned into "tháng 11" by hand), none
 * for the other months. Templates reach it through {@link TemplateDates} as
 * {@code ${@dates.inDocument(date)}}.
 */
public final class VietnameseDates {

	private static final DateTimeFormatter TABLE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private VietnameseDates() {
	}

	/** "05/02/2026", or {@code null} for no date. */
	public static String format(LocalDate date) {
		return (date != null) ? TABLE.format(date) : null;
	}

	/**
	 * "ngày 05 tháng 3 năm 2026", "ngày 15 tháng 02 năm 2026", or {@code null} for no
	 * date.
	 */
	public static String inDocument(LocalDate date) {
		if (date == null) {
			return null;
		}
		int day = date.getDayOfMonth();
		int month = date.getMonthValue();
		return "ngày " + ((day < 10) ? "0" : "") + day + " tháng " + ((month <= 2) ? "0" : "") + month + " năm "
				+ date.getYear();
	}

	/**
	 * A moment in a document, such as when it was printed: "14:30 ngày 05 tháng 3 năm
	 * 2026", or {@code null} for none.
	 */
	public static String inDocument(LocalDateTime moment) {
		return (moment != null) ? TIME.format(moment) + " " + inDocument(moment.toLocalDate()) : null;
	}

}
