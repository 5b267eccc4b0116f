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

	public boolean is(Role other) {
		return this.role == other;
	}

	/**
	 * Refuses (403) a user whose role is not one of these.
	 */
	public CurrentUser requireRole(Role... allowed) {
		for (Role candidate : allowed) {
			if (this.role == candidate) {
				return this;
			}
		}
		throw new OutOfScopeException("role " + this.role + " may not do this");
	}

	public Long requireWard() {
		if (this.wardId == null) {
			throw new OutOfScopeException("user " + this.username + " belongs to no ward");
		}
		return this.wardId;
	}

}
