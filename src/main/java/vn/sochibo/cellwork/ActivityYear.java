package vn.sochibo.cellwork;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A cell's activities of a year: the figures of the year and of each month (January
 * first; a person who comes in several months is one person of the year), the outputs
 * summed per unit and the number of activities of each kind.
 */
public record ActivityYear(Long cellId, int year, ActivityFigures total, List<ActivityFigures> months,
		Map<OutputUnit, BigDecimal> outputs, Map<ActivityKind, Long> kinds) {

	public ActivityFigures month(int month) {
		return this.months.get(month - 1);
	}

}
