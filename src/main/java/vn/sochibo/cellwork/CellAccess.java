package vn.sochibo.cellwork;

import org.springframework.stereotype.Component;

import vn.sochibo.shared.AccessPolicy;
import vn.sochibo.shared.Action;
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

	CellAccess(Cells cells, AccessPolicy policy) {
		this.cells = cells;
		this.policy = policy;
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

	public boolean permits(CurrentUser user, Action action, Long cellId) {
		return user.may(action) && user.wardId() != null
				&& this.policy.permits(user, action, RecordScope.cell(user.wardId(), cellId));
	}

}
