package vn.sochibo.household;

/**
 * How far the yearly review of one area has got: whether it was started, its proposals
 * still to decide, confirmed and ended; the area's poor and near-poor households of the
 * year before and those with a poor or near-poor status of the year already.
 */
public record ReviewProgress(Long areaId, String areaLabel, boolean started, int proposed, int confirmed, int ended,
		int lastYear, int thisYear) {

	/**
	 * Whether every proposal was decided (a review not started is not done).
	 */
	public boolean done() {
		return this.started && this.proposed == 0;
	}

}
