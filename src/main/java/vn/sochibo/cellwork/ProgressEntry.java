package vn.sochibo.cellwork;

import java.time.LocalDate;

/**
 * A target's progress entered by hand on a day: the value reached, and a note.
 */
public record ProgressEntry(LocalDate date, Integer value, String note) {
}
