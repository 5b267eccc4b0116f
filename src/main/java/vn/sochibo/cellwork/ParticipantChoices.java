package vn.sochibo.cellwork;

import java.util.List;

/**
 * The members one may name at an activity of a day: the organising cell's roll, then the
 * rolls of the co-organising cells the user may reach.
 */
public record ParticipantChoices(List<CellRoll> cells) {

	public record CellRoll(Long cellId, String cellName, List<RollMember> members) {

	}

}
