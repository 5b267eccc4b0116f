package vn.sochibo.cellwork;

/**
 * Which of a cell's members a list shows: those on its roll today (all, full,
 * probationary, exempt), or those who left it (moved to another cell or out of the ward,
 * or died).
 */
public enum MemberFilter {

	CURRENT, FULL, PROBATIONARY, EXEMPT, FORMER;

}
