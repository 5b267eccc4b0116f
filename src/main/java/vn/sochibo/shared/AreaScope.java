package vn.sochibo.shared;

import java.util.Collection;
import java.util.Set;

/**
 * The residential areas a user may see within their ward: all of them, or a fixed set.
 */
public record AreaScope(Long wardId, boolean wholeWard, Set<Long> areaIds) {

	public static AreaScope wholeWard(Long wardId) {
		return new AreaScope(wardId, true, Set.of());
	}

	public static AreaScope areas(Long wardId, Collection<Long> areaIds) {
		return new AreaScope(wardId, false, Set.copyOf(areaIds));
	}

	public boolean covers(Long wardId, Long areaId) {
		return this.wardId.equals(wardId) && (this.wholeWard || this.areaIds.contains(areaId));
	}

}
