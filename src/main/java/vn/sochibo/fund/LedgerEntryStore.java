package vn.sochibo.fund;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.sochibo.shared.Money;

/**
 * Reads and inserts ledger entries. There is no update or delete here, by design; the
 * table's trigger refuses them as well.
 */
@Component
class LedgerEntryStore {

	static final String COLUMNS = """
			id, ward_id, fund_id, seq, kind, method, amount, entry_date, area_id, household_id, contributor_kind,
			contributor_name, display_choice, display_name, description, payee, purpose, voucher_no, approver,
			pledge_id, reverses_id, reason, batch_id, public_code, receipt_year, receipt_no, recorded_by,
			recorded_at, prev_hash, hash""";

	static final RowMapper<LedgerEntry> ROW = LedgerEntryStore::map;

	private final JdbcClient jdbc;

	LedgerEntryStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Long insert(LedgerEntry e) {
		return this.jdbc.sql("""
				insert into ledger_entries (ward_id, fund_id, seq, kind, method, amount, entry_date, area_id,
				  household_id, contributor_kind, contributor_name, display_choice, display_name, description, payee,
				  purpose, voucher_no, approver, pledge_id, reverses_id, reason, batch_id, public_code, receipt_year,
				  receipt_no, recorded_by, recorded_at, prev_hash, hash)
				values (:wardId, :fundId, :seq, :kind, :method, :amount, :date, :areaId, :householdId,
				  :contributorKind, :contributorName, :displayChoice, :displayName, :description, :payee, :purpose,
				  :voucherNo, :approver, :pledgeId, :reversesId, :reason, :batchId, :publicCode, :receiptYear,
				  :receiptNo, :recordedBy, :recordedAt, :prevHash, :hash)
				returning id""")
			.param("wardId", e.wardId())
			.param("fundId", e.fundId())
			.param("seq", e.seq())
			.param("kind", e.kind().name())
			.param("method", (e.method() != null) ? e.method().name() : null)
			.param("amount", e.amount().amount())
			.param("date", Date.valueOf(e.date()))
			.param("areaId", e.areaId())
			.param("householdId", e.householdId())
			.param("contributorKind", (e.contributorKind() != null) ? e.contributorKind().name() : null)
			.param("contributorName", e.contributorName())
			.param("displayChoice", (e.displayChoice() != null) ? e.displayChoice().name() : null)
			.param("displayName", e.displayName())
			.param("description", e.description())
			.param("payee", e.payee())
			.param("purpose", e.purpose())
			.param("voucherNo", e.voucherNo())
			.param("approver", e.approver())
			.param("pledgeId", e.pledgeId())
			.param("reversesId", e.reversesId())
			.param("reason", e.reason())
			.param("batchId", e.batchId())
			.param("publicCode", e.publicCode())
			.param("receiptYear", e.receiptYear())
			.param("receiptNo", e.receiptNo())
			.param("recordedBy", e.recordedBy())
			.param("recordedAt", Timestamp.from(e.recordedAt()))
			.param("prevHash", e.prevHash())
			.param("hash", e.hash())
			.query(Long.class)
			.single();
	}

	Optional<LedgerEntry> find(Long wardId, Long id) {
		return this.jdbc.sql("select " + COLUMNS + " from ledger_entries where id = :id and ward_id = :wardId")
			.param("id", id)
			.param("wardId", wardId)
			.query(ROW)
			.optional();
	}

	Optional<LedgerEntry> findByPublicCode(String publicCode) {
		return this.jdbc.sql("select " + COLUMNS + " from ledger_entries where public_code = :code")
			.param("code", publicCode)
			.query(ROW)
			.optional();
	}

	/**
	 * The entry that reversed this one, if any (at most one: a unique constraint).
	 */
	Optional<LedgerEntry> reversalOf(Long entryId) {
		return this.jdbc.sql("select " + COLUMNS + " from ledger_entries where reverses_id = :id")
			.param("id", entryId)
			.query(ROW)
			.optional();
	}

	boolean isReversed(Long entryId) {
		return this.jdbc.sql("select exists (select 1 from ledger_entries where reverses_id = :id)")
			.param("id", entryId)
			.query(Boolean.class)
			.single();
	}

