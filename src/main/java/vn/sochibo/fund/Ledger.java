package vn.sochibo.fund;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.Households;
import vn.sochibo.shared.AccessPolicy.Decision;
import vn.sochibo.shared.RecordScope;
import vn.sochibo.shared.AccessPolicy;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.AreaScope;
import vn.sochibo.shared.AreaScopes;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.RecordDates;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.submission.FormSubmissions;
import vn.sochibo.ward.AreaNotFoundException;
import vn.sochibo.ward.Areas;

/**
 * The one place that writes a fund's ledger. Every posting locks the fund row (so appends
 * to one fund are serialized), checks the rules, seals the entry into the fund's hash
 * chain, takes a receipt number when the entry raises money, moves the fund's totals and
 * head forward and writes the audit trail — all in one transaction. Entries are never
 * changed: a mistake is corrected by {@link #reverse} and a new entry.
 */
@Service
public class Ledger {

	/**
	 * A ledger entry in the audit trail; its parent is its fund ({@link Funds#ENTITY}).
	 */
	public static final String ENTRY_ENTITY = "LEDGER_ENTRY";

	/** A paper list in the audit trail; its parent is its fund. */
	public static final String BATCH_ENTITY = "LEDGER_BATCH";

	/** The closed years of a ward's ledger in the audit trail, under the ward's id. */
	public static final String YEARS_ENTITY = "LEDGER_YEARS";

	/** The largest amount one entry may carry: 100 billion đồng. */
	public static final Money MAX_AMOUNT = Money.of(100_000_000_000L);

	/** The most lines of one batch. */
	public static final int MAX_BATCH = 1000;

	private final FundStore funds;

	private final LedgerEntryStore entries;

	private final ReceiptNumbers receipts;

	private final Households households;

	private final Areas areas;

	private final AreaScopes scopes;

	private final JdbcClient jdbc;

	private final LedgerAudit audit;

	private final FormSubmissions submissions;

	private final Clock clock;

	Ledger(FundStore funds, LedgerEntryStore entries, ReceiptNumbers receipts, Households households, Areas areas,
			AreaScopes scopes, JdbcClient jdbc, LedgerAudit audit, FormSubmissions submissions, Clock clock) {
		this.funds = funds;
		this.entries = entries;
		this.receipts = receipts;
		this.households = households;
		this.areas = areas;
		this.scopes = scopes;
		this.jdbc = jdbc;
		this.audit = audit;
		this.submissions = submissions;
		this.clock = clock;
	}

	/**
	 * Posts a contribution sent from a form with its one-time token: once, however many
	 * times the form is sent ({@link FormSubmissions#once}).
	 */
	@Transactional
	public LedgerEntry contribute(CurrentUser actor, UUID token, Contribution contribution) {
		return this.submissions.once(actor, token, "FUND_CONTRIBUTION", () -> contribute(actor, contribution),
				LedgerEntry::id);
	}

	/** Posts a pledge sent from a form, once for its token. */
	@Transactional
	public LedgerEntry pledge(CurrentUser actor, UUID token, Contribution pledge) {
		return this.submissions.once(actor, token, "FUND_PLEDGE", () -> pledge(actor, pledge), LedgerEntry::id);
	}

	/** Posts a pledge payment sent from a form, once for its token. */
	@Transactional
	public LedgerEntry payPledge(CurrentUser actor, UUID token, PledgePayment payment) {
		return this.submissions.once(actor, token, "FUND_PAYMENT", () -> payPledge(actor, payment), LedgerEntry::id);
	}

	/** Posts an expenditure sent from a form, once for its token. */
	@Transactional
	public LedgerEntry spend(CurrentUser actor, UUID token, Expenditure expenditure) {
		return this.submissions.once(actor, token, "FUND_EXPENDITURE", () -> spend(actor, expenditure),
				LedgerEntry::id);
	}

	/** Reverses an entry from the reversal form, once for its token. */
	@Transactional
	public LedgerEntry reverse(CurrentUser actor, UUID token, Long entryId, String reason) {
		return this.submissions.once(actor, token, "FUND_REVERSAL", () -> reverse(actor, entryId, reason),
				LedgerEntry::id);
	}

	@Transactional
	public LedgerEntry contribute(CurrentUser actor, Contribution contribution) {
		return post(actor, contribution, EntryKind.CONTRIBUTION, null);
	}

	@Transactional
	public LedgerEntry pledge(CurrentUser actor, Contribution pledge) {
		return post(actor, pledge, EntryKind.PLEDGE, null);
	}

