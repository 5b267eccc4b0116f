package vn.sochibo.cellwork;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Immutable;

/**
 * One step of a rating, never changed once written (the table is append-only): a
 * correction is a new decision step that names the decision it corrects.
 */
@Entity
@Immutable
@Table(name = "rating_steps")
class RatingStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "rating_id")
	private Rating rating;

	private Long regulationId;

	private int position;

	@Enumerated(EnumType.STRING)
	private RatingStepKind kind;

	private int score;

	@Enumerated(EnumType.STRING)
	private RatingLevel level;

	private Long disqualifierId;

	private String comment;

	private String reason;

	private String competentBody;

	private String decisionRef;

	private LocalDate decidedOn;

	private Long correctsId;

	private Long recordedById;

	private String recordedBy;

	private Instant recordedAt;

	@ElementCollection
	@CollectionTable(name = "rating_step_scores", joinColumns = @JoinColumn(name = "step_id"))
	@BatchSize(size = 100)
	private List<GroupScore> groupScores = new ArrayList<>();

	protected RatingStep() {
	}

	RatingStep(Rating rating, int position, RatingStepKind kind, int score, List<GroupScore> groupScores,
			RatingLevel level, Long disqualifierId, String comment, String reason, String competentBody,
			String decisionRef, LocalDate decidedOn, Long correctsId, Long recordedById, String recordedBy,
			Instant recordedAt) {
		this.wardId = rating.getWardId();
		this.rating = rating;
		this.regulationId = rating.getRegulationId();
		this.position = position;
		this.kind = kind;
		this.score = score;
		this.groupScores = new ArrayList<>(groupScores);
		this.level = level;
		this.disqualifierId = disqualifierId;
		this.comment = comment;
		this.reason = reason;
		this.competentBody = competentBody;
		this.decisionRef = decisionRef;
		this.decidedOn = decidedOn;
		this.correctsId = correctsId;
		this.recordedById = recordedById;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	Long getId() {
		return this.id;
	}

	int getPosition() {
		return this.position;
	}

	RatingStepKind getKind() {
		return this.kind;
	}

	int getScore() {
		return this.score;
	}

	RatingLevel getLevel() {
		return this.level;
	}

	Long getDisqualifierId() {
		return this.disqualifierId;
	}

	String getComment() {
		return this.comment;
	}

	String getReason() {
		return this.reason;
	}

	String getCompetentBody() {
		return this.competentBody;
	}

	String getDecisionRef() {
		return this.decisionRef;
	}

	LocalDate getDecidedOn() {
		return this.decidedOn;
	}

	Long getCorrectsId() {
		return this.correctsId;
	}

	String getRecordedBy() {
		return this.recordedBy;
	}

	Instant getRecordedAt() {
		return this.recordedAt;
	}

	List<GroupScore> getGroupScores() {
		return this.groupScores;
	}

	/**
	 * The points of one top-level criteria group.
	 */
	@Embeddable
	static class GroupScore {

		private Long wardId;

		private Long criterionId;

		@Column(name = "points")
		private int points;

		protected GroupScore() {
		}

		GroupScore(Long wardId, Long criterionId, int points) {
			this.wardId = wardId;
			this.criterionId = criterionId;
			this.points = points;
		}

		Long getCriterionId() {
			return this.criterionId;
		}

		int getPoints() {
			return this.points;
		}

	}

}
