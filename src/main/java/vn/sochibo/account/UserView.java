package vn.sochibo.account;

import java.util.List;
import java.util.Set;

import vn.sochibo.shared.Role;

/**
 * A user account as the ward admin's pages show it.
 */
public record UserView(Long id, String username, String fullName, Role role, boolean enabled, Set<Long> areaIds,
		Set<Long> cellIds, List<String> areaLabels, List<String> cellNames, Integer version) {
}
