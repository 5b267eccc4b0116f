package vn.sochibo.welfare;

import java.util.List;

import vn.sochibo.household.StatusKind;

/**
 * A household eligible for a program: its statuses of the program's year that the program
 * is for, and how many (not cancelled) gifts of the program it already has — more than
 * none is flagged and needs explicit confirmation to give again.
 */
public record Candidate(Long householdId, String code, String headName, String address, String alley, Long areaId,
		String areaLabel, List<StatusKind> statuses, int giftsInProgram) {

	public boolean alreadyReceived() {
		return this.giftsInProgram > 0;
	}

}
