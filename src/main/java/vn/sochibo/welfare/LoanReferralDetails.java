package vn.sochibo.welfare;

import java.time.LocalDate;

import vn.sochibo.shared.Money;

/**
 * A new referral: which household (of the user's scope), to which programme, for how
 * much, on which day.
 *
 * @param purposeNote which programme, when the purpose is {@link LoanPurpose#OTHER}; a
 * precision otherwise
 */
public record LoanReferralDetails(Long householdId, LoanPurpose purpose, String purposeNote, Money amountRequested,
		LocalDate referralDate, String note) {
}
