package vn.sochibo.welfare;

import java.util.Set;

import vn.sochibo.household.StatusKind;

/**
 * Who a program's gifts are for: households with one of some statuses of its year, or —
 * for a program for Party members — exactly the households where those members live
 * ({@code homes}, from the cell's roll on the program's date).
 */
record Eligibility(Set<StatusKind> kinds, Set<Long> homes) {

	static Eligibility statuses(Set<StatusKind> kinds) {
		return new Eligibility(Set.copyOf(kinds), null);
	}

	static Eligibility homes(Set<Long> homes) {
		return new Eligibility(Set.of(), Set.copyOf(homes));
	}

	boolean byHomes() {
		return this.homes != null;
	}

	boolean isEmpty() {
		return byHomes() ? this.homes.isEmpty() : this.kinds.isEmpty();
	}

}
