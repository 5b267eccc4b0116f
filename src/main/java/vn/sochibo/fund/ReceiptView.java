package vn.sochibo.fund;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.sochibo.shared.Money;
import vn.sochibo.shared.VietnamTime;

/**
 * A receipt (phiếu thu) as printed: the ward, the fund, the number per ward and year, the
 * contributor, the amount in figures and words, the collector, and the address of the
 * entry's public page (for the QR code).
 *
 * @param copy whether this is a reprint ("BẢN SAO"); for a preview, whether the next
 * print will be one
 * @param voidedOn the date of the reversal that cancelled the entry, or null
 * @param headHash the fund's head hash: at the moment of the print, or now for a preview
 * @param printedAt when it was printed, or now for a preview
 * @param printNo which print this is (from 1), or null for a preview
 */
public record ReceiptView(Long entryId, Long fundId, String wardName, String superiorBody, String placeName,
		String fundName, int number, int year, LocalDate date, String contributorName, ContributorKind contributorKind,
		Money amount, String amountInWords, PaymentMethod method, String description, String collector,
		String publicCode, String publicPath, boolean copy, LocalDate voidedOn, String voidReason, String headHash,
		Instant printedAt, Integer printNo) {

	/** "000123/2025". */
	public String numberLabel() {
		return "%06d/%d".formatted(this.number, this.year);
	}

	public LocalDateTime printedAtLocal() {
		return LocalDateTime.ofInstant(this.printedAt, VietnamTime.ZONE);
	}

	public boolean voided() {
		return this.voidedOn != null;
	}

}
