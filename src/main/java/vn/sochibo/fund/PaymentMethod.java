package vn.sochibo.fund;

/**
 * How a contribution was given. Cash and bank transfer are money; in kind, labour and
 * land are goods, recorded at an estimated value with a description, and counted apart
 * from money (never in a fund's balance).
 */
public enum PaymentMethod {

	CASH, BANK_TRANSFER, IN_KIND, LABOUR, LAND;

	public boolean needsDescription() {
		return isInKind();
	}

	/** Goods, labour or land at an estimated value, not money. */
	public boolean isInKind() {
		return this == IN_KIND || this == LABOUR || this == LAND;
	}

}
