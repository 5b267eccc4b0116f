package vn.sochibo.fund;

/**
 * The side of a fund's ledger a public list shows: everything, the income side
 * (contributions, pledges, their payments) or the spending side. A reversal belongs to
 * the side of the entry it cancels.
 */
public enum PublicSide {

	ALL, IN, OUT

}
