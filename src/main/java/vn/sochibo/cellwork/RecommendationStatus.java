package vn.sochibo.cellwork;

/**
 * Where a visitor's recommendation (kiến nghị, chỉ đạo) stands. Done and dropped close
 * it: no follow-up after that.
 */
public enum RecommendationStatus {

	OPEN, IN_PROGRESS, DONE, DROPPED;

	public boolean closed() {
		return this == DONE || this == DROPPED;
	}

}
