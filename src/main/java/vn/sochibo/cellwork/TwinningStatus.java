package vn.sochibo.cellwork;

/**
 * A twinning (kết nghĩa) planned (not signed yet), active (signed) or ended.
 */
public enum TwinningStatus {

	PLANNED, ACTIVE, ENDED

}
