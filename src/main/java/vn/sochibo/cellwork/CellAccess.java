package vn.sochibo.cellwork;

import java.util.List;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import vn.sochibo.shared.AccessPolicy;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.AreaScope;
import vn.sochibo.shared.AreaScopes;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RecordScope;
import vn.sochibo.ward.CellNotFoundException;
import vn.sochibo.ward.CellView;
import vn.sochibo.ward.Cells;

/**
 * Who reaches a cell's own records: the ward admin and the inspector (the whole ward),
 * and the secretaries of that cell; officers never (their role may not read cell work:
 * 403). Another ward's cell, or a cell the secretary does not run, does not exist for the
 * user (404).
 */
@Component
public class CellAccess {

	private final Cells cells;

	private final AccessPolicy policy;

	private final AreaScopes scopes;

	CellAccess(Cells cells, AccessPolicy policy, AreaScopes scopes) {
		this.cells = cells;
		this.policy = policy;
		this.scopes = scopes;
	}

	/**
	 * The cell, once the user may do the action on its records.
	 */
	public CellView require(CurrentUser user, Action action, Long cellId) {
		user.require(action);
		Long wardId = user.requireWard();
		CellView cell = this.cells.get(user, cellId);
		this.policy.require(user, action, RecordScope.cell(wardId, cellId), () -> new CellNotFoundException(cellId));
		return cell;
	}

	/**
	 * Which cells the user may do the action on, with their scope read once: for pages
	 * and queries that ask it of many cells.
	 */
	public Predicate<Long> reach(CurrentUser user, Action action) {
		if (!user.may(action) || user.wardId() == null) {
			return (cellId) -> false;
		}
		AreaScope scope = this.scopes.of(user);
		return (cellId) -> AccessPolicy.decide(user, scope, action,
				RecordScope.cell(user.wardId(), cellId)) == AccessPolicy.Decision.ALLOWED;
	}

	/**
	 * The ward's cells the user may do the action on, in the ward's order (their scope
	 * read once).
	 */
	public List<CellView> readable(CurrentUser user, Action action) {
		Predicate<Long> reachable = reach(user, action);
		return this.cells.list(user).stream().filter((cell) -> reachable.test(cell.id())).toList();
	}

	public boolean permits(CurrentUser user, Action action, Long cellId) {
		return user.may(action) && user.wardId() != null
				&& this.policy.permits(user, action, RecordScope.cell(user.wardId(), cellId));
	}

}
