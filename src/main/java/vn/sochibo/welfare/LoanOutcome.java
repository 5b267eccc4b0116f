package vn.sochibo.welfare;

/**
 * What the bank decided on a referral, as the household or the bank's officer told the
 * ward (labels in {@code messages-loans.properties}).
 */
public enum LoanOutcome {

	/** Chờ kết quả: no decision known yet. */
	PENDING,

	/** Được vay: with the amount the bank lent. */
	APPROVED,

	/** Không được vay. */
	REFUSED,

	/** Hộ rút hồ sơ. */
	WITHDRAWN;

	public boolean isPending() {
		return this == PENDING;
	}

}
