package vn.sochibo.cellwork;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.sochibo.shared.KnownConstraints;

/**
 * The constraints of the meetings that catch a user's mistake: a second regular meeting
 * in a month (when two are recorded at once), a task followed up twice at one meeting.
 */
@Component
class MeetingConstraints implements KnownConstraints {

	@Override
	public List<Rule> rules() {
		return List.of(new Rule("uq_cell_meetings_regular_month", "heldOn", "meeting.regular.duplicate"),
				new Rule("uq_meeting_task_follow_ups_meeting", "meetingId", "task.followUp.twice"));
	}

}
