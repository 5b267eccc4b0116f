package vn.sochibo.cellwork;

import java.time.LocalDate;
import java.util.List;

/**
 * A member as their detail page shows them, with every period in a cell.
 */
public record MemberView(Long id, Long cellId, String cellName, String fullName, Integer birthYear, Sex sex,
		LocalDate joinedOn, LocalDate officialOn, LocalDate officialDueOn, String cardNumber, LocalDate exemptSince,
		String exemptReason, Long householdId, String householdCode, String householdLabel, MemberState state,
		LocalDate leftOn, String note, List<PeriodView> periods, Integer version) {

	public boolean probationary() {
		return this.officialOn == null;
	}

	public boolean active() {
		return this.state == MemberState.ACTIVE;
	}

	/**
	 * A period in one cell.
	 */
	public record PeriodView(Long cellId, String cellName, LocalDate validFrom, LocalDate validTo, String cameFrom,
			String wentTo) {
	}

}
