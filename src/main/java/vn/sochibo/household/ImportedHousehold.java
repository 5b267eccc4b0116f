package vn.sochibo.household;

/**
 * A household as a checked row of an import plan gives it: a new one ({@code targetId}
 * null; a null code asks for a generated one) or the change of an existing one, checked
 * against its {@code targetVersion}; with the status of the import's year the row names,
 * if any.
 *
 * @param rowNo the row's number in the Excel file, for the messages
 */
public record ImportedHousehold(int rowNo, Long targetId, Integer targetVersion, String code, String headName,
		String address, String alley, Long areaId, int members, String phone, String notes, StatusKind status,
		PolicySubtype policySubtype, String decisionRef) {
}
