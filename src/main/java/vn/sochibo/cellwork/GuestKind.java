package vn.sochibo.cellwork;

/**
 * Who else was at a meeting: an invited guest, or a Party member attending temporarily
 * from elsewhere (sinh hoạt tạm thời), not a member of the cell.
 */
public enum GuestKind {

	GUEST, TEMPORARY;

}
