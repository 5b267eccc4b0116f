package vn.sochibo.cellwork;

import java.time.LocalDate;

/**
 * A task assigned at a meeting: the member responsible (on the roll that day), what, and
 * when due (not before the meeting).
 */
public record NewTask(Long memberId, String content, LocalDate dueOn) {
}
