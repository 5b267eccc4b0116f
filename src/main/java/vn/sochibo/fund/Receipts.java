package vn.sochibo.fund;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.account.Accounts;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.AmountInWords;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.ward.WardView;
import vn.sochibo.ward.Wards;

/**
 * Receipts (phiếu thu) of the entries that raise money. Every print is recorded: the
 * first is the original, every later one is marked "BẢN SAO". A receipt whose entry was
 * reversed prints as cancelled.
 */
@Service
public class Receipts {

	private final LedgerEntryStore entries;

	private final FundStore funds;

	private final Wards wards;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final Clock clock;

	Receipts(LedgerEntryStore entries, FundStore funds, Wards wards, Accounts accounts, JdbcClient jdbc, Clock clock) {
		this.entries = entries;
		this.funds = funds;
		this.wards = wards;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The receipt as it would print next (an original until it is first printed), without
	 * recording a print.
	 */
	@Transactional(readOnly = true)
	public ReceiptView preview(CurrentUser user, Long fundId, Long entryId) {
		user.require(Action.READ);
		return view(user, fundId, entryId, printCount(entryId) > 0);
	}

	/**
	 * Records a print and returns the receipt: the original the first time, a copy after.
	 */
	@Transactional
	public ReceiptView print(CurrentUser user, Long fundId, Long entryId) {
		user.require(Action.PRINT);
		LedgerEntry entry = load(user, fundId, entryId);
		// Lock the entry's fund (the lock its appends take) so two simultaneous first
		// prints do not both say original. Not the entry's row: locking a row takes the
		// UPDATE privilege, which the application has not on the append-only ledger.
		this.jdbc.sql("select id from funds where id = :id for update").param("id", entry.fundId()).query().rowSet();
		boolean copy = printCount(entryId) > 0;
		this.jdbc.sql("""
				insert into receipt_prints (ward_id, entry_id, printed_by, printed_at)
				values (:wardId, :entryId, :by, :at)""")
			.param("wardId", entry.wardId())
			.param("entryId", entry.id())
			.param("by", user.username())
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
		return view(user, fundId, entryId, copy);
	}

	/**
	 * The receipt register of a year: every number issued, in order, with the cancelled
	 * ones marked (a number is never reused or skipped).
	 */
	@Transactional(readOnly = true)
	public List<ReceiptRow> register(CurrentUser user, int year) {
		user.require(Action.READ);
		return this.jdbc.sql("""
				select e.id, e.fund_id, f.name as fund_name, e.receipt_no, e.receipt_year, e.entry_date,
				       coalesce(e.contributor_name, e.display_name) as contributor, e.amount,
				       r.entry_date as voided_on,
				       (select count(*) from receipt_prints p where p.entry_id = e.id) as prints
				from ledger_entries e join funds f on f.id = e.fund_id
				left join ledger_entries r on r.reverses_id = e.id
				where e.ward_id = :wardId and e.receipt_year = :year
				order by e.receipt_no""")
			.param("wardId", user.requireWard())
			.param("year", year)
			.query((rs, row) -> new ReceiptRow(rs.getLong("id"), rs.getLong("fund_id"), rs.getString("fund_name"),
					rs.getInt("receipt_no"), rs.getInt("receipt_year"), rs.getDate("entry_date").toLocalDate(),
					rs.getString("contributor"), vn.sochibo.shared.Money.of(rs.getBigDecimal("amount")),
					(rs.getDate("voided_on") != null) ? rs.getDate("voided_on").toLocalDate() : null,
					rs.getInt("prints")))
			.list();
	}

	private ReceiptView view(CurrentUser user, Long fundId, Long entryId, boolean copy) {
		LedgerEntry entry = load(user, fundId, entryId);
		WardView ward = this.wards.get(entry.wardId());
		FundSummary fund = this.funds.summary(entry.wardId(), entry.fundId())
			.orElseThrow(() -> new FundNotFoundException(fundId));
		Optional<LedgerEntry> reversal = this.entries.reversalOf(entry.id());
		LocalDate voidedOn = reversal.map(LedgerEntry::date).orElse(null);
		String voidReason = reversal.map(LedgerEntry::reason).orElse(null);
		String contributor = (entry.contributorName() != null) ? entry.contributorName() : entry.displayName();
		return new ReceiptView(entry.id(), entry.fundId(), ward.name(), ward.superiorBody(), ward.placeName(),
				fund.name(), entry.receiptNo(), entry.receiptYear(), entry.date(), contributor, entry.contributorKind(),
				entry.amount(), AmountInWords.of(entry.amount()), entry.method(), entry.description(),
				this.accounts.fullNameOf(entry.wardId(), entry.recordedBy()), entry.publicCode(),
				"/public/entries/" + entry.publicCode(), copy, voidedOn, voidReason, fund.headHash(),
				Instant.now(this.clock));
	}

	private LedgerEntry load(CurrentUser user, Long fundId, Long entryId) {
		return this.entries.find(user.requireWard(), entryId)
			.filter((entry) -> entry.fundId().equals(fundId) && entry.hasReceipt())
			.orElseThrow(() -> new EntryNotFoundException(entryId));
	}

	private int printCount(Long entryId) {
		return this.jdbc.sql("select count(*) from receipt_prints where entry_id = :id")
			.param("id", entryId)
			.query(Integer.class)
			.single();
	}

}
