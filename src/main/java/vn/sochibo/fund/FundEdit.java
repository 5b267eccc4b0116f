package vn.sochibo.fund;

import java.util.Set;

/**
 * A fund with what its edit form needs.
 */
public record FundEdit(FundSummary fund, Set<Long> areaIds, Integer version) {
}
