package vn.sochibo.welfare;

import vn.sochibo.shared.Money;

/**
 * The totals of the referrals a list's filter selects (all pages).
 *
 * @param count how many referrals
 * @param requested the amounts households asked for
 * @param approved the amounts the bank lent (approved referrals only)
 * @param approvedCount how many were approved
 */
public record LoanReferralTotals(long count, Money requested, Money approved, long approvedCount) {
}
