package vn.sochibo.fund;

/**
 * What a fund raises money for.
 */
public enum FundKind {

	/** The fund of one public-works project (created with it). */
	PROJECT,

	/**
	 * A campaign: Quỹ "Vì người nghèo", "Đền ơn đáp nghĩa", disaster relief, Tết gifts…
	 */
	CAMPAIGN

}
