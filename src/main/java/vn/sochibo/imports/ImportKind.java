package vn.sochibo.imports;

/**
 * What an import brings in; each has its template, its columns and its planner
 * ({@link ImportPlanner}).
 */
public enum ImportKind {

	/** Residential areas with their kind and validity (the ward admin's). */
	AREAS("khu-dan-cu"),

	/** Households with their statuses of a chosen year (household register). */
	HOUSEHOLDS("ho-gia-dinh"),

	/** A cell's Party members (the cell's secretaries and the ward admin). */
	MEMBERS("dang-vien");

	private final String fileStem;

	ImportKind(String fileStem) {
		this.fileStem = fileStem;
	}

	/** The ASCII stem of its template's file name. */
	public String fileStem() {
		return this.fileStem;
	}

}
