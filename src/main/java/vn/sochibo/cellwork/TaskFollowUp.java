package vn.sochibo.cellwork;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * What a later meeting of the cell recorded of a task's progress or result.
 */
@Entity
@Table(name = "meeting_task_follow_ups")
class TaskFollowUp {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "task_id")
	private MeetingTask task;

	private Long meetingId;

	private String note;

	protected TaskFollowUp() {
	}

	TaskFollowUp(Long wardId, MeetingTask task, Long meetingId, String note) {
		this.wardId = wardId;
		this.task = task;
		this.meetingId = meetingId;
		this.note = note;
	}

	Long getMeetingId() {
		return this.meetingId;
	}

	String getNote() {
		return this.note;
	}

}
