package vn.sochibo.shared;

import java.time.LocalDate;

/**
 * The earliest date a record may carry: 1 January 2000. Older paper books stay on paper,
 * and an earlier date is almost always a slip of the keyboard ("1025" for "2025"). Every
 * service that takes a date or a year checks it here; the database's CHECK constraints on
 * dates and years (db/migration) hold the same bound.
 */
public final class RecordDates {

	/** The first year a record may be dated in. */
	public static final int FIRST_YEAR = 2000;

	/** No record is dated before this. */
	public static final LocalDate EARLIEST = LocalDate.of(FIRST_YEAR, 1, 1);

	/** "Ngày không được trước {0}." with the earliest date. */
	static final String TOO_OLD = "date.tooOld";

	private RecordDates() {
	}

	/**
	 * Refuses a date before {@link #EARLIEST} with an error next to {@code field}; no
	 * date passes (whether one is required is the caller's rule).
	 * @throws RuleViolationException "Ngày không được trước 01/01/2000."
	 */
	public static void requireNotTooOld(String field, LocalDate date) {
		if (date != null && date.isBefore(EARLIEST)) {
			throw new RuleViolationException(field, TOO_OLD, VietnameseDates.format(EARLIEST));
		}
	}

}
