package vn.sochibo.cellwork.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the meeting recorded of an earlier task.
 */
public class FollowUpForm {

	@NotNull
	private Long taskId;

	@NotBlank
	@Size(max = 2000)
	private String note;

	public Long getTaskId() {
		return this.taskId;
	}

	public void setTaskId(Long taskId) {
		this.taskId = taskId;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
