package vn.sochibo.household;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.sochibo.shared.RuleViolationException;

/**
 * A proposal of the yearly review: last year's poor or near-poor status of a household,
 * copied for the officer to confirm (it then becomes the status of the year, perhaps of
 * the other kind, with the new decision and standard) or end (thoát nghèo, with a
 * reason). Until then it is not a status: no eligibility counts it.
 */
@Entity
@Table(name = "status_proposals")
class StatusProposal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	private Long reviewId;

	private Long householdId;

	private Integer reviewYear;

	@Enumerated(EnumType.STRING)
	private StatusKind proposedKind;

	private String standard;

	@Enumerated(EnumType.STRING)
	private ProposalOutcome outcome;

	private Long statusId;

	private String endReason;

	private Instant decidedAt;

	private String decidedBy;

	@Version
	private Integer version;

	protected StatusProposal() {
	}

	void confirm(Long statusId, String by, Instant at) {
		requireProposed();
		this.outcome = ProposalOutcome.CONFIRMED;
		this.statusId = statusId;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	void end(String reason, String by, Instant at) {
		requireProposed();
		this.outcome = ProposalOutcome.ENDED;
		this.endReason = reason;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	/**
	 * Back to proposed: the status it became was removed from the household's page.
	 */
	void reopen() {
		this.outcome = ProposalOutcome.PROPOSED;
		this.statusId = null;
		this.endReason = null;
		this.decidedBy = null;
		this.decidedAt = null;
	}

	private void requireProposed() {
		if (this.outcome != ProposalOutcome.PROPOSED) {
			throw new RuleViolationException(null, "review.proposal.decided");
		}
	}

	Long getId() {
		return this.id;
	}

	Long getReviewId() {
		return this.reviewId;
	}

	Long getHouseholdId() {
		return this.householdId;
	}

	Integer getReviewYear() {
		return this.reviewYear;
	}

	StatusKind getProposedKind() {
		return this.proposedKind;
	}

	String getStandard() {
		return this.standard;
	}

	ProposalOutcome getOutcome() {
		return this.outcome;
	}

}
