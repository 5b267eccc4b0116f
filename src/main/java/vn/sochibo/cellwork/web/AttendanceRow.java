package vn.sochibo.cellwork.web;

import jakarta.validation.constraints.Size;
import vn.sochibo.cellwork.AttendanceStatus;

/**
 * One row of the attendance grid: the member (the name and standing are shown, never
 * trusted: the service reads the roll), the status and the reason of an absence.
 */
public class AttendanceRow {

	private Long memberId;

	private String fullName;

	private boolean exempt;

	private boolean probationary;

	private AttendanceStatus status;

	@Size(max = 200)
	private String reason;

	public Long getMemberId() {
		return this.memberId;
	}

	public void setMemberId(Long memberId) {
		this.memberId = memberId;
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public boolean isExempt() {
		return this.exempt;
	}

	public void setExempt(boolean exempt) {
		this.exempt = exempt;
	}

	public boolean isProbationary() {
		return this.probationary;
	}

	public void setProbationary(boolean probationary) {
		this.probationary = probationary;
	}

	public AttendanceStatus getStatus() {
		return this.status;
	}

	public void setStatus(AttendanceStatus status) {
		this.status = status;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
