package vn.sochibo.project;

import java.util.EnumMap;
import java.util.Map;

import vn.sochibo.fund.FundingSource;
import vn.sochibo.shared.Money;

/**
 * The planned amount from each source (a command); a blank amount is zero.
 */
public record FundingPlan(Money stateBudget, Money residents, Money sponsors, Money inKind) {

	/**
	 * The amounts by source, blanks as zero.
	 */
	public Map<FundingSource, Money> bySource() {
		Map<FundingSource, Money> amounts = new EnumMap<>(FundingSource.class);
		amounts.put(FundingSource.STATE_BUDGET, orZero(this.stateBudget));
		amounts.put(FundingSource.RESIDENTS, orZero(this.residents));
		amounts.put(FundingSource.SPONSORS, orZero(this.sponsors));
		amounts.put(FundingSource.IN_KIND, orZero(this.inKind));
		return amounts;
	}

	/**
	 * The name of the form field of a source (for errors next to the field).
	 */
	static String field(FundingSource source) {
		return switch (source) {
			case STATE_BUDGET -> "stateBudget";
			case RESIDENTS -> "residents";
			case SPONSORS -> "sponsors";
			case IN_KIND -> "inKind";
		};
	}

	private static Money orZero(Money money) {
		return (money != null) ? money : Money.ZERO;
	}

}
