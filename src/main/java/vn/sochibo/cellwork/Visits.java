package vn.sochibo.cellwork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RecordDates;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.StaleEditException;
import vn.sochibo.shared.VietnameseDates;
import vn.sochibo.shared.VietnameseText;
import vn.sochibo.ward.CellView;
import vn.sochibo.ward.Cells;

/**
 * Visits of higher officials to a cell (cấp trên thăm, làm việc) and what became of their
 * recommendations: each has a responsible person and a due date (not before the visit),
 * and dated follow-up notes, append only, until one closes it. Every method checks
 * {@link CellAccess} first (another cell's or ward's visit is "not found"); every change
 * is in the visit's audit trail.
 */
@Service
public class Visits {

	public static final String ENTITY = "CELL_VISIT";

	public static final String RECOMMENDATION = "CELL_RECOMMENDATION";

	static final int MAX_VISITORS = 10;

	static final int MAX_TEXT = 2000;

	/** A recommendation is due within ten years of its visit at most. */
	static final int MAX_DUE_YEARS = 10;

	private static final String OPEN = "r.status in ('OPEN', 'IN_PROGRESS')";

	private final JdbcClient jdbc;

	private final CellAccess access;

	private final Members members;

	private final Cells cells;

	private final AuditTrail audit;

	private final Clock clock;

	private final MessageSource messages;

	Visits(JdbcClient jdbc, CellAccess access, Members members, Cells cells, AuditTrail audit, Clock clock,
			MessageSource messages) {
		this.messages = messages;
		this.jdbc = jdbc;
		this.access = access;
		this.members = members;
		this.cells = cells;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The cell's visits, newest first, with their recommendations' counts: one query for
	 * the page, one for the count.
	 */
	@Transactional(readOnly = true)
	public Page<VisitRow> list(CurrentUser user, Long cellId, Pageable pageable) {
		this.access.require(user, Action.READ_CELL_WORK, cellId);
		Long wardId = user.requireWard();
		List<VisitRow> rows = this.jdbc.sql("""
				select v.id, v.visit_date,
				       (select string_agg(vv.full_name, ', ' order by vv.position_no) from cell_visit_visitors vv
				         where vv.visit_id = v.id) as visitors,
				       v.plan,
				       (select count(*) from cell_recommendations r where r.visit_id = v.id) as recommendations,
				       (select count(*) from cell_recommendations r where r.visit_id = v.id and %1$s) as open,
				       (select count(*) from cell_recommendations r where r.visit_id = v.id and %1$s
				           and r.due_on < :today) as overdue
				  from cell_visits v
				 where v.ward_id = :ward and v.cell_id = :cell
				 order by v.visit_date desc, v.id desc
				 limit :limit offset :offset""".formatted(OPEN))
			.param("ward", wardId)
			.param("cell", cellId)
			.param("today", today())
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> new VisitRow(rs.getLong("id"), rs.getObject("visit_date", LocalDate.class),
					rs.getString("visitors"), rs.getString("plan"), rs.getInt("recommendations"), rs.getInt("open"),
					rs.getInt("overdue")))
			.list();
		long total = this.jdbc.sql("select count(*) from cell_visits where ward_id = :ward and cell_id = :cell")
			.param("ward", wardId)
			.param("cell", cellId)
			.query(Long.class)
			.single();
		return new PageImpl<>(rows, pageable, total);
	}

	@Transactional(readOnly = true)
	public VisitView get(CurrentUser user, Long cellId, Long id) {
		this.access.require(user, Action.READ_CELL_WORK, cellId);
		return view(user.requireWard(), cellId, id);
	}

