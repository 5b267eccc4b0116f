package vn.sochibo.project;

import java.util.List;

/**
 * Where a project stands. The only moves are forward, one step at a time: đề xuất → lấy ý
 * kiến → đã thông qua → đang thi công → hoàn thành → đã quyết toán; a project that has
 * not started building (proposed, consulting or approved) may also be cancelled, with a
 * reason. Settled and cancelled projects are closed: nothing about them changes any more
 * except that an update of the timeline can be withdrawn.
 */
public enum ProjectStatus {

	/** Đề xuất. */
	PROPOSED,

	/** Lấy ý kiến nhân dân. */
	CONSULTING,

	/**
	 * Đã thông qua: more than 50% of the area's households agreed at the latest meeting.
	 */
	APPROVED,

	/** Đang thi công. */
	UNDER_CONSTRUCTION,

	/** Hoàn thành. */
	COMPLETED,

	/** Đã quyết toán. */
	SETTLED,

	/** Đã hủy (before construction only). */
	CANCELLED;

	/**
	 * The statuses this one may move to, in the order a page offers them.
	 */
	public List<ProjectStatus> nextMoves() {
		return switch (this) {
			case PROPOSED -> List.of(CONSULTING, CANCELLED);
			case CONSULTING -> List.of(APPROVED, CANCELLED);
			case APPROVED -> List.of(UNDER_CONSTRUCTION, CANCELLED);
			case UNDER_CONSTRUCTION -> List.of(COMPLETED);
			case COMPLETED -> List.of(SETTLED);
			case SETTLED, CANCELLED -> List.of();
		};
	}

	public boolean canMoveTo(ProjectStatus target) {
		return nextMoves().contains(target);
	}

	/** Settled or cancelled: the record is final. */
	public boolean isClosed() {
		return this == SETTLED || this == CANCELLED;
	}

	/** Still being decided: residents' meetings are recorded in these statuses. */
	public boolean isBeingDecided() {
		return this == PROPOSED || this == CONSULTING;
	}

	/** Building has started: an actual start date belongs to these statuses. */
	public boolean hasStarted() {
		return this == UNDER_CONSTRUCTION || this == COMPLETED || this == SETTLED;
	}

	/** Building is finished: an actual end date belongs to these statuses. */
	public boolean hasFinished() {
		return this == COMPLETED || this == SETTLED;
	}

}
