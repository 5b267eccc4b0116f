package vn.sochibo.cellwork;

import java.time.LocalDate;

/**
 * A line of a cell's member list. {@code leftOn} and {@code wentTo} are the end of the
 * member's last period in this cell (former members only).
 */
public record MemberRow(Long id, String fullName, Integer birthYear, Sex sex, LocalDate joinedOn, LocalDate officialOn,
		LocalDate officialDueOn, LocalDate exemptSince, MemberState state, LocalDate sinceInCell, LocalDate leftOn,
		String wentTo, boolean inCell) {

	public boolean probationary() {
		return this.officialOn == null;
	}

}
