package vn.sochibo.fund;

import java.time.LocalDate;

import vn.sochibo.shared.Money;

/**
 * One ledger entry as anyone may see it. It carries no personal data: no household, no
 * phone or address, no real name behind a display choice, no approver, no user; the area
 * of an anonymous entry is left out. Nothing in it links two entries of one giver.
 *
 * @param seq the entry's position in its fund's chain, from 1
 * @param code the entry's random public code (its receipt's QR code points at it)
 * @param displayName the name the contributor chose to show ("Nhà hảo tâm" when
 * anonymous), or the payee of an expenditure
 * @param areaName the entry's area, null for an anonymous entry
 * @param method how a contribution was given, null for other kinds
 * @param purpose what an expenditure paid for (public), or null
 * @param voucherNo the voucher of an expenditure, or null
 * @param reason why a reversal cancelled its entry, or null
 * @param reverses the entry a reversal cancels, or null
 * @param reversedBy the reversal that cancelled this entry, or null
 */
public record PublicEntry(Long fundId, int seq, String code, LocalDate date, EntryKind kind, PaymentMethod method,
		String displayName, String areaName, Money amount, String purpose, String voucherNo, Integer receiptYear,
		Integer receiptNo, String reason, PublicEntryRef reverses, PublicEntryRef reversedBy, String hash,
		String prevHash) {

	public boolean isReversal() {
		return this.kind == EntryKind.REVERSAL;
	}

	public boolean isReversed() {
		return this.reversedBy != null;
	}

	public boolean isExpenditure() {
		return this.kind == EntryKind.EXPENDITURE;
	}

	/**
	 * The fund total the entry counts toward: its own kind's, or, for a reversal, that of
	 * the entry it cancels (which it subtracts from).
	 */
	public PublicTotal total() {
		return (this.reverses != null) ? PublicTotal.of(this.reverses.kind(), this.reverses.method())
				: PublicTotal.of(this.kind, this.method);
	}

	/**
	 * Whether the entry gave (or, for a reversal, cancels) goods, labour or land at an
	 * estimated value rather than money.
	 */
	public boolean isInKind() {
		return total() == PublicTotal.IN_KIND;
	}

	/** Income or spending side (of the cancelled entry, for a reversal). */
	public PublicSide side() {
		return (total() == PublicTotal.SPENT) ? PublicSide.OUT : PublicSide.IN;
	}

	/** The receipt number as printed: "000123/2025", or null. */
	public String receipt() {
		return (this.receiptNo != null) ? "%06d/%d".formatted(this.receiptNo, this.receiptYear) : null;
	}

}
