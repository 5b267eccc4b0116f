package vn.sochibo.imports;

import java.util.List;
import java.util.function.Consumer;

import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;

/**
 * One kind of import: its columns, how a row is checked into a {@link PlannedRow}, and
 * how a checked plan is committed — through the owning feature's own import API, never
 * its tables.
 */
interface ImportPlanner {

	ImportKind kind();

	/** The sheet's columns in template order. */
	List<ImportColumn> columns();

	/** What a user must be allowed to import this kind at all (403 otherwise). */
	Action action();

	/**
	 * Starts checking a file for the user: reads what the rows are checked against once.
	 */
	RowChecker start(CurrentUser user, ImportJobView job);

	/**
	 * Commits the rows to create or update, in file order, in the caller's transaction;
	 * the rows are read from the stored plan as the planner goes ({@code rows} hands each
	 * one over once), so only the planner's own values are held.
	 * @return how many records were created and updated
	 * @throws vn.sochibo.shared.StalePlanException when the records changed since the
	 * check
	 */
	Committed commit(CurrentUser user, ImportJobView job, Consumer<Consumer<PlannedRow>> rows);

	/** Checks the rows of one file, in order (it remembers the codes already seen). */
	interface RowChecker {

		PlannedRow check(RowReader row);

	}

	/** What a commit wrote. */
	record Committed(int created, int updated) {
	}

}
