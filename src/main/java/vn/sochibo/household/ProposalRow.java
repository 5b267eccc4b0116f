package vn.sochibo.household;

/**
 * A line of an area's review screen: the household, what was proposed (last year's kind
 * and standard) and, once decided, the status it became or why it ended.
 */
public record ProposalRow(Long id, Long householdId, String householdCode, String headName, String address,
		StatusKind proposedKind, String standard, ProposalOutcome outcome, StatusKind confirmedKind,
		String confirmedStandard, String decisionRef, String endReason) {

	public boolean proposed() {
		return this.outcome == ProposalOutcome.PROPOSED;
	}

}
