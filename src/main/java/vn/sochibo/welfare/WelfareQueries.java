package vn.sochibo.welfare;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.sochibo.household.StatusKind;
import vn.sochibo.household.StatusYears;
import vn.sochibo.shared.Money;

/**
 * The read side of welfare in SQL: who is eligible for a program (by the statuses held in
 * its year, {@link StatusYears}: a lasting one from its first year until ended; a
 * proposal of the yearly review never), who got nothing, what was given — each page one
 * query.
 */
@Component
class WelfareQueries {

	private static final String GIFT_COLUMNS = """
			g.id, g.program_id, p.name as program_name, p.program_year, p.occasion, g.distribution_id,
			g.household_id, h.code as household_code, h.head_name, h.address, g.area_id,
			a.code || ' – ' || a.name as area_label, g.member_name, g.item, g.item_note, g.quantity, g.value,
			g.gift_date, g.delivered_by, g.receipt_status, g.signed_on, g.scan_id, g.ledger_entry_id,
			g.cancelled_at is not null as cancelled, g.cancel_reason, g.cancel_entry_id
			from welfare_gifts g
			join welfare_programs p on p.id = g.program_id
			join households h on h.id = g.household_id
			join residential_areas a on a.id = g.area_id
			""";

	private final JdbcClient jdbc;

	WelfareQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The households of the ward in reach that are eligible — whose statuses of
	 * {@code year} include one of the kinds, or (a program for Party members) that are
	 * one of its members' homes — sorted by given name; with {@code householdIds}, only
	 * those; with {@code uncoveredOnly}, only those without a gift of the program. At
	 * most {@code limit} rows.
	 */
	List<Candidate> eligible(Long wardId, Long programId, int year, Eligibility who, Reach reach,
			Set<Long> householdIds, boolean uncoveredOnly, int limit) {
		if (who.isEmpty() || reach.isEmpty()) {
			return List.of();
		}
		String statuses = who.byHomes() ? ""
				: "join household_statuses s on s.household_id = h.id and %s and s.kind = any(:kinds)"
					.formatted(StatusYears.heldIn("s", ":year"));
		StringBuilder sql = new StringBuilder(
				"""
						select h.id, h.code, h.head_name, h.address, h.alley, h.area_id, a.code || ' – ' || a.name as area_label,
						  %s as kinds,
						  (select count(*) from welfare_gifts g where g.program_id = :programId and g.household_id = h.id
						     and g.cancelled_at is null) as gifts
						from households h
						join residential_areas a on a.id = h.area_id
						%s
						where h.ward_id = :wardId
						"""
					.formatted(
							who.byHomes() ? "cast(null as text)" : "string_agg(distinct s.kind, ',' order by s.kind)",
							statuses));
		Map<String, Object> params = eligibility(wardId, programId, year, who.kinds());
		if (who.byHomes()) {
			sql.append(" and h.id = any(:homes)");
			params.put("homes", who.homes().toArray(Long[]::new));
		}
		sql.append(reach.condition("h.area_id", params));
		if (householdIds != null) {
			sql.append(" and h.id = any(:householdIds)");
			params.put("householdIds", householdIds.toArray(Long[]::new));
		}
		if (uncoveredOnly) {
			sql.append(" and not exists (select 1 from welfare_gifts g where g.program_id = :programId"
					+ " and g.household_id = h.id and g.cancelled_at is null)");
		}
		sql.append("""
				group by h.id, a.code, a.name
				order by h.given_name, h.head_name collate "vi-VN-x-icu", h.id
				limit :limit""");
		params.put("limit", limit);
		return this.jdbc.sql(sql.toString()).params(params).query(WelfareQueries::candidate).list();
	}