	@Transactional
	public LedgerEntry payPledge(CurrentUser actor, PledgePayment payment) {
		actor.require(Action.WRITE);
		LedgerEntry pledge = this.entries.find(actor.requireWard(), payment.pledgeId())
			.filter((entry) -> entry.kind() == EntryKind.PLEDGE)
			.orElseThrow(() -> new EntryNotFoundException(payment.pledgeId()));
		FundStore.LockedFund fund = lock(actor, pledge.fundId());
		requireAreaInScope(actor, fund, pledge.areaId());
		if (this.entries.isReversed(pledge.id())) {
			throw new RuleViolationException(null, "entry.pledge.reversed");
		}
		Money outstanding = this.entries.outstandingOnPledge(pledge.id());
		if (payment.amount() != null && payment.amount().compareTo(outstanding) > 0) {
			throw new RuleViolationException("amount", "entry.payment.exceedsPledge", outstanding.toString());
		}
		checkAmountAndDate(actor.wardId(), payment.amount(), payment.date());
		fund.requireInPeriod(payment.date(), false);
		checkDescription(payment.method(), payment.description());
		LedgerEntry.Posting at = next(fund, fund.entryCount() + 1, fund.headHash(), actor);
		LedgerEntry posted = append(LedgerEntry.payment(at, pledge, payment, receiptNumber(fund, payment.date())));
		this.audit.posted(actor, posted, pledge);
		return posted;
	}

	@Transactional
	public LedgerEntry spend(CurrentUser actor, Expenditure expenditure) {
		Long id = spendAll(actor, expenditure.fundId(), List.of(expenditure)).get(0);
		return this.entries.find(actor.requireWard(), id).orElseThrow();
	}

	/**
	 * Posts many expenditures of one fund at once (a distribution of gifts), in order,
	 * all or none: the fund is locked once, each area and year checked once, and the
	 * fund's totals and head move once at the end. Returns the new entries' ids in order.
	 */
	@Transactional
	public List<Long> spendAll(CurrentUser actor, Long fundId, List<Expenditure> expenditures) {
		actor.require(Action.WRITE);
		FundStore.LockedFund fund = lock(actor, fundId);
		java.util.Map<Long, Long> areas = new java.util.HashMap<>();
		java.util.Set<Integer> openYears = new java.util.HashSet<>();
		String head = fund.headHash();
		int seq = fund.entryCount();
		Money spent = Money.ZERO;
		List<Long> ids = new ArrayList<>();
		for (Expenditure expenditure : expenditures) {
			if (!Objects.equals(expenditure.fundId(), fundId)) {
				throw new RuleViolationException(null, "batch.otherFund");
			}
			Long areaId = (expenditure.areaId() != null)
					? areas.computeIfAbsent(expenditure.areaId(), (asked) -> requireAreaInScope(actor, fund, asked))
					: requireAreaInScope(actor, fund, null);
			checkAmountAndDate(expenditure.amount(), expenditure.date());
			fund.requireInPeriod(expenditure.date(), false);
			if (expenditure.approver() == null || expenditure.approver().isBlank()) {
				throw new RuleViolationException("approver", "entry.approver.required");
			}
			if (openYears.add(expenditure.date().getYear())) {
				requireOpenYear(fund.wardId(), expenditure.date());
			}
			seq++;
			LedgerEntry sealed = LedgerEntry.expenditure(next(fund, seq, head, actor), expenditure, areaId).sealed();
			Long id = this.entries.insert(sealed);
			this.audit.posted(actor, sealed.stored(id), null);
			ids.add(id);
			head = sealed.hash();
			spent = spent.plus(expenditure.amount());
		}
		if (!ids.isEmpty()) {
			this.funds.advance(fund.id(), ids.size(), new Effect(Money.ZERO, Money.ZERO, spent, Money.ZERO), head);
		}
		return ids;
	}