	@Transactional
	public VisitView record(CurrentUser actor, Long cellId, VisitDetails details) {
		this.access.require(actor, Action.WRITE_CELL_WORK, cellId);
		Long wardId = actor.requireWard();
		VisitDetails checked = check(details);
		Long id = this.jdbc.sql("""
				insert into cell_visits (ward_id, cell_id, visit_date, plan, praised, note, recorded_by, recorded_at)
				values (:ward, :cell, :date, :plan, :praised, :note, :by, :at) returning id""")
			.param("ward", wardId)
			.param("cell", cellId)
			.param("date", checked.date())
			.param("plan", checked.plan())
			.param("praised", checked.praised())
			.param("note", checked.note())
			.param("by", actor.username())
			.param("at", java.sql.Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		insertVisitors(wardId, id, checked.visitors());
		this.audit.created(wardId, actor, ENTITY, id, auditState(checked));
		return view(wardId, cellId, id);
	}

	@Transactional
	public VisitView update(CurrentUser actor, Long cellId, Long id, VisitDetails details, Integer expectedVersion) {
		this.access.require(actor, Action.WRITE_CELL_WORK, cellId);
		Long wardId = actor.requireWard();
		VisitView before = view(wardId, cellId, id);
		VisitDetails checked = check(details);
		LocalDate earliestDue = before.recommendations()
			.stream()
			.map(VisitView.RecommendationView::dueOn)
			.filter(java.util.Objects::nonNull)
			.min(LocalDate::compareTo)
			.orElse(null);
		if (earliestDue != null && earliestDue.isBefore(checked.date())) {
			throw new RuleViolationException("date", "visit.date.afterDue", VietnameseDates.format(earliestDue));
		}
		int updated = this.jdbc.sql("""
				update cell_visits set visit_date = :date, plan = :plan, praised = :praised, note = :note,
				       version = version + 1
				 where id = :id and ward_id = :ward and version = :version""")
			.param("date", checked.date())
			.param("plan", checked.plan())
			.param("praised", checked.praised())
			.param("note", checked.note())
			.param("id", id)
			.param("ward", wardId)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw new StaleEditException("visit", id);
		}
		this.jdbc.sql("delete from cell_visit_visitors where visit_id = :id and ward_id = :ward")
			.param("id", id)
			.param("ward", wardId)
			.update();
		insertVisitors(wardId, id, checked.visitors());
		this.audit.changed(wardId, actor, ENTITY, id, auditState(
				new VisitDetails(before.date(), before.visitors(), before.plan(), before.praised(), before.note())),
				auditState(checked));
		return view(wardId, cellId, id);
	}

	/**
	 * Adds a recommendation to a visit, open.
	 */
	@Transactional
	public VisitView addRecommendation(CurrentUser actor, Long cellId, Long visitId, RecommendationDetails details) {
		this.access.require(actor, Action.WRITE_CELL_WORK, cellId);
		Long wardId = actor.requireWard();
		VisitView visit = view(wardId, cellId, visitId);
		String content = text("content", details.content(), MAX_TEXT);
		if (content == null) {
			throw new RuleViolationException("content", "recommendation.content.required");
		}
		String name = text("responsibleName", details.responsibleName(), 200);
		Long memberId = details.responsibleMemberId();
		if (memberId != null && name != null) {
			throw new RuleViolationException("responsibleName", "recommendation.responsible.both");
		}
		String responsible = name;
		if (memberId != null) {
			responsible = this.members.roll(actor, cellId, visit.date(), today())
				.anyTime()
				.stream()
				.filter((member) -> member.id().equals(memberId))
				.findFirst()
				.map(RollMember::fullName)
				.orElseThrow(
						() -> new RuleViolationException("responsibleMemberId", "recommendation.responsible.unknown"));
		}
		LocalDate due = details.dueOn();
		if (due != null) {
			if (due.isBefore(visit.date())) {
				throw new RuleViolationException("dueOn", "recommendation.dueOn.beforeVisit",
						VietnameseDates.format(visit.date()));
			}
			if (due.isAfter(visit.date().plusYears(MAX_DUE_YEARS))) {
				throw new RuleViolationException("dueOn", "recommendation.dueOn.tooLate", MAX_DUE_YEARS);
			}
		}
		Long id = this.jdbc.sql("""
				insert into cell_recommendations (ward_id, cell_id, visit_id, content, responsible_member_id,
				       responsible_name, due_on)
				values (:ward, :cell, :visit, :content, :member, :name, :due) returning id""")
			.param("ward", wardId)
			.param("cell", cellId)
			.param("visit", visitId)
			.param("content", content)
			.param("member", memberId)
			.param("name", name)
			.param("due", due)
			.query(Long.class)
			.single();
		Map<String, String> state = new LinkedHashMap<>();
		state.put("recommendation.content", content);
		state.put("recommendation.responsible", responsible);
		state.put("recommendation.dueOn", VietnameseDates.format(due));
		state.forEach((field, value) -> {
			if (value != null) {
				this.audit.partAction(wardId, actor, ENTITY, visitId, RECOMMENDATION, id, "CREATE", field, value);
			}
		});
		return view(wardId, cellId, visitId);
	}

