package vn.sochibo.project;

import java.util.List;

import vn.sochibo.shared.Money;

/**
 * A project's money: the plan by source against what was raised, and what its fund has
 * spent. All amounts raised and spent come from the fund's ledger.
 *
 * @param plannedTotal the plan's total, or null when no plan was drawn up
 */
public record FundingView(Long fundId, String fundName, List<FundingLine> lines, Money plannedTotal, Money raised,
		Money spent) {

	public boolean hasPlan() {
		return this.plannedTotal != null;
	}

	public Money balance() {
		return this.raised.minus(this.spent);
	}

	public Money raisedByLines() {
		return this.lines.stream().map(FundingLine::raised).reduce(Money.ZERO, Money::plus);
	}

}
