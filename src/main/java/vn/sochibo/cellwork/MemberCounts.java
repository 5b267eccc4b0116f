package vn.sochibo.cellwork;

/**
 * A cell's members on one day by standing: on the roll, full, probationary, exempt from
 * activities, women.
 */
public record MemberCounts(long total, long full, long probationary, long exempt, long women) {
}
