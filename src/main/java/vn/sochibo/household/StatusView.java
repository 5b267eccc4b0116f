package vn.sochibo.household;

import java.time.LocalDate;

/**
 * A household status as pages show it: {@code year} is its year, or the first year of a
 * lasting status; {@code endYear} the last year a lasting status holds (null while it
 * holds, and always for a yearly kind), with the day its end was recorded and why.
 */
public record StatusView(Long id, Integer year, StatusKind kind, PolicySubtype policySubtype, String standard,
		String decisionRef, String note, Integer endYear, LocalDate endedOn, String endReason) {

	/**
	 * Whether this is a lasting status still held (it can be ended).
	 */
	public boolean open() {
		return this.kind.lasts() && this.endYear == null;
	}

	/**
	 * Whether it holds in {@code year}.
	 */
	public boolean heldIn(int year) {
		if (!this.kind.lasts()) {
			return this.year == year;
		}
		return this.year <= year && (this.endYear == null || this.endYear >= year);
	}

}
