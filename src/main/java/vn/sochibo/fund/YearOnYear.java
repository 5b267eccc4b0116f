package vn.sochibo.fund;

/**
 * A year's ledger beside the year before's, for comparing them — read in one pass
 * ({@link LedgerFigures#wardYearOnYear}).
 *
 * @param year the year asked for
 * @param previous the year before it
 */
public record YearOnYear(LedgerYear year, LedgerYear previous) {

}
