package vn.sochibo.ward;

import java.time.LocalDate;

import vn.sochibo.shared.CurrentUser;

/**
 * Published inside the merging transaction: the households and user assignments of the
 * source area move to the target area.
 */
public record AreasMerged(Long wardId, Long sourceAreaId, String sourceLabel, Long targetAreaId, String targetLabel,
		LocalDate date, CurrentUser actor) {
}