	/**
	 * Cancels an entry with a reason: a new entry, dated today, linked to the original.
	 * An entry is reversed at most once, a reversal never, and a pledge only once its
	 * payments are reversed.
	 */
	@Transactional
	public LedgerEntry reverse(CurrentUser actor, Long entryId, String reason) {
		actor.require(Action.WRITE);
		LedgerEntry original = this.entries.find(actor.requireWard(), entryId)
			.orElseThrow(() -> new EntryNotFoundException(entryId));
		FundStore.LockedFund fund = lock(actor, original.fundId());
		requireAreaInScope(actor, fund, original.areaId());
		if (reason == null || reason.isBlank()) {
			throw new RuleViolationException("reason", "entry.reason.required");
		}
		if (original.kind() == EntryKind.REVERSAL) {
			throw new RuleViolationException(null, "entry.reverse.reversal");
		}
		if (this.entries.isReversed(original.id())) {
			throw new RuleViolationException(null, "entry.reverse.twice");
		}
		if (original.kind() == EntryKind.PLEDGE
				&& this.entries.outstandingOnPledge(original.id()).compareTo(original.amount()) != 0) {
			throw new RuleViolationException(null, "entry.reverse.pledgeWithPayments");
		}
		LocalDate today = LocalDate.now(this.clock);
		requireOpenYear(fund.wardId(), today);
		LedgerEntry.Posting at = next(fund, fund.entryCount() + 1, fund.headHash(), actor);
		LedgerEntry reversal = append(LedgerEntry.reversal(at, original, today, reason.strip()), original);
		this.audit.reversed(actor, original, reversal);
		return reversal;
	}

	/**
	 * Posts a paper list when its control count and total match what was typed; otherwise
	 * nothing.
	 */
	@Transactional
	public List<LedgerEntry> postBatch(CurrentUser actor, Batch batch) {
		actor.require(Action.WRITE);
		List<Contribution> lines = batch.lines();
		if (batch.controlTotal() == null || !batch.controlTotal().isPositive()) {
			throw new RuleViolationException("controlTotal", "batch.total.positive");
		}
		if (lines.isEmpty() || lines.size() > MAX_BATCH) {
			throw new RuleViolationException("controlCount", "batch.size", MAX_BATCH);
		}
		Money total = lines.stream().map(Contribution::amount).filter(Objects::nonNull).reduce(Money.ZERO, Money::plus);
		if (lines.size() != batch.controlCount()) {
			throw new RuleViolationException("controlCount", "batch.countMismatch", batch.controlCount(), lines.size());
		}
		if (batch.controlTotal() == null || !total.equals(batch.controlTotal())) {
			throw new RuleViolationException("controlTotal", "batch.totalMismatch",
					String.valueOf(batch.controlTotal()), total.toString());
		}
		FundStore.LockedFund fund = lock(actor, batch.fundId());
		// A paper list has one date: outside the fund's period it is the list's mistake,
		// not its first line's.
		lines.stream()
			.map(Contribution::date)
			.filter(Objects::nonNull)
			.distinct()
			.forEach((date) -> fund.requireInPeriod(date, true));
		Long batchId = this.jdbc.sql("""
				insert into ledger_batches (ward_id, fund_id, control_count, control_total, note, recorded_by,
				  recorded_at) values (:wardId, :fundId, :count, :total, :note, :by, :at) returning id""")
			.param("wardId", fund.wardId())
			.param("fundId", fund.id())
			.param("count", batch.controlCount())
			.param("total", batch.controlTotal().amount())
			.param("note", batch.note())
			.param("by", actor.username())
			.param("at", java.sql.Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		List<LedgerEntry> posted = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			Contribution line = lines.get(i);
			try {
				if (!Objects.equals(line.fundId(), batch.fundId())) {
					throw new RuleViolationException(null, "batch.otherFund");
				}
				posted.add(post(actor, line, EntryKind.CONTRIBUTION, batchId));
			}
			catch (RuleViolationException ex) {
				throw new BatchLineException(i + 1, ex);
			}
		}
		this.audit.batchPosted(actor, fund.wardId(), batchId, batch);
		return posted;
	}

	/**
	 * Closes a past year of the ward's ledger: no entry can be dated in it afterwards
	 * (corrections post in the open year).
	 */
	@Transactional
	public void closeYear(CurrentUser actor, int year) {
		actor.require(Action.CLOSE_YEAR);
		Long wardId = actor.requireWard();
		if (year >= LocalDate.now(this.clock).getYear()) {
			throw new RuleViolationException("year", "ledger.close.notPast");
		}
		if (year < RecordDates.FIRST_YEAR) {
			throw new RuleViolationException("year", "ledger.close.tooOld", RecordDates.FIRST_YEAR);
		}
		if (isClosed(wardId, year)) {
			throw new RuleViolationException("year", "ledger.close.already");
		}
		this.jdbc.sql("""
				insert into ledger_closed_years (ward_id, year, closed_by, closed_at)
				values (:wardId, :year, :by, :at)""")
			.param("wardId", wardId)
			.param("year", year)
			.param("by", actor.username())
			.param("at", java.sql.Timestamp.from(this.clock.instant()))
			.update();
		this.audit.yearClosed(actor, wardId, year);
	}

