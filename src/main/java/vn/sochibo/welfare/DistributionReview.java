package vn.sochibo.welfare;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the review of a distribution shows: the eligible households (at most
 * {@link Distributions#MAX_HOUSEHOLDS}; {@code truncated} when there were more, so the
 * selection must narrow), the ones ticked at first (all but those that already received
 * the program's gift, which need a confirmation each), and the areas the user may choose
 * from for this program (theirs, within the program's), by id with their labels.
 */
public record DistributionReview(List<Candidate> candidates, boolean truncated, Set<Long> preselected,
		Map<Long, String> areas) {

}
