package vn.sochibo.cellwork;

/**
 * A member's sex, as the Party's records keep it.
 */
public enum Sex {

	MALE, FEMALE;

}
