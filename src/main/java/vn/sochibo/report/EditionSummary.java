package vn.sochibo.report;

import java.time.Instant;

/**
 * A final edition of a report in a list: its number, why it was made, its hash, who froze
 * it and when.
 */
public record EditionSummary(int edition, String reason, String sha256, String finalizedBy, Instant finalizedAt) {
}
