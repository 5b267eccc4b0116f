package vn.sochibo.cellwork;

import java.time.LocalDate;

/**
 * A recommendation of a visit: what, who answers for it (a member of the cell, or a named
 * person or body), by when.
 */
public record RecommendationDetails(String content, Long responsibleMemberId, String responsibleName, LocalDate dueOn) {
}
