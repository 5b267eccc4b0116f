package vn.sochibo.cellwork;

import java.time.LocalDate;

/**
 * A recommendation not yet closed, with its visit: for the cell's overview and report.
 */
public record OpenRecommendation(Long id, Long visitId, LocalDate visitDate, String content, String responsible,
		LocalDate dueOn, RecommendationStatus status, boolean overdue) {
}
