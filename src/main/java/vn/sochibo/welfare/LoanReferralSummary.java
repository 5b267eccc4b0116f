package vn.sochibo.welfare;

import java.time.LocalDate;

import vn.sochibo.shared.Money;

/**
 * A row of the referral list (one query per page).
 *
 * @param areaName the household's area on the day of the referral
 */
public record LoanReferralSummary(Long id, Long householdId, String householdCode, String headName, String areaName,
		LoanPurpose purpose, Money amountRequested, LocalDate referralDate, LoanOutcome outcome, Money amountApproved,
		LocalDate outcomeDate) {
}
