package vn.sochibo.project;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;

import vn.sochibo.shared.AreaScope;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.VietnameseText;

/**
 * The project list queries: for staff, scope, status, area and accent-insensitive words
 * against the name and location, with the plan total and the fund's raised and spent (one
 * query for the rows and, when needed, one for the count); for the public, a ward's
 * projects with their plan total and what was raised (one query).
 */
@Component
class ProjectSearch {

	private final JdbcClient jdbc;

	ProjectSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<ProjectSummary> search(AreaScope scope, ProjectQuery query, Pageable pageable) {
		List<Object[]> parameters = new ArrayList<>();
		String where = where(scope, query, parameters);
		List<ProjectSummary> rows = bind(this.jdbc.sql(rowsSql(where) + " limit :limit offset :offset"), parameters)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, rowNum) -> summary(rs))
			.list();
		boolean countNeeded = pageable.getOffset() > 0 || rows.size() == pageable.getPageSize();
		long total = countNeeded
				? bind(this.jdbc.sql("select count(*) from projects p where %s".formatted(where)), parameters)
					.query(Long.class)
					.single()
				: pageable.getOffset() + rows.size();
		return new PageImpl<>(rows, pageable, total);
	}

	/**
	 * Every project {@link #search} finds, in its order, one at a time: the list's
	 * download.
	 */
	void forEach(AreaScope scope, ProjectQuery query, Consumer<ProjectSummary> action) {
		List<Object[]> parameters = new ArrayList<>();
		String where = where(scope, query, parameters);
		bind(this.jdbc.sql(rowsSql(where)), parameters).withFetchSize(500)
			.query((RowCallbackHandler) (rs) -> action.accept(summary(rs)));
	}

	private static String where(AreaScope scope, ProjectQuery query, List<Object[]> parameters) {
		List<String> conditions = new ArrayList<>();
		conditions.add("p.ward_id = :wardId");
		parameters.add(new Object[] { "wardId", scope.wardId() });
		if (!scope.wholeWard()) {
			conditions.add("p.area_id = any(:scopeAreas)");
			parameters.add(new Object[] { "scopeAreas", scope.areaIds().toArray(Long[]::new) });
		}
		if (query.areaId() != null) {
			conditions.add("p.area_id = :areaId");
			parameters.add(new Object[] { "areaId", query.areaId() });
		}
		if (query.status() != null) {
			conditions.add("p.status = :status");
			parameters.add(new Object[] { "status", query.status().name() });
		}
		List<String> words = VietnameseText.searchWords(query.text());
		for (int i = 0; i < words.size(); i++) {
			conditions.add("p.search_text like :word" + i);
			parameters.add(new Object[] { "word" + i, VietnameseText.likeContains(words.get(i)) });
		}
		return String.join(" and ", conditions);
	}

	private static String rowsSql(String where) {
		return """
				select p.id, p.name, p.kind, p.status, p.progress, a.name as area_name, p.location, p.planned_start,
				       (select sum(l.planned) from project_funding_lines l where l.project_id = p.id) as planned_total,
				       f.raised, f.in_kind, f.spent
				from projects p
				join residential_areas a on a.id = p.area_id
				join funds f on f.id = p.fund_id
				where %s
				order by p.created_at desc, p.id desc""".formatted(where);
	}

	private static ProjectSummary summary(ResultSet rs) throws SQLException {
		Date plannedStart = rs.getDate("planned_start");
		BigDecimal plannedTotal = rs.getBigDecimal("planned_total");
		return new ProjectSummary(rs.getLong("id"), rs.getString("name"), ProjectKind.valueOf(rs.getString("kind")),
				ProjectStatus.valueOf(rs.getString("status")), rs.getInt("progress"), rs.getString("area_name"),
				rs.getString("location"), (plannedStart != null) ? plannedStart.toLocalDate() : null,
				(plannedTotal != null) ? Money.of(plannedTotal) : null, Money.of(rs.getBigDecimal("raised")),
				Money.of(rs.getBigDecimal("in_kind")), Money.of(rs.getBigDecimal("spent")));
	}

	/**
	 * A ward's projects for its public page, in one query: those still going on first
	 * (newest first), the cancelled ones last.
	 */
	List<PublicProjectSummary> publicList(Long wardId) {
		return this.jdbc.sql("""
				select p.id, p.name, p.kind, p.status, p.progress, a.name as area_name, p.location,
				       (select sum(l.planned) from project_funding_lines l where l.project_id = p.id) as planned_total,
				       f.raised, f.in_kind
				from projects p
				join residential_areas a on a.id = p.area_id
				join funds f on f.id = p.fund_id
				where p.ward_id = :wardId
				order by (p.status = 'CANCELLED'), p.created_at desc, p.id desc""")
			.param("wardId", wardId)
			.query((rs, rowNum) -> {
				BigDecimal plannedTotal = rs.getBigDecimal("planned_total");
				return new PublicProjectSummary(rs.getLong("id"), rs.getString("name"),
						ProjectKind.valueOf(rs.getString("kind")), ProjectStatus.valueOf(rs.getString("status")),
						rs.getInt("progress"), rs.getString("area_name"), rs.getString("location"),
						(plannedTotal != null) ? Money.of(plannedTotal) : null, Money.of(rs.getBigDecimal("raised")),
						Money.of(rs.getBigDecimal("in_kind")));
			})
			.list();
	}

	private static StatementSpec bind(StatementSpec spec, List<Object[]> parameters) {
		StatementSpec bound = spec;
		for (Object[] parameter : parameters) {
			bound = bound.param((String) parameter[0], parameter[1]);
		}
		return bound;
	}

}
