package vn.sochibo.fund;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Receipt numbers per ward and year without gaps: the counter row stays locked until the
 * posting commits, and rolls back with it.
 */
@Component
class ReceiptNumbers {

	private final JdbcClient jdbc;

	ReceiptNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	int next(Long wardId, int year) {
		return this.jdbc.sql("""
				insert into receipt_counters (ward_id, year, last_no) values (:wardId, :year, 1)
				on conflict (ward_id, year) do update set last_no = receipt_counters.last_no + 1
				returning last_no""").param("wardId", wardId).param("year", year).query(Integer.class).single();
	}

}
