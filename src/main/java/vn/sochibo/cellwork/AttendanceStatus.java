package vn.sochibo.cellwork;

/**
 * How a member on the roll stood at a meeting. An exempt member (miễn sinh hoạt) is
 * {@link #EXEMPT} or {@link #EXEMPT_ATTENDED}, never absent; only an exempt member is
 * either.
 */
public enum AttendanceStatus {

	PRESENT, ABSENT_EXCUSED, ABSENT_UNEXCUSED, EXEMPT, EXEMPT_ATTENDED;

	public boolean forExempt() {
		return this == EXEMPT || this == EXEMPT_ATTENDED;
	}

	public boolean attended() {
		return this == PRESENT || this == EXEMPT_ATTENDED;
	}

}
