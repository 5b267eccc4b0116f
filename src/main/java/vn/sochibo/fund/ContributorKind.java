package vn.sochibo.fund;

/**
 * Who gave: a household of the register, a named person, business or organisation, or the
 * state budget (ngân sách nhà nước).
 */
public enum ContributorKind {

	HOUSEHOLD, PERSON, BUSINESS, ORGANISATION, STATE;

	/**
	 * The funding source this contributor counts under, for a project's funding plan.
	 */
	public FundingSource source() {
		return switch (this) {
			case HOUSEHOLD, PERSON -> FundingSource.RESIDENTS;
			case BUSINESS, ORGANISATION -> FundingSource.SPONSORS;
			case STATE -> FundingSource.STATE_BUDGET;
		};
	}

}
