package vn.sochibo.cellwork;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.sochibo.shared.PartyMemberHomes;

/**
 * The households of the members on a cell's roll on a day (a period in the cell that
 * covers the day, both ends included, as the roll counts them), for welfare programs for
 * Party members. Years in the Party count from the day the member joined.
 */
@Component
class MemberHomes implements PartyMemberHomes {

	private final JdbcClient jdbc;

	MemberHomes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Set<Long> householdsOfMembers(Long wardId, Long cellId, LocalDate on, int minYearsInParty) {
		if (minYearsInParty < 0) {
			throw new IllegalArgumentException("minYearsInParty " + minYearsInParty);
		}
		return new LinkedHashSet<>(this.jdbc.sql("""
				select distinct m.household_id
				from party_member_cells p join party_members m on m.id = p.member_id and m.ward_id = p.ward_id
				where p.ward_id = :wardId and p.cell_id = :cellId
				  and p.valid_from <= :day and (p.valid_to is null or p.valid_to >= :day)
				  and m.household_id is not null and m.joined_on <= :joinedBy
				order by m.household_id""")
			.param("wardId", wardId)
			.param("cellId", cellId)
			.param("day", Date.valueOf(on))
			.param("joinedBy", Date.valueOf(on.minusYears(minYearsInParty)))
			.query(Long.class)
			.list());
	}

}
