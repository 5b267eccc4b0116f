package vn.sochibo.shared;

/**
 * One figure of a year, defined once by the feature that owns the records it counts, so
 * the pages, the annual report and the exports show the same number: its key (the message
 * {@code figure.<key>} names it and {@code figure.<key>.explain} says in Vietnamese how
 * it is counted, shown as a tooltip), its value, what kind of number it is, and the page
 * that lists what it counts (or null).
 */
public record Figure(String key, Number value, Unit unit, String link) {

	public String labelKey() {
		return this.key;
	}

	public String explainKey() {
		return this.key + ".explain";
	}

	/** What kind of number a figure is. */
	public enum Unit {

		/** A count of records or people. */
		COUNT,

		/** A percentage with one decimal, or null when there is nothing to divide by. */
		PERCENT,

		/** A count of people that is a lower bound ("≥ 111"). */
		AT_LEAST,

		/** An amount of money in đồng. */
		MONEY;

	}

}
