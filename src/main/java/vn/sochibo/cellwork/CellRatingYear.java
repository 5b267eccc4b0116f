package vn.sochibo.cellwork;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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

	/**
	 * How the cell's members stand in the year's rating: decided per level, under way,
	 * not rated, exempt.
	 */
	public MemberLevels memberLevels() {
		Map<RatingLevel, Long> decided = new EnumMap<>(RatingLevel.class);
		long pending = 0;
		long notRated = 0;
		long exempt = 0;
		for (MemberRatingRow row : this.members) {
			if (row.rating() != null && row.rating().decided()) {
				decided.merge(row.rating().decision().orElseThrow().level(), 1L, Long::sum);
			}
			else if (row.rating() != null) {
				pending++;
			}
			else if (row.exempt()) {
				exempt++;
			}
			else {
				notRated++;
			}
		}
		return new MemberLevels(this.year, decided, pending, notRated, exempt);
	}

}
