package vn.sochibo.fund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import vn.sochibo.shared.Money;

/**
 * A fund's totals as every page shows them (public and staff): money raised, the
 * estimated value of goods, labour and land given, spent, balance, open pledges, progress
 * against the target (none without a target), and the head of its hash chain. Goods are
 * not cash: the balance is money raised less money spent; the progress counts both (what
 * was mobilised toward the target).
 *
 * @param raised money raised (cash and bank transfer), reversals subtracted
 * @param inKind the estimated value of goods, labour days and land given, reversals
 * subtracted
 */
public record FundSummary(Long id, Long wardId, FundKind kind, String name, String purpose, Money target,
		LocalDate startsOn, LocalDate endsOn, Money raised, Money inKind, Money spent, Money pledged, int entryCount,
		String headHash) {

	/** Money raised less money spent: goods are never in it. */
	public Money balance() {
		return this.raised.minus(this.spent);
	}

	/** Money and goods together, what counts toward the target. */
	public Money mobilized() {
		return this.raised.plus(this.inKind);
	}

	public boolean hasInKind() {
		return this.inKind.isPositive();
	}

	public boolean hasTarget() {
		return this.target != null;
	}

	/**
	 * Money and goods mobilised as a percentage of the target, one decimal (may exceed
	 * 100); {@code null} without a target.
	 */
	public BigDecimal progressPercent() {
		if (this.target == null) {
			return null;
		}
		return mobilized().amount()
			.multiply(BigDecimal.valueOf(100))
			.divide(this.target.amount(), 1, RoundingMode.HALF_UP);
	}

	/** The progress bar's width, capped at 100. */
	public int progressBar() {
		BigDecimal percent = progressPercent();
		return (percent == null) ? 0 : Math.min(100, percent.intValue());
	}

}
