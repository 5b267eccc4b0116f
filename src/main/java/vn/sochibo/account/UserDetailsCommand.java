package vn.sochibo.account;

import java.util.Set;

import vn.sochibo.shared.Role;

/**
 * What the ward admin sets for a user: name, role and assignments (the password is set
 * separately).
 */
public record UserDetailsCommand(String username, String fullName, Role role, Set<Long> areaIds, Set<Long> cellIds) {
}
