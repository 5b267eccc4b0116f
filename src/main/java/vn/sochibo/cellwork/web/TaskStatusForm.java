package vn.sochibo.cellwork.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.sochibo.cellwork.TaskStatus;

/**
 * A task's status (open, done, dropped) and evidence, with the task's version.
 */
public class TaskStatusForm {

	@NotNull
	private TaskStatus status;

	@Size(max = 2000)
	private String evidence;

	private Integer version;

	public TaskStatus getStatus() {
		return this.status;
	}

	public void setStatus(TaskStatus status) {
		this.status = status;
	}

	public String getEvidence() {
		return this.evidence;
	}

	public void setEvidence(String evidence) {
		this.evidence = evidence;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
