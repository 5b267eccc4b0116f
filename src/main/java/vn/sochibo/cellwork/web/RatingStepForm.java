package vn.sochibo.cellwork.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

import vn.sochibo.cellwork.RatingLevel;
import vn.sochibo.cellwork.RatingStepCommand;
import vn.sochibo.cellwork.RatingStepKind;

/**
 * The next step of a rating (of the cell or of a member), with the version of the rating
 * the form was opened on (empty before the first step). The rules are the service's.
 */
public class RatingStepForm {

	@NotNull
	private Integer year;

	@NotNull
	private RatingStepKind kind;

	private Integer score;

	private Map<Long, Integer> groupScores = new LinkedHashMap<>();

	private RatingLevel level;

	private Long disqualifierId;

	private String comment;

	private String reason;

	private String competentBody;

	private String decisionRef;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate decidedOn;

	private Integer version;

	RatingStepCommand toCommand() {
		return new RatingStepCommand(this.kind, this.score, this.groupScores, this.level, this.disqualifierId,
				this.comment, this.reason, this.competentBody, this.decisionRef, this.decidedOn);
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public RatingStepKind getKind() {
		return this.kind;
	}

	public void setKind(RatingStepKind kind) {
		this.kind = kind;
	}

	public Integer getScore() {
		return this.score;
	}

	public void setScore(Integer score) {
		this.score = score;
	}

	public Map<Long, Integer> getGroupScores() {
		return this.groupScores;
	}

	public void setGroupScores(Map<Long, Integer> groupScores) {
		this.groupScores = groupScores;
	}

	public RatingLevel getLevel() {
		return this.level;
	}

	public void setLevel(RatingLevel level) {
		this.level = level;
	}

	public Long getDisqualifierId() {
		return this.disqualifierId;
	}

	public void setDisqualifierId(Long disqualifierId) {
		this.disqualifierId = disqualifierId;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getCompetentBody() {
		return this.competentBody;
	}

	public void setCompetentBody(String competentBody) {
		this.competentBody = competentBody;
	}

	public String getDecisionRef() {
		return this.decisionRef;
	}

	public void setDecisionRef(String decisionRef) {
		this.decisionRef = decisionRef;
	}

	public LocalDate getDecidedOn() {
		return this.decidedOn;
	}

	public void setDecidedOn(LocalDate decidedOn) {
		this.decidedOn = decidedOn;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
