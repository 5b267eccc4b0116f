package vn.sochibo.cellwork;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.sochibo.shared.VietnameseText;

/**
 * The read side of activities: each figure is defined once here, in {@link #FIGURES}, and
 * every page and report reads it through {@link #figures}. Each method is one statement,
 * whatever the number of activities.
 */
@Component
class ActivityQueries {

	/**
	 * Distinct people and participations per bucket (an activity, a month…) and for all
	 * the activities selected ({@code g = 1}). Members are distinct by id, named cadres
	 * and residents by their normalised name; a resident head count adds participations,
	 * and {@code best} (the most residents of one activity, named and counted) bounds the
	 * distinct residents from below.
	 */
	private static final String FIGURES = """
			with acts as (
			  select a.id, a.resident_head_count as hc, (%s)::bigint as bucket
			  from activities a where a.ward_id = :ward and %s),
			per as (
			  select acts.bucket, acts.hc,
			    (select count(*) from activity_people p
			     where p.activity_id = acts.id and p.person_group = 'RESIDENT') as named
			  from acts),
			f as (
			  select bucket, grouping(bucket) as g, count(*) as n, coalesce(sum(hc), 0) as hc,
			    coalesce(max(hc + named), 0) as best
			  from per group by grouping sets ((bucket), ())),
			m as (
			  select acts.bucket, grouping(acts.bucket) as g, count(*) as l, count(distinct am.member_id) as d
			  from acts join activity_members am on am.activity_id = acts.id
			  group by grouping sets ((acts.bucket), ())),
			p as (
			  select acts.bucket, grouping(acts.bucket) as g, p.person_group as grp, count(*) as l,
			    count(distinct p.name_key) as d
			  from acts join activity_people p on p.activity_id = acts.id
			  group by grouping sets ((acts.bucket, p.person_group), (p.person_group)))
			select f.bucket, f.g, f.n, f.hc, f.best, coalesce(m.l, 0) as ml, coalesce(m.d, 0) as md,
			  coalesce(c.l, 0) as cl, coalesce(c.d, 0) as cd, coalesce(r.l, 0) as rl, coalesce(r.d, 0) as rd
			from f
			left join m on m.g = f.g and m.bucket is not distinct from f.bucket
			left join p c on c.grp = 'CADRE' and c.g = f.g and c.bucket is not distinct from f.bucket
			left join p r on r.grp = 'RESIDENT' and r.g = f.g and r.bucket is not distinct from f.bucket
			""";

	private static final String BY_ACTIVITY = "a.id";

	private static final String BY_MONTH = "extract(month from a.starts_on)";

	private final JdbcClient jdbc;

	ActivityQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The figures of a set of activities, by bucket and in all.
	 */
	record Buckets(Map<Long, ActivityFigures> byBucket, ActivityFigures total) {

		ActivityFigures of(Long bucket) {
			return this.byBucket.getOrDefault(bucket, ActivityFigures.NONE);
		}

	}

	Buckets yearByMonth(Long wardId, Long cellId, int year) {
		return figures(BY_MONTH, "a.cell_id = :cell and a.starts_on >= :from and a.starts_on < :to",
				yearParams(wardId, cellId, year));
	}

	Buckets seriesByActivity(Long wardId, Long seriesId) {
		return figures(BY_ACTIVITY, "a.series_id = :series", Map.of("ward", wardId, "series", seriesId));
	}

	Buckets byActivity(Long wardId, List<Long> ids) {
		if (ids.isEmpty()) {
			return new Buckets(Map.of(), ActivityFigures.NONE);
		}
		return figures(BY_ACTIVITY, "a.id in (:ids)", Map.of("ward", wardId, "ids", ids));
	}

	private Buckets figures(String bucket, String where, Map<String, ?> params) {
		Map<Long, ActivityFigures> byBucket = new HashMap<>();
		ActivityFigures[] total = { ActivityFigures.NONE };
		this.jdbc.sql(FIGURES.formatted(bucket, where)).params(params).query((rs) -> {
			long headCount = rs.getLong("hc");
			long named = rs.getLong("rd");
			boolean atLeast = headCount > 0;
			long residents = atLeast ? Math.max(named, rs.getLong("best")) : named;
			ActivityFigures figures = new ActivityFigures(rs.getLong("n"),
					new ActivityFigures.Count(rs.getLong("md"), rs.getLong("ml")),
					new ActivityFigures.Count(rs.getLong("cd"), rs.getLong("cl")),
					new ActivityFigures.Count(residents, rs.getLong("rl") + headCount), atLeast);
			if (rs.getInt("g") == 1) {
				total[0] = figures;
			}
			else {
				byBucket.put(rs.getLong("bucket"), figures);
			}
		});
		return new Buckets(byBucket, total[0]);
	}

	/**
	 * The outputs summed per unit and the activities counted per kind, in one statement.
	 */
	record Sums(Map<OutputUnit, BigDecimal> outputs, Map<ActivityKind, Long> kinds) {
	}

	Sums yearSums(Long wardId, Long cellId, int year) {
		return sums("a.cell_id = :cell and a.starts_on >= :from and a.starts_on < :to",
				yearParams(wardId, cellId, year));
	}

	Sums seriesSums(Long wardId, Long seriesId) {
		return sums("a.series_id = :series", Map.of("ward", wardId, "series", seriesId));
	}

