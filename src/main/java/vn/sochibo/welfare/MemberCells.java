package vn.sochibo.welfare;

import java.util.Map;
import java.util.Set;

import vn.sochibo.shared.AccessPolicy;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.AreaScope;
import vn.sochibo.shared.CurrentUser;

/**
 * The cells whose programs for Party members a user may see: those whose own records the
 * user reads ({@link Action#READ_CELL_WORK}) — every cell of the ward for the ward admin
 * and the inspector, their own cells for a secretary, none for an officer. Programs for
 * Party members of other cells, their gifts and distributions do not exist for the user.
 */
record MemberCells(boolean all, Set<Long> cellIds) {

	static MemberCells of(CurrentUser user, AreaScope scope) {
		if (!AccessPolicy.allows(user.role(), Action.READ_CELL_WORK) || scope == null) {
			return new MemberCells(false, Set.of());
		}
		return scope.wholeWard() ? new MemberCells(true, Set.of()) : new MemberCells(false, scope.cellIds());
	}

	/**
	 * The SQL condition that keeps out the programs for Party members of other cells,
	 * {@code program} being the programs' alias; its parameter added to {@code params}.
	 */
	String condition(String program, Map<String, Object> params) {
		if (this.all) {
			return "";
		}
		params.put("memberCells", this.cellIds.toArray(Long[]::new));
		return " and (" + program + ".party_members is null or " + program + ".cell_id = any(:memberCells))";
	}

}
