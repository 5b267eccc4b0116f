package vn.sochibo.household;

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
