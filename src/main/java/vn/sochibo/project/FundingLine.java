package vn.sochibo.project;

import java.math.BigDecimal;
import java.math.RoundingMode;

import vn.sochibo.fund.FundingSource;
import vn.sochibo.shared.Money;

/**
 * One source of a project's funding: what was planned (null without a plan) and what was
 * actually raised from it (from the ledger).
 */
public record FundingLine(FundingSource source, Money planned, Money raised) {

	/** Raised as a share of the plan, "80,0%"; null when nothing was planned. */
	public String raisedPercent() {
		return percent(this.raised, this.planned);
	}

	/**
	 * {@code raised} as a share of {@code planned}, "80,0%"; null when nothing was
	 * planned.
	 */
	static String percent(Money raised, Money planned) {
		if (planned == null || !planned.isPositive()) {
			return null;
		}
		return raised.amount()
			.multiply(BigDecimal.valueOf(100))
			.divide(planned.amount(), 1, RoundingMode.HALF_UP)
			.toPlainString()
			.replace('.', ',') + "%";
	}

}
