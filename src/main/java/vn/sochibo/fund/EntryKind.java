package vn.sochibo.fund;

/**
 * The kinds of ledger entries. Entries are never changed: a mistake is corrected by a
 * {@link #REVERSAL} of the entry and, if needed, a new entry.
 */
public enum EntryKind {

	/** Money or goods given (đóng góp). */
	CONTRIBUTION,

	/** A promise to give (đăng ký ủng hộ); raises nothing until paid. */
	PLEDGE,

	/** A payment against a pledge. */
	PLEDGE_PAYMENT,

	/** Money spent (chi), with payee, purpose, voucher and approver. */
	EXPENDITURE,

	/** Cancels one earlier entry, with a reason. */
	REVERSAL;

	/** Whether the entry adds to the money raised. */
	public boolean raises() {
		return this == CONTRIBUTION || this == PLEDGE_PAYMENT;
	}

	/** Whether the entry is given a receipt (phiếu thu). */
	public boolean hasReceipt() {
		return raises();
	}

}
