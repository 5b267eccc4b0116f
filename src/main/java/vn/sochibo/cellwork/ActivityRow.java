package vn.sochibo.cellwork;

import java.time.LocalDate;

/**
 * An activity as lists show it, with its figures.
 */
public record ActivityRow(Long id, String title, ActivityKind kind, String kindOther, LocalDate startsOn,
		LocalDate endsOn, Long seriesId, String seriesTitle, ActivityFigures figures) {

}
