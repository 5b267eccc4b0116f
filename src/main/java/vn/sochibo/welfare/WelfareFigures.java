package vn.sochibo.welfare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.welfare.WelfareYear.ItemLine;
import vn.sochibo.welfare.WelfareYear.ProgramLine;

/**
 * Welfare's figures for other features (a cell's year, later the annual report): numbers
 * only, never a recipient, so any user of the ward may ask for areas the caller has
 * checked. A gift counts in the area of its household on the day it was given and in the
 * year of its program; a cancelled gift never counts. A program for Party members counts
 * only for a user who reads its cell's work (never for an officer), as everywhere else.
 * Two statements; the public year, one.
 */
@Service
public class WelfareFigures {

	private final JdbcClient jdbc;

	private final vn.sochibo.shared.AreaScopes scopes;

	WelfareFigures(JdbcClient jdbc, vn.sochibo.shared.AreaScopes scopes) {
		this.jdbc = jdbc;
		this.scopes = scopes;
	}

	@Transactional(readOnly = true)
	public WelfareYear year(CurrentUser user, Set<Long> areaIds, int year) {
		Long wardId = user.requireWard();
		if (areaIds.isEmpty()) {
			return new WelfareYear(year, 0, 0, Money.ZERO, Map.of(), List.of(), 0, 0, Money.ZERO);
		}
		Map<GiftItem, ItemLine> byItem = new EnumMap<>(GiftItem.class);
		List<ProgramLine> programs = new ArrayList<>();
		long[] gifts = { 0, 0 };
		Money[] value = { Money.ZERO };
		Map<String, Object> memberParams = new java.util.HashMap<>();
		String memberCells = MemberCells.of(user, this.scopes.of(user)).condition("p", memberParams);
		this.jdbc.sql("""
				select g.item, p.id as program_id, p.name as program_name, p.program_date,
				       grouping(g.item, p.id) as grouped, count(*) as gifts,
				       count(distinct g.household_id) as households, coalesce(sum(g.value), 0) as value
				  from welfare_gifts g join welfare_programs p on p.id = g.program_id
				 where g.ward_id = :ward and g.area_id in (:areas) and p.program_year = :year
				   and g.cancelled_at is null""" + memberCells + """

				group by grouping sets ((g.item), (p.id, p.name, p.program_date), ())
				order by p.program_date, p.id""")
			.params(memberParams)
			.param("ward", wardId)
			.param("areas", areaIds)
			.param("year", year)
			.query((rs, n) -> {
				int grouped = rs.getInt("grouped");
				if (grouped == 3) {
					gifts[0] = rs.getLong("gifts");
					gifts[1] = rs.getLong("households");
					value[0] = Money.of(rs.getBigDecimal("value"));
				}
				else if (grouped == 1) {
					byItem.put(GiftItem.valueOf(rs.getString("item")),
							new ItemLine(rs.getLong("gifts"), Money.of(rs.getBigDecimal("value"))));
				}
				else {
					programs.add(new ProgramLine(rs.getLong("program_id"), rs.getString("program_name"),
							rs.getLong("gifts"), rs.getLong("households"), Money.of(rs.getBigDecimal("value"))));
				}
				return null;
			})
			.list();
		return this.jdbc.sql("""
				select count(*) as referrals, count(*) filter (where r.outcome = 'APPROVED') as approved,
				       coalesce(sum(r.amount_approved), 0) as lent
				  from loan_referrals r
				 where r.ward_id = :ward and r.area_id in (:areas)
				   and r.referral_date >= make_date(:year, 1, 1) and r.referral_date < make_date(:year + 1, 1, 1)""")
			.param("ward", wardId)
			.param("areas", areaIds)
			.param("year", year)
			.query((rs, n) -> new WelfareYear(year, gifts[0], gifts[1], value[0], byItem, programs,
					rs.getLong("referrals"), rs.getLong("approved"), Money.of(rs.getBigDecimal("lent"))))
			.single();
	}

	/**
	 * A ward's welfare of a year for its public pages (no login): the year's programs
	 * with gifts, their counts and totals, never a recipient. One statement.
	 */
	@Transactional(readOnly = true)
	public PublicWelfareYear publicYear(Long wardId, int year) {
		List<PublicWelfareYear.Program> programs = new ArrayList<>();
		long[] gifts = { 0 };
		Money[] value = { Money.ZERO };
		this.jdbc.sql("""
				select p.id, p.name, p.occasion, grouping(p.id) as grouped, count(*) as gifts,
				       coalesce(sum(g.value), 0) as value
				  from welfare_gifts g join welfare_programs p on p.id = g.program_id
				 where g.ward_id = :ward and p.ward_id = :ward and p.program_year = :year and g.cancelled_at is null
				 group by grouping sets ((p.id, p.name, p.occasion, p.program_date), ())
				 order by p.program_date, p.id""").param("ward", wardId).param("year", year).query((rs, n) -> {
			if (rs.getInt("grouped") == 1) {
				gifts[0] = rs.getLong("gifts");
				value[0] = Money.of(rs.getBigDecimal("value"));
			}
			else {
				programs.add(new PublicWelfareYear.Program(rs.getLong("id"), rs.getString("name"),
						Occasion.valueOf(rs.getString("occasion")), rs.getLong("gifts"),
						Money.of(rs.getBigDecimal("value"))));
			}
			return null;
		}).list();
		return new PublicWelfareYear(year, gifts[0], value[0], programs);
	}

}
