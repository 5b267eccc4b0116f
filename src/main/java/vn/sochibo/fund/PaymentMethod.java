package vn.sochibo.fund;

/**
 * How a contribution was given. In kind, labour and land are recorded at an estimated
 * value, with a description.
 */
public enum PaymentMethod {

	CASH, BANK_TRANSFER, IN_KIND, LABOUR, LAND;

	public boolean needsDescription() {
		return this == IN_KIND || this == LABOUR || this == LAND;
	}

}
