package vn.sochibo.cellwork;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;

import vn.sochibo.shared.VietnameseText;

/**
 * The read side of the meetings: a year's meetings with their figures (one query), the
 * year's task counts (one query), the Tasks tab (one query for the page, one for the
 * count), and the names and rows a meeting's page shows.
 */
@Component
class MeetingQueries {

	/** Overdue first, then open, done, dropped; then by due date. */
	private static final String TASK_ORDER = """
			case when t.status = 'OPEN' and t.due_on < :today then 0 when t.status = 'OPEN' then 1
			     when t.status = 'DONE' then 2 else 3 end, t.due_on, t.id""";

	private static final String TASK_COLUMNS = """
			t.id, t.meeting_id, m.held_on, t.member_id, p.full_name, t.content, t.due_on, t.status, t.evidence""";

	private final JdbcClient jdbc;

	MeetingQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<MeetingYear.Summary> meetings(Long wardId, Long cellId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("""
				select m.id, m.kind, m.topic, m.held_on,
				       count(a.id) as on_roll,
				       count(*) filter (where a.exempt) as exempt,
				       count(*) filter (where a.status = 'PRESENT') as present,
				       count(*) filter (where a.status = 'EXEMPT_ATTENDED') as exempt_attended,
				       count(*) filter (where a.status = 'ABSENT_EXCUSED') as absent_excused,
				       count(*) filter (where a.status = 'ABSENT_UNEXCUSED') as absent_unexcused
				from cell_meetings m left join meeting_attendances a on a.meeting_id = m.id
				where m.ward_id = :wardId and m.cell_id = :cellId and m.held_on between :from and :to
				group by m.id
				order by m.held_on, m.starts_at, m.id""")
			.param("wardId", wardId)
			.param("cellId", cellId)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, rowNum) -> new MeetingYear.Summary(rs.getLong("id"), MeetingKind.valueOf(rs.getString("kind")),
					rs.getString("topic"), date(rs, "held_on"), figures(rs)))
			.list();
	}

	/**
	 * How many of the tasks assigned at the cell's meetings of the period are open and
	 * not yet due, and open and overdue, today.
	 */
	long[] taskCounts(Long wardId, Long cellId, LocalDate from, LocalDate to, LocalDate today) {
		return this.jdbc.sql("""
				select count(*) filter (where t.status = 'OPEN' and t.due_on >= :today) as open,
				       count(*) filter (where t.status = 'OPEN' and t.due_on < :today) as overdue
				from meeting_tasks t join cell_meetings m on m.id = t.meeting_id
				where t.ward_id = :wardId and t.cell_id = :cellId and m.held_on between :from and :to""")
			.param("wardId", wardId)
			.param("cellId", cellId)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.param("today", Date.valueOf(today))
			.query((rs, rowNum) -> new long[] { rs.getLong("open"), rs.getLong("overdue") })
			.single();
	}

	boolean regularHeld(Long wardId, Long cellId, LocalDate day, Long except) {
		return this.jdbc.sql("""
				select exists (select 1 from cell_meetings m
				               where m.ward_id = :wardId and m.cell_id = :cellId and m.kind = 'REGULAR'
				                 and date_trunc('month', m.held_on) = date_trunc('month', cast(:day as date))
				                 and m.id <> :except)""")
			.param("wardId", wardId)
			.param("cellId", cellId)
			.param("day", Date.valueOf(day))
			.param("except", (except != null) ? except : -1L)
			.query(Boolean.class)
			.single();
	}

	Map<Long, String> memberNames(Long wardId, Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		this.jdbc.sql("select id, full_name from party_members where ward_id = :wardId and id in (:ids)")
			.param("wardId", wardId)
			.param("ids", List.copyOf(ids))
			.query((rs, rowNum) -> names.put(rs.getLong("id"), rs.getString("full_name")))
			.list();
		return names;
	}

	Page<TaskRow> tasks(Long wardId, Long cellId, TaskQuery query, LocalDate today, Pageable pageable) {
		List<String> conditions = new ArrayList<>();
		List<String> words = VietnameseText.searchWords(query.text());
		for (int i = 0; i < words.size(); i++) {
			conditions.add("(t.search_text like :word" + i + " or p.search_text like :word" + i + ")");
		}
		if (query.status() != null) {
			conditions.add(switch (query.status()) {
				case OPEN -> "t.status = 'OPEN' and t.due_on >= :today";
				case OVERDUE -> "t.status = 'OPEN' and t.due_on < :today";
				case DONE -> "t.status = 'DONE'";
				case DROPPED -> "t.status = 'DROPPED'";
			});
		}
		String from = """
				from meeting_tasks t join cell_meetings m on m.id = t.meeting_id
				join party_members p on p.id = t.member_id
				where t.ward_id = :wardId and t.cell_id = :cellId %s"""
			.formatted(conditions.isEmpty() ? "" : " and " + String.join(" and ", conditions));
		List<TaskRow> rows = bind(this.jdbc
			.sql("select " + TASK_COLUMNS + " " + from + " order by " + TASK_ORDER + " limit :limit offset :offset"),
				wardId, cellId, words, today)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, rowNum) -> task(rs, today))
			.list();
		long total = bind(this.jdbc.sql("select count(*) " + from), wardId, cellId, words, today).query(Long.class)
			.single();
		return new PageImpl<>(rows, pageable, total);
	}

	List<TaskRow> tasksOfMeeting(Long wardId, Long meetingId, LocalDate today) {
		return this.jdbc.sql("select " + TASK_COLUMNS + """
				 from meeting_tasks t join cell_meetings m on m.id = t.meeting_id
				join party_members p on p.id = t.member_id
				where t.ward_id = :wardId and t.meeting_id = :meetingId
				order by t.id""")
			.param("wardId", wardId)
			.param("meetingId", meetingId)
			.query((rs, rowNum) -> task(rs, today))
			.list();
	}

	/**
	 * The tasks of the cell's earlier meetings that a meeting on {@code day} may follow
	 * up: assigned before that day and not closed before it.
	 */
	List<TaskRow> followable(Long wardId, Long cellId, LocalDate day, LocalDate today) {
		return this.jdbc.sql("select " + TASK_COLUMNS + """
				 from meeting_tasks t join cell_meetings m on m.id = t.meeting_id
				join party_members p on p.id = t.member_id
				where t.ward_id = :wardId and t.cell_id = :cellId and m.held_on < :day
				  and (t.closed_on is null or t.closed_on >= :day)
				order by m.held_on, t.id""")
			.param("wardId", wardId)
			.param("cellId", cellId)
			.param("day", Date.valueOf(day))
			.query((rs, rowNum) -> task(rs, today))
			.list();
	}

	/** The follow-ups recorded at a meeting, or of a task. */
	List<FollowUpView> followUps(Long wardId, Long meetingId, Long taskId) {
		return this.jdbc.sql("""
				select f.task_id, t.content, p.full_name, f.meeting_id, m.held_on, f.note
				from meeting_task_follow_ups f join meeting_tasks t on t.id = f.task_id
				join cell_meetings m on m.id = f.meeting_id join party_members p on p.id = t.member_id
				where f.ward_id = :wardId and %s
				order by m.held_on, f.id""".formatted((meetingId != null) ? "f.meeting_id = :id" : "f.task_id = :id"))
			.param("wardId", wardId)
			.param("id", (meetingId != null) ? meetingId : taskId)
			.query((rs, rowNum) -> new FollowUpView(rs.getLong("task_id"), rs.getString("content"),
					rs.getString("full_name"), rs.getLong("meeting_id"), date(rs, "held_on"), rs.getString("note")))
			.list();
	}

	private static StatementSpec bind(StatementSpec spec, Long wardId, Long cellId, List<String> words,
			LocalDate today) {
		StatementSpec bound = spec.param("wardId", wardId).param("cellId", cellId).param("today", Date.valueOf(today));
		for (int i = 0; i < words.size(); i++) {
			bound = bound.param("word" + i, VietnameseText.likeContains(words.get(i)));
		}
		return bound;
	}

	private static TaskRow task(ResultSet rs, LocalDate today) throws SQLException {
		LocalDate due = date(rs, "due_on");
		return new TaskRow(rs.getLong("id"), rs.getLong("meeting_id"), date(rs, "held_on"), rs.getLong("member_id"),
				rs.getString("full_name"), rs.getString("content"), due,
				TaskStatus.of(TaskStatus.valueOf(rs.getString("status")), due, today), rs.getString("evidence"));
	}

	private static AttendanceFigures figures(ResultSet rs) throws SQLException {
		return new AttendanceFigures(rs.getLong("on_roll"), rs.getLong("exempt"), rs.getLong("present"),
				rs.getLong("exempt_attended"), rs.getLong("absent_excused"), rs.getLong("absent_unexcused"));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

}
