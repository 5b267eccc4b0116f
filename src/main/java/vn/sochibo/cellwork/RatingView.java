package vn.sochibo.cellwork;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.sochibo.shared.VietnamTime;

/**
 * A rating of a cell (no member) or of a member for a year, with the regulation it is
 * under and every step in order (a corrected decision stays, marked as corrected).
 */
public record RatingView(Long id, Long cellId, Long memberId, int year, RegulationView regulation,
		RatingStepKind lastKind, List<StepView> steps, Integer version) {

	public RatingSubject subject() {
		return (this.memberId == null) ? RatingSubject.CELL : RatingSubject.MEMBER;
	}

	/** The decision in force: the latest decision step. */
	public Optional<StepView> decision() {
		return latest(RatingStepKind.DECISION);
	}

	public boolean decided() {
		return decision().isPresent();
	}

	/**
	 * The step that stands for the rating: the decision in force, else the latest step.
	 */
	public Optional<StepView> current() {
		return decision()
			.or(() -> this.steps.isEmpty() ? Optional.empty() : Optional.of(this.steps.get(this.steps.size() - 1)));
	}

	/** The latest step of a kind (a rating has at most one self-assessment, proposal). */
	public Optional<StepView> latest(RatingStepKind kind) {
		List<StepView> reversed = new ArrayList<>(this.steps);
		Collections.reverse(reversed);
		return reversed.stream().filter((step) -> step.kind() == kind).findFirst();
	}

	/** The steps that may come next, in their order. */
	public List<RatingStepKind> nextKinds() {
		return nextAfter(this.lastKind);
	}

	static List<RatingStepKind> nextAfter(RatingStepKind last) {
		if (last == null) {
			return List.of(RatingStepKind.SELF);
		}
		return switch (last) {
			case SELF -> List.of(RatingStepKind.PROPOSAL);
			case PROPOSAL -> List.of(RatingStepKind.DECISION, RatingStepKind.RECHECK);
			case RECHECK -> List.of(RatingStepKind.DECISION);
			case DECISION -> List.of(RatingStepKind.DECISION, RatingStepKind.RECHECK);
		};
	}

	/**
	 * One step: score (with the points per criteria group when given), level, who and
	 * when, and what the kind of step carries.
	 */
	public record StepView(Long id, int position, RatingStepKind kind, int score, Map<Long, Integer> groupScores,
			RatingLevel level, String disqualifier, String comment, String reason, String competentBody,
			String decisionRef, LocalDate decidedOn, Long correctsId, boolean corrected, String recordedBy,
			Instant recordedAt) {

		public LocalDateTime recordedLocalTime() {
			return LocalDateTime.ofInstant(this.recordedAt, VietnamTime.ZONE);
		}

		public boolean correction() {
			return this.correctsId != null;
		}

	}

}
