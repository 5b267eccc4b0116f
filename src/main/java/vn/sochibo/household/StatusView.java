package vn.sochibo.household;

/**
 * A household status as pages show it.
 */
public record StatusView(Long id, Integer year, StatusKind kind, PolicySubtype policySubtype, String standard,
		String decisionRef, String note) {
}
