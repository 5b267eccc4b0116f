package vn.sochibo.cellwork.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.sochibo.cellwork.RecommendationDetails;

/**
 * A recommendation as typed: what, a member of the cell or a named person or body
 * responsible, the due date.
 */
public class RecommendationForm {

	@NotBlank
	@Size(max = 2000)
	private String content;

	private Long responsibleMemberId;

	@Size(max = 200)
	private String responsibleName;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dueOn;

	RecommendationDetails toDetails() {
		return new RecommendationDetails(this.content, this.responsibleMemberId, this.responsibleName, this.dueOn);
	}

	public String getContent() {
		return this.content;
	}

	public void setContent(String content) {
		this.content = content;
	}

	public Long getResponsibleMemberId() {
		return this.responsibleMemberId;
	}

	public void setResponsibleMemberId(Long responsibleMemberId) {
		this.responsibleMemberId = responsibleMemberId;
	}

	public String getResponsibleName() {
		return this.responsibleName;
	}

	public void setResponsibleName(String responsibleName) {
		this.responsibleName = responsibleName;
	}

	public LocalDate getDueOn() {
		return this.dueOn;
	}

	public void setDueOn(LocalDate dueOn) {
		this.dueOn = dueOn;
	}

}
