package vn.sochibo.imports;

/**
 * What phase 2 does with a row of the plan: create a record, update the existing one it
 * matches, skip it; a row that matches an existing record waits for the user's decision
 * ({@code UNDECIDED}); a row with an error blocks the commit.
 */
public enum RowDecision {

	CREATE, UPDATE, SKIP, UNDECIDED, ERROR

}
