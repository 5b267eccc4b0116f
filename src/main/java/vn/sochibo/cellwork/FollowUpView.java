package vn.sochibo.cellwork;

import java.time.LocalDate;

/**
 * A follow-up of a task at a later meeting.
 */
public record FollowUpView(Long taskId, String taskContent, String memberName, Long meetingId, LocalDate meetingHeldOn,
		String note) {
}
