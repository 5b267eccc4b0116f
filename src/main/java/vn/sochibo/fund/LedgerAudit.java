package vn.sochibo.fund;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.MoneyFormat;

/**
 * What the ledger writes to the audit trail, in the posting's own transaction: every
 * entry posted (contributions, pledges, payments, expenditures), every reversal (in the
 * history of the entry it cancels), every paper list and receipt print — each a part of
 * its fund, so the fund's history shows them — and every closed year.
 *
 * <p>
 * A line says who, when and what in one summary: the entry's number in its fund, the
 * amount in Vietnamese ("5.000.000 đ"), and the public display name — never the
 * contributor's real name, because the fund's history is shown to every reader of the
 * fund, including officers of other areas from whom the fund page hides it.
 */
@Component
class LedgerAudit {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	private static final String SEPARATOR = " · ";

	private final AuditTrail audit;

	private final MessageSource messages;

	LedgerAudit(AuditTrail audit, MessageSource messages) {
		this.audit = audit;
		this.messages = messages;
	}

	/**
	 * A new entry; for a payment, {@code pledge} is the pledge it pays.
	 */
	void posted(CurrentUser actor, LedgerEntry entry, LedgerEntry pledge) {
		List<String> parts = new ArrayList<>();
		parts.add(message("audit.ledger.seq", entry.seq()));
		parts.add(MoneyFormat.format(entry.amount()));
		switch (entry.kind()) {
			case CONTRIBUTION, PLEDGE_PAYMENT -> {
				parts.add(method(entry));
				if (pledge != null) {
					parts.add(message("audit.ledger.pledge", pledge.seq()));
				}
				parts.add(entry.displayName());
				parts.add(message("audit.ledger.receipt", receiptLabel(entry)));
			}
			case PLEDGE -> parts.add(entry.displayName());
			case EXPENDITURE -> {
				parts.add(entry.payee());
				parts.add(entry.purpose());
				if (entry.voucherNo() != null) {
					parts.add(message("audit.ledger.voucher", entry.voucherNo()));
				}
				if (entry.approver() != null) {
					parts.add(message("audit.ledger.approver", entry.approver()));
				}
			}
			case REVERSAL -> throw new IllegalArgumentException("a reversal is recorded by reversed()");
		}
		entryLine(actor, entry, entry.kind().name(), parts);
	}

	/**
	 * A reversal, in the history of the entry it cancels.
	 */
	void reversed(CurrentUser actor, LedgerEntry original, LedgerEntry reversal) {
		List<String> parts = new ArrayList<>();
		parts.add(message("audit.ledger.seq", reversal.seq()));
		parts.add(message("audit.ledger.reverses", original.seq()));
		parts.add(MoneyFormat.format(reversal.amount()));
		parts.add(message("audit.ledger.reason", reversal.reason()));
		entryLine(actor, original, EntryKind.REVERSAL.name(), parts);
	}

	/**
	 * A paper list posted (its lines are posted entries of their own).
	 */
	void batchPosted(CurrentUser actor, Long wardId, Long batchId, Batch batch) {
		List<String> parts = new ArrayList<>();
		parts.add(message("audit.ledger.lines", batch.controlCount()));
		parts.add(MoneyFormat.format(batch.controlTotal()));
		if (batch.note() != null && !batch.note().isBlank()) {
			parts.add(batch.note());
		}
		this.audit.partAction(wardId, actor, Funds.ENTITY, batch.fundId(), Ledger.BATCH_ENTITY, batchId, "BATCH",
				"batch", join(parts));
	}

	/**
	 * A receipt printed: the first print is the original, every later one a copy.
	 */
	void printed(CurrentUser actor, LedgerEntry entry, int printNo) {
		String which = (printNo == 1) ? message("audit.ledger.original") : message("audit.ledger.copy", printNo);
		this.audit.partAction(entry.wardId(), actor, Funds.ENTITY, entry.fundId(), Ledger.ENTRY_ENTITY, entry.id(),
				"PRINT", "receipt", join(List.of(receiptLabel(entry), which)));
	}

	/**
	 * A year of the ward's ledger closed.
	 */
	void yearClosed(CurrentUser actor, Long wardId, int year) {
		this.audit.action(wardId, actor, Ledger.YEARS_ENTITY, wardId, "CLOSE_YEAR", "year", null, String.valueOf(year));
	}

	private void entryLine(CurrentUser actor, LedgerEntry entry, String action, List<String> parts) {
		this.audit.partAction(entry.wardId(), actor, Funds.ENTITY, entry.fundId(), Ledger.ENTRY_ENTITY, entry.id(),
				action, "entry", join(parts));
	}

	private String method(LedgerEntry entry) {
		String method = message("method." + entry.method().name());
		return (entry.description() != null) ? method + ": " + entry.description() : method;
	}

	private static String receiptLabel(LedgerEntry entry) {
		return "%06d/%d".formatted(entry.receiptNo(), entry.receiptYear());
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, VIETNAMESE);
	}

	private static String join(List<String> parts) {
		return String.join(SEPARATOR, parts.stream().filter((part) -> part != null && !part.isBlank()).toList());
	}

}