	@Transactional(readOnly = true)
	public List<Integer> closedYears(CurrentUser user) {
		return this.jdbc.sql("select year from ledger_closed_years where ward_id = :wardId order by year")
			.param("wardId", user.requireWard())
			.query(Integer.class)
			.list();
	}

	/**
	 * One page of a fund's entries for staff, newest first, before the given position
	 * (keyset pagination).
	 */
	@Transactional(readOnly = true)
	public List<StaffEntryView> staffPage(CurrentUser user, Long fundId, Integer beforeSeq, int size) {
		user.require(Action.READ);
		FundSummary fund = this.funds.summary(user.requireWard(), fundId)
			.orElseThrow(() -> new FundNotFoundException(fundId));
		AreaScope scope = this.scopes.of(user);
		List<LedgerEntry> page = this.entries.page(fund.id(), beforeSeq, size);
		java.util.Map<Long, Long> reversals = this.entries.reversalsOf(page.stream().map(LedgerEntry::id).toList());
		return page.stream().map((entry) -> staffView(user, scope, entry, reversals.get(entry.id()))).toList();
	}

	/**
	 * Every entry of a fund as {@link #staffPage} shows it, newest first, one at a time
	 * (a fund may hold hundreds of thousands): the download of the fund's ledger.
	 * @throws FundNotFoundException for a fund the user may not read, before any entry
	 */
	@Transactional(readOnly = true)
	public FundSummary forEachForStaff(CurrentUser user, Long fundId, Consumer<StaffEntryView> action) {
		user.require(Action.READ);
		FundSummary fund = this.funds.summary(user.requireWard(), fundId)
			.orElseThrow(() -> new FundNotFoundException(fundId));
		AreaScope scope = this.scopes.of(user);
		this.entries.forEachNewestFirst(fund.id(),
				(entry, reversedBy) -> action.accept(staffView(user, scope, entry, reversedBy)));
		return fund;
	}

	private static StaffEntryView staffView(CurrentUser user, AreaScope scope, LedgerEntry entry, Long reversedBy) {
		boolean readable = AccessPolicy.decide(user, scope, Action.READ,
				RecordScope.area(entry.wardId(), entry.areaId())) == Decision.ALLOWED;
		return new StaffEntryView(entry, readable ? realName(entry) : null, reversedBy, inScope(user, scope, entry),
				readable);
	}

	/**
	 * Who gave, or who was paid: the name behind the public display name.
	 */
	private static String realName(LedgerEntry entry) {
		return (entry.kind() == EntryKind.EXPENDITURE) ? entry.payee() : entry.contributorName();
	}

	/**
	 * An entry the user may act on (reverse, pay): its area must be one of theirs; only
	 * the ward admin acts on entries without an area. Otherwise "not found".
	 */
	@Transactional(readOnly = true)
	public LedgerEntry entryToActOn(CurrentUser user, Long entryId) {
		user.require(Action.WRITE);
		LedgerEntry entry = entry(user, entryId);
		if (!inScope(user, this.scopes.of(user), entry)) {
			throw new EntryNotFoundException(entryId);
		}
		return entry;
	}

	private static boolean inScope(CurrentUser user, AreaScope scope, LedgerEntry entry) {
		return AccessPolicy.decide(user, scope, Action.WRITE,
				RecordScope.area(entry.wardId(), entry.areaId())) == Decision.ALLOWED;
	}

	@Transactional(readOnly = true)
	public LedgerEntry entry(CurrentUser user, Long entryId) {
		user.require(Action.READ);
		return this.entries.find(user.requireWard(), entryId).orElseThrow(() -> new EntryNotFoundException(entryId));
	}

	/**
	 * Recomputes a fund's chain from its stored entries and says whether it is intact or
	 * where it first breaks.
	 */
	@Transactional(readOnly = true)
	public ChainVerification verify(Long fundId) {
		FundSummary fund = this.funds.summary(fundId).orElseThrow(() -> new FundNotFoundException(fundId));
		ChainWalk walk = new ChainWalk();
		this.entries.forEachInChain(fundId, walk::accept);
		boolean headMatches = walk.broken == null && walk.previous.equals(fund.headHash())
				&& walk.checked == fund.entryCount();
		Integer firstBroken = null;
		if (walk.broken != null) {
			firstBroken = walk.broken.seq();
		}
		else if (!headMatches) {
			// Every stored entry checks out, but the fund's head says there was more: an
			// entry
			// after the last one was removed.
			firstBroken = walk.checked + 1;
		}
		return new ChainVerification(firstBroken == null, walk.checked, firstBroken,
				(walk.broken != null) ? walk.broken.publicCode() : null, walk.previous);
	}

