package vn.sochibo.household;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.sochibo.shared.Figure;
import vn.sochibo.shared.Figure.Unit;

/**
 * The register of some areas in a year: its households, their members (the residents),
 * and the households holding each status in that year (by {@link StatusYears#heldIn}). A
 * household holding two statuses counts under both. Numbers only.
 */
public record RegisterYear(int year, long households, long residents, Map<StatusKind, Long> byStatus) {

	public RegisterYear {
		Map<StatusKind, Long> counts = new EnumMap<>(StatusKind.class);
		for (StatusKind kind : StatusKind.values()) {
			counts.put(kind, byStatus.getOrDefault(kind, 0L));
		}
		byStatus = Collections.unmodifiableMap(counts);
	}

	public long count(StatusKind kind) {
		return this.byStatus.get(kind);
	}

	/**
	 * The register's figures, each defined once ({@link Figure}); {@code link} is the
	 * household list to narrow (by status and year), or null.
	 */
	public List<Figure> figures(String link) {
		List<Figure> figures = new ArrayList<>();
		figures.add(new Figure("figure.households.total", this.households, Unit.COUNT, link));
		figures.add(new Figure("figure.households.residents", this.residents, Unit.COUNT, link));
		for (StatusKind kind : StatusKind.values()) {
			figures.add(new Figure("figure.households.status." + kind.name(), count(kind), Unit.COUNT,
					(link != null) ? link + "&status=" + kind.name() + "&year=" + this.year : null));
		}
		return List.copyOf(figures);
	}

}
