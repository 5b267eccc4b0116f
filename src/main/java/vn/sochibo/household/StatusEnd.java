package vn.sochibo.household;

/**
 * The end of a lasting status: the last year it holds and why it ended.
 */
public record StatusEnd(Integer lastYear, String reason) {
}
