package vn.sochibo.household;

import java.util.List;
import java.util.Map;

/**
 * Confirms the chosen proposals of an area's review: each as the kind chosen on its line
 * (poor or near-poor; none chosen: as proposed), with the decision that recognised them
 * and the standard (blank: each keeps last year's standard).
 */
public record ConfirmProposals(List<Long> proposalIds, Map<Long, StatusKind> kinds, String standard,
		String decisionRef) {
}
