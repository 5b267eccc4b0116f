package vn.sochibo.cellwork;

/**
 * Who is rated: the cell as a collective, or one of its members. Each has its own
 * criteria and disqualifying facts in a regulation.
 */
public enum RatingSubject {

	CELL, MEMBER

}
