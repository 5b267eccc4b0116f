package vn.sochibo.cellwork;

import java.time.LocalDate;

/**
 * The editable facts of a Party member. {@code officialOn} null means probationary (dự
 * bị), and then {@code officialDueOn} is when full membership is due; {@code exemptSince}
 * set means exempt from activities (miễn sinh hoạt) from that day. {@code householdCode}
 * optionally names the household the member lives in.
 */
public record MemberDetails(String fullName, Integer birthYear, Sex sex, LocalDate joinedOn, LocalDate officialOn,
		LocalDate officialDueOn, String cardNumber, LocalDate exemptSince, String exemptReason, String householdCode,
		String note) {

	public boolean probationary() {
		return this.officialOn == null;
	}

}
