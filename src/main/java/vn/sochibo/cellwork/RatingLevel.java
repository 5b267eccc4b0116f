package vn.sochibo.cellwork;

/**
 * The four levels of the annual rating (xếp loại chất lượng), the same for cells and
 * members; the score each needs is the regulation's ({@link RegulationView#levelFor}).
 */
public enum RatingLevel {

	/** Hoàn thành xuất sắc nhiệm vụ. */
	EXCELLENT,

	/** Hoàn thành tốt nhiệm vụ. */
	GOOD,

	/** Hoàn thành nhiệm vụ. */
	COMPLETED,

	/** Không hoàn thành nhiệm vụ: a low score, or a disqualifying fact. */
	NOT_COMPLETED

}
