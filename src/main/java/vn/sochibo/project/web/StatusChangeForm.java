package vn.sochibo.project.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.sochibo.project.ProjectStatus;
import vn.sochibo.project.StatusChange;

/**
 * A move of a project to another status: the date (actual start or end) and a note (the
 * reason, required to cancel).
 */
public class StatusChangeForm {

	@NotNull
	private ProjectStatus target;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate statusDate;

	@Size(max = 500)
	private String statusNote;

	StatusChange toChange() {
		return new StatusChange(this.target, this.statusDate, this.statusNote);
	}

	public ProjectStatus getTarget() {
		return this.target;
	}

	public void setTarget(ProjectStatus target) {
		this.target = target;
	}

	public LocalDate getStatusDate() {
		return this.statusDate;
	}

	public void setStatusDate(LocalDate statusDate) {
		this.statusDate = statusDate;
	}

	public String getStatusNote() {
		return this.statusNote;
	}

	public void setStatusNote(String statusNote) {
		this.statusNote = statusNote;
	}

}
