package vn.sochibo.shared;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.sochibo.shared.AccessPolicy.Decision;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what, as a table: every role × action against a record of the user's own
 * area, of another area of the ward, of the whole ward, of two areas (one theirs), and of
 * another ward, and against a Party cell's own record (of the user's cell, of another). A
 * = allowed, F = forbidden (403), H = hidden (404).
 */
class AccessPolicyTests {

	private static final long WARD = 1L;

	private static final long OTHER_WARD = 2L;

	private static final long AREA = 11L;

	private static final long OTHER_AREA = 12L;

	private static final long CELL = 21L;

	private static final long OTHER_CELL = 22L;

	/**
	 * role, action: own area, other area, whole ward, two areas, other ward, own cell's
	 * record, another cell's record.
	 */
	private static final String[] TABLE = {
	// @formatter:off
			"WARD_ADMIN     READ          A A A A H A A",
			"WARD_ADMIN     WRITE         A A A A H A A",
			"WARD_ADMIN     PRINT         A A A A H A A",
			"WARD_ADMIN     APPROVE       A A A A H A A",
			"WARD_ADMIN     CLOSE_YEAR    A A A A H A A",
			"WARD_ADMIN     MANAGE_WARD   A A A A H A A",
			"WARD_ADMIN     MANAGE_USERS  A A A A H A A",
			"WARD_ADMIN     READ_AUDIT    A A A A H A A",
			"WARD_ADMIN     MANAGE_WARDS  F F F F F F F",
			"WARD_ADMIN     READ_CELL_WORK     A A A A H A A",
			"WARD_ADMIN     WRITE_CELL_WORK    A A A A H A A",
			"WARD_ADMIN     DECIDE_CELL_RATING A A A A H A A",
			"CELL_SECRETARY READ          A H A A H A H",
			"CELL_SECRETARY WRITE         A H H H H A H",
			"CELL_SECRETARY PRINT         A H H H H A H",
			"CELL_SECRETARY APPROVE       A H H H H A H",
			"CELL_SECRETARY CLOSE_YEAR    F F F F F F F",
			"CELL_SECRETARY MANAGE_WARD   F F F F F F F",
			"CELL_SECRETARY MANAGE_USERS  F F F F F F F",
			"CELL_SECRETARY READ_AUDIT    F F F F F F F",
			"CELL_SECRETARY MANAGE_WARDS  F F F F F F F",
			"CELL_SECRETARY READ_CELL_WORK     A H H H H A H",
			"CELL_SECRETARY WRITE_CELL_WORK    A H H H H A H",
			"CELL_SECRETARY DECIDE_CELL_RATING F F F F F F F",
			"OFFICER        READ          A H A A H H H",
			"OFFICER        WRITE         A H H H H H H",
			"OFFICER        PRINT         A H H H H H H",
			"OFFICER        APPROVE       F F F F F F F",
			"OFFICER        CLOSE_YEAR    F F F F F F F",
			"OFFICER        MANAGE_WARD   F F F F F F F",
			"OFFICER        MANAGE_USERS  F F F F F F F",
			"OFFICER        READ_AUDIT    F F F F F F F",
			"OFFICER        MANAGE_WARDS  F F F F F F F",
			"OFFICER        READ_CELL_WORK     F F F F F F F",
			"OFFICER        WRITE_CELL_WORK    F F F F F F F",
			"OFFICER        DECIDE_CELL_RATING F F F F F F F",
			"INSPECTOR      READ          A A A A H A A",
			"INSPECTOR      WRITE         F F F F F F F",
			"INSPECTOR      PRINT         F F F F F F F",
			"INSPECTOR      APPROVE       F F F F F F F",
			"INSPECTOR      CLOSE_YEAR    F F F F F F F",
			"INSPECTOR      MANAGE_WARD   F F F F F F F",
			"INSPECTOR      MANAGE_USERS  F F F F F F F",
			"INSPECTOR      READ_AUDIT    A A A A H A A",
			"INSPECTOR      MANAGE_WARDS  F F F F F F F",
			"INSPECTOR      READ_CELL_WORK     A A A A H A A",
			"INSPECTOR      WRITE_CELL_WORK    F F F F F F F",
			"INSPECTOR      DECIDE_CELL_RATING F F F F F F F",
			"SYSTEM_ADMIN   READ          F F F F F F F",
			"SYSTEM_ADMIN   WRITE         F F F F F F F",
			"SYSTEM_ADMIN   PRINT         F F F F F F F",
			"SYSTEM_ADMIN   APPROVE       F F F F F F F",
			"SYSTEM_ADMIN   CLOSE_YEAR    F F F F F F F",
			"SYSTEM_ADMIN   MANAGE_WARD   F F F F F F F",
			"SYSTEM_ADMIN   MANAGE_USERS  F F F F F F F",
			"SYSTEM_ADMIN   READ_AUDIT    F F F F F F F",
			"SYSTEM_ADMIN   MANAGE_WARDS  A A A A A A A",
			"SYSTEM_ADMIN   READ_CELL_WORK     F F F F F F F",
			"SYSTEM_ADMIN   WRITE_CELL_WORK    F F F F F F F",
			"SYSTEM_ADMIN   DECIDE_CELL_RATING F F F F F F F",
	// @formatter:on
	};

