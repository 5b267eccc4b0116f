package vn.sochibo.welfare;

/**
 * Which Party members of its cell a program for Party members is for: their households
 * are its recipients (computed on the program's date from the cell's roll).
 */
public enum MemberGroup {

	/** Every member on the cell's roll. */
	ALL(0),

	/** Members with at least 40 years in the Party (huy hiệu 40 năm tuổi Đảng). */
	YEARS_40(40);

	private final int minYearsInParty;

	MemberGroup(int minYearsInParty) {
		this.minYearsInParty = minYearsInParty;
	}

	public int minYearsInParty() {
		return this.minYearsInParty;
	}

}
