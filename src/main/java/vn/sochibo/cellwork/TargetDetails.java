package vn.sochibo.cellwork;

import java.util.Set;

/**
 * A shared target: a description, a measure ("hộ"), a target value and how progress is
 * measured (from the register needs the baseline year and the areas).
 */
public record TargetDetails(String description, String measure, Integer targetValue, TwinningTargetKind kind,
		Integer baselineYear, Set<Long> areaIds) {
}
