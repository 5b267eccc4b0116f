package vn.sochibo.fund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import vn.sochibo.shared.Money;

/**
 * A fund's totals as every page shows them (public and staff): raised, spent, balance,
 * open pledges, progress against the target (none without a target), and the head of its
 * hash chain.
 */
public record FundSummary(Long id, Long wardId, FundKind kind, String name, String purpose, Money target,
		LocalDate startsOn, LocalDate endsOn, Money raised, Money spent, Money pledged, int entryCount,
		String headHash) {

	public Money balance() {
		return this.raised.minus(this.spent);
	}

	public boolean hasTarget() {
		return this.target != null;
	}

	/**
	 * Raised as a percentage of the target, one decimal (may exceed 100); {@code null}
	 * without a target.
	 */
	public BigDecimal progressPercent() {
		if (this.target == null) {
			return null;
		}
		return this.raised.amount()
			.multiply(BigDecimal.valueOf(100))
			.divide(this.target.amount(), 1, RoundingMode.HALF_UP);
	}

	/** The progress bar's width, capped at 100. */
	public int progressBar() {
		BigDecimal percent = progressPercent();
		return (percent == null) ? 0 : Math.min(100, percent.intValue());
	}

}
