package vn.sochibo.cellwork;

/**
 * A member on the cell's roll in the year, with their rating of the year if any. Exempt
 * members (miễn sinh hoạt) are not rated.
 */
public record MemberRatingRow(Long memberId, String fullName, boolean probationary, boolean exempt, RatingView rating) {

	public boolean rated() {
		return this.rating != null;
	}

	/**
	 * Whether the quick proposal form can take this member: self-assessed, no proposal
	 * yet.
	 */
	public boolean awaitsProposal() {
		return this.rating != null && this.rating.lastKind() == RatingStepKind.SELF;
	}

}
