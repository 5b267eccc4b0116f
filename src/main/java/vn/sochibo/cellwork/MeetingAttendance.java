package vn.sochibo.cellwork;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One member's attendance at a meeting, with the member's standing on that day
 * (probationary, exempt) kept as it was.
 */
@Entity
@Table(name = "meeting_attendances")
class MeetingAttendance {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "meeting_id")
	private Meeting meeting;

	private Long memberId;

	@Enumerated(EnumType.STRING)
	private AttendanceStatus status;

	private String reason;

	private boolean probationary;

	private boolean exempt;

	protected MeetingAttendance() {
	}

	MeetingAttendance(Meeting meeting, RollMember member, AttendanceStatus status, String reason) {
		this.wardId = meeting.getWardId();
		this.meeting = meeting;
		this.memberId = member.id();
		this.probationary = member.probationary();
		this.exempt = member.exempt();
		set(status, reason);
	}

	void set(AttendanceStatus status, String reason) {
		this.status = status;
		this.reason = (status == AttendanceStatus.ABSENT_EXCUSED) ? reason : null;
	}

	void standing(RollMember member) {
		this.probationary = member.probationary();
		this.exempt = member.exempt();
	}

	Long getMemberId() {
		return this.memberId;
	}

	AttendanceStatus getStatus() {
		return this.status;
	}

	String getReason() {
		return this.reason;
	}

	boolean isProbationary() {
		return this.probationary;
	}

	boolean isExempt() {
		return this.exempt;
	}

}
