package vn.sochibo.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the public page of a project shows, without login: no phone numbers, no notes, no
 * staff names. Board members' names are public by law (Luật 10/2022/QH15); the meetings
 * are shown as counts.
 */
public record PublicProjectView(Long id, String wardName, String name, ProjectKind kind, String areaName,
		String location, BigDecimal lengthMetres, BigDecimal widthMetres, Integer householdsBenefiting,
		String description, ProjectStatus status, int progress, LocalDate plannedStart, LocalDate plannedEnd,
		LocalDate actualStart, LocalDate actualEnd, String cancelReason, FundingView funding, List<Meeting> meetings,
		List<BoardMember> board, List<Update> updates) {

	/** The length as written in Vietnamese: "120,5 m". */
	public String lengthText() {
		return Project.metres(this.lengthMetres);
	}

	/** The width as written in Vietnamese: "3,5 m". */
	public String widthText() {
		return Project.metres(this.widthMetres);
	}

	/**
	 * A meeting as counts.
	 */
	public record Meeting(LocalDate date, int householdsPresent, int householdsAgreeing, int areaHouseholds) {

		public String agreementPercent() {
			return Agreement.percent(this.householdsAgreeing, this.areaHouseholds);
		}

		public boolean majority() {
			return Agreement.isMajority(this.householdsAgreeing, this.areaHouseholds);
		}

	}

	/**
	 * A member of the supervision board: name and role only.
	 */
	public record BoardMember(String name, String role) {
	}

	/**
	 * An update of the timeline, without who recorded it.
	 */
	public record Update(LocalDate date, String text, Integer progress, List<Long> photoIds) {
	}

}
