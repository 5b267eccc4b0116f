package vn.sochibo.cellwork;

/**
 * The Tasks tab's filter: a status (or all) and words of the content or the member's
 * name, accent-insensitive.
 */
public record TaskQuery(TaskStatus status, String text) {
}
