package vn.sochibo.cellwork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.household.HouseholdFigures;
import vn.sochibo.household.PovertyExits;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RecordDates;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.StaleEditException;
import vn.sochibo.shared.VietnameseDates;
import vn.sochibo.ward.AreaView;
import vn.sochibo.ward.Areas;
import vn.sochibo.ward.Cells;
import vn.sochibo.welfare.ProgramNotFoundException;
import vn.sochibo.welfare.ProgramSummary;
import vn.sochibo.welfare.WelfarePrograms;

/**
 * Twinnings (kết nghĩa) between two or more cells: the cells of this ward (by id) and/or
 * named outside cells. Whoever reaches one of its own-ward cells reads it (through that
 * cell); only who writes for the cell that recorded it (its owner) changes it. A target's
 * progress is computed from the register through {@link HouseholdFigures} or entered by
 * hand; the gifts are those of the linked welfare programs, read through
 * {@link WelfarePrograms}. Every change is in the twinning's audit trail.
 */
@Service
public class Twinnings {

	public static final String ENTITY = "CELL_TWINNING";

	static final int MAX_TERM_YEARS = 20;

	static final int MAX_CONTENTS = 30;

	static final int MAX_OUTSIDE = 10;

	/** The largest target value: more is a slip of the keyboard. */
	public static final int MAX_TARGET = 10_000;

	private final JdbcClient jdbc;

	private final CellAccess access;

	private final Cells cells;

	private final Areas areas;

	private final HouseholdFigures figures;

	private final WelfarePrograms programs;

	private final AuditTrail audit;

	private final Clock clock;