	/**
	 * Appends a follow-up note to a recommendation still open, if nobody changed it since
	 * the form was opened; the note may move it on or close it (done needs its result).
	 */
	@Transactional
	public VisitView followUp(CurrentUser actor, Long cellId, Long recommendationId, FollowUp followUp,
			Integer expectedVersion) {
		this.access.require(actor, Action.WRITE_CELL_WORK, cellId);
		Long wardId = actor.requireWard();
		var found = this.jdbc.sql("""
				select r.visit_id, r.status, r.version, v.visit_date from cell_recommendations r
				  join cell_visits v on v.id = r.visit_id
				 where r.id = :id and r.ward_id = :ward and r.cell_id = :cell""")
			.param("id", recommendationId)
			.param("ward", wardId)
			.param("cell", cellId)
			.query((rs,
					n) -> new Object[] { rs.getLong(1), RecommendationStatus.valueOf(rs.getString(2)), rs.getInt(3),
							rs.getObject(4, LocalDate.class) })
			.optional()
			.orElseThrow(() -> new VisitNotFoundException("recommendation " + recommendationId));
		Long visitId = (Long) found[0];
		RecommendationStatus status = (RecommendationStatus) found[1];
		LocalDate visitDate = (LocalDate) found[3];
		if (!java.util.Objects.equals(found[2], expectedVersion)) {
			throw new StaleEditException("recommendation", recommendationId);
		}
		if (status.closed()) {
			throw new RuleViolationException("note", "recommendation.closed");
		}
		LocalDate date = followUp.date();
		if (date == null) {
			throw new RuleViolationException("date", "followUp.date.required");
		}
		if (date.isAfter(today())) {
			throw new RuleViolationException("date", "visit.date.future");
		}
		if (date.isBefore(visitDate)) {
			throw new RuleViolationException("date", "followUp.date.beforeVisit", VietnameseDates.format(visitDate));
		}
		String note = text("note", followUp.note(), MAX_TEXT);
		if (note == null) {
			throw new RuleViolationException("note", "followUp.note.required");
		}
		RecommendationStatus next = followUp.newStatus();
		String result = text("result", followUp.result(), MAX_TEXT);
		if (next == RecommendationStatus.OPEN) {
			throw new RuleViolationException("newStatus", "followUp.status.open");
		}
		if (next == RecommendationStatus.DONE && result == null) {
			throw new RuleViolationException("result", "followUp.result.required");
		}
		if (result != null && (next == null || !next.closed())) {
			throw new RuleViolationException("result", "followUp.result.notClosed");
		}
		this.jdbc.sql("""
				insert into cell_recommendation_notes (ward_id, recommendation_id, note_date, note, new_status,
				       recorded_by, recorded_at)
				values (:ward, :id, :date, :note, :status, :by, :at)""")
			.param("ward", wardId)
			.param("id", recommendationId)
			.param("date", date)
			.param("note", note)
			.param("status", (next != null) ? next.name() : null)
			.param("by", actor.username())
			.param("at", java.sql.Timestamp.from(this.clock.instant()))
			.update();
		RecommendationStatus after = (next != null) ? next : status;
		int updated = this.jdbc.sql("""
				update cell_recommendations set status = :status, closed_on = :closed, result = :result,
				       version = version + 1
				 where id = :id and ward_id = :ward and version = :version""")
			.param("status", after.name())
			.param("closed", after.closed() ? date : null)
			.param("result", result)
			.param("id", recommendationId)
			.param("ward", wardId)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			// Another follow-up of the same recommendation was saved since the form was
			// read:
			// the note is rolled back with the rest.
			throw new StaleEditException("recommendation", recommendationId);
		}
		this.audit.partAction(wardId, actor, ENTITY, visitId, RECOMMENDATION, recommendationId, "RECOMMENDATION_NOTE",
				"followUp.note", VietnameseDates.format(date) + ": " + note);
		if (after != status) {
			this.audit.partAction(wardId, actor, ENTITY, visitId, RECOMMENDATION, recommendationId, "UPDATE",
					"recommendation.status", label(after));
		}
		if (result != null) {
			this.audit.partAction(wardId, actor, ENTITY, visitId, RECOMMENDATION, recommendationId, "UPDATE",
					"recommendation.result", result);
		}
		return view(wardId, cellId, visitId);
	}

	/**
	 * The cell's recommendations not yet closed, the overdue first, then by due date: one
	 * query.
	 */
	@Transactional(readOnly = true)
	public List<OpenRecommendation> openRecommendations(CurrentUser user, Long cellId) {
		this.access.require(user, Action.READ_CELL_WORK, cellId);
		LocalDate today = today();
		return this.jdbc
			.sql("""
					select r.id, r.visit_id, v.visit_date, r.content, coalesce(m.full_name, r.responsible_name) as responsible,
					       r.due_on, r.status
					  from cell_recommendations r
					  join cell_visits v on v.id = r.visit_id
					  left join party_members m on m.id = r.responsible_member_id
					 where r.ward_id = :ward and r.cell_id = :cell and %s
					 order by (r.due_on < :today) desc, r.due_on nulls last, r.id"""
				.formatted(OPEN))
			.param("ward", user.requireWard())
			.param("cell", cellId)
			.param("today", today)
			.query((rs, n) -> {
				LocalDate due = rs.getObject("due_on", LocalDate.class);
				return new OpenRecommendation(rs.getLong("id"), rs.getLong("visit_id"),
						rs.getObject("visit_date", LocalDate.class), rs.getString("content"),
						rs.getString("responsible"), due, RecommendationStatus.valueOf(rs.getString("status")),
						due != null && due.isBefore(today));
			})
			.list();
	}

	/**
	 * The cell's year: its visits and their recommendations made, closed (by the year's
	 * end), still open and overdue (as of today, or of the year's last day for a past
	 * year). One statement.
	 */
	@Transactional(readOnly = true)
	public VisitYear year(CurrentUser user, Long cellId, int year) {
		this.access.require(user, Action.READ_CELL_WORK, cellId);
		LocalDate end = LocalDate.of(year, 12, 31);
		LocalDate asOf = today().isBefore(end) ? today() : end;
		return this.jdbc
			.sql("""
					select (select count(*) from cell_visits v where v.ward_id = :ward and v.cell_id = :cell
					          and extract(year from v.visit_date) = :year) as visits,
					       count(r.id) as made,
					       count(r.id) filter (where r.closed_on <= :asOf) as closed,
					       count(r.id) filter (where r.closed_on is null or r.closed_on > :asOf) as open,
					       count(r.id) filter (where (r.closed_on is null or r.closed_on > :asOf) and r.due_on < :asOf) as overdue
					  from cell_recommendations r
					  join cell_visits v on v.id = r.visit_id
					 where r.ward_id = :ward and r.cell_id = :cell and extract(year from v.visit_date) = :year""")
			.param("ward", user.requireWard())
			.param("cell", cellId)
			.param("year", year)
			.param("asOf", asOf)
			.query((rs, n) -> new VisitYear(year, rs.getInt("visits"), rs.getInt("made"), rs.getInt("closed"),
					rs.getInt("open"), rs.getInt("overdue")))
			.single();
	}

	/**
	 * Every cell the user reaches (the whole ward for the ward admin and the inspector,
	 * their own cells for a secretary), with its open and overdue recommendations: one
	 * query for the counts.
	 */
	@Transactional(readOnly = true)
	public List<RecommendationCounts> overview(CurrentUser user) {
		user.require(Action.READ_CELL_WORK);
		Long wardId = user.requireWard();
		java.util.function.Predicate<Long> readable = this.access.reach(user, Action.READ_CELL_WORK);
		List<CellView> reached = this.cells.list(user).stream().filter((cell) -> readable.test(cell.id())).toList();
		Map<Long, int[]> counts = new LinkedHashMap<>();
		this.jdbc.sql("""
				select r.cell_id, count(*) as open, count(*) filter (where r.due_on < :today) as overdue
				  from cell_recommendations r
				 where r.ward_id = :ward and %s
				 group by r.cell_id""".formatted(OPEN))
			.param("ward", wardId)
			.param("today", today())
			.query((rs, n) -> counts.put(rs.getLong("cell_id"), new int[] { rs.getInt("open"), rs.getInt("overdue") }))
			.list();
		return reached.stream().map((cell) -> {
			int[] count = counts.getOrDefault(cell.id(), new int[] { 0, 0 });
			return new RecommendationCounts(cell.id(), cell.name(), count[0], count[1]);
		}).toList();
	}

	/**
	 * The members a recommendation may name as responsible: the cell's roll today.
	 */
	@Transactional(readOnly = true)
	public List<RollMember> responsibleChoices(CurrentUser user, Long cellId) {
		this.access.require(user, Action.READ_CELL_WORK, cellId);
		return this.members.roll(user, cellId, today(), today()).on(today());
	}

	private VisitView view(Long wardId, Long cellId, Long id) {
		var visit = this.jdbc.sql("""
				select id, visit_date, plan, praised, note, recorded_by, version from cell_visits
				 where id = :id and ward_id = :ward and cell_id = :cell""")
			.param("id", id)
			.param("ward", wardId)
			.param("cell", cellId)
			.query((rs, n) -> new Object[] { rs.getObject("visit_date", LocalDate.class), rs.getString("plan"),
					rs.getString("praised"), rs.getString("note"), rs.getString("recorded_by"), rs.getInt("version") })
			.optional()
			.orElseThrow(() -> new VisitNotFoundException(id));
		List<Visitor> visitors = this.jdbc.sql("""
				select full_name, position, organisation from cell_visit_visitors where visit_id = :id
				 order by position_no""")
			.param("id", id)
			.query((rs, n) -> new Visitor(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
		Map<Long, List<VisitView.NoteView>> notes = this.jdbc.sql("""
				select n.recommendation_id, n.note_date, n.note, n.new_status, n.recorded_by
				  from cell_recommendation_notes n join cell_recommendations r on r.id = n.recommendation_id
				 where r.visit_id = :id order by n.note_date, n.id""")
			.param("id", id)
			.query((rs, n) -> Map.entry(rs.getLong(1),
					new VisitView.NoteView(rs.getObject(2, LocalDate.class), rs.getString(3),
							(rs.getString(4) != null) ? RecommendationStatus.valueOf(rs.getString(4)) : null,
							rs.getString(5))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		LocalDate today = today();
		List<VisitView.RecommendationView> recommendations = this.jdbc.sql("""
				select r.id, r.content, r.responsible_member_id, coalesce(m.full_name, r.responsible_name),
				       r.due_on, r.status, r.closed_on, r.result, r.version
				  from cell_recommendations r left join party_members m on m.id = r.responsible_member_id
				 where r.visit_id = :id order by r.id""").param("id", id).query((rs, n) -> {
			long recommendationId = rs.getLong(1);
			RecommendationStatus status = RecommendationStatus.valueOf(rs.getString(6));
			LocalDate due = rs.getObject(5, LocalDate.class);
			return new VisitView.RecommendationView(recommendationId, rs.getString(2),
					(Long) rs.getObject(3, Long.class), rs.getString(4), due, status, rs.getObject(7, LocalDate.class),
					rs.getString(8), !status.closed() && due != null && due.isBefore(today),
					notes.getOrDefault(recommendationId, List.of()), rs.getInt(9));
		}).list();
		return new VisitView(id, cellId, (LocalDate) visit[0], visitors, (String) visit[1], (String) visit[2],
				(String) visit[3], (String) visit[4], recommendations, (Integer) visit[5]);
	}

	private void insertVisitors(Long wardId, Long visitId, List<Visitor> visitors) {
		for (int i = 0; i < visitors.size(); i++) {
			Visitor visitor = visitors.get(i);
			this.jdbc.sql("""
					insert into cell_visit_visitors (ward_id, visit_id, position_no, full_name, position, organisation)
					values (:ward, :visit, :no, :name, :position, :organisation)""")
				.param("ward", wardId)
				.param("visit", visitId)
				.param("no", i)
				.param("name", visitor.name())
				.param("position", visitor.position())
				.param("organisation", visitor.organisation())
				.update();
		}
	}

	private VisitDetails check(VisitDetails details) {
		LocalDate date = details.date();
		if (date == null) {
			throw new RuleViolationException("date", "visit.date.required");
		}
		if (date.isAfter(today())) {
			throw new RuleViolationException("date", "visit.date.future");
		}
		RecordDates.requireNotTooOld("date", date);
		List<Visitor> visitors = new ArrayList<>();
		List<Visitor> typed = (details.visitors() != null) ? details.visitors() : List.of();
		for (int i = 0; i < typed.size(); i++) {
			Visitor visitor = typed.get(i);
			if (visitor == null) {
				continue;
			}
			String name = text("visitors[" + i + "].name", visitor.name(), 120);
			String position = text("visitors[" + i + "].position", visitor.position(), 200);
			String organisation = text("visitors[" + i + "].organisation", visitor.organisation(), 200);
			if (name == null && (position != null || organisation != null)) {
				throw new RuleViolationException("visitors[" + i + "].name", "visit.visitor.name.required");
			}
			if (name != null) {
				visitors.add(new Visitor(name, position, organisation));
			}
		}
		if (visitors.isEmpty()) {
			throw new RuleViolationException("visitors[0].name", "visit.visitors.required");
		}
		if (visitors.size() > MAX_VISITORS) {
			throw new RuleViolationException("visitors[0].name", "visit.visitors.tooMany", MAX_VISITORS);
		}
		return new VisitDetails(date, visitors, text("plan", details.plan(), 300),
				text("praised", details.praised(), 4000), text("note", details.note(), MAX_TEXT));
	}

	/**
	 * A text field as stored: stripped, blank as null, at most {@code max} characters
	 * (visits and twinnings).
	 */
	static String text(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw new RuleViolationException(field, "visit.text.size", max);
		}
		return stripped;
	}

	private static Map<String, String> auditState(VisitDetails details) {
		Map<String, String> state = new LinkedHashMap<>();
		state.put("visit.date", VietnameseDates.format(details.date()));
		state.put("visit.visitors", details.visitors().stream().map(Visitor::label).collect(Collectors.joining("; ")));
		state.put("visit.plan", details.plan());
		state.put("visit.praised", details.praised());
		state.put("visit.note", details.note());
		return state;
	}

	private String label(RecommendationStatus status) {
		return this.messages.getMessage("recommendationStatus." + status.name(), null, status.name(),
				VietnameseText.LOCALE);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
