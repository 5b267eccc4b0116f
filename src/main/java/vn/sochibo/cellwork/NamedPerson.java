package vn.sochibo.cellwork;

/**
 * A cadre or resident named at an activity: the full name, for a cadre their position,
 * for a resident optionally the code of their household in the register.
 */
public record NamedPerson(String fullName, String position, String householdCode) {

}
