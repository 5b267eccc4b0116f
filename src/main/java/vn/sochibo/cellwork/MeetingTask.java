package vn.sochibo.cellwork;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
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

import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.VietnameseDates;

/**
 * A task assigned at a meeting to a member on the cell's roll, due not before the
 * meeting; done (with evidence) or dropped, and followed up at later meetings of the same
 * cell.
 */
@Entity
@Table(name = "meeting_tasks")
class MeetingTask {

	static final int MAX_CONTENT = 1000;

	static final int MAX_EVIDENCE = 2000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	private Long cellId;

	private Long meetingId;

	private Long memberId;

	private String content;

	private LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	private TaskStatus status;

	private String evidence;

	private LocalDate closedOn;

	@OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<TaskFollowUp> followUps = new ArrayList<>();

	@Version
	private Integer version;

	protected MeetingTask() {
	}

	MeetingTask(Meeting meeting, RollMember member, String content, LocalDate dueOn) {
		this.wardId = meeting.getWardId();
		this.cellId = meeting.getCellId();
		this.meetingId = meeting.getId();
		this.memberId = member.id();
		this.content = content;
		this.dueOn = dueOn;
		this.status = TaskStatus.OPEN;
	}

	static String content(String value) {
		String content = Meeting.text("content", value, MAX_CONTENT);
		if (content == null) {
			throw new RuleViolationException("content", "task.content.required");
		}
		return content;
	}

	static void checkDue(LocalDate dueOn, LocalDate heldOn) {
		if (dueOn == null) {
			throw new RuleViolationException("dueOn", "task.dueOn.required");
		}
		if (dueOn.isBefore(heldOn)) {
			throw new RuleViolationException("dueOn", "task.dueOn.beforeMeeting", VietnameseDates.format(heldOn));
		}
	}

	/**
	 * Open again, done or dropped, with the evidence of what was done.
	 */
	void close(TaskStatus status, String evidence, LocalDate today) {
		if (status == null || status == TaskStatus.OVERDUE) {
			throw new RuleViolationException("status", "task.status.required");
		}
		String text = Meeting.text("evidence", evidence, MAX_EVIDENCE);
		this.status = status;
		this.evidence = text;
		this.closedOn = (status == TaskStatus.OPEN) ? null : ((this.closedOn != null) ? this.closedOn : today);
	}

	void followUp(Long wardId, Meeting meeting, String note) {
		String text = Meeting.text("note", note, MAX_EVIDENCE);
		if (text == null) {
			throw new RuleViolationException("note", "task.followUp.note.required");
		}
		if (this.followUps.stream().anyMatch((followUp) -> followUp.getMeetingId().equals(meeting.getId()))) {
			throw new RuleViolationException("meetingId", "task.followUp.twice");
		}
		this.followUps.add(new TaskFollowUp(wardId, this, meeting.getId(), text));
	}

	Map<String, String> auditState() {
		Map<String, String> state = new LinkedHashMap<>();
		state.put("task.meeting", String.valueOf(this.meetingId));
		state.put("task.member", "#" + this.memberId);
		state.put("task.content", this.content);
		state.put("task.dueOn", VietnameseDates.format(this.dueOn));
		state.put("task.status", "TASK_" + this.status.name());
		state.put("task.evidence", this.evidence);
		return state;
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

	Long getMeetingId() {
		return this.meetingId;
	}

	Long getMemberId() {
		return this.memberId;
	}

	String getContent() {
		return this.content;
	}

	LocalDate getDueOn() {
		return this.dueOn;
	}

	TaskStatus getStatus() {
		return this.status;
	}

	String getEvidence() {
		return this.evidence;
	}

	LocalDate getClosedOn() {
		return this.closedOn;
	}

	List<TaskFollowUp> getFollowUps() {
		return this.followUps;
	}

	Integer getVersion() {
		return this.version;
	}

}
