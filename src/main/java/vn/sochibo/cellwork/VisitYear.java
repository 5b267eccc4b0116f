package vn.sochibo.cellwork;

/**
 * A cell's visits of a year and what became of their recommendations (closed: done or
 * dropped; open and overdue as of today, or of the year's end for a past year).
 */
public record VisitYear(int year, int visits, int recommendations, int closed, int open, int overdue) {
}
