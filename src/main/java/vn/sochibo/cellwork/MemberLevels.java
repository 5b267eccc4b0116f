package vn.sochibo.cellwork;

import java.util.Map;

/**
 * How the members of a cell stand in a year's rating: the number decided at each level,
 * those whose rating is under way (not decided yet), those not rated yet, and the exempt
 * members, who are not rated.
 */
public record MemberLevels(int year, Map<RatingLevel, Long> decided, long pending, long notRated, long exempt) {

	public long count(RatingLevel level) {
		return this.decided.getOrDefault(level, 0L);
	}

	public long decidedTotal() {
		return this.decided.values().stream().mapToLong(Long::longValue).sum();
	}

}