	private LedgerEntry post(CurrentUser actor, Contribution c, EntryKind kind, Long batchId) {
		actor.require(Action.WRITE);
		FundStore.LockedFund fund = lock(actor, c.fundId());
		checkAmountAndDate(fund.wardId(), c.amount(), c.date());
		fund.requireInPeriod(c.date(), true);
		if (kind == EntryKind.CONTRIBUTION) {
			if (c.method() == null) {
				throw new RuleViolationException("method", "entry.method.required");
			}
			checkDescription(c.method(), c.description());
		}
		DisplayChoice display = (c.display() != null) ? c.display() : DisplayChoice.ANONYMOUS;
		Long areaId = c.areaId();
		String name = c.contributorName();
		String alley = null;
		ContributorKind contributorKind = c.contributorKind();
		if (c.householdId() != null) {
			HouseholdDetail household = this.households.get(actor, c.householdId());
			if (areaId != null && !areaId.equals(household.areaId())) {
				throw new RuleViolationException("areaId", "entry.area.notHouseholds");
			}
			areaId = household.areaId();
			name = household.headName();
			alley = household.alley();
			contributorKind = ContributorKind.HOUSEHOLD;
		}
		else if (contributorKind == ContributorKind.HOUSEHOLD) {
			throw new RuleViolationException("householdId", "entry.household.required");
		}
		if (name == null && display != DisplayChoice.ANONYMOUS) {
			throw new RuleViolationException("contributorName", "entry.contributor.required");
		}
		if (display == DisplayChoice.HOUSEHOLD_LABEL && c.householdId() == null) {
			throw new RuleViolationException("display", "entry.display.householdOnly");
		}
		areaId = requireAreaInScope(actor, fund, areaId);
		LedgerEntry.Giver giver = new LedgerEntry.Giver(c.householdId(), (name != null) ? contributorKind : null, name,
				display, DisplayNames.of(display, name, c.honorific(), alley));
		LedgerEntry.Posting at = next(fund, fund.entryCount() + 1, fund.headHash(), actor);
		LedgerEntry posted = append((kind == EntryKind.PLEDGE) ? LedgerEntry.pledge(at, c, areaId, giver)
				: LedgerEntry.contribution(at, c, areaId, giver, batchId, receiptNumber(fund, c.date())));
		this.audit.posted(actor, posted, null);
		return posted;
	}

	/**
	 * The place and poster of a new entry of the locked fund.
	 */
	private LedgerEntry.Posting next(FundStore.LockedFund fund, int seq, String prevHash, CurrentUser actor) {
		return new LedgerEntry.Posting(fund.wardId(), fund.id(), seq, prevHash, PublicCodes.next(), actor.username(),
				this.clock.instant());
	}

	/**
	 * Takes the next receipt number of the fund's ward in the year of the date.
	 */
	private LedgerEntry.ReceiptNumber receiptNumber(FundStore.LockedFund fund, LocalDate date) {
		return new LedgerEntry.ReceiptNumber(date.getYear(), this.receipts.next(fund.wardId(), date.getYear()));
	}

	private LedgerEntry append(LedgerEntry unsealed) {
		return append(unsealed, null);
	}

	/**
	 * Seals the entry into the chain, inserts it and moves the fund forward; for a
	 * reversal, the totals move back by the original's effect.
	 */
	private LedgerEntry append(LedgerEntry unsealed, LedgerEntry reversed) {
		LedgerEntry sealed = unsealed.sealed();
		Long id = this.entries.insert(sealed);
		Effect effect = (reversed != null) ? Effect.of(reversed).negate() : Effect.of(sealed);
		this.funds.advance(sealed.fundId(), effect, sealed.hash());
		return this.entries.find(sealed.wardId(), id).orElseThrow();
	}

	private FundStore.LockedFund lock(CurrentUser actor, Long fundId) {
		if (fundId == null) {
			throw new FundNotFoundException("null");
		}
		return this.funds.lock(actor.requireWard(), fundId).orElseThrow(() -> new FundNotFoundException(fundId));
	}

