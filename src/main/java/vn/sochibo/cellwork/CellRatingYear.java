package vn.sochibo.cellwork;

import java.util.List;

/**
 * A cell's rating page for a year: the regulation effective for it (null before any), the
 * cell's own rating (null before its first step), the members on the roll in the year
 * with theirs, and whether the year may be rated (not in the future, under a regulation).
 */
public record CellRatingYear(int year, RegulationView regulation, RatingView cellRating, List<MemberRatingRow> members,
		boolean open) {

	public List<MemberRatingRow> awaitingProposal() {
		return this.members.stream().filter(MemberRatingRow::awaitsProposal).toList();
	}

}
