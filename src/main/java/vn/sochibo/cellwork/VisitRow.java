package vn.sochibo.cellwork;

import java.time.LocalDate;

/**
 * A visit in the cell's list.
 */
public record VisitRow(Long id, LocalDate date, String visitors, String plan, int recommendations, int open,
		int overdue) {
}
