package vn.sochibo.welfare;

import org.springframework.data.domain.Page;

/**
 * A page of the referral list and the totals of everything its filter selects.
 */
public record LoanReferralList(Page<LoanReferralSummary> page, LoanReferralTotals totals) {
}
