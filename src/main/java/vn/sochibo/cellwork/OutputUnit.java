package vn.sochibo.cellwork;

import java.math.BigDecimal;

/**
 * The unit of an activity's output, with the largest quantity one activity of a cell can
 * sensibly report (more is a typing mistake) and whether it counts whole things.
 */
public enum OutputUnit {

	/** Metres of road or alley concreted. */
	ROAD_METRES(50_000, false), HOUSES_REPAIRED(1_000, true), TREES_PLANTED(100_000, true),
	/** Kilograms of waste collected. */
	WASTE_KG(1_000_000, false), WORKING_DAYS(100_000, false),
	/** Số lượt tuyên truyền. */
	PROPAGANDA_SESSIONS(100_000, true), CAMERAS(1_000, true), FLAGS(100_000, true), FIRE_EXTINGUISHERS(10_000, true),
	GIFTS(100_000, true);

	private final BigDecimal max;

	private final boolean whole;

	OutputUnit(long max, boolean whole) {
		this.max = BigDecimal.valueOf(max);
		this.whole = whole;
	}

	public BigDecimal max() {
		return this.max;
	}

	public boolean whole() {
		return this.whole;
	}

}