	/**
	 * The area of an entry must be one the user may work in (404 otherwise) and, when the
	 * fund collects in certain areas, one of those; only the ward admin may post without
	 * an area.
	 */
	private Long requireAreaInScope(CurrentUser actor, FundStore.LockedFund fund, Long areaId) {
		AreaScope scope = this.scopes.of(actor);
		if (areaId == null) {
			if (!scope.wholeWard()) {
				throw new RuleViolationException("areaId", "entry.area.required");
			}
			return null;
		}
		this.areas.requireInWard(fund.wardId(), areaId);
		if (!scope.covers(fund.wardId(), areaId)) {
			throw new AreaNotFoundException(areaId);
		}
		if (!fund.areaIds().isEmpty() && !fund.areaIds().contains(areaId)) {
			throw new RuleViolationException("areaId", "entry.area.notInFund");
		}
		return areaId;
	}

	private void checkAmountAndDate(Long wardId, Money amount, LocalDate date) {
		checkAmountAndDate(amount, date);
		requireOpenYear(wardId, date);
	}

	/**
	 * The checks of an amount and a date that need no database: positive, not above the
	 * largest amount, a date neither ahead nor too old.
	 */
	private void checkAmountAndDate(Money amount, LocalDate date) {
		if (amount == null || !amount.isPositive()) {
			throw new RuleViolationException("amount", "entry.amount.positive");
		}
		if (amount.compareTo(MAX_AMOUNT) > 0) {
			throw new RuleViolationException("amount", "entry.amount.tooLarge", MAX_AMOUNT.toString());
		}
		if (date == null) {
			throw new RuleViolationException("date", "entry.date.required");
		}
		if (date.isAfter(LocalDate.now(this.clock))) {
			throw new RuleViolationException("date", "entry.date.future");
		}
		RecordDates.requireNotTooOld("date", date);
	}

	private void requireOpenYear(Long wardId, LocalDate date) {
		if (isClosed(wardId, date.getYear())) {
			throw new RuleViolationException("date", "entry.date.closedYear", date.getYear());
		}
	}

	private boolean isClosed(Long wardId, int year) {
		return this.jdbc
			.sql("select exists (select 1 from ledger_closed_years where ward_id = :wardId and year = :year)")
			.param("wardId", wardId)
			.param("year", year)
			.query(Boolean.class)
			.single();
	}

	private static void checkDescription(PaymentMethod method, String description) {
		if (method != null && method.needsDescription() && (description == null || description.isBlank())) {
			throw new RuleViolationException("description", "entry.description.required");
		}
	}

	/**
	 * What an entry does to its fund's totals: money raised (cash, bank transfer), the
	 * estimated value of goods, labour and land given (never money: never in the
	 * balance), money spent, open pledges.
	 */
	record Effect(Money raised, Money inKind, Money spent, Money pledged) {

		static Effect of(LedgerEntry entry) {
			Money amount = entry.amount();
			boolean goods = entry.method() != null && entry.method().isInKind();
			Money raised = goods ? Money.ZERO : amount;
			Money inKind = goods ? amount : Money.ZERO;
			return switch (entry.kind()) {
				case CONTRIBUTION -> new Effect(raised, inKind, Money.ZERO, Money.ZERO);
				case PLEDGE -> new Effect(Money.ZERO, Money.ZERO, Money.ZERO, amount);
				case PLEDGE_PAYMENT -> new Effect(raised, inKind, Money.ZERO, amount.negate());
				case EXPENDITURE -> new Effect(Money.ZERO, Money.ZERO, amount, Money.ZERO);
				case REVERSAL -> throw new IllegalArgumentException("a reversal's effect is its original's, negated");
			};
		}

		Effect negate() {
			return new Effect(this.raised.negate(), this.inKind.negate(), this.spent.negate(), this.pledged.negate());
		}

	}

	/**
	 * Walks a chain in order, remembering the first entry that breaks it.
	 */
	private static final class ChainWalk {

		String previous = HashChain.GENESIS;

		int checked;

		LedgerEntry broken;

		void accept(LedgerEntry entry) {
			this.checked++;
			if (this.broken == null) {
				boolean linked = entry.prevHash().equals(this.previous) && entry.seq() == this.checked;
				if (!linked || !entry.computeHash().equals(entry.hash())) {
					this.broken = entry;
				}
			}
			this.previous = entry.hash();
		}

	}

}
