package vn.sochibo.cellwork;

import java.time.LocalDate;

/**
 * A member on a cell's roll on one day, as meetings, activities and ratings need them:
 * full or probationary on that day, and exempt from activities on that day or not.
 */
public record RollMember(Long id, String fullName, Sex sex, Integer birthYear, LocalDate joinedOn,
		MemberStanding standing, boolean exempt) {

	public boolean probationary() {
		return this.standing == MemberStanding.PROBATIONARY;
	}

}
