package vn.sochibo.cellwork;

/**
 * A cell's open recommendations and how many of them are overdue: a line of the overview.
 */
public record RecommendationCounts(Long cellId, String cellName, int open, int overdue) {
}
