package vn.sochibo.fund;

/**
 * Who gave: a household of the register, or a named person, business or organisation.
 */
public enum ContributorKind {

	HOUSEHOLD, PERSON, BUSINESS, ORGANISATION

}
