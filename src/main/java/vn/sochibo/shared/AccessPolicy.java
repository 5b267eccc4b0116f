package vn.sochibo.shared;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import static vn.sochibo.shared.Role.CELL_SECRETARY;
import static vn.sochibo.shared.Role.INSPECTOR;
import static vn.sochibo.shared.Role.OFFICER;
import static vn.sochibo.shared.Role.SYSTEM_ADMIN;
import static vn.sochibo.shared.Role.WARD_ADMIN;

/**
 * The one place that decides who may do what: services ask it, the security filter chain
 * takes its URL roles from it, and templates hide buttons with it
 * ({@code me.may('WRITE')}).
 *
 * <p>
 * Two questions. <em>May this role do the action at all?</em> — a fixed table (a wrong
 * role is a 403). <em>May this user do it on this record?</em> — the record must be of
 * the user's ward and, for a record of some residential areas, within the user's area
 * scope (otherwise the record does not exist for them: a 404, never its data):
 * <ul>
 * <li>reading needs one of the record's areas in scope (a ward-wide record is read by all
 * of the ward's staff);</li>
 * <li>every other action needs all of the record's areas in scope, and a ward-wide record
 * is acted on only by those whose scope is the whole ward.</li>
 * </ul>
 * A Party cell's own records (its members, meetings, ratings…) belong to the cell, not to
 * areas: beyond the whole-ward roles, only the secretaries of that cell reach them.
 * Ward-level actions (closing a year, the ward's set-up, its users, audit trails) need no
 * area: the role and the ward decide; creating wards belongs to the deployment. A ledger
 * year is the ward's, so only the ward admin closes it.
 */
@Component
public class AccessPolicy {

	private static final Map<Action, Set<Role>> GRANTS = grants();

	private static final Set<Action> WARD_LEVEL = EnumSet.of(Action.CLOSE_YEAR, Action.MANAGE_WARD, Action.MANAGE_USERS,
			Action.READ_AUDIT, Action.MANAGE_WARDS);

	private final AreaScopes scopes;

	public AccessPolicy(AreaScopes scopes) {
		this.scopes = scopes;
	}

	private static Map<Action, Set<Role>> grants() {
		Map<Action, Set<Role>> grants = new EnumMap<>(Action.class);
		grants.put(Action.READ, EnumSet.of(WARD_ADMIN, CELL_SECRETARY, OFFICER, INSPECTOR));
		grants.put(Action.WRITE, EnumSet.of(WARD_ADMIN, CELL_SECRETARY, OFFICER));
		grants.put(Action.PRINT, EnumSet.of(WARD_ADMIN, CELL_SECRETARY, OFFICER));
		grants.put(Action.APPROVE, EnumSet.of(WARD_ADMIN, CELL_SECRETARY));
		grants.put(Action.CLOSE_YEAR, EnumSet.of(WARD_ADMIN));
		grants.put(Action.MANAGE_WARD, EnumSet.of(WARD_ADMIN));
		grants.put(Action.MANAGE_USERS, EnumSet.of(WARD_ADMIN));
		grants.put(Action.READ_AUDIT, EnumSet.of(WARD_ADMIN, INSPECTOR));
		grants.put(Action.MANAGE_WARDS, EnumSet.of(SYSTEM_ADMIN));
		grants.put(Action.READ_CELL_WORK, EnumSet.of(WARD_ADMIN, CELL_SECRETARY, INSPECTOR));
		grants.put(Action.WRITE_CELL_WORK, EnumSet.of(WARD_ADMIN, CELL_SECRETARY));
		grants.put(Action.DECIDE_CELL_RATING, EnumSet.of(WARD_ADMIN));
		for (Action action : Action.values()) {
			grants.putIfAbsent(action, EnumSet.noneOf(Role.class));
		}
		return Collections.unmodifiableMap(grants);
	}

	/**
	 * Whether the role may do the action at all.
	 */
	public static boolean allows(Role role, Action action) {
		return GRANTS.get(action).contains(role);
	}

	/**
	 * The role names that may do the action, for URL rules ({@code hasAnyRole}).
	 */
	public static String[] roleNames(Action action) {
		return GRANTS.get(action).stream().map(Role::name).toArray(String[]::new);
	}

	/**
	 * The decision on a record, given the user's area scope (null for a user without a
	 * ward): pure, for the table test and for callers that hold the scope already.
	 */
	public static Decision decide(CurrentUser user, AreaScope scope, Action action, RecordScope record) {
		if (!allows(user.role(), action)) {
			return Decision.FORBIDDEN;
		}
		if (action == Action.MANAGE_WARDS) {
			return Decision.ALLOWED;
		}
		if (user.wardId() == null || !user.wardId().equals(record.wardId())) {
			return Decision.HIDDEN;
		}
		if (WARD_LEVEL.contains(action) || scope.wholeWard()) {
			return Decision.ALLOWED;
		}
		if (record.cellId() != null) {
			return scope.coversCell(record.wardId(), record.cellId()) ? Decision.ALLOWED : Decision.HIDDEN;
		}
		if (record.wardWide()) {
			return (action == Action.READ) ? Decision.ALLOWED : Decision.HIDDEN;
		}
		boolean covered = (action == Action.READ)
				? record.areaIds().stream().anyMatch((areaId) -> scope.covers(record.wardId(), areaId))
				: record.areaIds().stream().allMatch((areaId) -> scope.covers(record.wardId(), areaId));
		return covered ? Decision.ALLOWED : Decision.HIDDEN;
	}

	public Decision decide(CurrentUser user, Action action, RecordScope record) {
		if (!allows(user.role(), action)) {
			return Decision.FORBIDDEN;
		}
		AreaScope scope = (user.wardId() != null) ? this.scopes.of(user) : null;
		return decide(user, scope, action, record);
	}

	public boolean permits(CurrentUser user, Action action, RecordScope record) {
		return decide(user, action, record) == Decision.ALLOWED;
	}

	/**
	 * Refuses a wrong role (403) and a record out of the user's ward or areas (the
	 * caller's "not found", a 404).
	 */
	public void require(CurrentUser user, Action action, RecordScope record,
			Supplier<? extends RuntimeException> notFound) {
		switch (decide(user, action, record)) {
			case ALLOWED -> {
			}
			case FORBIDDEN -> throw new OutOfScopeException("role " + user.role() + " may not " + action);
			case HIDDEN -> throw notFound.get();
		}
	}

	/**
	 * The answer on a record.
	 */
	public enum Decision {

		/** Go ahead. */
		ALLOWED,

		/** The role may not do this anywhere: 403. */
		FORBIDDEN,

		/**
		 * The record is outside the user's ward or areas: it does not exist for them
		 * (404).
		 */
		HIDDEN;

	}

}
