package vn.sochibo.cellwork;

import java.time.LocalDate;
import java.util.List;

/**
 * A visit with its visitors and its recommendations, each with its follow-up notes.
 */
public record VisitView(Long id, Long cellId, LocalDate date, List<Visitor> visitors, String plan, String praised,
		String note, String recordedBy, List<RecommendationView> recommendations, Integer version) {

	/**
	 * One recommendation; {@code overdue} when still open after its due date (today by
	 * the injected clock).
	 */
	public record RecommendationView(Long id, String content, Long responsibleMemberId, String responsible,
			LocalDate dueOn, RecommendationStatus status, LocalDate closedOn, String result, boolean overdue,
			List<NoteView> notes, Integer version) {
	}

	public record NoteView(LocalDate date, String note, RecommendationStatus newStatus, String recordedBy) {
	}

}
