package vn.sochibo.cellwork;

/**
 * The filters of a cell's activity list: the year (required), the kind, the month, and
 * accent-insensitive words of the title.
 */
public record ActivityQuery(int year, ActivityKind kind, Integer month, String text) {

}
