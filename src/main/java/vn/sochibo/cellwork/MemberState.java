package vn.sochibo.cellwork;

/**
 * Whether a member is still on a cell's roll of this deployment.
 */
public enum MemberState {

	/** In one of the ward's cells. */
	ACTIVE,

	/** Moved to a Party organisation outside the ward (chuyển sinh hoạt đi). */
	MOVED_OUT,

	/** Died (từ trần). */
	DIED;

}
