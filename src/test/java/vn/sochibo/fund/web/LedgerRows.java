package vn.sochibo.fund.web;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the ledger of a ward holds, counted in the database: its entries, its batches and
 * the receipt numbers taken. Equal before and after a refused request means nothing was
 * written, not even half of it.
 */
record LedgerRows(long entries, long batches, long receiptNumbers, long closedYears) {

	static LedgerRows of(JdbcTemplate jdbc, Long wardId) {
		return new LedgerRows(count(jdbc, "select count(*) from ledger_entries where ward_id = ?", wardId),
				count(jdbc, "select count(*) from ledger_batches where ward_id = ?", wardId),
				count(jdbc, "select coalesce(sum(last_no), 0) from receipt_counters where ward_id = ?", wardId),
				count(jdbc, "select count(*) from ledger_closed_years where ward_id = ?", wardId));
	}

	private static long count(JdbcTemplate jdbc, String sql, Long wardId) {
		Long count = jdbc.queryForObject(sql, Long.class, wardId);
		return (count != null) ? count : 0;
	}

}
