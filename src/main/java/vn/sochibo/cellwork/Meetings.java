package vn.sochibo.cellwork;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.NaturalOrder;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.StaleEditException;
import vn.sochibo.ward.CellView;

/**
 * A cell's meetings (sinh hoạt chi bộ) and their minutes, the tasks assigned at them and
 * their follow-ups, and the year of meetings. Every method checks {@link CellAccess}
 * first: the ward admin, the inspector (reading) and the cell's secretaries; officers
 * never; another cell's or ward's meeting is "not found". Every change is in the audit
 * trail.
 */
@Service
public class Meetings {

	public static final String ENTITY = "CELL_MEETING";

	public static final String TASK_ENTITY = "MEETING_TASK";

	private final MeetingRepository meetings;

	private final MeetingTaskRepository tasks;

	private final MeetingQueries queries;

	private final Members members;

	private final CellAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	private final EntityManager entityManager;

	Meetings(MeetingRepository meetings, MeetingTaskRepository tasks, MeetingQueries queries, Members members,
			CellAccess access, AuditTrail audit, Clock clock, EntityManager entityManager) {
		this.entityManager = entityManager;
		this.meetings = meetings;
		this.tasks = tasks;
		this.queries = queries;
		this.members = members;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The cell's year of meetings: a constant number of statements whatever the cell's
	 * size (the cell, the meetings with their figures, the task counts).
	 */
	@Transactional(readOnly = true)
	public MeetingYear year(CurrentUser user, Long cellId, int year) {
		this.access.require(user, Action.READ_CELL_WORK, cellId);
		Long wardId = user.requireWard();
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		LocalDate today = today();
		List<MeetingYear.Summary> held = this.queries.meetings(wardId, cellId, from, to);
		long[] counts = this.queries.taskCounts(wardId, cellId, from, to, today);
		List<MeetingYear.Month> months = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			YearMonth yearMonth = YearMonth.of(year, month);
			MeetingYear.Summary regular = null;
			List<MeetingYear.Summary> thematic = new ArrayList<>();
			for (MeetingYear.Summary meeting : held) {
				if (YearMonth.from(meeting.heldOn()).equals(yearMonth)) {
					if (meeting.kind() == MeetingKind.REGULAR && regular == null) {
						regular = meeting;
					}
					else if (meeting.kind() == MeetingKind.THEMATIC) {
						thematic.add(meeting);
					}
				}
			}
			boolean future = yearMonth.atDay(1).isAfter(today);
			months
				.add(new MeetingYear.Month(month, regular, List.copyOf(thematic), regular == null && !future, future));
		}
		AttendanceFigures total = held.stream()
			.map(MeetingYear.Summary::figures)
			.reduce(AttendanceFigures.NONE, AttendanceFigures::plus);
		return new MeetingYear(cellId, year, List.copyOf(months), held, total, counts[0], counts[1]);
	}

	/**
	 * The cell's roll on a day, as the meeting form pre-fills its attendance grid.
	 */
	@Transactional(readOnly = true)
	public List<RollMember> roll(CurrentUser user, Long cellId, LocalDate day) {
		this.access.require(user, Action.READ_CELL_WORK, cellId);
		return this.members.roll(user, cellId, day, day).on(day);
	}

	@Transactional(readOnly = true)
	public MeetingView get(CurrentUser user, Long cellId, Long meetingId) {
		this.access.require(user, Action.READ_CELL_WORK, cellId);
		return toView(user, load(user, cellId, meetingId));
	}

	@Transactional
	public MeetingView create(CurrentUser actor, Long cellId, MeetingDetails details) {
		CellView cell = this.access.require(actor, Action.WRITE_CELL_WORK, cellId);
		Long wardId = actor.requireWard();
		Meeting meeting = new Meeting(wardId, cell.id(), actor.username(), this.clock.instant());
		meeting.apply(details, rollOn(actor, cellId, details.heldOn()), today());
		checkRegular(wardId, cellId, meeting, null);
		this.meetings.saveAndFlush(meeting);
		this.audit.created(wardId, actor, ENTITY, meeting.getId(), auditState(wardId, meeting));
		return toView(actor, meeting);
	}

