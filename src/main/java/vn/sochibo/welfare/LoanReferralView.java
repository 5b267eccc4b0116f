package vn.sochibo.welfare;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalDate;

import vn.sochibo.shared.Money;
import vn.sochibo.shared.VietnamTime;

/**
 * A referral as its page and a household's welfare history show it.
 *
 * @param areaLabel the household's area on the day of the referral
 * @param amountApproved what the bank lent, only when approved
 * @param outcomeDate when the bank decided, null while pending
 */
public record LoanReferralView(Long id, Long householdId, String householdCode, String headName, String areaLabel,
		LoanPurpose purpose, String purposeNote, Money amountRequested, LocalDate referralDate, LoanOutcome outcome,
		Money amountApproved, LocalDate outcomeDate, String note, String recordedBy, Instant recordedAt,
		Integer version) {

	/** When it was recorded, in Vietnam's time. */
	public LocalDateTime recordedLocalTime() {
		return LocalDateTime.ofInstant(this.recordedAt, VietnamTime.ZONE);
	}

}
