package vn.sochibo.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.fund.FundingSource;
import vn.sochibo.fund.LedgerYear;
import vn.sochibo.fund.LedgerYear.Flows;
import vn.sochibo.fund.LedgerYear.FundLine;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.NaturalOrder;
import vn.sochibo.shared.VietnamTime;

/**
 * The projects' figures of a year ({@link ProjectYear}) for other features — a cell's
 * year and annual report, the dashboards, the public year in figures. What each project's
 * fund took in the year comes from the ledger's year figures the caller already has
 * ({@link LedgerYear}), so a project and its fund never disagree. Projects are public:
 * any user of the ward may ask for areas the caller has checked. One statement.
 */
@Service
public class ProjectFigures {

	private final JdbcClient jdbc;

	ProjectFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The year's projects of those areas of the user's ward.
	 * @param ledger the ledger's year of the same areas
	 */
	@Transactional(readOnly = true)
	public ProjectYear year(CurrentUser user, Set<Long> areaIds, LedgerYear ledger) {
		Long wardId = user.require(Action.READ).requireWard();
		if (areaIds.isEmpty()) {
			return new ProjectYear(ledger.year(), List.of());
		}
		return read(wardId, areaIds, ledger);
	}

	/**
	 * The year's projects of the user's whole ward.
	 * @param ledger the ledger's year of the ward
	 */
	@Transactional(readOnly = true)
	public ProjectYear wardYear(CurrentUser user, LedgerYear ledger) {
		return read(user.require(Action.READ).requireWard(), null, ledger);
	}

	/**
	 * The year's projects of a ward for its public pages (no login).
	 */
	@Transactional(readOnly = true)
	public ProjectYear publicYear(Long wardId, LedgerYear ledger) {
		return read(wardId, null, ledger);
	}

	private ProjectYear read(Long wardId, Set<Long> areaIds, LedgerYear ledger) {
		int year = ledger.year();
		Map<Long, Flows> byFund = new java.util.HashMap<>();
		for (FundLine line : ledger.funds()) {
			if (!line.year().isEmpty()) {
				byFund.put(line.fund().id(), line.year());
			}
		}
		Map<Long, Row> rows = new LinkedHashMap<>();
		String areas = (areaIds != null) ? " and p.area_id in (:areas)" : "";
		var statement = this.jdbc.sql("""
				select p.id, p.name, p.kind, p.status, p.progress, p.area_id, p.fund_id, l.source, l.planned
				  from projects p left join project_funding_lines l on l.project_id = p.id
				 where p.ward_id = :ward""" + areas + """

				  and (p.fund_id in (:funds)
				       or extract(year from p.actual_start) = :year or extract(year from p.actual_end) = :year
				       or (p.status in ('PROPOSED', 'CONSULTING', 'APPROVED', 'UNDER_CONSTRUCTION')
				           and p.created_at < :yearEnd))
				order by p.id""")
			.param("ward", wardId)
			.param("funds", byFund.isEmpty() ? Set.of(-1L) : byFund.keySet())
			.param("year", year)
			.param("yearEnd", LocalDate.of(year + 1, 1, 1).atStartOfDay(VietnamTime.ZONE).toOffsetDateTime());
		if (areaIds != null) {
			statement = statement.param("areas", areaIds);
		}
		statement.query((RowCallbackHandler) (rs) -> {
			Row row = rows.get(rs.getLong("id"));
			if (row == null) {
				row = new Row(rs.getLong("id"), rs.getString("name"), ProjectKind.valueOf(rs.getString("kind")),
						ProjectStatus.valueOf(rs.getString("status")), rs.getInt("progress"), rs.getLong("area_id"),
						rs.getLong("fund_id"));
				rows.put(row.id, row);
			}
			String source = rs.getString("source");
			if (source != null) {
				row.planned.put(FundingSource.valueOf(source), Money.of(rs.getBigDecimal("planned")));
			}
		});
		List<ProjectYear.Line> lines = new ArrayList<>();
		for (Row row : rows.values()) {
			lines.add(new ProjectYear.Line(row.id, row.name, row.kind, row.status, row.progress, row.areaId, row.fundId,
					row.planned, byFund.getOrDefault(row.fundId, Flows.NONE)));
		}
		return new ProjectYear(year, NaturalOrder.sorted(lines, ProjectYear.Line::name));
	}

	/** A project while its rows are read. */
	private static final class Row {

		private final Long id;

		private final String name;

		private final ProjectKind kind;

		private final ProjectStatus status;

		private final int progress;

		private final Long areaId;

		private final Long fundId;

		private final Map<FundingSource, Money> planned = new EnumMap<>(FundingSource.class);

		Row(Long id, String name, ProjectKind kind, ProjectStatus status, int progress, Long areaId, Long fundId) {
			this.id = id;
			this.name = name;
			this.kind = kind;
			this.status = status;
			this.progress = progress;
			this.areaId = areaId;
			this.fundId = fundId;
		}

	}

}