	/**
	 * How many eligible households in reach have no gift of the program, by status (a
	 * household with two target statuses counts under both).
	 */
	Map<StatusKind, Integer> uncoveredByStatus(Long wardId, Long programId, int year, Set<StatusKind> kinds,
			Reach reach) {
		Map<StatusKind, Integer> counts = new java.util.EnumMap<>(StatusKind.class);
		if (kinds.isEmpty() || reach.isEmpty()) {
			return counts;
		}
		StringBuilder sql = new StringBuilder("""
				select s.kind, count(distinct h.id) as households
				from households h
				join household_statuses s on s.household_id = h.id and %s and s.kind = any(:kinds)
				where h.ward_id = :wardId
				  and not exists (select 1 from welfare_gifts g where g.program_id = :programId
				                  and g.household_id = h.id and g.cancelled_at is null)
				""".formatted(StatusYears.heldIn("s", ":year")));
		Map<String, Object> params = eligibility(wardId, programId, year, kinds);
		sql.append(reach.condition("h.area_id", params));
		sql.append(" group by s.kind");
		this.jdbc.sql(sql.toString()).params(params).query((rs) -> {
			counts.put(StatusKind.valueOf(rs.getString("kind")), rs.getInt("households"));
		});
		return counts;
	}

	/**
	 * The gifts of a program in reach (cancelled ones too), newest first.
	 */
	List<GiftRow> giftsOfProgram(Long programId, Reach reach, int limit) {
		Map<String, Object> params = new HashMap<>();
		params.put("programId", programId);
		params.put("limit", limit);
		String areaCondition = reach.condition("g.area_id", params);
		return this.jdbc
			.sql("select " + GIFT_COLUMNS + " where g.program_id = :programId" + areaCondition
					+ " order by g.gift_date desc, g.id desc limit :limit")
			.params(params)
			.query(WelfareQueries::giftRow)
			.list();
	}

	/**
	 * Every gift of a program in reach, newest first as {@link #giftsOfProgram} orders
	 * them, one at a time: the program's gifts download.
	 */
	void forEachGiftOfProgram(Long programId, Reach reach, Consumer<GiftRow> action) {
		Map<String, Object> params = new HashMap<>();
		params.put("programId", programId);
		String areaCondition = reach.condition("g.area_id", params);
		this.jdbc
			.sql("select " + GIFT_COLUMNS + " where g.program_id = :programId" + areaCondition
					+ " order by g.gift_date desc, g.id desc")
			.params(params)
			.withFetchSize(1000)
			.query((RowCallbackHandler) (rs) -> action.accept(giftRow(rs, 0)));
	}

	/**
	 * The gifts of a distribution in signing-list order: by area, then given name.
	 */
	List<GiftRow> giftsOfDistribution(Long distributionId) {
		return this.jdbc.sql("select " + GIFT_COLUMNS + """
				where g.distribution_id = :distributionId
				order by a.code, h.given_name, h.head_name collate "vi-VN-x-icu", g.id""")
			.param("distributionId", distributionId)
			.query(WelfareQueries::giftRow)
			.list();
	}

	/**
	 * The gifts of a program in reach that are not cancelled, in signing-list order.
	 */
	List<GiftRow> signingListOfProgram(Long programId, Reach reach) {
		Map<String, Object> params = new HashMap<>();
		params.put("programId", programId);
		String areaCondition = reach.condition("g.area_id", params);
		return this.jdbc
			.sql("select " + GIFT_COLUMNS + " where g.program_id = :programId and g.cancelled_at is null"
					+ areaCondition + " order by a.code, h.given_name, h.head_name collate \"vi-VN-x-icu\", g.id")
			.params(params)
			.query(WelfareQueries::giftRow)
			.list();
	}

	/**
	 * Everything a household received, over the years, newest first — of the programs for
	 * Party members only those of {@code cells}.
	 */
	List<GiftRow> giftsOfHousehold(Long householdId, MemberCells cells) {
		Map<String, Object> params = new HashMap<>();
		params.put("householdId", householdId);
		return this.jdbc
			.sql("select " + GIFT_COLUMNS + " where g.household_id = :householdId" + cells.condition("p", params)
					+ " order by g.gift_date desc, g.id desc")
			.params(params)
			.query(WelfareQueries::giftRow)
			.list();
	}

