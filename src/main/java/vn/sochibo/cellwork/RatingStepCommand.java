package vn.sochibo.cellwork;

import java.time.LocalDate;
import java.util.Map;

/**
 * One step of a rating as the user gives it: the score (with, optionally, the points of
 * each top-level criteria group by its id), the level, a disqualifying fact if any, a
 * comment; the reason of a re-check or of a corrected decision; for a decision, the
 * competent body, the decision's reference and date.
 */
public record RatingStepCommand(RatingStepKind kind, Integer score, Map<Long, Integer> groupScores, RatingLevel level,
		Long disqualifierId, String comment, String reason, String competentBody, String decisionRef,
		LocalDate decidedOn) {

	public static RatingStepCommand of(RatingStepKind kind, int score, RatingLevel level) {
		return new RatingStepCommand(kind, score, Map.of(), level, null, null, null, null, null, null);
	}

	public static RatingStepCommand decision(int score, RatingLevel level, String body, String reference,
			LocalDate decidedOn, String reason) {
		return new RatingStepCommand(RatingStepKind.DECISION, score, Map.of(), level, null, null, reason, body,
				reference, decidedOn);
	}

}