	private Sums sums(String where, Map<String, ?> params) {
		Map<OutputUnit, BigDecimal> outputs = new EnumMap<>(OutputUnit.class);
		Map<ActivityKind, Long> kinds = new EnumMap<>(ActivityKind.class);
		this.jdbc.sql("""
				select 'U' as what, o.unit as key, sum(o.quantity) as value
				from activities a join activity_outputs o on o.activity_id = a.id
				where a.ward_id = :ward and %1$s group by o.unit
				union all
				select 'K', a.kind, count(*) from activities a where a.ward_id = :ward and %1$s group by a.kind
				""".formatted(where)).params(params).query((rs) -> {
			if (rs.getString("what").equals("U")) {
				outputs.put(OutputUnit.valueOf(rs.getString("key")), rs.getBigDecimal("value"));
			}
			else {
				kinds.put(ActivityKind.valueOf(rs.getString("key")), rs.getLong("value"));
			}
		});
		return new Sums(outputs, kinds);
	}

	/**
	 * One page of a cell's activities of a year, newest first, in one statement (the
	 * total comes with the rows); the figures are the caller's second statement.
	 */
	Page<ActivityRow> list(Long wardId, Long cellId, ActivityQuery query, Pageable pageable) {
		Map<String, Object> params = new HashMap<>(yearParams(wardId, cellId, query.year()));
		StringBuilder where = new StringBuilder(
				"a.ward_id = :ward and a.cell_id = :cell and a.starts_on >= :from and a.starts_on < :to");
		if (query.kind() != null) {
			where.append(" and a.kind = :kind");
			params.put("kind", query.kind().name());
		}
		if (query.month() != null) {
			where.append(" and extract(month from a.starts_on) = :month");
			params.put("month", query.month());
		}
		List<String> words = VietnameseText.searchWords(query.text()).stream().limit(8).toList();
		for (int i = 0; i < words.size(); i++) {
			where.append(" and a.search_text like :word").append(i);
			params.put("word" + i, VietnameseText.likeContains(words.get(i)));
		}
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		long[] total = { 0 };
		List<ActivityRow> rows = this.jdbc
			.sql("""
					select a.id, a.title, a.kind, a.kind_other, a.starts_on, a.ends_on, a.series_id, s.title as series_title,
					       count(*) over () as total
					from activities a left join activity_series s on s.id = a.series_id
					where %s
					order by a.starts_on desc, a.id desc limit :limit offset :offset
					"""
				.formatted(where))
			.params(params)
			.query((rs, n) -> {
				total[0] = rs.getLong("total");
				return row(rs);
			})
			.list();
		if (rows.isEmpty() && pageable.getOffset() > 0) {
			total[0] = this.jdbc.sql("select count(*) from activities a where " + where)
				.params(params)
				.query(Long.class)
				.single();
		}
		return new PageImpl<>(rows, pageable, total[0]);
	}

	List<ActivityRow> ofSeries(Long wardId, Long seriesId) {
		return this.jdbc.sql("""
				select a.id, a.title, a.kind, a.kind_other, a.starts_on, a.ends_on, a.series_id, s.title as series_title
				from activities a join activity_series s on s.id = a.series_id
				where a.ward_id = :ward and a.series_id = :series
				order by a.starts_on, a.id
				""").param("ward", wardId).param("series", seriesId).query((rs, n) -> row(rs)).list();
	}

	private static ActivityRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new ActivityRow(rs.getLong("id"), rs.getString("title"), ActivityKind.valueOf(rs.getString("kind")),
				rs.getString("kind_other"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getObject("series_id", Long.class),
				rs.getString("series_title"), ActivityFigures.NONE);
	}

	List<SeriesOption> series(Long wardId, Long cellId) {
		return this.jdbc.sql("""
				select s.id, s.title, count(a.id) as n
				from activity_series s left join activities a on a.series_id = s.id
				where s.ward_id = :ward and s.cell_id = :cell
				group by s.id, s.title order by s.title, s.id
				""")
			.param("ward", wardId)
			.param("cell", cellId)
			.query((rs, n) -> new SeriesOption(rs.getLong("id"), rs.getString("title"), rs.getLong("n")))
			.list();
	}

	/**
	 * The names and cells of members, by id, in list order (given name, then full name).
	 */
	Map<Long, ActivityView.Participant> members(Long wardId, java.util.Collection<Long> ids) {
		Map<Long, ActivityView.Participant> members = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return members;
		}
		this.jdbc.sql("""
				select m.id, m.full_name, m.cell_id from party_members m
				where m.ward_id = :ward and m.id in (:ids)
				order by m.given_name, m.full_name collate "vi-VN-x-icu", m.id
				""").param("ward", wardId).param("ids", ids).query((rs) -> {
			members.put(rs.getLong("id"), new ActivityView.Participant(rs.getLong("id"), rs.getString("full_name"),
					rs.getLong("cell_id"), null));
		});
		return members;
	}

	private static Map<String, Object> yearParams(Long wardId, Long cellId, int year) {
		return Map.of("ward", wardId, "cell", cellId, "from", LocalDate.of(year, 1, 1), "to",
				LocalDate.of(year + 1, 1, 1));
	}

}