	Twinnings(JdbcClient jdbc, CellAccess access, Cells cells, Areas areas, HouseholdFigures figures,
			WelfarePrograms programs, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.cells = cells;
		this.areas = areas;
		this.figures = figures;
		this.programs = programs;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The twinnings the cell is a party of, newest term first: one query.
	 */
	@Transactional(readOnly = true)
	public List<TwinningRow> list(CurrentUser user, Long cellId) {
		this.access.require(user, Action.READ_CELL_WORK, cellId);
		Map<Long, String> names = this.cells.names(user);
		return this.jdbc.sql("""
				select t.id, t.title, t.status, t.from_year, t.to_year, t.signed_on,
				       array(select coalesce(p.cell_id::text, p.outside_name) from cell_twinning_parties p
				              where p.twinning_id = t.id order by p.position_no) as parties,
				       array(select p.cell_id is not null from cell_twinning_parties p
				              where p.twinning_id = t.id order by p.position_no) as inward
				  from cell_twinnings t
				 where t.ward_id = :ward and exists (select 1 from cell_twinning_parties o
				       where o.twinning_id = t.id and o.cell_id = :cell)
				 order by t.from_year desc, t.id desc""")
			.param("ward", user.requireWard())
			.param("cell", cellId)
			.query((rs, n) -> {
				String[] parties = (String[]) rs.getArray("parties").getArray();
				Boolean[] inward = (Boolean[]) rs.getArray("inward").getArray();
				List<String> labels = new ArrayList<>();
				for (int i = 0; i < parties.length; i++) {
					labels.add(Boolean.TRUE.equals(inward[i]) ? names.getOrDefault(Long.valueOf(parties[i]), parties[i])
							: parties[i]);
				}
				return new TwinningRow(rs.getLong("id"), rs.getString("title"),
						TwinningStatus.valueOf(rs.getString("status")), rs.getInt("from_year"), rs.getInt("to_year"),
						rs.getObject("signed_on", LocalDate.class), String.join(" – ", labels));
			})
			.list();
	}

	/**
	 * A twinning, through one of its own-ward cells the user reaches (else not found).
	 */
	@Transactional(readOnly = true)
	public TwinningView get(CurrentUser user, Long cellId, Long id) {
		this.access.require(user, Action.READ_CELL_WORK, cellId);
		return view(user, cellId, id);
	}

	/**
	 * Whether the user may change the twinning: who writes for its owner cell.
	 */
	public boolean canWrite(CurrentUser user, TwinningView twinning) {
		return this.access.permits(user, Action.WRITE_CELL_WORK, twinning.ownerCellId());
	}

	@Transactional
	public TwinningView create(CurrentUser actor, Long cellId, TwinningDetails details) {
		this.access.require(actor, Action.WRITE_CELL_WORK, cellId);
		Long wardId = actor.requireWard();
		Checked checked = check(actor, cellId, details);
		Long id = this.jdbc.sql("""
				insert into cell_twinnings (ward_id, owner_cell_id, title, status, from_year, to_year, signed_on, note)
				values (:ward, :owner, :title, :status, :from, :to, :signed, :note) returning id""")
			.param("ward", wardId)
			.param("owner", cellId)
			.param("title", checked.title())
			.param("status", checked.status().name())
			.param("from", checked.fromYear())
			.param("to", checked.toYear())
			.param("signed", checked.signedOn())
			.param("note", checked.note())
			.query(Long.class)
			.single();
		insertParts(wardId, id, cellId, checked);
		this.audit.created(wardId, actor, ENTITY, id, auditState(actor, cellId, checked));
		return view(actor, cellId, id);
	}

	@Transactional
	public TwinningView update(CurrentUser actor, Long cellId, Long id, TwinningDetails details,
			Integer expectedVersion) {
		TwinningView before = writable(actor, cellId, id);
		Long wardId = actor.requireWard();
		Checked checked = check(actor, before.ownerCellId(), details);
		int updated = this.jdbc.sql("""
				update cell_twinnings set title = :title, status = :status, from_year = :from, to_year = :to,
				       signed_on = :signed, note = :note, version = version + 1
				 where id = :id and ward_id = :ward and version = :version""")
			.param("title", checked.title())
			.param("status", checked.status().name())
			.param("from", checked.fromYear())
			.param("to", checked.toYear())
			.param("signed", checked.signedOn())
			.param("note", checked.note())
			.param("id", id)
			.param("ward", wardId)
			.param("version", expectedVersion)
			.update();
		if (updated == 0) {
			throw new StaleEditException("twinning", id);
		}
		this.jdbc.sql("delete from cell_twinning_parties where twinning_id = :id and ward_id = :ward")
			.param("id", id)
			.param("ward", wardId)
			.update();
		this.jdbc.sql("delete from cell_twinning_contents where twinning_id = :id and ward_id = :ward")
			.param("id", id)
			.param("ward", wardId)
			.update();
		insertParts(wardId, id, before.ownerCellId(), checked);
		Map<String, String> old = new LinkedHashMap<>();
		old.put("twinning.title", before.title());
		old.put("twinning.status", "TWINNING_" + before.status().name());
		old.put("twinning.term", before.fromYear() + "–" + before.toYear());
		old.put("twinning.signedOn", VietnameseDates.format(before.signedOn()));
		old.put("twinning.parties",
				before.parties().stream().map(TwinningView.Party::name).collect(Collectors.joining("; ")));
		old.put("twinning.contents", String.join("; ", before.contents()));
		old.put("twinning.note", before.note());
		this.audit.changed(wardId, actor, ENTITY, id, old, auditState(actor, before.ownerCellId(), checked));
		return view(actor, cellId, id);
	}

	@Transactional
	public TwinningView addTarget(CurrentUser actor, Long cellId, Long id, TargetDetails details) {
		TwinningView twinning = writable(actor, cellId, id);
		Long wardId = actor.requireWard();
		String description = Visits.text("description", details.description(), 500);
		if (description == null) {
			throw new RuleViolationException("description", "twinning.target.description.required");
		}
		String measure = Visits.text("measure", details.measure(), 60);
		if (measure == null) {
			throw new RuleViolationException("measure", "twinning.target.measure.required");
		}
		Integer value = details.targetValue();
		if (value == null) {
			throw new RuleViolationException("targetValue", "twinning.target.value.required");
		}
		if (value < 1 || value > MAX_TARGET) {
			throw new RuleViolationException("targetValue", "twinning.target.value.range", MAX_TARGET);
		}
		TwinningTargetKind kind = details.kind();
		if (kind == null) {
			throw new RuleViolationException("kind", "twinning.target.kind.required");
		}
		Integer baseline = null;
		Set<Long> areaIds = (details.areaIds() != null) ? details.areaIds() : Set.of();
		if (kind == TwinningTargetKind.HOUSEHOLDS_OUT_OF_POVERTY) {
			baseline = details.baselineYear();
			if (baseline == null) {
				throw new RuleViolationException("baselineYear", "twinning.target.baseline.required");
			}
			if (baseline < twinning.fromYear() - 1 || baseline > twinning.toYear()) {
				throw new RuleViolationException("baselineYear", "twinning.target.baseline.range",
						twinning.fromYear() - 1, twinning.toYear());
			}
			if (areaIds.isEmpty()) {
				throw new RuleViolationException("areaIds", "twinning.target.areas.required");
			}
			Set<Long> ward = this.areas.list(actor).stream().map(AreaView::id).collect(Collectors.toSet());
			if (!ward.containsAll(areaIds)) {
				throw new RuleViolationException("areaIds", "twinning.target.areas.unknown");
			}
		}
		else {
			if (details.baselineYear() != null || !areaIds.isEmpty()) {
				throw new RuleViolationException("kind", "twinning.target.entered.noRegister");
			}
			areaIds = Set.of();
		}
		int position = twinning.targets().size();
		Long targetId = this.jdbc
			.sql("""
					insert into cell_twinning_targets (ward_id, twinning_id, position_no, description, measure, target_value,
					       kind, baseline_year)
					values (:ward, :twinning, :position, :description, :measure, :value, :kind, :baseline) returning id""")
			.param("ward", wardId)
			.param("twinning", id)
			.param("position", position)
			.param("description", description)
			.param("measure", measure)
			.param("value", value)
			.param("kind", kind.name())
			.param("baseline", baseline)
			.query(Long.class)
			.single();
		for (Long areaId : areaIds) {
			this.jdbc.sql(
					"insert into cell_twinning_target_areas (target_id, ward_id, area_id) values (:target, :ward, :area)")
				.param("target", targetId)
				.param("ward", wardId)
				.param("area", areaId)
				.update();
		}
		this.audit.action(wardId, actor, ENTITY, id, "ADD_TARGET", "twinning.target", null,
				description + " (" + value + " " + measure + ")");
		return view(actor, cellId, id);
	}

	@Transactional
	public TwinningView addProgress(CurrentUser actor, Long cellId, Long id, Long targetId, ProgressEntry entry) {
		TwinningView twinning = writable(actor, cellId, id);
		TwinningView.TargetView target = twinning.targets()
			.stream()
			.filter((candidate) -> candidate.id().equals(targetId))
			.findFirst()
			.orElseThrow(() -> new TwinningNotFoundException("target " + targetId));
		if (target.kind() != TwinningTargetKind.ENTERED) {
			throw new RuleViolationException("value", "twinning.progress.fromRegister");
		}
		checkDate(entry.date());
		Integer value = entry.value();
		if (value == null) {
			throw new RuleViolationException("value", "twinning.progress.value.required");
		}
		if (value < 0 || value > target.targetValue() * 10) {
			throw new RuleViolationException("value", "twinning.progress.value.range", target.targetValue() * 10);
		}
		String note = Visits.text("note", entry.note(), 1000);
		this.jdbc.sql("""
				insert into cell_twinning_progress (ward_id, target_id, entry_date, progress_value, note, recorded_by)
				values (:ward, :target, :date, :value, :note, :by)""")
			.param("ward", actor.requireWard())
			.param("target", targetId)
			.param("date", entry.date())
			.param("value", value)
			.param("note", note)
			.param("by", actor.username())
			.update();
		this.audit.action(actor.requireWard(), actor, ENTITY, id, "ADD_PROGRESS", "twinning.target", null,
				target.description() + ": " + value + " (" + VietnameseDates.format(entry.date()) + ")");
		return view(actor, cellId, id);
	}

	@Transactional
	public TwinningView addActivity(CurrentUser actor, Long cellId, Long id, JointActivity activity) {
		writable(actor, cellId, id);
		checkDate(activity.date());
		String title = Visits.text("title", activity.title(), 300);
		if (title == null) {
			throw new RuleViolationException("title", "twinning.activity.title.required");
		}
		if (activity.people() != null && (activity.people() < 0 || activity.people() > 100_000)) {
			throw new RuleViolationException("people", "twinning.activity.people.range");
		}
		this.jdbc
			.sql("""
					insert into cell_twinning_activities (ward_id, twinning_id, activity_date, title, note, people, recorded_by)
					values (:ward, :twinning, :date, :title, :note, :people, :by)""")
			.param("ward", actor.requireWard())
			.param("twinning", id)
			.param("date", activity.date())
			.param("title", title)
			.param("note", Visits.text("note", activity.note(), 2000))
			.param("people", activity.people())
			.param("by", actor.username())
			.update();
		this.audit.action(actor.requireWard(), actor, ENTITY, id, "ADD_ACTIVITY", "twinning.activity", null,
				VietnameseDates.format(activity.date()) + ": " + title);
		return view(actor, cellId, id);
	}

	/**
	 * Links a welfare program of the ward whose gifts belong to the twinning.
	 */
	@Transactional
	public TwinningView linkProgram(CurrentUser actor, Long cellId, Long id, Long programId) {
		TwinningView twinning = writable(actor, cellId, id);
		if (programId == null) {
			throw new RuleViolationException("programId", "twinning.program.required");
		}
		ProgramSummary program;
		try {
			program = this.programs.summary(actor, programId);
		}
		catch (ProgramNotFoundException ex) {
			throw new RuleViolationException("programId", "twinning.program.unknown");
		}
		if (twinning.programs().stream().anyMatch((linked) -> linked.id().equals(programId))) {
			throw new RuleViolationException("programId", "twinning.program.linked");
		}
		this.jdbc.sql(
				"insert into cell_twinning_programs (twinning_id, ward_id, program_id) values (:twinning, :ward, :program)")
			.param("twinning", id)
			.param("ward", actor.requireWard())
			.param("program", programId)
			.update();
		this.audit.action(actor.requireWard(), actor, ENTITY, id, "LINK_PROGRAM", "twinning.program", null,
				program.name());
		return view(actor, cellId, id);
	}

	/**
	 * The welfare programs of the ward a twinning may link, newest first.
	 */
	@Transactional(readOnly = true)
	public List<ProgramSummary> programChoices(CurrentUser user, Long cellId) {
		this.access.require(user, Action.WRITE_CELL_WORK, cellId);
		return this.programs.list(user, null);
	}

	private TwinningView writable(CurrentUser actor, Long cellId, Long id) {
		this.access.require(actor, Action.WRITE_CELL_WORK, cellId);
		TwinningView twinning = view(actor, cellId, id);
		this.access.require(actor, Action.WRITE_CELL_WORK, twinning.ownerCellId());
		return twinning;
	}

	private TwinningView view(CurrentUser user, Long cellId, Long id) {
		Long wardId = user.requireWard();
		Object[] row = this.jdbc.sql("""
				select t.owner_cell_id, t.title, t.status, t.from_year, t.to_year, t.signed_on, t.note, t.version
				  from cell_twinnings t
				 where t.id = :id and t.ward_id = :ward and exists (select 1 from cell_twinning_parties p
				       where p.twinning_id = t.id and p.cell_id = :cell)""")
			.param("id", id)
			.param("ward", wardId)
			.param("cell", cellId)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2), TwinningStatus.valueOf(rs.getString(3)),
					rs.getInt(4), rs.getInt(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getInt(8) })
			.optional()
			.orElseThrow(() -> new TwinningNotFoundException(id));
		Map<Long, String> names = this.cells.names(user);
		List<TwinningView.Party> parties = this.jdbc
			.sql("select cell_id, outside_name from cell_twinning_parties where twinning_id = :id order by position_no")
			.param("id", id)
			.query((rs, n) -> {
				Long partyCell = rs.getObject(1, Long.class);
				return new TwinningView.Party(partyCell, (partyCell != null) ? names.get(partyCell) : rs.getString(2));
			})
			.list();
		List<String> contents = this.jdbc
			.sql("select content from cell_twinning_contents where twinning_id = :id order by position_no")
			.param("id", id)
			.query(String.class)
			.list();
		int toYear = (Integer) row[4];
		int progressYear = Math.min(today().getYear(), toYear);
		Map<Long, String> areaLabels = this.areas.list(user)
			.stream()
			.collect(Collectors.toMap(AreaView::id, AreaView::name, (a, b) -> a));
		Map<Long, List<TwinningView.ProgressView>> entries = this.jdbc.sql("""
				select g.target_id, g.entry_date, g.progress_value, g.note from cell_twinning_progress g
				  join cell_twinning_targets t on t.id = g.target_id
				 where t.twinning_id = :id order by g.entry_date, g.id""")
			.param("id", id)
			.query((rs, n) -> Map.entry(rs.getLong(1),
					new TwinningView.ProgressView(rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getString(4))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, LinkedHashMap::new,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		Map<Long, Set<Long>> targetAreas = this.jdbc.sql("""
				select a.target_id, a.area_id from cell_twinning_target_areas a
				  join cell_twinning_targets t on t.id = a.target_id where t.twinning_id = :id""")
			.param("id", id)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(java.util.TreeSet::new))));
		List<TwinningView.TargetView> targets = this.jdbc.sql("""
				select id, description, measure, target_value, kind, baseline_year from cell_twinning_targets
				 where twinning_id = :id order by position_no, id""")
			.param("id", id)
			.query((rs,
					n) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
							TwinningTargetKind.valueOf(rs.getString(5)), rs.getObject(6, Integer.class) })
			.list()
			.stream()
			.map((t) -> {
				Long targetId = (Long) t[0];
				TwinningTargetKind kind = (TwinningTargetKind) t[4];
				List<TwinningView.ProgressView> own = entries.getOrDefault(targetId, List.of());
				Set<Long> areaIds = targetAreas.getOrDefault(targetId, Set.of());
				List<String> labels = areaIds.stream()
					.map((area) -> areaLabels.getOrDefault(area, "#" + area))
					.toList();
				if (kind == TwinningTargetKind.HOUSEHOLDS_OUT_OF_POVERTY) {
					PovertyExits exits = this.figures.povertyExits(user, areaIds, (Integer) t[5], progressYear);
					return new TwinningView.TargetView(targetId, (String) t[1], (String) t[2], (Integer) t[3], kind,
							(Integer) t[5], labels, exits.lifted(), progressYear, exits.baseline(), own);
				}
				Integer progress = own.isEmpty() ? null : own.get(own.size() - 1).value();
				return new TwinningView.TargetView(targetId, (String) t[1], (String) t[2], (Integer) t[3], kind, null,
						labels, progress, null, null, own);
			})
			.toList();
		List<TwinningView.ActivityView> activities = this.jdbc.sql("""
				select activity_date, title, note, people from cell_twinning_activities where twinning_id = :id
				 order by activity_date, id""")
			.param("id", id)
			.query((rs, n) -> new TwinningView.ActivityView(rs.getObject(1, LocalDate.class), rs.getString(2),
					rs.getString(3), rs.getObject(4, Integer.class)))
			.list();
		Set<Long> linked = new HashSet<>(
				this.jdbc.sql("select program_id from cell_twinning_programs where twinning_id = :id")
					.param("id", id)
					.query(Long.class)
					.list());
		List<TwinningView.LinkedProgram> programs = linked.isEmpty() ? List.of()
				: this.programs.list(user, null)
					.stream()
					.filter((program) -> linked.contains(program.id()))
					.map((program) -> new TwinningView.LinkedProgram(program.id(), program.name(), program.year(),
							program.gifts(), program.given()))
					.toList();
		return new TwinningView(id, (Long) row[0], (String) row[1], (TwinningStatus) row[2], (Integer) row[3], toYear,
				(LocalDate) row[5], (String) row[6], parties, contents, targets, activities, programs,
				(Integer) row[7]);
	}

	private record Checked(String title, TwinningStatus status, int fromYear, int toYear, LocalDate signedOn,
			List<Long> cellIds, List<String> outside, List<String> contents, String note) {
	}

	private Checked check(CurrentUser user, Long ownerCellId, TwinningDetails details) {
		String title = Visits.text("title", details.title(), 300);
		if (title == null) {
			throw new RuleViolationException("title", "twinning.title.required");
		}
		TwinningStatus status = details.status();
		if (status == null) {
			throw new RuleViolationException("status", "twinning.status.required");
		}
		Integer from = details.fromYear();
		Integer to = details.toYear();
		int lastYear = today().getYear() + MAX_TERM_YEARS;
		if (from == null || from < RecordDates.FIRST_YEAR || from > lastYear) {
			throw new RuleViolationException("fromYear", "twinning.year.range", RecordDates.FIRST_YEAR, lastYear);
		}
		if (to == null || to > from + MAX_TERM_YEARS) {
			throw new RuleViolationException("toYear", "twinning.toYear.range", MAX_TERM_YEARS);
		}
		if (to < from) {
			throw new RuleViolationException("toYear", "twinning.toYear.beforeFrom");
		}
		LocalDate signed = details.signedOn();
		if (status == TwinningStatus.PLANNED) {
			if (signed != null) {
				throw new RuleViolationException("signedOn", "twinning.signedOn.planned");
			}
		}
		else {
			if (signed == null) {
				throw new RuleViolationException("signedOn", "twinning.signedOn.required");
			}
			if (signed.isAfter(today())) {
				throw new RuleViolationException("signedOn", "visit.date.future");
			}
			RecordDates.requireNotTooOld("signedOn", signed);
		}
		List<Long> cellIds = new ArrayList<>();
		Set<Long> wardCells = this.cells.names(user).keySet();
		for (Long cellId : (details.cellIds() != null) ? details.cellIds() : List.<Long>of()) {
			if (cellId == null) {
				continue;
			}
			if (!wardCells.contains(cellId)) {
				throw new RuleViolationException("cellIds", "twinning.parties.unknown");
			}
			if (cellId.equals(ownerCellId) || cellIds.contains(cellId)) {
				throw new RuleViolationException("cellIds", "twinning.parties.duplicate");
			}
			cellIds.add(cellId);
		}
		List<String> outside = lines("outsideParties", details.outsideParties(), 300, MAX_OUTSIDE);
		Set<String> seen = new HashSet<>();
		for (String name : outside) {
			if (!seen.add(name.toLowerCase(Locale.ROOT))) {
				throw new RuleViolationException("outsideParties", "twinning.parties.duplicate");
			}
		}
		if (1 + cellIds.size() + outside.size() < 2) {
			throw new RuleViolationException("cellIds", "twinning.parties.tooFew");
		}
		List<String> contents = lines("contents", details.contents(), 500, MAX_CONTENTS);
		return new Checked(title, status, from, to, signed, cellIds, outside, contents,
				Visits.text("note", details.note(), 2000));
	}

	private void insertParts(Long wardId, Long id, Long ownerCellId, Checked checked) {
		int position = 0;
		List<Long> cellIds = new ArrayList<>();
		cellIds.add(ownerCellId);
		cellIds.addAll(checked.cellIds());
		for (Long cellId : cellIds) {
			this.jdbc.sql("""
					insert into cell_twinning_parties (ward_id, twinning_id, position_no, cell_id)
					values (:ward, :twinning, :position, :cell)""")
				.param("ward", wardId)
				.param("twinning", id)
				.param("position", position++)
				.param("cell", cellId)
				.update();
		}
		for (String name : checked.outside()) {
			this.jdbc.sql("""
					insert into cell_twinning_parties (ward_id, twinning_id, position_no, outside_name)
					values (:ward, :twinning, :position, :name)""")
				.param("ward", wardId)
				.param("twinning", id)
				.param("position", position++)
				.param("name", name)
				.update();
		}
		for (int i = 0; i < checked.contents().size(); i++) {
			this.jdbc.sql("""
					insert into cell_twinning_contents (ward_id, twinning_id, position_no, content)
					values (:ward, :twinning, :position, :content)""")
				.param("ward", wardId)
				.param("twinning", id)
				.param("position", i)
				.param("content", checked.contents().get(i))
				.update();
		}
	}

	private Map<String, String> auditState(CurrentUser user, Long ownerCellId, Checked checked) {
		Map<Long, String> names = this.cells.names(user);
		List<String> parties = new ArrayList<>();
		parties.add(names.get(ownerCellId));
		checked.cellIds().forEach((cellId) -> parties.add(names.get(cellId)));
		parties.addAll(checked.outside());
		Map<String, String> state = new LinkedHashMap<>();
		state.put("twinning.title", checked.title());
		state.put("twinning.status", "TWINNING_" + checked.status().name());
		state.put("twinning.term", checked.fromYear() + "–" + checked.toYear());
		state.put("twinning.signedOn", VietnameseDates.format(checked.signedOn()));
		state.put("twinning.parties", String.join("; ", parties));
		state.put("twinning.contents", String.join("; ", checked.contents()));
		state.put("twinning.note", checked.note());
		return state;
	}

	private void checkDate(LocalDate date) {
		if (date == null) {
			throw new RuleViolationException("date", "followUp.date.required");
		}
		if (date.isAfter(today())) {
			throw new RuleViolationException("date", "visit.date.future");
		}
		RecordDates.requireNotTooOld("date", date);
	}

	private static List<String> lines(String field, List<String> typed, int max, int maxLines) {
		List<String> lines = new ArrayList<>();
		for (String line : (typed != null) ? typed : List.<String>of()) {
			String text = Visits.text(field, line, max);
			if (text != null) {
				lines.add(text);
			}
		}
		if (lines.size() > maxLines) {
			throw new RuleViolationException(field, "twinning.lines.tooMany", maxLines);
		}
		return lines;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
