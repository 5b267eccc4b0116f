package vn.sochibo.cellwork;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;

/**
 * The annual rating of a cell (no member) or of one member of the cell, for a year, under
 * the regulation effective for that year. Its steps come in order — self-assessment,
 * proposal, an optional re-check, the decision — and are never changed: after a decision
 * only a correction (a new decision with its reason) or a re-check may follow. Each
 * step's level must be the one its score reaches under the regulation, or "Không hoàn
 * thành nhiệm vụ" when a disqualifying fact is recorded.
 */
@Entity
@Table(name = "ratings")
class Rating {

	static final int MAX_COMMENT = 2000;

	static final int MAX_REASON = 1000;

	static final int MAX_BODY = 200;

	static final int MAX_REF = 50;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	private Long cellId;

	private Long memberId;

	@Column(name = "rating_year")
	private int year;

	private Long regulationId;

	@Enumerated(EnumType.STRING)
	private RatingStepKind lastKind;

	@Version
	private Integer version;

	@OneToMany(mappedBy = "rating", cascade = CascadeType.PERSIST)
	@OrderBy("position")
	private List<RatingStep> steps = new ArrayList<>();

	protected Rating() {
	}

	Rating(Long wardId, Long cellId, Long memberId, int year, Long regulationId) {
		this.wardId = wardId;
		this.cellId = cellId;
		this.memberId = memberId;
		this.year = year;
		this.regulationId = regulationId;
	}

	RatingSubject subject() {
		return (this.memberId == null) ? RatingSubject.CELL : RatingSubject.MEMBER;
	}

	/**
	 * Adds the next step, once every rule holds; else nothing changes.
	 */
	RatingStep addStep(RatingStepCommand command, RegulationView regulation, CurrentUser actor, Instant now,
			LocalDate today, Function<RatingLevel, String> labels) {
		RatingStepKind kind = command.kind();
		if (kind == null) {
			throw new RuleViolationException("kind", "rating.kind.required");
		}
		checkOrder(kind);
		int score = checkScore(command.score());
		List<RatingStep.GroupScore> groups = checkGroups(command.groupScores(), score, regulation);
		Long disqualifierId = command.disqualifierId();
		if (disqualifierId != null && regulation.disqualifier(subject(), disqualifierId).isEmpty()) {
			throw new RuleViolationException("disqualifierId", "rating.disqualifier.unknown");
		}
		if (command.level() == null) {
			throw new RuleViolationException("level", "rating.level.required");
		}
		String comment = text("comment", command.comment(), MAX_COMMENT);
		String reason = text("reason", command.reason(), MAX_REASON);
		Optional<RatingStep> decided = lastDecision();
		if (kind == RatingStepKind.RECHECK && reason == null) {
			throw new RuleViolationException("reason", "rating.reason.recheck");
		}
		if (kind == RatingStepKind.DECISION && decided.isPresent() && reason == null) {
			throw new RuleViolationException("reason", "rating.reason.correction");
		}
		String body = null;
		String reference = null;
		LocalDate decidedOn = null;
		if (kind == RatingStepKind.DECISION) {
			body = text("competentBody", command.competentBody(), MAX_BODY);
			if (body == null) {
				throw new RuleViolationException("competentBody", "rating.competentBody.required");
			}
			reference = text("decisionRef", command.decisionRef(), MAX_REF);
			decidedOn = command.decidedOn();
			if (decidedOn == null) {
				throw new RuleViolationException("decidedOn", "rating.decidedOn.required");
			}
			if (decidedOn.isAfter(today)) {
				throw new RuleViolationException("decidedOn", "rating.decidedOn.future");
			}
			if (decidedOn.getYear() < this.year) {
				throw new RuleViolationException("decidedOn", "rating.decidedOn.beforeYear", String.valueOf(this.year));
			}
		}
		RatingLevel expected = (disqualifierId != null) ? RatingLevel.NOT_COMPLETED : regulation.levelFor(score);
		if (command.level() != expected) {
			if (disqualifierId != null) {
				throw new RuleViolationException("level", "rating.level.disqualified");
			}
			throw new RuleViolationException("level", "rating.level.mismatch", score, regulation.code(),
					labels.apply(expected));
		}
		RatingStep step = new RatingStep(this, this.steps.size() + 1, kind, score, groups, expected, disqualifierId,
				comment, reason, body, reference, decidedOn,
				(kind == RatingStepKind.DECISION) ? decided.map(RatingStep::getId).orElse(null) : null, actor.id(),
				actor.username(), now);
		this.steps.add(step);
		this.lastKind = kind;
		return step;
	}

