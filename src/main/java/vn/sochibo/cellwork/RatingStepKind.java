package vn.sochibo.cellwork;

/**
 * The steps of a rating, in their order: self-assessment (tự đánh giá), review and
 * proposal (chi bộ / cấp ủy đề xuất), an optional re-check when there are complaints or
 * discipline (with its reason), and the decision of the competent body.
 */
public enum RatingStepKind {

	SELF, PROPOSAL, RECHECK, DECISION

}
