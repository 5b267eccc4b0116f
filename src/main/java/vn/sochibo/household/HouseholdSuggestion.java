package vn.sochibo.household;

/**
 * A household offered while an officer types in a form that takes a household: enough to
 * tell one from another (code, head of household, address and alley, area), nothing
 * private (no phone, no status).
 */
public record HouseholdSuggestion(Long id, String code, String headName, String address, String alley,
		String areaLabel) {
}
