package vn.sochibo.cellwork;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A series of activities with each activity's figures and the series' own: a person who
 * comes to several of them is one person of the series, and each coming is a lượt.
 */
public record SeriesView(Long id, Long cellId, String title, List<ActivityRow> activities, ActivityFigures total,
		Map<OutputUnit, BigDecimal> outputs) {

}