	@Transactional
	public MeetingView update(CurrentUser actor, Long cellId, Long meetingId, MeetingDetails details,
			Integer expectedVersion) {
		this.access.require(actor, Action.WRITE_CELL_WORK, cellId);
		Meeting meeting = load(actor, cellId, meetingId);
		checkVersion(meeting, expectedVersion);
		Map<String, String> before = auditState(actor.requireWard(), meeting);
		if (details.heldOn() != null) {
			for (MeetingTask task : this.tasks.findByMeetingIdOrderById(meetingId)) {
				if (task.getDueOn().isBefore(details.heldOn())) {
					throw new RuleViolationException("heldOn", "meeting.heldOn.afterTasks");
				}
			}
		}
		meeting.apply(details, rollOn(actor, cellId, details.heldOn()), today());
		checkRegular(actor.requireWard(), cellId, meeting, meetingId);
		// The attendance rows are part of the meeting: any edit moves its version on.
		this.entityManager.lock(meeting, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		this.meetings.saveAndFlush(meeting);
		this.audit.changed(actor.requireWard(), actor, ENTITY, meetingId, before,
				auditState(actor.requireWard(), meeting));
		return toView(actor, meeting);
	}

	@Transactional
	public void addGuest(CurrentUser actor, Long cellId, Long meetingId, GuestDetails details, Integer version) {
		change(actor, cellId, meetingId, version, "meeting.guest", details.fullName(),
				(meeting) -> meeting.addGuest(details));
	}

	@Transactional
	public void addAgendaItem(CurrentUser actor, Long cellId, Long meetingId, AgendaDetails details, Integer version) {
		change(actor, cellId, meetingId, version, "meeting.agenda", details.title(),
				(meeting) -> meeting.addAgendaItem(details));
	}

	@Transactional
	public void addResolution(CurrentUser actor, Long cellId, Long meetingId, ResolutionDetails details,
			Integer version) {
		change(actor, cellId, meetingId, version, "meeting.resolution", details.content(),
				(meeting) -> meeting.addResolution(details));
	}

	/**
	 * Removes a guest, an agenda item or a resolution ({@code part} "guest", "agenda",
	 * "resolution") from the minutes.
	 */
	@Transactional
	public void removePart(CurrentUser actor, Long cellId, Long meetingId, String part, Long partId, Integer version) {
		change(actor, cellId, meetingId, version, "meeting." + part + ".removed", "#" + partId, (meeting) -> {
			boolean removed = switch (part) {
				case "guest" -> meeting.removeGuest(partId);
				case "agenda" -> meeting.removeAgendaItem(partId);
				case "resolution" -> meeting.removeResolution(partId);
				default -> false;
			};
			if (!removed) {
				throw new MeetingNotFoundException(partId);
			}
		});
	}

	@Transactional
	public TaskView assignTask(CurrentUser actor, Long cellId, Long meetingId, NewTask command) {
		this.access.require(actor, Action.WRITE_CELL_WORK, cellId);
		Meeting meeting = load(actor, cellId, meetingId);
		if (command.memberId() == null) {
			throw new RuleViolationException("memberId", "task.member.required");
		}
		RollMember member = this.members.roll(actor, cellId, meeting.getHeldOn(), meeting.getHeldOn())
			.member(command.memberId(), meeting.getHeldOn())
			.orElseThrow(() -> new RuleViolationException("memberId", "meeting.person.notOnRoll"));
		String content = MeetingTask.content(command.content());
		MeetingTask.checkDue(command.dueOn(), meeting.getHeldOn());
		MeetingTask task = this.tasks.saveAndFlush(new MeetingTask(meeting, member, content, command.dueOn()));
		this.audit.created(actor.requireWard(), actor, TASK_ENTITY, task.getId(),
				auditState(actor.requireWard(), task));
		this.audit.partAction(actor.requireWard(), actor, ENTITY, meetingId, TASK_ENTITY, task.getId(), "CREATE",
				"meeting.task", content);
		return toView(actor, task);
	}

	@Transactional(readOnly = true)
	public TaskView task(CurrentUser user, Long cellId, Long taskId) {
		this.access.require(user, Action.READ_CELL_WORK, cellId);
		return toView(user, loadTask(user, cellId, taskId));
	}

	/**
	 * Marks the task done or dropped (or open again), with the evidence of what was done.
	 */
	@Transactional
	public TaskView updateTask(CurrentUser actor, Long cellId, Long taskId, TaskStatus status, String evidence,
			Integer expectedVersion) {
		this.access.require(actor, Action.WRITE_CELL_WORK, cellId);
		MeetingTask task = loadTask(actor, cellId, taskId);
		if (!Objects.equals(task.getVersion(), expectedVersion)) {
			throw new StaleEditException("task", taskId);
		}
		Map<String, String> before = auditState(actor.requireWard(), task);
		task.close(status, evidence, today());
		this.tasks.saveAndFlush(task);
		this.audit.changed(actor.requireWard(), actor, TASK_ENTITY, taskId, before,
				auditState(actor.requireWard(), task));
		return toView(actor, task);
	}

	/**
	 * Records at a later meeting of the same cell what became of a task.
	 */
	@Transactional
	public void followUp(CurrentUser actor, Long cellId, Long meetingId, Long taskId, String note) {
		this.access.require(actor, Action.WRITE_CELL_WORK, cellId);
		Meeting meeting = load(actor, cellId, meetingId);
		if (taskId == null) {
			throw new RuleViolationException("taskId", "task.followUp.task.required");
		}
		MeetingTask task = this.tasks.findByIdAndWardIdAndCellId(taskId, actor.requireWard(), cellId)
			.orElseThrow(() -> new RuleViolationException("taskId", "task.followUp.task.unknown"));
		Meeting assigned = load(actor, cellId, task.getMeetingId());
		if (!meeting.getHeldOn().isAfter(assigned.getHeldOn())) {
			throw new RuleViolationException("taskId", "task.followUp.notLater");
		}
		task.followUp(actor.requireWard(), meeting, note);
		this.tasks.saveAndFlush(task);
		this.audit.partAction(actor.requireWard(), actor, TASK_ENTITY, taskId, ENTITY, meetingId, "FOLLOW_UP",
				"meeting.followUp", note.trim());
	}

	@Transactional(readOnly = true)
	public Page<TaskRow> tasks(CurrentUser user, Long cellId, TaskQuery query, Pageable pageable) {
		this.access.require(user, Action.READ_CELL_WORK, cellId);
		return this.queries.tasks(user.requireWard(), cellId, query, today(), pageable);
	}

	/**
	 * The tasks of the cell's earlier meetings that the meeting may follow up.
	 */
	@Transactional(readOnly = true)
	public List<TaskRow> followable(CurrentUser user, Long cellId, Long meetingId) {
		this.access.require(user, Action.READ_CELL_WORK, cellId);
		Meeting meeting = load(user, cellId, meetingId);
		return this.queries.followable(user.requireWard(), cellId, meeting.getHeldOn(), today());
	}

	private interface Change {

		void apply(Meeting meeting);

	}

	private void change(CurrentUser actor, Long cellId, Long meetingId, Integer version, String field, String value,
			Change change) {
		this.access.require(actor, Action.WRITE_CELL_WORK, cellId);
		Meeting meeting = load(actor, cellId, meetingId);
		checkVersion(meeting, version);
		change.apply(meeting);
		// A change of the minutes is a change of the meeting: its version moves on.
		this.entityManager.lock(meeting, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
		this.meetings.saveAndFlush(meeting);
		this.audit.action(actor.requireWard(), actor, ENTITY, meetingId, "UPDATE", field, null,
				(value != null) ? value.trim() : null);
	}

	/**
	 * The meeting's fields and its attendance as the audit trail keeps them: how many
	 * were present, and who was absent (with the reason) or exempt but attended, by name.
	 */
	private Map<String, String> auditState(Long wardId, Meeting meeting) {
		Map<String, String> state = meeting.auditState();
		Set<Long> ids = new LinkedHashSet<>();
		meeting.getAttendances().forEach((row) -> ids.add(row.getMemberId()));
		Map<Long, String> names = this.queries.memberNames(wardId, ids);
		state.put("meeting.present",
				String.valueOf(meeting.getAttendances()
					.stream()
					.filter((row) -> row.getStatus() == AttendanceStatus.PRESENT)
					.count()));
		for (AttendanceStatus status : List.of(AttendanceStatus.ABSENT_EXCUSED, AttendanceStatus.ABSENT_UNEXCUSED,
				AttendanceStatus.EXEMPT_ATTENDED)) {
			List<String> who = new ArrayList<>();
			for (MeetingAttendance row : meeting.getAttendances()) {
				if (row.getStatus() == status) {
					who.add(names.get(row.getMemberId())
							+ ((row.getReason() != null) ? " (" + row.getReason() + ")" : ""));
				}
			}
			who.sort(NaturalOrder.comparator());
			String field = switch (status) {
				case ABSENT_EXCUSED -> "meeting.absentExcused";
				case ABSENT_UNEXCUSED -> "meeting.absentUnexcused";
				default -> "meeting.exemptAttended";
			};
			state.put(field, String.join(", ", who));
		}
		return state;
	}

	private Map<String, String> auditState(Long wardId, MeetingTask task) {
		Map<String, String> state = task.auditState();
		state.put("task.member", this.queries.memberNames(wardId, List.of(task.getMemberId())).get(task.getMemberId()));
		return state;
	}

	/** Lists of people sort by given name (the last word), then the full name. */
	private static String listKey(String name) {
		String full = (name != null) ? name.trim() : "";
		return full.substring(full.lastIndexOf(' ') + 1) + " " + full;
	}

	private void checkRegular(Long wardId, Long cellId, Meeting meeting, Long except) {
		if (meeting.getKind() == MeetingKind.REGULAR
				&& this.queries.regularHeld(wardId, cellId, meeting.getHeldOn(), except)) {
			throw new RuleViolationException("heldOn", "meeting.regular.duplicate");
		}
	}

	private List<RollMember> rollOn(CurrentUser user, Long cellId, LocalDate day) {
		if (day == null || day.isAfter(today()) || day.getYear() < 2000) {
			return List.of();
		}
		return this.members.roll(user, cellId, day, day).on(day);
	}

	private static void checkVersion(Meeting meeting, Integer expectedVersion) {
		if (!Objects.equals(meeting.getVersion(), expectedVersion)) {
			throw new StaleEditException("meeting", meeting.getId());
		}
	}

	private Meeting load(CurrentUser user, Long cellId, Long meetingId) {
		return this.meetings.findByIdAndWardIdAndCellId(meetingId, user.requireWard(), cellId)
			.orElseThrow(() -> new MeetingNotFoundException(meetingId));
	}

	private MeetingTask loadTask(CurrentUser user, Long cellId, Long taskId) {
		return this.tasks.findByIdAndWardIdAndCellId(taskId, user.requireWard(), cellId)
			.orElseThrow(() -> new TaskNotFoundException(taskId));
	}

	private MeetingView toView(CurrentUser user, Meeting meeting) {
		Long wardId = user.requireWard();
		Set<Long> ids = new LinkedHashSet<>();
		meeting.getAttendances().forEach((row) -> ids.add(row.getMemberId()));
		if (meeting.getChairMemberId() != null) {
			ids.add(meeting.getChairMemberId());
		}
		if (meeting.getSecretaryMemberId() != null) {
			ids.add(meeting.getSecretaryMemberId());
		}
		Map<Long, String> names = this.queries.memberNames(wardId, ids);
		// The attendance in the roll's order (given name, then full name).
		Map<Long, MeetingAttendance> byMember = new LinkedHashMap<>();
		meeting.getAttendances().forEach((row) -> byMember.put(row.getMemberId(), row));
		List<MeetingView.Attendance> attendance = new ArrayList<>();
		List<Long> order = new ArrayList<>(byMember.keySet());
		java.util.Comparator<String> natural = NaturalOrder.comparator();
		order.sort((left, right) -> natural.compare(listKey(names.get(left)), listKey(names.get(right))));
		long onRoll = 0;
		long exempt = 0;
		long present = 0;
		long exemptAttended = 0;
		long excused = 0;
		long unexcused = 0;
		for (Long id : order) {
			MeetingAttendance row = byMember.get(id);
			attendance.add(new MeetingView.Attendance(id, names.get(id), row.getStatus(), row.getReason(),
					row.isProbationary(), row.isExempt()));
			onRoll++;
			exempt += row.isExempt() ? 1 : 0;
			switch (row.getStatus()) {
				case PRESENT -> present++;
				case EXEMPT_ATTENDED -> exemptAttended++;
				case ABSENT_EXCUSED -> excused++;
				case ABSENT_UNEXCUSED -> unexcused++;
				default -> {
				}
			}
		}
		AttendanceFigures figures = new AttendanceFigures(onRoll, exempt, present, exemptAttended, excused, unexcused);
		List<MeetingView.Guest> guests = meeting.getGuests().stream().map((guest) -> {
			GuestDetails details = guest.details();
			return new MeetingView.Guest(guest.getId(), details.kind(), details.fullName(), details.position(),
					details.organisation(), details.higherLevel());
		}).toList();
		List<MeetingView.Agenda> agenda = meeting.getAgenda().stream().map((item) -> {
			AgendaDetails details = item.details();
			return new MeetingView.Agenda(item.getId(), details.title(), details.discussion(), details.conclusion());
		}).toList();
		List<MeetingView.Resolution> resolutions = meeting.getResolutions().stream().map((resolution) -> {
			ResolutionDetails details = resolution.details();
			return new MeetingView.Resolution(resolution.getId(), details.kind(), details.content(), details.votesFor(),
					details.votesAgainst(), details.votesAbstain());
		}).toList();
		String chair = (meeting.getChairMemberId() != null) ? names.get(meeting.getChairMemberId())
				: meeting.getChairName();
		String secretary = (meeting.getSecretaryMemberId() != null) ? names.get(meeting.getSecretaryMemberId())
				: meeting.getSecretaryName();
		return new MeetingView(meeting.getId(), meeting.getCellId(), meeting.getKind(), meeting.getTopic(),
				meeting.getHeldOn(), meeting.getStartsAt(), meeting.getEndsAt(), meeting.getPlace(),
				meeting.getChairMemberId(), chair, meeting.getSecretaryMemberId(), secretary,
				meeting.getDocumentNumber(), List.copyOf(attendance), guests, agenda, resolutions,
				this.queries.tasksOfMeeting(wardId, meeting.getId(), today()),
				this.queries.followUps(wardId, meeting.getId(), null), figures, meeting.getVersion());
	}

	private TaskView toView(CurrentUser user, MeetingTask task) {
		Long wardId = user.requireWard();
		Meeting meeting = load(user, task.getCellId(), task.getMeetingId());
		String name = this.queries.memberNames(wardId, List.of(task.getMemberId())).get(task.getMemberId());
		return new TaskView(task.getId(), task.getCellId(), task.getMeetingId(), meeting.getHeldOn(),
				task.getMemberId(), name, task.getContent(), task.getDueOn(),
				TaskStatus.of(task.getStatus(), task.getDueOn(), today()), task.getEvidence(), task.getClosedOn(),
				this.queries.followUps(wardId, null, task.getId()), task.getVersion());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
