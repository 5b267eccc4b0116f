package vn.sochibo.welfare;

import java.time.LocalDate;

import vn.sochibo.shared.Money;

/**
 * A gift as lists show it (a program's gifts, a distribution's signing list, a
 * household's history). Staff only: it names the recipient.
 */
public record GiftRow(Long id, Long programId, String programName, Integer programYear, Occasion occasion,
		Long distributionId, Long householdId, String householdCode, String headName, String address, Long areaId,
		String areaLabel, String memberName, GiftItem item, String itemNote, Integer quantity, Money value,
		LocalDate date, String deliveredBy, ReceiptStatus receiptStatus, LocalDate signedOn, Long scanId,
		Long ledgerEntryId, boolean cancelled, String cancelReason, Long cancelEntryId) {

	/** The recipient as the signing list names them: the member, else the head. */
	public String recipient() {
		return (this.memberName != null) ? this.memberName : this.headName;
	}

}
