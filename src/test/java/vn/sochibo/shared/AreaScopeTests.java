package vn.sochibo.shared;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AreaScopeTests {

	private static final Long WARD = 1L;

	private static final Long OTHER_WARD = 2L;

	@Test
	void theWholeWardCoversEveryAreaOfTheWard() {
		AreaScope scope = AreaScope.wholeWard(WARD);

		assertThat(scope.covers(WARD, 11L)).isTrue();
		assertThat(scope.covers(WARD, 12L)).isTrue();
	}

	@Test
	void theWholeWardCoversNothingOfAnotherWard() {
		AreaScope scope = AreaScope.wholeWard(WARD);

		assertThat(scope.covers(OTHER_WARD, 11L)).isFalse();
		assertThat(scope.covers(null, 11L)).isFalse();
	}

	@Test
	void assignedAreasCoverOnlyThoseAreas() {
		AreaScope scope = AreaScope.areas(WARD, List.of(11L, 13L));

		assertThat(scope.wholeWard()).isFalse();
		assertThat(scope.covers(WARD, 11L)).isTrue();
		assertThat(scope.covers(WARD, 13L)).isTrue();
		assertThat(scope.covers(WARD, 12L)).isFalse();
	}

	@Test
	void assignedAreasCoverNothingOfAnotherWardEvenWithTheSameIds() {
		AreaScope scope = AreaScope.areas(WARD, List.of(11L));

		assertThat(scope.covers(OTHER_WARD, 11L)).isFalse();
	}

	@Test
	void noAssignedAreaCoversNothing() {
		AreaScope scope = AreaScope.areas(WARD, List.of());

		assertThat(scope.covers(WARD, 11L)).isFalse();
	}

	@Test
	void duplicateAssignmentsCountOnce() {
		AreaScope scope = AreaScope.areas(WARD, List.of(11L, 11L, 12L));

		assertThat(scope.areaIds()).containsExactlyInAnyOrder(11L, 12L);
	}

	@Test
	void laterChangesToTheGivenListDoNotWidenTheScope() {
		List<Long> assigned = new ArrayList<>(List.of(11L));
		AreaScope scope = AreaScope.areas(WARD, assigned);

		assigned.add(12L);

		assertThat(scope.covers(WARD, 12L)).isFalse();
	}

}
