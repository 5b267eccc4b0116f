package vn.sochibo.shared;

import java.util.Collection;
import java.util.Set;

/**
 * Where a record belongs: its ward and the residential areas it concerns (none: the whole
 * ward, like a ward-wide fund or a ledger year), or the Party cell whose own record it is
 * (a member, a meeting, a rating: {@code cellId}, and then no areas).
 */
public record RecordScope(Long wardId, Set<Long> areaIds, Long cellId) {

	public RecordScope {
		areaIds = Set.copyOf(areaIds);
	}

	public RecordScope(Long wardId, Set<Long> areaIds) {
		this(wardId, areaIds, null);
	}

	public static RecordScope ward(Long wardId) {
		return new RecordScope(wardId, Set.of());
	}

	/**
	 * A record of one area; {@code areaId} null means the whole ward.
	 */
	public static RecordScope area(Long wardId, Long areaId) {
		return new RecordScope(wardId, (areaId != null) ? Set.of(areaId) : Set.of());
	}

	public static RecordScope areas(Long wardId, Collection<Long> areaIds) {
		return new RecordScope(wardId, Set.copyOf(areaIds));
	}

	/**
	 * A Party cell's own record: the whole-ward roles and the cell's secretaries reach
	 * it.
	 */
	public static RecordScope cell(Long wardId, Long cellId) {
		return new RecordScope(wardId, Set.of(), cellId);
	}

	public boolean wardWide() {
		return this.areaIds.isEmpty() && this.cellId == null;
	}

}
