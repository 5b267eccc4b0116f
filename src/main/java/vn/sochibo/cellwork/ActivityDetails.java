package vn.sochibo.cellwork;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An activity as entered: what and when, where (areas of the ward), with whom
 * (co-organising cells of the ward, named outside units), the series it belongs to (an
 * existing one, or a new one by its title), who took part and what came of it.
 */
public record ActivityDetails(ActivityKind kind, String kindOther, String title, LocalDate startsOn, LocalDate endsOn,
		Set<Long> areaIds, Set<Long> coCellIds, String outsideUnits, Long seriesId, String newSeriesTitle,
		Set<Long> memberIds, List<NamedPerson> cadres, List<NamedPerson> residents, Integer residentHeadCount,
		Map<OutputUnit, BigDecimal> outputs, String note) {

	public ActivityDetails {
		areaIds = (areaIds != null) ? Set.copyOf(areaIds) : Set.of();
		coCellIds = (coCellIds != null) ? Set.copyOf(coCellIds) : Set.of();
		memberIds = (memberIds != null) ? Set.copyOf(memberIds) : Set.of();
		cadres = (cadres != null) ? List.copyOf(cadres) : List.of();
		residents = (residents != null) ? List.copyOf(residents) : List.of();
		outputs = (outputs != null) ? Map.copyOf(outputs) : Map.of();
	}

}
