package vn.sochibo.welfare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.sochibo.fund.Expenditure;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.FileType;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.VietnameseDates;
import vn.sochibo.shared.VietnameseText;

/**
 * Records gifts, one at a time or for a distribution, in the caller's transaction: checks
 * what is given against the program (value, quantity, a date in the program's year, not
 * before the program's own date and not ahead), saves the gift, and when the program is
 * paid from a ledger fund posts the gift's expenditure there. Reverses that expenditure
 * when a gift is cancelled.
 */
@Component
class GiftPosting {

	/** The largest value of one gift: 1 billion đồng (a new house is far less). */
	static final Money MAX_VALUE = Money.of(1_000_000_000L);

	/** The largest quantity of one gift. */
	static final int MAX_QUANTITY = 10_000;

	/** The largest scan: 10 MB. */
	static final int MAX_SCAN_BYTES = 10 * 1024 * 1024;

	private final GiftRepository gifts;

	private final ScanStore scans;

	private final Ledger ledger;

	private final Funds funds;

	private final EntityManager entityManager;

	private final JdbcTemplate jdbcTemplate;

	private final MessageSource messages;

	private final Clock clock;

	GiftPosting(GiftRepository gifts, ScanStore scans, Ledger ledger, Funds funds, EntityManager entityManager,
			JdbcTemplate jdbcTemplate, MessageSource messages, Clock clock) {
		this.entityManager = entityManager;
		this.jdbcTemplate = jdbcTemplate;
		this.funds = funds;
		this.gifts = gifts;
		this.scans = scans;
		this.ledger = ledger;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * Checks what is given against the program; every failure names its field.
	 */
	void check(WelfareProgram program, GiftDetails details) {
		if (details.item() == null) {
			throw new RuleViolationException("item", "gift.item.required");
		}
		if (details.quantity() == null || details.quantity() < 1) {
			throw new RuleViolationException("quantity", "gift.quantity.positive");
		}
		if (details.quantity() > MAX_QUANTITY) {
			throw new RuleViolationException("quantity", "gift.quantity.tooLarge", MAX_QUANTITY);
		}
		if (details.value() == null || !details.value().isPositive()) {
			throw new RuleViolationException("value", "gift.value.positive");
		}
		if (details.value().compareTo(MAX_VALUE) > 0) {
			throw new RuleViolationException("value", "gift.value.tooLarge", MAX_VALUE.toString());
		}
		LocalDate date = details.date();
		if (date == null) {
			throw new RuleViolationException("date", "gift.date.required");
		}
		if (date.getYear() != program.getYear()) {
			throw new RuleViolationException("date", "gift.date.programYear", program.getYear());
		}
		if (date.isBefore(program.getDate())) {
			throw new RuleViolationException("date", "gift.date.beforeProgram",
					VietnameseDates.format(program.getDate()));
		}
		if (date.isAfter(LocalDate.now(this.clock))) {
			throw new RuleViolationException("date", "gift.date.future");
		}
		if (details.deliveredBy() == null || details.deliveredBy().isBlank()) {
			throw new RuleViolationException("deliveredBy", "gift.deliveredBy.required");
		}
	}

	/**
	 * A program paid from a fund spends only what the fund holds: the gifts' total must
	 * not take the fund's balance below zero.
	 */
	void checkFundCovers(CurrentUser actor, WelfareProgram program, Money total) {
		if (program.getSource() != ProgramSource.FUND) {
			return;
		}
		FundSummary fund = this.funds.get(actor, program.getFundId());
		if (total.compareTo(fund.balance()) > 0) {
			throw new RuleViolationException("value", "gift.fund.insufficient", fund.name(), fund.balance().toString(),
					total.toString());
		}
	}

	/**
	 * Saves a checked gift for an eligible household and, for a program paid from a fund,
	 * posts its expenditure — no recipient named and its area kept off the public pages,
	 * which show the fund's spending.
	 */
	Gift record(CurrentUser actor, WelfareProgram program, Candidate household, GiftDetails details,
			Long distributionId) {
		return recordAll(actor, program, List.of(household), details, distributionId).get(0);
	}

	/**
	 * Saves the same checked gift for each household, in order, and for a program paid
	 * from a fund posts their expenditures in one go (one per gift, each naming only its
	 * voucher).
	 */
	List<Gift> recordAll(CurrentUser actor, WelfareProgram program, List<Candidate> households, GiftDetails details,
			Long distributionId) {
		List<Gift> saved = new ArrayList<>();
		for (Candidate household : households) {
			Gift gift = this.gifts.save(new Gift(program.getWardId(), program.getId(), distributionId,
					household.householdId(), household.areaId(), details, actor.username(), this.clock.instant()));
			// Inserted at once (identity): from here on the gift is not managed, so a
			// distribution does not make every later query re-check all the gifts before
			// it.
			this.entityManager.detach(gift);
			saved.add(gift);
		}
		if (program.getSource() == ProgramSource.FUND) {
			String payee = text("gift.ledger.payee");
			String purpose = shorten(text("gift.ledger.purpose", program.getName(), text("giftItem." + details.item()),
					details.quantity()), 500);
			List<Expenditure> expenditures = saved.stream()
				.map((gift) -> Expenditure.householdSupport(program.getFundId(), details.date(), details.value(), payee,
						purpose, text("gift.ledger.voucher", String.valueOf(gift.getId())), program.getApprover(),
						gift.getAreaId()))
				.toList();
			List<Long> entryIds = this.ledger.spendAll(actor, program.getFundId(), expenditures);
			List<Object[]> links = new ArrayList<>();
			for (int i = 0; i < saved.size(); i++) {
				saved.get(i).postedAs(entryIds.get(i));
				links.add(new Object[] { entryIds.get(i), saved.get(i).getId() });
			}
			this.jdbcTemplate.batchUpdate("update welfare_gifts set ledger_entry_id = ? where id = ?", links);
		}
		return saved;
	}

	/**
	 * Cancels a gift and reverses its expenditure, if it has one. The reversal's reason
	 * is public (the fund's ledger is): it names the voucher, never the reason typed,
	 * which often names the household.
	 */
	void cancel(CurrentUser actor, Gift gift, String reason) {
		gift.cancel(reason, actor.username(), this.clock.instant());
		if (gift.getLedgerEntryId() != null) {
			gift.reversedAs(this.ledger
				.reverse(actor, gift.getLedgerEntryId(), text("gift.ledger.reversal", String.valueOf(gift.getId())))
				.id());
		}
	}

	/**
	 * Stores an uploaded scan after checking it is a picture or a PDF of sensible size;
	 * null when nothing was uploaded.
	 */
	Long storeScan(CurrentUser actor, UploadedScan upload) {
		if (upload == null || upload.isEmpty()) {
			return null;
		}
		if (upload.bytes().length > MAX_SCAN_BYTES) {
			throw new RuleViolationException("scan", "gift.scan.tooLarge", MAX_SCAN_BYTES / (1024 * 1024));
		}
		FileType type = FileType.of(upload.bytes())
			.orElseThrow(() -> new RuleViolationException("scan", "gift.scan.type"));
		String name = (upload.fileName() != null) ? shorten(upload.fileName(), 255) : null;
		return this.scans.insert(actor.wardId(), type, name, upload.bytes(), actor.username(), this.clock.instant());
	}

	/**
	 * The date a signature is recorded for: not ahead of today.
	 */
	LocalDate checkSignedOn(LocalDate signedOn) {
		if (signedOn == null) {
			throw new RuleViolationException("signedOn", "gift.signedOn.required");
		}
		if (signedOn.isAfter(LocalDate.now(this.clock))) {
			throw new RuleViolationException("signedOn", "gift.signedOn.future");
		}
		return signedOn;
	}

	String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, key, VietnameseText.LOCALE);
	}

	private static String shorten(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
