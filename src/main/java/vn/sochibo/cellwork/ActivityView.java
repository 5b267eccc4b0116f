package vn.sochibo.cellwork;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One activity as its page and its edit form show it. Members of a co-organising cell the
 * user may not reach are not named: {@link #otherMembers()} says how many there are (they
 * are in the figures).
 */
public record ActivityView(Long id, Long cellId, ActivityKind kind, String kindOther, String title, LocalDate startsOn,
		LocalDate endsOn, Set<Long> areaIds, List<String> areas, Set<Long> coCellIds, List<String> coCells,
		String outsideUnits, Long seriesId, String seriesTitle, List<Participant> members, int otherMembers,
		List<NamedPerson> cadres, List<NamedPerson> residents, int residentHeadCount,
		Map<OutputUnit, BigDecimal> outputs, String note, ActivityFigures figures, Integer version) {

	/**
	 * A member who took part, with their cell.
	 */
	public record Participant(Long id, String fullName, Long cellId, String cellName) {

	}

}
