package vn.sochibo.household;

/**
 * A status to record for a household in a year.
 */
public record StatusDetails(Integer year, StatusKind kind, PolicySubtype policySubtype, String standard,
		String decisionRef, String note) {
}
