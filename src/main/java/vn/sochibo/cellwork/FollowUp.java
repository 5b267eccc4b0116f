package vn.sochibo.cellwork;

import java.time.LocalDate;

/**
 * A dated follow-up note on a recommendation; it may move it on (in progress) or close it
 * (done with its result, or dropped).
 */
public record FollowUp(LocalDate date, String note, RecommendationStatus newStatus, String result) {
}
