package vn.sochibo.cellwork;

/**
 * How a twinning's shared target measures its progress: computed from the household
 * register (households of the target's areas poor or near-poor in the baseline year that
 * are neither in the year asked), or entered by hand as dated figures.
 */
public enum TwinningTargetKind {

	HOUSEHOLDS_OUT_OF_POVERTY, ENTERED

}
