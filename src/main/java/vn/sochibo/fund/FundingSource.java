package vn.sochibo.fund;

/**
 * Where a project's money comes from, as its funding plan is drawn up: the state budget,
 * residents, sponsors, and contributions in kind, labour or land (at estimated value).
 */
public enum FundingSource {

	STATE_BUDGET, RESIDENTS, SPONSORS, IN_KIND

}
