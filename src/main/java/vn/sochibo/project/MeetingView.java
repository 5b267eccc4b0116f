package vn.sochibo.project;

import java.time.LocalDate;

/**
 * A residents' meeting as the staff page shows it.
 */
public record MeetingView(Long id, LocalDate date, int householdsPresent, int householdsAgreeing, int areaHouseholds,
		String notes, String recordedBy) {

	/** Agreeing households as a share of the area's households: "99,1%". */
	public String agreementPercent() {
		return Agreement.percent(this.householdsAgreeing, this.areaHouseholds);
	}

	/** More than half of the area's households agreed. */
	public boolean majority() {
		return Agreement.isMajority(this.householdsAgreeing, this.areaHouseholds);
	}

}
