package vn.sochibo.shared;

/**
 * What a user may want to do; {@link AccessPolicy} says who may.
 */
public enum Action {

	/**
	 * Read the ward's records within one's areas (registers, ledgers, welfare, projects).
	 */
	READ,

	/**
	 * Enter and change records within one's areas: households, ledger entries, gifts,
	 * projects.
	 */
	WRITE,

	/** Print a receipt: the first print is the original, every later one a copy. */
	PRINT,

	/** Set up and approve funds and welfare programs of one's areas. */
	APPROVE,

	/** Close a past year of the ward's ledger. */
	CLOSE_YEAR,

	/** Ward settings, residential areas and Party cells. */
	MANAGE_WARD,

	/** The ward's user accounts. */
	MANAGE_USERS,

	/** Read another user's audit trail (what they changed). */
	READ_AUDIT,

	/** Create wards and their first admins (a multi-ward deployment). */
	MANAGE_WARDS,

	/**
	 * Read a Party cell's own records: its members (sensitive: political affiliation),
	 * meetings and attendance, activities, visits, twinnings and ratings. Officers do
	 * not.
	 */
	READ_CELL_WORK,

	/**
	 * Record a cell's work: members, meetings, activities, visits, twinnings, rating
	 * steps.
	 */
	WRITE_CELL_WORK,

	/**
	 * Record the competent body's decision on a cell's annual rating (the ward's Party
	 * committee decides it, the ward's Party office enters it).
	 */
	DECIDE_CELL_RATING;

}
