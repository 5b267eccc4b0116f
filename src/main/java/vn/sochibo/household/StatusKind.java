package vn.sochibo.household;

/**
 * A household's situation in a year, as recorded after the annual review (1/9–14/12).
 */
public enum StatusKind {

	/** Hộ nghèo. */
	POOR,

	/** Hộ cận nghèo. */
	NEAR_POOR,

	/** Gia đình chính sách / người có công (with a {@link PolicySubtype}). */
	POLICY_FAMILY,

	/** Người cao tuổi sống một mình. */
	ELDERLY_ALONE,

	/** Nạn nhân chất độc da cam. */
	AGENT_ORANGE,

	/** Người khuyết tật. */
	DISABILITY,

	/** Khác. */
	OTHER

}
