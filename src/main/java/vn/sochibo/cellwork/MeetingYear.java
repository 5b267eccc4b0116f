package vn.sochibo.cellwork;

import java.time.LocalDate;
import java.util.List;

/**
 * A cell's year of meetings: the 12 months with their regular meeting (or missing, when
 * the month is over or under way and none was held), the thematic meetings, the figures
 * of each meeting and of the year, and how many of the tasks assigned at the year's
 * meetings are open and overdue today.
 */
public record MeetingYear(Long cellId, int year, List<Month> months, List<Summary> meetings, AttendanceFigures total,
		long openTasks, long overdueTasks) {

	public long regularCount() {
		return this.meetings.stream().filter((meeting) -> meeting.kind() == MeetingKind.REGULAR).count();
	}

	public long thematicCount() {
		return this.meetings.stream().filter((meeting) -> meeting.kind() == MeetingKind.THEMATIC).count();
	}

	public long missingCount() {
		return this.months.stream().filter(Month::missing).count();
	}

	/**
	 * A month: its regular meeting, or missing ("chưa họp") when none was held and the
	 * month has begun; a future month is neither.
	 */
	public record Month(int month, Summary regular, List<Summary> thematic, boolean missing, boolean future) {
	}

	public record Summary(Long id, MeetingKind kind, String topic, LocalDate heldOn, AttendanceFigures figures) {
	}

}
