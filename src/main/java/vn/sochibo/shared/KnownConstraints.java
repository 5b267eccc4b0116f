package vn.sochibo.shared;

import java.util.List;

/**
 * A feature's database constraints that catch a user's mistake (a code already used, a
 * name taken) rather than a conflict with someone else's edit. When the database refuses
 * a write under one of them, the user sees the error next to its field, as if the service
 * had found it; each feature declares its own.
 */
public interface KnownConstraints {

	List<Rule> rules();

	/**
	 * The constraint's name (as in the migration), the form field it concerns and the
	 * message key (without arguments) that explains it.
	 */
	record Rule(String constraint, String field, String messageKey) {

		public RuleViolationException violation() {
			return new RuleViolationException(this.field, this.messageKey);
		}

	}

}
