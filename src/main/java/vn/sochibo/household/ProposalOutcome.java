package vn.sochibo.household;

/**
 * Where a proposal of the yearly review stands: proposed (copied from last year, not a
 * status), confirmed (it became the status of the year) or ended (thoát nghèo, with a
 * reason).
 */
public enum ProposalOutcome {

	PROPOSED, CONFIRMED, ENDED

}
