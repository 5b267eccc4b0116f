package vn.sochibo.cellwork;

import java.time.LocalDate;
import java.util.List;

/**
 * A task's page: what, who, when due, its status (computed), the evidence, and its
 * follow-ups at later meetings.
 */
public record TaskView(Long id, Long cellId, Long meetingId, LocalDate meetingHeldOn, Long memberId, String memberName,
		String content, LocalDate dueOn, TaskStatus status, String evidence, LocalDate closedOn,
		List<FollowUpView> followUps, Integer version) {
}