	Optional<GiftRow> gift(Long wardId, Long giftId) {
		return this.jdbc.sql("select " + GIFT_COLUMNS + " where g.id = :id and g.ward_id = :wardId")
			.param("id", giftId)
			.param("wardId", wardId)
			.query(WelfareQueries::giftRow)
			.optional();
	}

	/**
	 * The programs of a ward (of one year, or all) with what was given (gifts not
	 * cancelled), newest first.
	 */
	List<ProgramSummary> programs(Long wardId, Integer year, Long programId, MemberCells cells) {
		Map<String, Object> params = new HashMap<>();
		params.put("wardId", wardId);
		params.put("year", year);
		params.put("programId", programId);
		String hidden = cells.condition("p", params);
		return this.jdbc.sql("""
				select p.id, p.name, p.occasion, p.program_year, p.program_date, p.source, p.budget, p.party_members,
				  coalesce(f.name, c.name, p.sponsor_name) as source_name,
				  count(g.id) as gifts, count(distinct g.household_id) as households, coalesce(sum(g.value), 0) as given
				from welfare_programs p
				left join funds f on f.id = p.fund_id
				left join party_cells c on c.id = p.cell_id
				left join welfare_gifts g on g.program_id = p.id and g.cancelled_at is null
				where p.ward_id = :wardId and (cast(:year as integer) is null or p.program_year = :year)
				  and (cast(:programId as bigint) is null or p.id = :programId) %s
				group by p.id, f.name, c.name
				order by p.program_date desc, p.id desc""".formatted(hidden))
			.params(params)
			.query((rs, row) -> new ProgramSummary(rs.getLong("id"), rs.getString("name"),
					Occasion.valueOf(rs.getString("occasion")), rs.getInt("program_year"),
					rs.getObject("program_date", LocalDate.class), ProgramSource.valueOf(rs.getString("source")),
					rs.getString("source_name"), money(rs, "budget"), rs.getInt("gifts"), rs.getInt("households"),
					Money.of(rs.getBigDecimal("given")),
					(rs.getString("party_members") != null) ? MemberGroup.valueOf(rs.getString("party_members"))
							: null))
			.list();
	}

	/**
	 * What the public may know of a ward's programs: counts and totals, never a
	 * recipient; a sponsor's name is not published (only that it was a sponsor).
	 */
	List<PublicProgramTotal> publicTotals(Long wardId) {
		return this.jdbc.sql("""
				select p.id, p.name, p.occasion, p.program_year, p.program_date, p.source, p.fund_id,
				  coalesce(f.name, c.name) as source_name,
				  count(g.id) as gifts, coalesce(sum(g.value), 0) as total
				from welfare_programs p
				left join funds f on f.id = p.fund_id
				left join party_cells c on c.id = p.cell_id
				left join welfare_gifts g on g.program_id = p.id and g.cancelled_at is null
				where p.ward_id = :wardId
				group by p.id, f.name, c.name
				order by p.program_date desc, p.id desc""")
			.param("wardId", wardId)
			.query((rs, row) -> new PublicProgramTotal(rs.getLong("id"), rs.getString("name"),
					Occasion.valueOf(rs.getString("occasion")), rs.getInt("program_year"),
					rs.getObject("program_date", LocalDate.class), ProgramSource.valueOf(rs.getString("source")),
					(Long) rs.getObject("fund_id"), rs.getString("source_name"), rs.getInt("gifts"),
					Money.of(rs.getBigDecimal("total"))))
			.list();
	}

	/**
	 * The years with programs in the ward, newest first.
	 */
	List<Integer> years(Long wardId) {
		return this.jdbc
			.sql("select distinct program_year from welfare_programs where ward_id = :wardId order by 1 desc")
			.param("wardId", wardId)
			.query(Integer.class)
			.list();
	}

