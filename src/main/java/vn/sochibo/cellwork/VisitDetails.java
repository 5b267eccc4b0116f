package vn.sochibo.cellwork;

import java.time.LocalDate;
import java.util.List;

/**
 * A visit as recorded: its date, who came (at least one), the plan they came under, what
 * they praised.
 */
public record VisitDetails(LocalDate date, List<Visitor> visitors, String plan, String praised, String note) {
}
