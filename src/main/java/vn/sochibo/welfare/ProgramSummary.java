package vn.sochibo.welfare;

import java.time.LocalDate;

import vn.sochibo.shared.Money;

/**
 * A program as the list shows it, with what was given so far (gifts not cancelled);
 * {@code memberGroup} set for a program for the Party members of its cell.
 */
public record ProgramSummary(Long id, String name, Occasion occasion, Integer year, LocalDate date,
		ProgramSource source, String sourceName, Money budget, int gifts, int households, Money given,
		MemberGroup memberGroup) {

	/** Given as a share of the budget, 0–100 for the bar; 0 without a budget. */
	public int budgetBar() {
		if (this.budget == null || !this.budget.isPositive()) {
			return 0;
		}
		return this.given.amount()
			.multiply(java.math.BigDecimal.valueOf(100))
			.divide(this.budget.amount(), 0, java.math.RoundingMode.DOWN)
			.min(java.math.BigDecimal.valueOf(100))
			.intValue();
	}

	public boolean overBudget() {
		return this.budget != null && this.given.compareTo(this.budget) > 0;
	}

}
