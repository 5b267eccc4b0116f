package vn.sochibo.cellwork;

import java.time.LocalDate;

/**
 * A task as lists show it, with its status computed (overdue: open and past due).
 */
public record TaskRow(Long id, Long meetingId, LocalDate meetingHeldOn, Long memberId, String memberName,
		String content, LocalDate dueOn, TaskStatus status, String evidence) {
}
