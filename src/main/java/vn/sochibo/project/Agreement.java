package vn.sochibo.project;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The agreement rule of Luật Thực hiện dân chủ ở cơ sở (10/2022/QH15): residents'
 * decisions on contributions to local public works are valid when more than half of the
 * area's households agree. Counted in whole households (exactly half is not enough).
 */
final class Agreement {

	private Agreement() {
	}

	static boolean isMajority(int agreeing, int areaHouseholds) {
		return areaHouseholds > 0 && 2L * agreeing > areaHouseholds;
	}

	/**
	 * The share as Vietnamese write it: "99,1%" (one decimal, comma).
	 */
	static String percent(int agreeing, int areaHouseholds) {
		if (areaHouseholds <= 0) {
			return "—";
		}
		BigDecimal share = BigDecimal.valueOf(agreeing)
			.multiply(BigDecimal.valueOf(100))
			.divide(BigDecimal.valueOf(areaHouseholds), 1, RoundingMode.HALF_UP);
		return share.toPlainString().replace('.', ',') + "%";
	}

}