	private void checkOrder(RatingStepKind kind) {
		RatingStepKind last = this.lastKind;
		switch (kind) {
			case SELF -> {
				if (last != null) {
					throw new RuleViolationException("kind", "rating.order.selfDone");
				}
			}
			case PROPOSAL -> {
				if (last == null) {
					throw new RuleViolationException("kind", "rating.order.noSelf");
				}
				if (last != RatingStepKind.SELF) {
					throw new RuleViolationException("kind", "rating.order.proposalDone");
				}
			}
			case RECHECK -> {
				if (last == null || last == RatingStepKind.SELF) {
					throw new RuleViolationException("kind", "rating.order.noProposal");
				}
				if (last == RatingStepKind.RECHECK) {
					throw new RuleViolationException("kind", "rating.order.recheckDone");
				}
			}
			case DECISION -> {
				if (last == null || last == RatingStepKind.SELF) {
					throw new RuleViolationException("kind", "rating.order.noProposal");
				}
			}
		}
	}

	private static int checkScore(Integer score) {
		if (score == null) {
			throw new RuleViolationException("score", "rating.score.required");
		}
		if (score < 0 || score > 100) {
			throw new RuleViolationException("score", "rating.score.range");
		}
		return score;
	}

	private List<RatingStep.GroupScore> checkGroups(Map<Long, Integer> given, int score, RegulationView regulation) {
		Map<Long, Integer> points = new LinkedHashMap<>();
		if (given != null) {
			given.forEach((id, value) -> {
				if (value != null) {
					points.put(id, value);
				}
			});
		}
		if (points.isEmpty()) {
			return List.of();
		}
		List<RegulationView.Criterion> groups = regulation.groups(subject());
		for (Long id : points.keySet()) {
			if (groups.stream().noneMatch((group) -> group.id().equals(id))) {
				throw new RuleViolationException(null, "rating.group.unknown");
			}
		}
		List<RatingStep.GroupScore> scores = new ArrayList<>();
		int sum = 0;
		for (RegulationView.Criterion group : groups) {
			String field = "groupScores[" + group.id() + "]";
			Integer value = points.get(group.id());
			if (value == null) {
				throw new RuleViolationException(field, "rating.group.required");
			}
			if (value < 0 || value > group.maxPoints()) {
				throw new RuleViolationException(field, "rating.group.range", group.maxPoints());
			}
			sum += value;
			scores.add(new RatingStep.GroupScore(this.wardId, group.id(), value));
		}
		if (sum != score) {
			throw new RuleViolationException("score", "rating.group.sum", sum);
		}
		return scores;
	}

	private static String text(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		if (trimmed.length() > max) {
			throw new RuleViolationException(field, "rating.text.size", max);
		}
		return trimmed;
	}

	Optional<RatingStep> lastDecision() {
		List<RatingStep> reversed = new ArrayList<>(this.steps);
		Collections.reverse(reversed);
		return reversed.stream().filter((step) -> step.getKind() == RatingStepKind.DECISION).findFirst();
	}

	Long getId() {
		return this.id;
	}

	Long getWardId() {
		return this.wardId;
	}

	Long getCellId() {
		return this.cellId;
	}

	Long getMemberId() {
		return this.memberId;
	}

	int getYear() {
		return this.year;
	}

	Long getRegulationId() {
		return this.regulationId;
	}

	RatingStepKind getLastKind() {
		return this.lastKind;
	}

	Integer getVersion() {
		return this.version;
	}

	List<RatingStep> getSteps() {
		return this.steps;
	}

}
