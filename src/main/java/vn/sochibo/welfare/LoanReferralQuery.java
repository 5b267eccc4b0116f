package vn.sochibo.welfare;

/**
 * The filters of the referral list: year of the referral, the household's area, outcome,
 * and accent-insensitive words against the household's code and head's name.
 */
public record LoanReferralQuery(Integer year, Long areaId, LoanOutcome outcome, String text) {
}
