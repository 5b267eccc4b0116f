package vn.sochibo.project;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sochibo.project.ProjectStatus.APPROVED;
import static vn.sochibo.project.ProjectStatus.CANCELLED;
import static vn.sochibo.project.ProjectStatus.COMPLETED;
import static vn.sochibo.project.ProjectStatus.CONSULTING;
import static vn.sochibo.project.ProjectStatus.PROPOSED;
import static vn.sochibo.project.ProjectStatus.SETTLED;
import static vn.sochibo.project.ProjectStatus.UNDER_CONSTRUCTION;

class ProjectStatusTests {

	static final Map<ProjectStatus, Set<ProjectStatus>> ALLOWED = Map.of(PROPOSED, Set.of(CONSULTING, CANCELLED),
			CONSULTING, Set.of(APPROVED, CANCELLED), APPROVED, Set.of(UNDER_CONSTRUCTION, CANCELLED),
			UNDER_CONSTRUCTION, Set.of(COMPLETED), COMPLETED, Set.of(SETTLED), SETTLED, Set.of(), CANCELLED, Set.of());

	@Test
	void onlyTheDocumentedMovesAreAllowed() {
		for (ProjectStatus from : ProjectStatus.values()) {
			for (ProjectStatus to : ProjectStatus.values()) {
				assertThat(from.canMoveTo(to)).as("%s → %s", from, to).isEqualTo(ALLOWED.get(from).contains(to));
			}
		}
	}

	@Test
	void noStatusMovesToItselfOrBackwards() {
		for (ProjectStatus from : ProjectStatus.values()) {
			assertThat(from.canMoveTo(from)).isFalse();
			for (ProjectStatus to : from.nextMoves()) {
				assertThat(to == CANCELLED || to.ordinal() == from.ordinal() + 1).as("%s → %s", from, to).isTrue();
			}
		}
	}

	@Test
	void onlySettledAndCancelledAreClosedAndOnlyBeforeBuildingCanBeCancelled() {
		assertThat(EnumSet.allOf(ProjectStatus.class).stream().filter(ProjectStatus::isClosed))
			.containsExactlyInAnyOrder(SETTLED, CANCELLED);
		assertThat(EnumSet.allOf(ProjectStatus.class).stream().filter((status) -> status.canMoveTo(CANCELLED)))
			.containsExactlyInAnyOrder(PROPOSED, CONSULTING, APPROVED);
	}

}