	private static final List<RecordScope> RECORDS = List.of(RecordScope.area(WARD, AREA),
			RecordScope.area(WARD, OTHER_AREA), RecordScope.ward(WARD),
			RecordScope.areas(WARD, Set.of(AREA, OTHER_AREA)), RecordScope.area(OTHER_WARD, AREA),
			RecordScope.cell(WARD, CELL), RecordScope.cell(WARD, OTHER_CELL));

	static Stream<Arguments> cells() {
		return Arrays.stream(TABLE).map((line) -> line.trim().split("\\s+")).flatMap((row) -> {
			Role role = Role.valueOf(row[0]);
			Action action = Action.valueOf(row[1]);
			return Stream.iterate(0, (i) -> i + 1)
				.limit(RECORDS.size())
				.map((i) -> Arguments.of(role, action, RECORDS.get(i), decision(row[2 + i])));
		});
	}

	@ParameterizedTest(name = "{0} {1} on {2}: {3}")
	@MethodSource("cells")
	void decidesAsTheTableSays(Role role, Action action, RecordScope record, Decision expected) {
		CurrentUser user = userWith(role);

		assertThat(AccessPolicy.decide(user, scopeOf(user), action, record)).isEqualTo(expected);
		assertThat(user.may(action)).isEqualTo(expected != Decision.FORBIDDEN);
	}

	@Test
	void theTableHasARowForEveryRoleAndAction() {
		Set<String> rows = Arrays.stream(TABLE)
			.map((line) -> line.trim().split("\\s+"))
			.map((row) -> row[0] + " " + row[1])
			.collect(Collectors.toSet());
		Set<String> expected = EnumSet.allOf(Role.class)
			.stream()
			.flatMap((role) -> EnumSet.allOf(Action.class).stream().map((action) -> role + " " + action))
			.collect(Collectors.toSet());

		assertThat(rows).hasSize(TABLE.length).isEqualTo(expected);
	}

	@Test
	void urlRulesTakeTheirRolesFromTheTable() {
		assertThat(AccessPolicy.roleNames(Action.READ)).containsExactlyInAnyOrder("WARD_ADMIN", "CELL_SECRETARY",
				"OFFICER", "INSPECTOR");
		assertThat(AccessPolicy.roleNames(Action.MANAGE_USERS)).containsExactly("WARD_ADMIN");
		assertThat(AccessPolicy.roleNames(Action.MANAGE_WARDS)).containsExactly("SYSTEM_ADMIN");
		assertThat(AccessPolicy.roleNames(Action.READ_CELL_WORK)).containsExactlyInAnyOrder("WARD_ADMIN",
				"CELL_SECRETARY", "INSPECTOR");
	}

	@Test
	void requireThrowsForbiddenForTheRoleAndTheCallersNotFoundForTheRecord() {
		AccessPolicy policy = new AccessPolicy(AccessPolicyTests::scopeOf);
		CurrentUser officer = userWith(Role.OFFICER);
		CurrentUser inspector = userWith(Role.INSPECTOR);

		org.assertj.core.api.Assertions.assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> policy.require(inspector, Action.WRITE, RecordScope.area(WARD, AREA),
					() -> new IllegalStateException("not found")));
		org.assertj.core.api.Assertions.assertThatIllegalStateException()
			.isThrownBy(() -> policy.require(officer, Action.WRITE, RecordScope.area(WARD, OTHER_AREA),
					() -> new IllegalStateException("not found")));
		policy.require(officer, Action.WRITE, RecordScope.area(WARD, AREA), () -> new IllegalStateException("no"));
	}

	private static Decision decision(String letter) {
		return switch (letter) {
			case "A" -> Decision.ALLOWED;
			case "F" -> Decision.FORBIDDEN;
			case "H" -> Decision.HIDDEN;
			default -> throw new IllegalArgumentException(letter);
		};
	}

	private static CurrentUser userWith(Role role) {
		return new CurrentUser(7L, (role == Role.SYSTEM_ADMIN) ? null : WARD, "user", role);
	}

	/** The ward admin and the inspector see the whole ward; the others their one area. */
	private static AreaScope scopeOf(CurrentUser user) {
		return switch (user.role()) {
			case WARD_ADMIN, INSPECTOR -> AreaScope.wholeWard(WARD);
			case CELL_SECRETARY -> AreaScope.areas(WARD, Set.of(AREA), Set.of(CELL));
			case OFFICER -> AreaScope.areas(WARD, Set.of(AREA));
			case SYSTEM_ADMIN -> null;
		};
	}

}
