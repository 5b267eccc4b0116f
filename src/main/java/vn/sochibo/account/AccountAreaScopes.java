package vn.sochibo.account;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.sochibo.shared.AreaScope;
import vn.sochibo.shared.AreaScopes;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.OutOfScopeException;

/**
 * Scope is role × area × ward: the ward admin and the inspector see the whole ward; an
 * officer sees the areas assigned to them; a cell secretary sees those and the areas
 * their cells cover today, and reaches the own records of those cells. Read fresh on
 * every call, so a changed assignment applies at once.
 */
@Component
class AccountAreaScopes implements AreaScopes {

	private final JdbcClient jdbc;

	private final Clock clock;

	AccountAreaScopes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public AreaScope of(CurrentUser user) {
		return switch (user.role()) {
			case WARD_ADMIN, INSPECTOR -> AreaScope.wholeWard(user.requireWard());
			case OFFICER -> AreaScope.areas(user.requireWard(), assignedAreas(user));
			case CELL_SECRETARY -> AreaScope.areas(user.requireWard(), assignedAreas(user), assignedCells(user));
			case SYSTEM_ADMIN -> throw new OutOfScopeException("the system admin sees no ward records");
		};
	}

	private List<Long> assignedCells(CurrentUser user) {
		return this.jdbc.sql("select uc.cell_id from user_cells uc where uc.user_id = :userId and uc.ward_id = :wardId")
			.param("userId", user.id())
			.param("wardId", user.wardId())
			.query(Long.class)
			.list();
	}

	private List<Long> assignedAreas(CurrentUser user) {
		return this.jdbc.sql("""
				select ua.area_id from user_areas ua where ua.user_id = :userId and ua.ward_id = :wardId
				union
				select ca.area_id from user_cells uc join cell_areas ca on ca.cell_id = uc.cell_id
				where uc.user_id = :userId and uc.ward_id = :wardId
				  and ca.valid_from <= :today and (ca.valid_to is null or ca.valid_to >= :today)""")
			.param("userId", user.id())
			.param("wardId", user.wardId())
			.param("today", Date.valueOf(LocalDate.now(this.clock)))
			.query(Long.class)
			.list();
	}

}
