package vn.sochibo.welfare;

/**
 * Where a program's money comes from. Only a ledger fund's spending is posted to the
 * ledger; the others are recorded with the program.
 */
public enum ProgramSource {

	/** A fund of the ward's ledger: every gift is an expenditure of it. */
	FUND,

	/** The Party cell. */
	CELL,

	/** Ủy ban Mặt trận Tổ quốc (the Front committee). */
	FRONT,

	/** A named sponsor (nhà tài trợ). */
	SPONSOR

}
