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

	public boolean hasReceipt() {
		return this.receiptNo != null;
	}

}