	/**
	 * The areas of the gifts a scan belongs to (directly, or through their distribution).
	 */
	List<Long> scanAreas(Long wardId, Long scanId, MemberCells cells) {
		Map<String, Object> params = new HashMap<>();
		params.put("wardId", wardId);
		params.put("scanId", scanId);
		return this.jdbc
			.sql("""
					select distinct g.area_id from welfare_gifts g
					join welfare_programs p on p.id = g.program_id
					left join welfare_distributions d on d.id = g.distribution_id
					where g.ward_id = :wardId and (g.scan_id = :scanId or d.scan_id = :scanId)"""
					+ cells.condition("p", params))
			.params(params)
			.query(Long.class)
			.list();
	}

	/**
	 * The areas of the gifts of each distribution of a program, by distribution.
	 */
	Map<Long, Set<Long>> distributionAreasOfProgram(Long wardId, Long programId) {
		Map<Long, Set<Long>> areas = new HashMap<>();
		this.jdbc.sql("""
				select distinct distribution_id, area_id from welfare_gifts
				where ward_id = :wardId and program_id = :programId and distribution_id is not null""")
			.param("wardId", wardId)
			.param("programId", programId)
			.query((rs) -> {
				areas.computeIfAbsent(rs.getLong("distribution_id"), (id) -> new java.util.HashSet<>())
					.add(rs.getLong("area_id"));
			});
		return areas;
	}

	/**
	 * The areas of a distribution's gifts.
	 */
	List<Long> distributionAreas(Long wardId, Long distributionId) {
		return this.jdbc.sql("""
				select distinct area_id from welfare_gifts where ward_id = :wardId and distribution_id = :id""")
			.param("wardId", wardId)
			.param("id", distributionId)
			.query(Long.class)
			.list();
	}

	/**
	 * The parameters every eligibility query takes.
	 */
	private static Map<String, Object> eligibility(Long wardId, Long programId, int year, Set<StatusKind> kinds) {
		Map<String, Object> params = new HashMap<>();
		params.put("programId", programId);
		params.put("year", year);
		params.put("kinds", kinds.stream().map(Enum::name).toArray(String[]::new));
		params.put("wardId", wardId);
		return params;
	}

	private static Candidate candidate(ResultSet rs, int row) throws SQLException {
		List<StatusKind> kinds = new ArrayList<>();
		String held = rs.getString("kinds");
		if (held != null) {
			Arrays.stream(held.split(",")).map(StatusKind::valueOf).forEach(kinds::add);
		}
		return new Candidate(rs.getLong("id"), rs.getString("code"), rs.getString("head_name"), rs.getString("address"),
				rs.getString("alley"), rs.getLong("area_id"), rs.getString("area_label"), List.copyOf(kinds),
				rs.getInt("gifts"));
	}

	private static GiftRow giftRow(ResultSet rs, int row) throws SQLException {
		return new GiftRow(rs.getLong("id"), rs.getLong("program_id"), rs.getString("program_name"),
				rs.getInt("program_year"), Occasion.valueOf(rs.getString("occasion")),
				(Long) rs.getObject("distribution_id"), rs.getLong("household_id"), rs.getString("household_code"),
				rs.getString("head_name"), rs.getString("address"), rs.getLong("area_id"), rs.getString("area_label"),
				rs.getString("member_name"), GiftItem.valueOf(rs.getString("item")), rs.getString("item_note"),
				rs.getInt("quantity"), Money.of(rs.getBigDecimal("value")), rs.getObject("gift_date", LocalDate.class),
				rs.getString("delivered_by"), ReceiptStatus.valueOf(rs.getString("receipt_status")),
				rs.getObject("signed_on", LocalDate.class), (Long) rs.getObject("scan_id"),
				(Long) rs.getObject("ledger_entry_id"), rs.getBoolean("cancelled"), rs.getString("cancel_reason"),
				(Long) rs.getObject("cancel_entry_id"));
	}

	private static Money money(ResultSet rs, String column) throws SQLException {
		java.math.BigDecimal value = rs.getBigDecimal(column);
		return (value != null) ? Money.of(value) : null;
	}

}
