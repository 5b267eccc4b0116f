package vn.sochibo.cellwork;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A meeting with its minutes: attendance (with names), guests, agenda, resolutions, the
 * tasks assigned at it and the follow-ups of earlier tasks it recorded.
 */
public record MeetingView(Long id, Long cellId, MeetingKind kind, String topic, LocalDate heldOn, LocalTime startsAt,
		LocalTime endsAt, String place, Long chairMemberId, String chair, Long secretaryMemberId, String secretary,
		Integer documentNumber, List<Attendance> attendance, List<Guest> guests, List<Agenda> agenda,
		List<Resolution> resolutions, List<TaskRow> tasks, List<FollowUpView> followUps, AttendanceFigures figures,
		Integer version) {

	public List<Attendance> absentees() {
		return this.attendance.stream()
			.filter((row) -> row.status() == AttendanceStatus.ABSENT_EXCUSED
					|| row.status() == AttendanceStatus.ABSENT_UNEXCUSED)
			.toList();
	}

	public List<Guest> invited() {
		return this.guests.stream().filter((guest) -> guest.kind() == GuestKind.GUEST).toList();
	}

	public List<Guest> temporary() {
		return this.guests.stream().filter((guest) -> guest.kind() == GuestKind.TEMPORARY).toList();
	}

	public long present() {
		return this.figures.attended();
	}

	public record Attendance(Long memberId, String fullName, AttendanceStatus status, String reason,
			boolean probationary, boolean exempt) {
	}

	public record Guest(Long id, GuestKind kind, String fullName, String position, String organisation,
			boolean higherLevel) {
	}

	public record Agenda(Long id, String title, String discussion, String conclusion) {
	}

	public record Resolution(Long id, ResolutionKind kind, String content, Integer votesFor, Integer votesAgainst,
			Integer votesAbstain) {

		public boolean voted() {
			return this.votesFor != null;
		}

	}

}
