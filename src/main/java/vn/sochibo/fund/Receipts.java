package vn.sochibo.fund;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.account.Accounts;
import vn.sochibo.shared.AccessPolicy;
import vn.sochibo.shared.AccessPolicy.Decision;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.AmountInWords;
import vn.sochibo.shared.AreaScope;
import vn.sochibo.shared.AreaScopes;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.RecordScope;
import vn.sochibo.submission.FormSubmissions;
import vn.sochibo.ward.WardView;
import vn.sochibo.ward.Wards;

/**
 * Receipts (phiếu thu) of the entries that raise money. A receipt follows its entry's
 * area, like the fund page: it is read by those who may read the entry and printed by
 * those who may act on it (an entry of no area only by whole-ward users); for anyone else
 * it does not exist. Reading never records anything; printing is a command that records
 * print <em>n</em> — the first is the original, every later one is marked "BẢN SAO" — and
 * print <em>n</em> can then be shown again exactly as it came out. A receipt whose entry
 * was reversed prints as cancelled.
 */
@Service
public class Receipts {

	private final LedgerEntryStore entries;

	private final FundStore funds;

	private final Wards wards;

	private final Accounts accounts;

	private final AccessPolicy policy;

	private final AreaScopes scopes;

	private final LedgerAudit audit;

	private final JdbcClient jdbc;

	private final FormSubmissions submissions;

	private final Clock clock;

	Receipts(LedgerEntryStore entries, FundStore funds, Wards wards, Accounts accounts, AccessPolicy policy,
			AreaScopes scopes, LedgerAudit audit, JdbcClient jdbc, FormSubmissions submissions, Clock clock) {
		this.entries = entries;
		this.funds = funds;
		this.wards = wards;
		this.accounts = accounts;
		this.policy = policy;
		this.scopes = scopes;
		this.audit = audit;
		this.jdbc = jdbc;
		this.submissions = submissions;
		this.clock = clock;
	}

	/**
	 * The receipt as it would print next (an original until it is first printed), without
	 * recording a print.
	 */
	@Transactional(readOnly = true)
	public ReceiptView preview(CurrentUser user, Long fundId, Long entryId) {
		LedgerEntry entry = load(user, Action.READ, fundId, entryId);
		FundSummary fund = fundOf(entry);
		return view(entry, fund, printCount(entry.id()) > 0, null, this.clock.instant(), fund.headHash(),
				this.entries.reversalOf(entry.id()));
	}

	/**
	 * The receipt's page: the preview, the prints so far, whether the user may print.
	 */
	@Transactional(readOnly = true)
	public ReceiptDetail detail(CurrentUser user, Long fundId, Long entryId) {
		LedgerEntry entry = load(user, Action.READ, fundId, entryId);
		FundSummary fund = fundOf(entry);
		List<ReceiptPrint> prints = prints(entry);
		ReceiptView preview = view(entry, fund, !prints.isEmpty(), null, this.clock.instant(), fund.headHash(),
				this.entries.reversalOf(entry.id()));
		return new ReceiptDetail(preview, prints, this.policy.permits(user, Action.PRINT, scopeOf(entry)));
	}

	/**
	 * Prints from the receipt's page, once for the page's one-time token: a second tap on
	 * "In" (or the PDF button of the same page) records no further print; it is told the
	 * number of the print the first one made ({@link FormSubmissions#once}).
	 */
	@Transactional
	public int print(CurrentUser user, UUID token, Long fundId, Long entryId) {
		return this.submissions.once(user, token, "FUND_RECEIPT_PRINT", () -> print(user, fundId, entryId),
				Integer::longValue);
	}

	/**
	 * Records a print and returns its number: 1 is the original, every later one a copy.
	 * The fund is locked meanwhile (the lock its appends take; not the entry's row, which
	 * would take the UPDATE privilege the application has not on the append-only ledger),
	 * so two simultaneous first prints do not both say original and the head hash
	 * recorded is the fund's at that moment.
	 */
	@Transactional
	public int print(CurrentUser user, Long fundId, Long entryId) {
		LedgerEntry entry = load(user, Action.PRINT, fundId, entryId);
		FundStore.LockedFund fund = this.funds.lock(entry.wardId(), entry.fundId())
			.orElseThrow(() -> new FundNotFoundException(fundId));
		int number = printCount(entry.id()) + 1;
		this.jdbc.sql("""
				insert into receipt_prints (ward_id, entry_id, printed_by, printed_at, head_hash)
				values (:wardId, :entryId, :by, :at, :head)""")
			.param("wardId", entry.wardId())
			.param("entryId", entry.id())
			.param("by", user.username())
			.param("at", Timestamp.from(this.clock.instant()))
			.param("head", fund.headHash())
			.update();
		this.audit.printed(user, entry, number);
		return number;
	}

	/**
	 * Print {@code number} of a receipt as it came out — the original or a copy, with the
	 * time and head hash of that print, cancelled only if the entry was reversed before —
	 * without recording anything. For those who may print the receipt.
	 */
	@Transactional(readOnly = true)
	public ReceiptView printed(CurrentUser user, Long fundId, Long entryId, int number) {
		LedgerEntry entry = load(user, Action.PRINT, fundId, entryId);
		List<ReceiptPrint> prints = prints(entry);
		if (number < 1 || number > prints.size()) {
			throw new PrintNotFoundException(entryId, number);
		}
		ReceiptPrint print = prints.get(number - 1);
		Optional<LedgerEntry> reversal = this.entries.reversalOf(entry.id())
			.filter((reversed) -> !reversed.recordedAt().isAfter(print.printedAt()));
		return view(entry, fundOf(entry), print.copy(), number, print.printedAt(), print.headHash(), reversal);
	}

