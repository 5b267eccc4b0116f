package vn.sochibo.project;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.sochibo.fund.FundingSource;
import vn.sochibo.fund.LedgerYear.Flows;
import vn.sochibo.shared.Figure;
import vn.sochibo.shared.Figure.Unit;
import vn.sochibo.shared.Money;

/**
 * The public-works projects of a year in some areas (or the whole ward): every project
 * whose fund raised or spent something in the year, that started or was finished in it,
 * or that was still open at the year's end, with its status today, its funding plan by
 * source and what its fund took in the year by source (from the ledger's year figures) —
 * the state budget's share against the residents'.
 */
public record ProjectYear(int year, List<Line> projects) {

	public ProjectYear {
		projects = List.copyOf(projects);
	}

	/** How many projects stand at each status, every status present. */
	public Map<ProjectStatus, Long> byStatus() {
		Map<ProjectStatus, Long> counts = new EnumMap<>(ProjectStatus.class);
		for (ProjectStatus status : ProjectStatus.values()) {
			counts.put(status, 0L);
		}
		for (Line line : this.projects) {
			counts.merge(line.status(), 1L, Long::sum);
		}
		return Collections.unmodifiableMap(counts);
	}

	/** The funding plans summed, by source. */
	public Map<FundingSource, Money> planned() {
		Map<FundingSource, Money> sum = new EnumMap<>(FundingSource.class);
		for (FundingSource source : FundingSource.values()) {
			sum.put(source, Money.ZERO);
		}
		for (Line line : this.projects) {
			line.planned().forEach((source, amount) -> sum.merge(source, amount, Money::plus));
		}
		return Collections.unmodifiableMap(sum);
	}

	/** What the projects' funds took in the year, summed. */
	public Flows raised() {
		Flows sum = Flows.NONE;
		for (Line line : this.projects) {
			sum = sum.plus(line.raised());
		}
		return sum;
	}

	/**
	 * The year's project figures, each defined once ({@link Figure}).
	 * @param link the project list the figures count ({@code /projects?} or
	 * {@code /projects?area=…}), narrowed by status where a figure counts one
	 */
	public List<Figure> figures(String link) {
		List<Figure> figures = new ArrayList<>();
		figures.add(new Figure("figure.projects.count", this.projects.size(), Unit.COUNT, link));
		String separator = link.endsWith("?") ? "" : "&";
		byStatus().forEach((status, count) -> figures.add(new Figure("figure.projects.status." + status.name(), count,
				Unit.COUNT, link + separator + "status=" + status.name())));
		Flows raised = raised();
		for (FundingSource source : FundingSource.values()) {
			figures.add(new Figure("figure.projects.raised." + source.name(), raised.of(source).amount(), Unit.MONEY,
					link));
		}
		figures.add(new Figure("figure.projects.spent", raised.spent().amount(), Unit.MONEY, link));
		return List.copyOf(figures);
	}

	/**
	 * One project: its status today, its plan by source (every source present) and what
	 * its fund took in the year by source.
	 */
	public record Line(Long id, String name, ProjectKind kind, ProjectStatus status, int progress, Long areaId,
			Long fundId, Map<FundingSource, Money> planned, Flows raised) {

		public Line {
			Map<FundingSource, Money> copy = new EnumMap<>(FundingSource.class);
			for (FundingSource source : FundingSource.values()) {
				copy.put(source, planned.getOrDefault(source, Money.ZERO));
			}
			planned = Collections.unmodifiableMap(copy);
		}

		public Money plannedTotal() {
			return this.planned.values().stream().reduce(Money.ZERO, Money::plus);
		}

	}

}
