package vn.sochibo.cellwork;

/**
 * The groups of people counted apart at an activity besides the Party members: cadres
 * (cán bộ: ward officials, mass organisations) and residents (người dân).
 */
public enum PersonGroup {

	CADRE, RESIDENT

}
