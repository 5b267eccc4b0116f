package vn.sochibo.fund;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import vn.sochibo.shared.Money;

/**
 * One entry of a fund's ledger exactly as stored. Entries are written once and never
 * changed; {@link #computeHash()} recomputes the hash from the stored fields, which is
 * how the chain is verified.
 *
 * @param seq the entry's position in its fund, from 1
 * @param displayName what the public ledger shows for the contributor, fixed at posting
 * from the contributor's choice
 * @param publicCode the unguessable code of the entry's public page (and receipt QR code)
 * @param recordedAt when it was posted, to the microsecond (as PostgreSQL keeps it)
 */
public record LedgerEntry(Long id, Long wardId, Long fundId, int seq, EntryKind kind, PaymentMethod method,
		Money amount, LocalDate date, Long areaId, Long householdId, ContributorKind contributorKind,
		String contributorName, DisplayChoice displayChoice, String displayName, String description, String payee,
		String purpose, String voucherNo, String approver, Long pledgeId, Long reversesId, String reason, Long batchId,
		String publicCode, Integer receiptYear, Integer receiptNo, String recordedBy, Instant recordedAt,
		String prevHash, String hash) {

	public LedgerEntry {
		recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS);
	}

	/**
	 * The fields the hash covers, in a fixed order (everything but the database id and
	 * the hashes themselves).
	 */
	List<Object> canonicalFields() {
		return Arrays.asList(this.wardId, this.fundId, this.seq, this.kind, this.method,
				this.amount.amount().toPlainString(), this.date, this.areaId, this.householdId, this.contributorKind,
				this.contributorName, this.displayChoice, this.displayName, this.description, this.payee, this.purpose,
				this.voucherNo, this.approver, this.pledgeId, this.reversesId, this.reason, this.batchId,
				this.publicCode, this.receiptYear, this.receiptNo, this.recordedBy,
				ChronoUnit.MICROS.between(Instant.EPOCH, this.recordedAt));
	}

	/**
	 * The hash this entry must have, given its stored fields and previous hash.
	 */
	public String computeHash() {
		return HashChain.hash(this.prevHash, canonicalFields());
	}

	/**
	 * This entry with its hash computed (for posting).
	 */
	LedgerEntry sealed() {
		return new LedgerEntry(this.id, this.wardId, this.fundId, this.seq, this.kind, this.method, this.amount,
				this.date, this.areaId, this.householdId, this.contributorKind, this.contributorName,
				this.displayChoice, this.displayName, this.description, this.payee, this.purpose, this.voucherNo,
				this.approver, this.pledgeId, this.reversesId, this.reason, this.batchId, this.publicCode,
				this.receiptYear, this.receiptNo, this.recordedBy, this.recordedAt, this.prevHash, computeHash());
	}

	/**
	 * This entry as stored under its new id.
	 */
	LedgerEntry stored(Long id) {
		return new LedgerEntry(id, this.wardId, this.fundId, this.seq, this.kind, this.method, this.amount, this.date,
				this.areaId, this.householdId, this.contributorKind, this.contributorName, this.displayChoice,
				this.displayName, this.description, this.payee, this.purpose, this.voucherNo, this.approver,
				this.pledgeId, this.reversesId, this.reason, this.batchId, this.publicCode, this.receiptYear,
				this.receiptNo, this.recordedBy, this.recordedAt, this.prevHash, this.hash);
	}

	public boolean hasReceipt() {
		return this.receiptNo != null;
	}

	/**
	 * A contribution (money or goods given), unsealed.
	 */
	static LedgerEntry contribution(Posting at, Contribution contribution, Long areaId, Giver giver, Long batchId,
			ReceiptNumber receipt) {
		return new LedgerEntry(null, at.wardId(), at.fundId(), at.seq(), EntryKind.CONTRIBUTION, contribution.method(),
				contribution.amount(), contribution.date(), areaId, giver.householdId(), giver.kind(), giver.name(),
				giver.display(), giver.displayName(), contribution.description(), null, null, null, null, null, null,
				null, batchId, at.publicCode(), receipt.year(), receipt.number(), at.recordedBy(), at.recordedAt(),
				at.prevHash(), null);
	}

	/**
	 * A pledge (a promise to give: no method, no receipt until paid), unsealed.
	 */
	static LedgerEntry pledge(Posting at, Contribution pledge, Long areaId, Giver giver) {
		return new LedgerEntry(null, at.wardId(), at.fundId(), at.seq(), EntryKind.PLEDGE, null, pledge.amount(),
				pledge.date(), areaId, giver.householdId(), giver.kind(), giver.name(), giver.display(),
				giver.displayName(), pledge.description(), null, null, null, null, null, null, null, null,
				at.publicCode(), null, null, at.recordedBy(), at.recordedAt(), at.prevHash(), null);
	}

	/**
	 * A payment against a pledge: the pledge's area and giver, the payment's method,
	 * amount and date, unsealed.
	 */
	static LedgerEntry payment(Posting at, LedgerEntry pledge, PledgePayment payment, ReceiptNumber receipt) {
		Giver giver = Giver.of(pledge);
		return new LedgerEntry(null, at.wardId(), at.fundId(), at.seq(), EntryKind.PLEDGE_PAYMENT, payment.method(),
				payment.amount(), payment.date(), pledge.areaId(), giver.householdId(), giver.kind(), giver.name(),
				giver.display(), giver.displayName(), payment.description(), null, null, null, null, pledge.id(), null,
				null, null, at.publicCode(), receipt.year(), receipt.number(), at.recordedBy(), at.recordedAt(),
				at.prevHash(), null);
	}

	/**
	 * Money spent: the payee is what the public ledger shows; with a private area the
	 * display choice is anonymous (the public pages then hide the area), unsealed.
	 */
	static LedgerEntry expenditure(Posting at, Expenditure expenditure, Long areaId) {
		return new LedgerEntry(null, at.wardId(), at.fundId(), at.seq(), EntryKind.EXPENDITURE, null,
				expenditure.amount(), expenditure.date(), areaId, null, null, null,
				expenditure.householdSupport() ? DisplayChoice.ANONYMOUS : null,
				expenditure.householdSupport() ? DisplayNames.HOUSEHOLD_SUPPORT : expenditure.payee(), null,
				expenditure.payee(), expenditure.purpose(), expenditure.voucherNo(), expenditure.approver(), null, null,
				null, null, at.publicCode(), null, null, at.recordedBy(), at.recordedAt(), at.prevHash(), null);
	}

	/**
	 * The reversal of an entry: its amount, area and giver, linked to it, with the
	 * reason, unsealed.
	 */
	static LedgerEntry reversal(Posting at, LedgerEntry original, LocalDate date, String reason) {
		Giver giver = Giver.of(original);
		return new LedgerEntry(null, at.wardId(), at.fundId(), at.seq(), EntryKind.REVERSAL, null, original.amount(),
				date, original.areaId(), giver.householdId(), giver.kind(), giver.name(), giver.display(),
				giver.displayName(), null, null, null, null, null, null, original.id(), reason, null, at.publicCode(),
				null, null, at.recordedBy(), at.recordedAt(), at.prevHash(), null);
	}

	/**
	 * Where a new entry goes and who posts it: its fund and place in the fund's chain, a
	 * fresh public code, the user and the moment.
	 */
	record Posting(Long wardId, Long fundId, int seq, String prevHash, String publicCode, String recordedBy,
			Instant recordedAt) {
	}

	/**
	 * Who gave: a household of the register or a named (or unnamed) giver, and what the
	 * public ledger shows for them.
	 */
	record Giver(Long householdId, ContributorKind kind, String name, DisplayChoice display, String displayName) {

		static Giver of(LedgerEntry entry) {
			return new Giver(entry.householdId(), entry.contributorKind(), entry.contributorName(),
					entry.displayChoice(), entry.displayName());
		}

	}

	/**
	 * A receipt's number within its ward and year.
	 */
	record ReceiptNumber(int year, int number) {
	}

}