	/**
	 * The receipt register of a year: every number issued, in order, with the cancelled
	 * ones marked (a number is never reused or skipped). A receipt outside the user's
	 * areas keeps its line — so a gap would show — with only the contributor's public
	 * display name, as on the fund page.
	 */
	@Transactional(readOnly = true)
	public List<ReceiptRow> register(CurrentUser user, int year) {
		List<ReceiptRow> rows = new ArrayList<>();
		forEachInRegister(user, year, rows::add);
		return rows;
	}

	/**
	 * The lines of {@link #register}, in order, one at a time (a ward issues tens of
	 * thousands of receipts a year): the register's download.
	 */
	@Transactional(readOnly = true)
	public void forEachInRegister(CurrentUser user, int year, Consumer<ReceiptRow> action) {
		user.require(Action.READ);
		Long wardId = user.requireWard();
		AreaScope scope = this.scopes.of(user);
		this.jdbc.sql("""
				select e.id, e.fund_id, f.name as fund_name, e.receipt_no, e.receipt_year, e.entry_date, e.area_id,
				       e.contributor_name, e.display_name, e.amount, r.entry_date as voided_on,
				       (select count(*) from receipt_prints p where p.entry_id = e.id) as prints
				from ledger_entries e join funds f on f.id = e.fund_id
				left join ledger_entries r on r.reverses_id = e.id
				where e.ward_id = :wardId and e.receipt_year = :year
				order by e.receipt_no""")
			.param("wardId", wardId)
			.param("year", year)
			.withFetchSize(1000)
			.query((RowCallbackHandler) (rs) -> {
				Long areaId = rs.getObject("area_id", Long.class);
				boolean readable = AccessPolicy.decide(user, scope, Action.READ,
						RecordScope.area(wardId, areaId)) == Decision.ALLOWED;
				String name = rs.getString("contributor_name");
				String contributor = (readable && name != null) ? name : rs.getString("display_name");
				action.accept(new ReceiptRow(rs.getLong("id"), rs.getLong("fund_id"), rs.getString("fund_name"),
						rs.getInt("receipt_no"), rs.getInt("receipt_year"), rs.getDate("entry_date").toLocalDate(),
						contributor, Money.of(rs.getBigDecimal("amount")),
						(rs.getDate("voided_on") != null) ? rs.getDate("voided_on").toLocalDate() : null,
						rs.getInt("prints"), readable));
			});
	}

	private ReceiptView view(LedgerEntry entry, FundSummary fund, boolean copy, Integer printNo, Instant printedAt,
			String headHash, Optional<LedgerEntry> reversal) {
		WardView ward = this.wards.get(entry.wardId());
		String contributor = (entry.contributorName() != null) ? entry.contributorName() : entry.displayName();
		return new ReceiptView(entry.id(), entry.fundId(), ward.name(), ward.superiorBody(), ward.placeName(),
				fund.name(), entry.receiptNo(), entry.receiptYear(), entry.date(), entry.kind(), contributor,
				entry.contributorName(), entry.contributorKind(), entry.amount(), AmountInWords.of(entry.amount()),
				entry.method(), entry.description(), this.accounts.fullNameOf(entry.wardId(), entry.recordedBy()),
				entry.publicCode(), "/public/entries/" + entry.publicCode(), copy,
				reversal.map(LedgerEntry::date).orElse(null), reversal.map(LedgerEntry::reason).orElse(null), headHash,
				printedAt, printNo);
	}

	/**
	 * The receipt of an entry of the user's ward and this fund that the user may read (or
	 * print): a wrong role is a 403, anything else a 404.
	 */
	private LedgerEntry load(CurrentUser user, Action action, Long fundId, Long entryId) {
		user.require(action);
		LedgerEntry entry = this.entries.find(user.requireWard(), entryId)
			.filter((candidate) -> candidate.fundId().equals(fundId) && candidate.hasReceipt())
			.orElseThrow(() -> new EntryNotFoundException(entryId));
		this.policy.require(user, action, scopeOf(entry), () -> new EntryNotFoundException(entryId));
		return entry;
	}

	private static RecordScope scopeOf(LedgerEntry entry) {
		return RecordScope.area(entry.wardId(), entry.areaId());
	}

	private FundSummary fundOf(LedgerEntry entry) {
		return this.funds.summary(entry.wardId(), entry.fundId())
			.orElseThrow(() -> new FundNotFoundException(entry.fundId()));
	}

	/**
	 * The prints of an entry in order; a print made before prints kept their head hash
	 * gets the head of the last entry recorded before it.
	 */
	private List<ReceiptPrint> prints(LedgerEntry entry) {
		RowMapper<ReceiptPrint> print = (rs, row) -> new ReceiptPrint(row + 1, rs.getString("printed_by"),
				rs.getTimestamp("printed_at").toInstant(), rs.getString("head_hash"));
		return this.jdbc.sql("""
				select p.printed_by, p.printed_at,
				       coalesce(p.head_hash, (select e.hash from ledger_entries e
				                              where e.fund_id = :fundId and e.recorded_at <= p.printed_at
				                              order by e.seq desc limit 1)) as head_hash
				from receipt_prints p where p.entry_id = :entryId order by p.id""")
			.param("fundId", entry.fundId())
			.param("entryId", entry.id())
			.query(print)
			.list();
	}

	private int printCount(Long entryId) {
		return this.jdbc.sql("select count(*) from receipt_prints where entry_id = :id")
			.param("id", entryId)
			.query(Integer.class)
			.single();
	}

}
