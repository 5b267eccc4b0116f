package vn.sochibo.project;

import java.util.List;

import vn.sochibo.shared.Money;

/**
 * A project's money: the plan by source against what was raised, and what its fund has
 * spent. All amounts raised and spent come from the fund's ledger. Goods are not cash:
 * the plan's total is met by money and goods together, the balance is money only.
 *
 * @param plannedTotal the plan's total, or null when no plan was drawn up
 * @param raised money raised (cash and bank transfer)
 * @param inKind the estimated value of goods, labour and land given
 */
public record FundingView(Long fundId, String fundName, List<FundingLine> lines, Money plannedTotal, Money raised,
		Money inKind, Money spent) {

	public boolean hasPlan() {
		return this.plannedTotal != null;
	}

	/** Money raised less money spent: goods are never in it. */
	public Money balance() {
		return this.raised.minus(this.spent);
	}

	/** Money and goods together, against the plan's total. */
	public Money mobilized() {
		return this.raised.plus(this.inKind);
	}

	public Money raisedByLines() {
		return this.lines.stream().map(FundingLine::raised).reduce(Money.ZERO, Money::plus);
	}

}
