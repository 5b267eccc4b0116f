package vn.sochibo.cellwork.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.sochibo.cellwork.FollowUp;
import vn.sochibo.cellwork.RecommendationStatus;

/**
 * A follow-up note as typed, with the status it moves the recommendation to (none: as it
 * is) and, to close it done, its result.
 */
public class RecommendationFollowUpForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotBlank
	@Size(max = 2000)
	private String note;

	private RecommendationStatus newStatus;

	@Size(max = 2000)
	private String result;

	private Integer version;

	FollowUp toFollowUp() {
		return new FollowUp(this.date, this.note, this.newStatus, this.result);
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public RecommendationStatus getNewStatus() {
		return this.newStatus;
	}

	public void setNewStatus(RecommendationStatus newStatus) {
		this.newStatus = newStatus;
	}

	public String getResult() {
		return this.result;
	}

	public void setResult(String result) {
		this.result = result;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
