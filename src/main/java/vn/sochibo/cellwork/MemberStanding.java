package vn.sochibo.cellwork;

/**
 * Where a member stands on a day: full (chính thức) or probationary (dự bị), and whether
 * exempt from activities (miễn sinh hoạt).
 */
public enum MemberStanding {

	FULL, PROBATIONARY;

}
