package vn.sochibo.shared;

/**
 * The roles of PRODUCT.md. Scope is role × area × ward.
 */
public enum Role {

	/** Operator of a multi-ward deployment: creates wards and their first admin. */
	SYSTEM_ADMIN,

	/** Ward Party office / ward official: everything in the ward. */
	WARD_ADMIN,

	/** Bí thư chi bộ: the areas of the cells they run. */
	CELL_SECRETARY,

	/** Trưởng khu vực, cán bộ MTTQ, tổ trưởng: the areas they are assigned to. */
	OFFICER,

	/** Ban thanh tra nhân dân: reads the whole ward, changes nothing. */
	INSPECTOR;

	public String authority() {
		return "ROLE_" + name();
	}

}
