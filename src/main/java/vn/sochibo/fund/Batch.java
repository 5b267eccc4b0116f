package vn.sochibo.fund;

import java.util.List;

import vn.sochibo.shared.Money;

/**
 * A paper list of contributions typed in at once: the control count and total are entered
 * first, from the paper, and the batch posts only when both match.
 */
public record Batch(Long fundId, int controlCount, Money controlTotal, String note, List<Contribution> lines) {
}
