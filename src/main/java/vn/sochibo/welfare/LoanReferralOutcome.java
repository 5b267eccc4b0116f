package vn.sochibo.welfare;

import java.time.LocalDate;

import vn.sochibo.shared.Money;

/**
 * The bank's decision on a referral as the ward learnt it.
 *
 * @param amountApproved what the bank lent: only, and always, with
 * {@link LoanOutcome#APPROVED}
 * @param outcomeDate when the bank decided (or the household withdrew); none while
 * pending
 */
public record LoanReferralOutcome(LoanOutcome outcome, Money amountApproved, LocalDate outcomeDate) {
}
