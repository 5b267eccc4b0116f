package vn.sochibo.shared;

import java.io.Serializable;

/**
 * Who is acting: passed from controllers to services, which enforce the scope.
 *
 * @param id the user's id
 * @param wardId the ward the user belongs to; {@code null} only for
 * {@link Role#SYSTEM_ADMIN}
 * @param username the login name, recorded in the audit trail
 * @param role the user's role
 */
public record CurrentUser(Long id, Long wardId, String username, Role role) implements Serializable {

	/**
	 * Whether this user's role may do the action at all ({@link AccessPolicy}); templates
	 * hide buttons with it: {@code me.may('WRITE')}.
	 */
	public boolean may(Action action) {
		return AccessPolicy.allows(this.role, action);
	}

	/**
	 * Refuses (403) a user whose role may not do the action anywhere; the record-level
	 * question (ward and areas) is {@link AccessPolicy#require}'s.
	 */
	public CurrentUser require(Action action) {
		if (!may(action)) {
			throw new OutOfScopeException("role " + this.role + " may not " + action);
		}
		return this;
	}

	public Long requireWard() {
		if (this.wardId == null) {
			throw new OutOfScopeException("user " + this.username + " belongs to no ward");
		}
		return this.wardId;
	}

}
