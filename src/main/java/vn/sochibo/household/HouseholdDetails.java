package vn.sochibo.household;

/**
 * The editable fields of a household (a command built by the form). A blank code asks for
 * a generated one.
 */
public record HouseholdDetails(String code, String headName, String address, String alley, Long areaId, Integer members,
		String phone, String notes) {
}
