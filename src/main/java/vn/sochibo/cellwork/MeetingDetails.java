package vn.sochibo.cellwork;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A meeting as the secretary records it: when and where, who chaired and who took the
 * minutes (a member of the cell, by id, or a named person), and the attendance of every
 * member on the roll that day.
 */
public record MeetingDetails(MeetingKind kind, String topic, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt,
		String place, Long chairMemberId, String chairName, Long secretaryMemberId, String secretaryName,
		Integer documentNumber, List<AttendanceEntry> attendance) {

	public MeetingDetails {
		attendance = (attendance != null) ? List.copyOf(attendance) : List.of();
	}

	/**
	 * One member's attendance; the reason only matters when absent with reason.
	 */
	public record AttendanceEntry(Long memberId, AttendanceStatus status, String reason) {
	}

}
