package vn.sochibo.household;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;

import vn.sochibo.shared.AreaScope;
import vn.sochibo.shared.VietnameseText;

/**
 * The household list query: accent-insensitive words against the trigram-indexed
 * {@code search_text} column, scope, area, status and year (a lasting status counts in
 * every year it holds, {@link StatusYears}); sorted by given name. One query for the rows
 * (with their statuses of the year) and one for the count.
 */
@Component
class HouseholdSearch {

	/** Totals above this are shown as "more than". */
	static final int COUNT_LIMIT = Households.COUNT_LIMIT;

	private static final int FETCH_SIZE = 1000;

	private final JdbcClient jdbc;

	HouseholdSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<HouseholdSummary> search(AreaScope scope, HouseholdQuery query, int statusYear, Pageable pageable) {
		List<String> conditions = new ArrayList<>();
		List<Object[]> parameters = new ArrayList<>();
		String where = where(scope, query, statusYear, conditions, parameters);
		List<HouseholdSummary> rows = bind(this.jdbc.sql(rowsSql(where) + " limit :limit offset :offset"), parameters)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, rowNum) -> summary(rs))
			.list();
		long total = countNeeded(pageable, rows)
				? bind(this.jdbc.sql("select count(*) from households h where %s".formatted(where)), parameters)
					.query(Long.class)
					.single()
				: pageable.getOffset() + rows.size();
		return new PageImpl<>(rows, pageable, total);
	}

	/**
	 * Every household {@link #search} finds, in its order, one at a time (the register
	 * may hold a hundred thousand): for the download of the list.
	 */
	void forEach(AreaScope scope, HouseholdQuery query, int statusYear, Consumer<HouseholdSummary> action) {
		List<String> conditions = new ArrayList<>();
		List<Object[]> parameters = new ArrayList<>();
		String where = where(scope, query, statusYear, conditions, parameters);
		bind(this.jdbc.sql(rowsSql(where)), parameters).withFetchSize(FETCH_SIZE)
			.query((RowCallbackHandler) (rs) -> action.accept(summary(rs)));
	}

	private static String where(AreaScope scope, HouseholdQuery query, int statusYear, List<String> conditions,
			List<Object[]> parameters) {
		inScopeWithWords(scope, (query.areaId() != null) ? Set.of(query.areaId()) : null, query.text(), conditions,
				parameters);
		if (query.status() != null || query.year() != null) {
			conditions.add("exists (select 1 from household_statuses s where s.household_id = h.id and "
					+ StatusYears.heldIn("s", ":statusYear") + ((query.status() != null) ? " and s.kind = :kind" : "")
					+ ")");
			if (query.status() != null) {
				parameters.add(new Object[] { "kind", query.status().name() });
			}
		}
		parameters.add(new Object[] { "statusYear", statusYear });
		return String.join(" and ", conditions);
	}

	private static String rowsSql(String where) {
		return """
				select h.id, h.code, h.head_name, h.address, h.alley, h.area_id, a.code as area_code,
				       a.name as area_name, h.members,
				       (select string_agg(distinct s.kind, ',' order by s.kind) from household_statuses s
				        where s.household_id = h.id and %s) as statuses
				from households h join residential_areas a on a.id = h.area_id
				where %s
				order by h.given_name, h.head_name collate "vi-VN-x-icu", h.id"""
			.formatted(StatusYears.heldIn("s", ":statusYear"), where);
	}

	private static HouseholdSummary summary(ResultSet rs) throws SQLException {
		return new HouseholdSummary(rs.getLong("id"), rs.getString("code"), rs.getString("head_name"),
				rs.getString("address"), rs.getString("alley"), rs.getLong("area_id"), rs.getString("area_code"),
				rs.getString("area_name"), rs.getInt("members"), statuses(rs.getString("statuses")));
	}

	/**
	 * The households of the scope (and of {@code areas}, when given) whose search text
	 * holds every word of {@code key}, best match first: the code itself, then a code
	 * that starts with it, a head of household whose name starts with it, a word (of the
	 * name, the address or the alley) that starts with it, anything else; then by given
	 * name. The rank reads only the stored {@code search_text} ("code name address
	 * alley", unaccented), so it costs no unaccent per row.
	 */
	List<HouseholdSuggestion> suggest(AreaScope scope, String key, Set<Long> areas, int limit) {
		return suggest(scope, key, areas, limit, false);
	}

	/**
	 * The households of the scope (and of {@code areas}, when given) whose head of
	 * household's name is {@code key} once unaccented: a name typed in full.
	 */
	List<HouseholdSuggestion> named(AreaScope scope, String key, Set<Long> areas, int limit) {
		return suggest(scope, key, areas, limit, true);
	}

	private List<HouseholdSuggestion> suggest(AreaScope scope, String key, Set<Long> areas, int limit,
			boolean wholeName) {
		List<String> conditions = new ArrayList<>();
		List<Object[]> parameters = new ArrayList<>();
		inScopeWithWords(scope, areas, key, conditions, parameters);
		if (wholeName) {
			conditions.add("lower(f_unaccent(h.head_name)) = :key");
		}
		String escaped = likeEscape(key);
		parameters.add(new Object[] { "key", key });
		parameters.add(new Object[] { "startsWith", escaped + "%" });
		parameters.add(new Object[] { "wordStartsWith", "% " + escaped + "%" });
		String sql = """
				select h.id, h.code, h.head_name, h.address, h.alley, a.code || ' – ' || a.name as area_label
				from households h join residential_areas a on a.id = h.area_id
				where %s
				order by case
				           when lower(h.code) = :key then 0
				           when h.search_text like :startsWith then 1
				           when substr(h.search_text, length(h.code) + 2) like :startsWith then 2
				           when h.search_text like :wordStartsWith then 3
				           else 4
				         end,
				         h.given_name, h.head_name collate "vi-VN-x-icu", h.id
				limit :limit""".formatted(String.join(" and ", conditions));
		return bind(this.jdbc.sql(sql), parameters).param("limit", limit)
			.query((rs, rowNum) -> new HouseholdSuggestion(rs.getLong("id"), rs.getString("code"),
					rs.getString("head_name"), rs.getString("address"), rs.getString("alley"),
					rs.getString("area_label")))
			.list();
	}

	/**
	 * The conditions of every household query: the ward, the user's areas, the areas
	 * asked for (if any), every word of the text in {@code search_text}.
	 */
	private static void inScopeWithWords(AreaScope scope, Set<Long> areas, String text, List<String> conditions,
			List<Object[]> parameters) {
		conditions.add("h.ward_id = :wardId");
		parameters.add(new Object[] { "wardId", scope.wardId() });
		if (!scope.wholeWard()) {
			conditions.add("h.area_id = any(:scopeAreas)");
			parameters.add(new Object[] { "scopeAreas", scope.areaIds().toArray(Long[]::new) });
		}
		if (areas != null && !areas.isEmpty()) {
			conditions.add("h.area_id = any(:areas)");
			parameters.add(new Object[] { "areas", areas.toArray(Long[]::new) });
		}
		List<String> words = VietnameseText.searchWords(text);
		for (int i = 0; i < words.size(); i++) {
			conditions.add("h.search_text like :word" + i);
			parameters.add(new Object[] { "word" + i, VietnameseText.likeContains(words.get(i)) });
		}
	}

	private static String likeEscape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	Optional<Integer> latestStatusYear(Long wardId, int notAfter) {
		return this.jdbc
			.sql("select max(status_year) from household_statuses where ward_id = :wardId and status_year <= :notAfter")
			.param("wardId", wardId)
			.param("notAfter", notAfter)
			.query(Integer.class)
			.optional();
	}

	private static boolean countNeeded(Pageable pageable, List<HouseholdSummary> rows) {
		return pageable.getOffset() > 0 || rows.size() == pageable.getPageSize();
	}

	private static StatementSpec bind(StatementSpec spec, List<Object[]> parameters) {
		StatementSpec bound = spec;
		for (Object[] parameter : parameters) {
			bound = bound.param((String) parameter[0], parameter[1]);
		}
		return bound;
	}

	private static List<StatusKind> statuses(String joined) {
		if (joined == null || joined.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(joined.split(",")).map(StatusKind::valueOf).toList();
	}

}