	/**
	 * What is still owed on a pledge: its amount less its payments that were not
	 * reversed.
	 */
	Money outstandingOnPledge(Long pledgeId) {
		BigDecimal paid = this.jdbc.sql("""
				select coalesce(sum(p.amount), 0) from ledger_entries p
				where p.pledge_id = :pledgeId
				  and not exists (select 1 from ledger_entries r where r.reverses_id = p.id)""")
			.param("pledgeId", pledgeId)
			.query(BigDecimal.class)
			.single();
		BigDecimal pledged = this.jdbc.sql("select amount from ledger_entries where id = :id")
			.param("id", pledgeId)
			.query(BigDecimal.class)
			.single();
		return Money.of(pledged.subtract(paid));
	}

	/**
	 * Every entry of a fund in chain order, one at a time (a fund may hold hundreds of
	 * thousands of entries).
	 */
	void forEachInChain(Long fundId, Consumer<LedgerEntry> action) {
		this.jdbc.sql("select " + COLUMNS + " from ledger_entries where fund_id = :fundId order by seq")
			.param("fundId", fundId)
			.withFetchSize(1000)
			.query((RowCallbackHandler) (rs) -> action.accept(map(rs, 0)));
	}

	/**
	 * Every entry of a fund newest first (as the staff page lists them), each with the id
	 * of the entry that reversed it or null, one at a time.
	 */
	void forEachNewestFirst(Long fundId, BiConsumer<LedgerEntry, Long> action) {
		this.jdbc
			.sql("select " + COLUMNS + ", (select r.id from ledger_entries r where r.reverses_id = e.id limit 1)"
					+ " as reversed_by from ledger_entries e where e.fund_id = :fundId order by e.seq desc")
			.param("fundId", fundId)
			.withFetchSize(1000)
			.query((RowCallbackHandler) (rs) -> action.accept(map(rs, 0), rs.getObject("reversed_by", Long.class)));
	}

	List<LedgerEntry> page(Long fundId, Integer beforeSeq, int size) {
		return this.jdbc
			.sql("select " + COLUMNS + " from ledger_entries where fund_id = :fundId"
					+ ((beforeSeq != null) ? " and seq < :before" : "") + " order by seq desc limit :size")
			.param("fundId", fundId)
			.param("before", beforeSeq)
			.param("size", size)
			.query(ROW)
			.list();
	}

	/**
	 * For each of these entries that was reversed, the id of its reversal.
	 */
	java.util.Map<Long, Long> reversalsOf(List<Long> entryIds) {
		java.util.Map<Long, Long> reversals = new java.util.HashMap<>();
		if (entryIds.isEmpty()) {
			return reversals;
		}
		this.jdbc.sql("select reverses_id, id from ledger_entries where reverses_id = any(:ids)")
			.param("ids", entryIds.toArray(Long[]::new))
			.query((RowCallbackHandler) (rs) -> reversals.put(rs.getLong("reverses_id"), rs.getLong("id")));
		return reversals;
	}

	private static LedgerEntry map(ResultSet rs, int row) throws SQLException {
		return new LedgerEntry(rs.getLong("id"), rs.getLong("ward_id"), rs.getLong("fund_id"), rs.getInt("seq"),
				EntryKind.valueOf(rs.getString("kind")), enumOf(PaymentMethod.class, rs.getString("method")),
				Money.of(rs.getBigDecimal("amount")), rs.getDate("entry_date").toLocalDate(),
				(Long) rs.getObject("area_id", Long.class), (Long) rs.getObject("household_id", Long.class),
				enumOf(ContributorKind.class, rs.getString("contributor_kind")), rs.getString("contributor_name"),
				enumOf(DisplayChoice.class, rs.getString("display_choice")), rs.getString("display_name"),
				rs.getString("description"), rs.getString("payee"), rs.getString("purpose"), rs.getString("voucher_no"),
				rs.getString("approver"), rs.getObject("pledge_id", Long.class),
				rs.getObject("reverses_id", Long.class), rs.getString("reason"), rs.getObject("batch_id", Long.class),
				rs.getString("public_code"), rs.getObject("receipt_year", Integer.class),
				rs.getObject("receipt_no", Integer.class), rs.getString("recorded_by"),
				rs.getTimestamp("recorded_at").toInstant(), rs.getString("prev_hash"), rs.getString("hash"));
	}

	private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
		return (name != null) ? Enum.valueOf(type, name) : null;
	}

}
