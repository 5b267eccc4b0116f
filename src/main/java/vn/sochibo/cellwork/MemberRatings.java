package vn.sochibo.cellwork;

import java.util.List;

/**
 * A member's rating page: the member, whether they were on the cell's roll in the year
 * and exempt, the rating of the year (null before its first step), the regulation for the
 * year, and the member's ratings of every year, newest first.
 */
public record MemberRatings(Long memberId, String fullName, int year, boolean onRoll, boolean exempt,
		boolean probationary, RegulationView regulation, RatingView rating, List<RatingView> history, boolean open) {

	public boolean canRate() {
		return this.open && this.onRoll && !this.exempt;
	}

}
