package vn.sochibo.welfare;

import java.util.Set;
import java.util.stream.Collectors;

import vn.sochibo.shared.AreaScope;

/**
 * The areas a user may give a program's gifts in: the user's scope, within the program's
 * areas (if it has any), within the areas asked for (if any). {@code all} means every
 * area of the ward.
 */
record Reach(boolean all, Set<Long> areaIds) {

	static Reach of(AreaScope scope, Set<Long> programAreas, Set<Long> asked) {
		Reach reach = scope.wholeWard() ? new Reach(true, Set.of()) : new Reach(false, scope.areaIds());
		return reach.within(programAreas).within(asked);
	}

	private Reach within(Set<Long> areas) {
		if (areas == null || areas.isEmpty()) {
			return this;
		}
		if (this.all) {
			return new Reach(false, Set.copyOf(areas));
		}
		return new Reach(false, this.areaIds.stream().filter(areas::contains).collect(Collectors.toUnmodifiableSet()));
	}

	boolean covers(Long areaId) {
		return this.all || this.areaIds.contains(areaId);
	}

	/**
	 * The SQL condition that keeps {@code column} within reach (nothing when it is the
	 * whole ward), its parameter added to {@code params}.
	 */
	String condition(String column, java.util.Map<String, Object> params) {
		if (this.all) {
			return "";
		}
		params.put("reachAreas", this.areaIds.toArray(Long[]::new));
		return " and " + column + " = any(:reachAreas)";
	}

	boolean isEmpty() {
		return !this.all && this.areaIds.isEmpty();
	}

}
