package vn.sochibo.cellwork;

import java.time.LocalDate;

/**
 * A joint activity of a twinning: the day, a title, a note, how many people took part.
 */
public record JointActivity(LocalDate date, String title, String note, Integer people) {
}
