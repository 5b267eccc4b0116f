package vn.sochibo.household;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.shared.CurrentUser;

/**
 * Counts of the register for other features' figures (a twinning's target "lift poor and
 * near-poor households out of poverty"): numbers only, never a household's name, so any
 * user of the ward may ask; the caller checks its own access. Statuses count by the one
 * rule of {@link StatusYears#heldIn}.
 */
@Service
public class HouseholdFigures {

	private final JdbcClient jdbc;

	HouseholdFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The register of the areas (of the user's ward) in {@code year}: households,
	 * residents (their members) and the households holding each status that year; two
	 * statements.
	 */
	@Transactional(readOnly = true)
	public RegisterYear register(CurrentUser user, Set<Long> areaIds, int year) {
		Long wardId = user.requireWard();
		if (areaIds.isEmpty()) {
			return new RegisterYear(year, 0, 0, Map.of());
		}
		long[] totals = this.jdbc
			.sql("select count(*) as households, coalesce(sum(h.members), 0) as residents from households h "
					+ "where h.ward_id = :ward and h.area_id in (:areas)")
			.param("ward", wardId)
			.param("areas", areaIds)
			.query((rs, n) -> new long[] { rs.getLong("households"), rs.getLong("residents") })
			.single();
		Map<StatusKind, Long> byStatus = new EnumMap<>(StatusKind.class);
		this.jdbc.sql("""
				select s.kind, count(distinct s.household_id) as households
				  from household_statuses s join households h on h.id = s.household_id
				 where h.ward_id = :ward and h.area_id in (:areas) and %s
				 group by s.kind""".formatted(StatusYears.heldIn("s", ":year")))
			.param("ward", wardId)
			.param("areas", areaIds)
			.param("year", year)
			.query((rs, n) -> byStatus.put(StatusKind.valueOf(rs.getString("kind")), rs.getLong("households")))
			.list();
		return new RegisterYear(year, totals[0], totals[1], byStatus);
	}

	/**
	 * The households of the areas (of the user's ward) poor or near-poor in
	 * {@code baselineYear}, and those of them neither poor nor near-poor in {@code year}:
	 * one statement.
	 */
	@Transactional(readOnly = true)
	public PovertyExits povertyExits(CurrentUser user, Set<Long> areaIds, int baselineYear, int year) {
		Long wardId = user.requireWard();
		if (areaIds.isEmpty()) {
			return new PovertyExits(baselineYear, year, 0, 0);
		}
		return this.jdbc
			.sql("""
					select count(*) as baseline,
					       count(*) filter (where not exists (select 1 from household_statuses later
					           where later.household_id = h.id and later.kind in ('POOR', 'NEAR_POOR') and %s)) as lifted
					  from households h
					 where h.ward_id = :ward and h.area_id in (:areas)
					   and exists (select 1 from household_statuses s where s.household_id = h.id
					           and s.kind in ('POOR', 'NEAR_POOR') and %s)"""
				.formatted(StatusYears.heldIn("later", ":year"), StatusYears.heldIn("s", ":baseline")))
			.param("ward", wardId)
			.param("areas", areaIds)
			.param("year", year)
			.param("baseline", baselineYear)
			.query((rs, n) -> new PovertyExits(baselineYear, year, rs.getInt("baseline"), rs.getInt("lifted")))
			.single();
	}

}
