package vn.sochibo.shared;

import java.util.Collection;
import java.util.Set;

/**
 * The residential areas a user may see within their ward: all of them, or a fixed set;
 * and the Party cells whose own records (members, meetings…) they reach — all of the
 * ward's, or those they are secretary of.
 */
public record AreaScope(Long wardId, boolean wholeWard, Set<Long> areaIds, Set<Long> cellIds) {

	public AreaScope {
		areaIds = Set.copyOf(areaIds);
		cellIds = Set.copyOf(cellIds);
	}

	public static AreaScope wholeWard(Long wardId) {
		return new AreaScope(wardId, true, Set.of(), Set.of());
	}

	public static AreaScope areas(Long wardId, Collection<Long> areaIds) {
		return new AreaScope(wardId, false, Set.copyOf(areaIds), Set.of());
	}

	public static AreaScope areas(Long wardId, Collection<Long> areaIds, Collection<Long> cellIds) {
		return new AreaScope(wardId, false, Set.copyOf(areaIds), Set.copyOf(cellIds));
	}

	public boolean covers(Long wardId, Long areaId) {
		return this.wardId.equals(wardId) && (this.wholeWard || this.areaIds.contains(areaId));
	}

	public boolean coversCell(Long wardId, Long cellId) {
		return this.wardId.equals(wardId) && (this.wholeWard || this.cellIds.contains(cellId));
	}

}
