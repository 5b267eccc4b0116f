package vn.sochibo.cellwork;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.household.HouseholdNotFoundException;
import vn.sochibo.household.Households;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RecordDates;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.StaleEditException;
import vn.sochibo.shared.VietnameseDates;
import vn.sochibo.shared.VietnameseText;
import vn.sochibo.ward.AreaView;
import vn.sochibo.ward.Areas;
import vn.sochibo.ward.CellView;
import vn.sochibo.ward.Cells;

/**
 * The community activities of a cell, their series and their figures. Every method checks
 * {@link CellAccess} first: the ward admin and the inspector reach every cell of the
 * ward, a secretary their own cells, officers none (403); another cell's or ward's
 * activity, series, member, area or cell is "not found" or a field error. Every change is
 * in the activity's audit trail.
 */
@Service
public class Activities {

	public static final String ENTITY = "ACTIVITY";

	/** The most cadres, or named residents, of one activity. */
	public static final int MAX_NAMED = 500;

	static final int MAX_NAME = 120;

	/** The download reads the activities this many at a time, with their figures. */
	static final int EXPORT_CHUNK = 500;

	private final ActivityRepository activities;

	private final ActivitySeriesRepository series;

	private final ActivityQueries queries;

	private final MemberQueries members;

	private final CellAccess access;

	private final Cells cells;

	private final Areas areas;

	private final Households households;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Clock clock;

	Activities(ActivityRepository activities, ActivitySeriesRepository series, ActivityQueries queries,
			MemberQueries members, CellAccess access, Cells cells, Areas areas, Households households, AuditTrail audit,
			MessageSource messages, Clock clock) {
		this.activities = activities;
		this.series = series;
		this.queries = queries;
		this.members = members;
		this.access = access;
		this.cells = cells;
		this.areas = areas;
		this.households = households;
		this.audit = audit;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * The cell's activities of a year: figures per month and for the year, outputs per
	 * unit, activities per kind. A constant number of statements, whatever the size.
	 */
	@Transactional(readOnly = true)
	public ActivityYear year(CurrentUser user, Long cellId, int year) {
		this.access.require(user, Action.READ_CELL_WORK, cellId);
		Long wardId = user.requireWard();
		ActivityQueries.Buckets buckets = this.queries.yearByMonth(wardId, cellId, year);
		List<ActivityFigures> months = new ArrayList<>();
		for (long month = 1; month <= 12; month++) {
			months.add(buckets.of(month));
		}
		ActivityQueries.Sums sums = this.queries.yearSums(wardId, cellId, year);
		return new ActivityYear(cellId, year, buckets.total(), List.copyOf(months), sums.outputs(), sums.kinds());
	}

	/**
	 * A page of the cell's activities of a year, newest first, each with its figures.
	 */
	@Transactional(readOnly = true)
	public Page<ActivityRow> list(CurrentUser user, Long cellId, ActivityQuery query, Pageable pageable) {
		this.access.require(user, Action.READ_CELL_WORK, cellId);
		Long wardId = user.requireWard();
		Page<ActivityRow> page = this.queries.list(wardId, cellId, query, pageable);
		return withFigures(wardId, page);
	}

	/**
	 * Every activity of {@link #list} (all of them, in its order, with their figures),
	 * {@value #EXPORT_CHUNK} at a time: the list's download.
	 */
	@Transactional(readOnly = true)
	public void forEach(CurrentUser user, Long cellId, ActivityQuery query, Consumer<ActivityRow> action) {
		this.access.require(user, Action.READ_CELL_WORK, cellId);
		Long wardId = user.requireWard();
		Pageable chunk = PageRequest.of(0, EXPORT_CHUNK);
		Page<ActivityRow> page;
		do {
			page = withFigures(wardId, this.queries.list(wardId, cellId, query, chunk));
			page.forEach(action);
			chunk = chunk.next();
		}
		while (page.hasNext());
	}

	private Page<ActivityRow> withFigures(Long wardId, Page<ActivityRow> page) {
		ActivityQueries.Buckets figures = this.queries.byActivity(wardId,
				page.getContent().stream().map(ActivityRow::id).toList());
		return page.map((row) -> withFigures(row, figures));
	}

	private static ActivityRow withFigures(ActivityRow row, ActivityQueries.Buckets figures) {
		return new ActivityRow(row.id(), row.title(), row.kind(), row.kindOther(), row.startsOn(), row.endsOn(),
				row.seriesId(), row.seriesTitle(), figures.of(row.id()));
	}

	/**
	 * The years from the first one that can hold records to this year, newest first: for
	 * the year filter.
	 */
	public List<Integer> years() {
		List<Integer> years = new ArrayList<>();
		for (int year = today().getYear(); year >= RecordDates.FIRST_YEAR; year--) {
			years.add(year);
		}
		return years;
	}

	@Transactional(readOnly = true)
	public List<SeriesOption> series(CurrentUser user, Long cellId) {
		this.access.require(user, Action.READ_CELL_WORK, cellId);
		return this.queries.series(user.requireWard(), cellId);
	}

	/**
	 * A series of the cell with its activities and its summed figures.
	 */
	@Transactional(readOnly = true)
	public SeriesView seriesView(CurrentUser user, Long cellId, Long seriesId) {
		this.access.require(user, Action.READ_CELL_WORK, cellId);
		Long wardId = user.requireWard();
		ActivitySeries found = this.series.findByIdAndWardIdAndCellId(seriesId, wardId, cellId)
			.orElseThrow(() -> new SeriesNotFoundException(seriesId));
		ActivityQueries.Buckets figures = this.queries.seriesByActivity(wardId, seriesId);
		List<ActivityRow> rows = this.queries.ofSeries(wardId, seriesId)
			.stream()
			.map((row) -> withFigures(row, figures))
			.toList();
		return new SeriesView(found.getId(), cellId, found.getTitle(), rows, figures.total(),
				this.queries.seriesSums(wardId, seriesId).outputs());
	}

	@Transactional(readOnly = true)
	public ActivityView get(CurrentUser user, Long cellId, Long id) {
		this.access.require(user, Action.READ_CELL_WORK, cellId);
		return toView(user, load(user, cellId, id));
	}

	/**
	 * Who may be named at an activity of the cell on that day (from … to): the cell's
	 * roll and those of the co-organising cells the user may reach.
	 */
	@Transactional(readOnly = true)
	public ParticipantChoices participants(CurrentUser user, Long cellId, Set<Long> coCellIds, LocalDate from,
			LocalDate to) {
		CellView cell = this.access.require(user, Action.READ_CELL_WORK, cellId);
		LocalDate day = (from != null) ? from : today();
		LocalDate last = (to != null && !to.isBefore(day)) ? to : day;
		Long wardId = user.requireWard();
		Map<Long, String> names = this.cells.names(user);
		List<ParticipantChoices.CellRoll> rolls = new ArrayList<>();
		rolls.add(new ParticipantChoices.CellRoll(cellId, cell.name(),
				this.members.roll(wardId, cellId, day, last).anyTime()));
		for (Long coCell : reachableCoCells(user, cellId, coCellIds, names)) {
			rolls.add(new ParticipantChoices.CellRoll(coCell, names.get(coCell),
					this.members.roll(wardId, coCell, day, last).anyTime()));
		}
		return new ParticipantChoices(List.copyOf(rolls));
	}

	private List<Long> reachableCoCells(CurrentUser user, Long cellId, Set<Long> coCellIds, Map<Long, String> names) {
		if (coCellIds == null) {
			return List.of();
		}
		Predicate<Long> readable = this.access.reach(user, Action.READ_CELL_WORK);
		return names.keySet()
			.stream()
			.filter((id) -> coCellIds.contains(id) && !id.equals(cellId) && readable.test(id))
			.toList();
	}

	@Transactional
	public ActivityView create(CurrentUser actor, Long cellId, ActivityDetails details) {
		this.access.require(actor, Action.WRITE_CELL_WORK, cellId);
		Long wardId = actor.requireWard();
		Activity activity = new Activity(wardId, cellId);
		Checked checked = check(actor, cellId, details, Set.of());
		activity.apply(details, checked.seriesId(actor, wardId, cellId, this.series), checked.memberIds, checked.people,
				today());
		this.activities.save(activity);
		this.activities.flush();
		this.audit.created(wardId, actor, ENTITY, activity.getId(), auditState(actor, activity));
		return toView(actor, activity);
	}

	@Transactional
	public ActivityView update(CurrentUser actor, Long cellId, Long id, ActivityDetails details,
			Integer expectedVersion) {
		this.access.require(actor, Action.WRITE_CELL_WORK, cellId);
		Long wardId = actor.requireWard();
		Activity activity = load(actor, cellId, id);
		if (!Objects.equals(activity.getVersion(), expectedVersion)) {
			throw new StaleEditException("activity", id);
		}
		Map<String, String> before = auditState(actor, activity);
		// Members of a co-organising cell the user may not reach stay as they were.
		Set<Long> hidden = hiddenMembers(actor, activity);
		Checked checked = check(actor, cellId, details, hidden);
		activity.apply(details, checked.seriesId(actor, wardId, cellId, this.series), checked.memberIds, checked.people,
				today());
		this.activities.flush();
		this.audit.changed(wardId, actor, ENTITY, id, before, auditState(actor, activity));
		return toView(actor, activity);
	}

	private Set<Long> hiddenMembers(CurrentUser user, Activity activity) {
		Set<Long> hidden = new HashSet<>();
		LocalDate from = activity.getStartsOn();
		LocalDate to = (activity.getEndsOn() != null) ? activity.getEndsOn() : from;
		Predicate<Long> readable = this.access.reach(user, Action.READ_CELL_WORK);
		for (Long coCell : activity.getCoCellIds()) {
			if (!readable.test(coCell)) {
				this.members.roll(user.requireWard(), coCell, from, to)
					.anyTime()
					.stream()
					.map(RollMember::id)
					.filter(activity.getMemberIds()::contains)
					.forEach(hidden::add);
			}
		}
		return hidden;
	}

	/**
	 * What the service checks against the database before the aggregate checks its own
	 * fields.
	 */
	private record Checked(Long seriesId, String newSeriesTitle, Set<Long> memberIds, Set<ActivityPerson> people) {

		Long seriesId(CurrentUser actor, Long wardId, Long cellId, ActivitySeriesRepository series) {
			if (this.newSeriesTitle != null) {
				return series.save(new ActivitySeries(wardId, cellId, this.newSeriesTitle)).getId();
			}
			return this.seriesId;
		}

	}

	private Checked check(CurrentUser actor, Long cellId, ActivityDetails details, Set<Long> hidden) {
		Long wardId = actor.requireWard();
		Set<Long> wardAreas = this.areas.list(actor).stream().map(AreaView::id).collect(Collectors.toSet());
		if (!wardAreas.containsAll(details.areaIds())) {
			throw new RuleViolationException("areaIds", "activity.area.unknown");
		}
		Map<Long, String> cellNames = this.cells.names(actor);
		for (Long coCell : details.coCellIds()) {
			if (coCell == null || coCell.equals(cellId) || !cellNames.containsKey(coCell)) {
				throw new RuleViolationException("coCellIds", "activity.cell.unknown");
			}
		}
		String newSeriesTitle = Activity.text(details.newSeriesTitle());
		if (newSeriesTitle != null && details.seriesId() != null) {
			throw new RuleViolationException("newSeriesTitle", "activity.series.both");
		}
		if (newSeriesTitle != null && newSeriesTitle.length() > Activity.MAX_TITLE) {
			throw new RuleViolationException("newSeriesTitle", "activity.text.size", Activity.MAX_TITLE);
		}
		if (details.seriesId() != null
				&& this.series.findByIdAndWardIdAndCellId(details.seriesId(), wardId, cellId).isEmpty()) {
			throw new RuleViolationException("seriesId", "activity.series.unknown");
		}
		Set<Long> memberIds = new LinkedHashSet<>(hidden);
		if (!details.memberIds().isEmpty()) {
			if (details.startsOn() == null) {
				throw new RuleViolationException("startsOn", "activity.startsOn.required");
			}
			Set<Long> onRoll = this
				.participants(actor, cellId, details.coCellIds(), details.startsOn(), details.endsOn())
				.cells()
				.stream()
				.flatMap((roll) -> roll.members().stream())
				.map(RollMember::id)
				.collect(Collectors.toSet());
			for (Long member : details.memberIds()) {
				if (member == null || !onRoll.contains(member)) {
					throw new RuleViolationException("memberIds", "activity.member.notOnRoll");
				}
			}
			memberIds.addAll(details.memberIds());
		}
		Set<ActivityPerson> people = new LinkedHashSet<>();
		people(actor, "cadres", PersonGroup.CADRE, details.cadres(), people);
		people(actor, "residents", PersonGroup.RESIDENT, details.residents(), people);
		return new Checked(details.seriesId(), newSeriesTitle, memberIds, people);
	}

	private void people(CurrentUser actor, String field, PersonGroup group, List<NamedPerson> named,
			Set<ActivityPerson> people) {
		if (named.size() > MAX_NAMED) {
			throw new RuleViolationException(field, "activity.people.tooMany", MAX_NAMED);
		}
		for (NamedPerson person : named) {
			String name = Activity.text(person.fullName());
			if (name == null) {
				throw new RuleViolationException(field, "activity.person.name.required");
			}
			String position = Activity.text(person.position());
			if (name.length() > MAX_NAME || (position != null && position.length() > MAX_NAME)) {
				throw new RuleViolationException(field, "activity.person.size", MAX_NAME);
			}
			Long householdId = null;
			String code = Activity.text(person.householdCode());
			if (code != null) {
				try {
					householdId = this.households.getByCode(actor, code).id();
				}
				catch (HouseholdNotFoundException ex) {
					throw new RuleViolationException(field, "activity.person.household.unknown", code);
				}
			}
			ActivityPerson entry = new ActivityPerson(group, name, VietnameseText.searchKey(name),
					(group == PersonGroup.CADRE) ? position : null, householdId);
			if (!people.add(entry)) {
				throw new RuleViolationException(field, "activity.person.duplicate", name);
			}
		}
	}

	private Activity load(CurrentUser user, Long cellId, Long id) {
		return this.activities.findByIdAndWardIdAndCellId(id, user.requireWard(), cellId)
			.orElseThrow(() -> new ActivityNotFoundException(id));
	}

	private ActivityView toView(CurrentUser user, Activity activity) {
		Long wardId = user.requireWard();
		Map<Long, String> cellNames = this.cells.names(user);
		Map<Long, String> areaLabels = this.areas.list(user)
			.stream()
			.collect(Collectors.toMap(AreaView::id, AreaView::label, (a, b) -> a, LinkedHashMap::new));
		List<String> areaList = areaLabels.entrySet()
			.stream()
			.filter((e) -> activity.getAreaIds().contains(e.getKey()))
			.map(Map.Entry::getValue)
			.toList();
		List<String> coCells = cellNames.entrySet()
			.stream()
			.filter((e) -> activity.getCoCellIds().contains(e.getKey()))
			.map(Map.Entry::getValue)
			.toList();
		List<ActivityView.Participant> named = new ArrayList<>();
		int others = 0;
		Predicate<Long> readable = this.access.reach(user, Action.READ_CELL_WORK);
		for (ActivityView.Participant member : this.queries.members(wardId, activity.getMemberIds()).values()) {
			if (readable.test(member.cellId())) {
				named.add(new ActivityView.Participant(member.id(), member.fullName(), member.cellId(),
						cellNames.get(member.cellId())));
			}
			else {
				others++;
			}
		}
		List<NamedPerson> cadres = new ArrayList<>();
		List<NamedPerson> residents = new ArrayList<>();
		Map<Long, String> codes = this.households.codes(user,
				activity.getPeople()
					.stream()
					.map(ActivityPerson::getHouseholdId)
					.filter(java.util.Objects::nonNull)
					.collect(Collectors.toSet()));
		activity.getPeople()
			.stream()
			.sorted(java.util.Comparator.comparing(ActivityPerson::getNameKey))
			.forEach((person) -> {
				if (person.getGroup() == PersonGroup.CADRE) {
					cadres.add(new NamedPerson(person.getFullName(), person.getPosition(), null));
				}
				else {
					residents.add(new NamedPerson(person.getFullName(), null,
							(person.getHouseholdId() != null) ? codes.get(person.getHouseholdId()) : null));
				}
			});
		String seriesTitle = (activity.getSeriesId() != null)
				? this.series.findByIdAndWardIdAndCellId(activity.getSeriesId(), wardId, activity.getCellId())
					.map(ActivitySeries::getTitle)
					.orElse(null)
				: null;
		ActivityFigures figures = this.queries.byActivity(wardId, List.of(activity.getId())).of(activity.getId());
		Map<OutputUnit, BigDecimal> outputs = new java.util.EnumMap<>(OutputUnit.class);
		outputs.putAll(activity.getOutputs());
		return new ActivityView(activity.getId(), activity.getCellId(), activity.getKind(), activity.getKindOther(),
				activity.getTitle(), activity.getStartsOn(), activity.getEndsOn(), Set.copyOf(activity.getAreaIds()),
				areaList, Set.copyOf(activity.getCoCellIds()), coCells, activity.getOutsideUnits(),
				activity.getSeriesId(), seriesTitle, List.copyOf(named), others, List.copyOf(cadres),
				List.copyOf(residents), activity.getResidentHeadCount(), outputs, activity.getNote(), figures,
				activity.getVersion());
	}

	private Map<String, String> auditState(CurrentUser user, Activity activity) {
		Map<String, String> state = new LinkedHashMap<>();
		state.put("activity.kind", label("activity.kind.", activity.getKind())
				+ ((activity.getKindOther() != null) ? " – " + activity.getKindOther() : ""));
		state.put("activity.title", activity.getTitle());
		state.put("activity.startsOn", VietnameseDates.format(activity.getStartsOn()));
		state.put("activity.endsOn",
				(activity.getEndsOn() != null) ? VietnameseDates.format(activity.getEndsOn()) : null);
		Map<Long, String> cellNames = this.cells.names(user);
		state.put("activity.areas",
				this.areas.list(user)
					.stream()
					.filter((area) -> activity.getAreaIds().contains(area.id()))
					.map(AreaView::label)
					.collect(Collectors.joining("; ")));
		state.put("activity.coCells",
				cellNames.entrySet()
					.stream()
					.filter((e) -> activity.getCoCellIds().contains(e.getKey()))
					.map(Map.Entry::getValue)
					.collect(Collectors.joining("; ")));
		state.put("activity.outsideUnits", activity.getOutsideUnits());
		state.put("activity.series",
				(activity.getSeriesId() != null) ? this.series
					.findByIdAndWardIdAndCellId(activity.getSeriesId(), activity.getWardId(), activity.getCellId())
					.map(ActivitySeries::getTitle)
					.orElse(null) : null);
		state.put("activity.members",
				this.queries.members(activity.getWardId(), activity.getMemberIds())
					.values()
					.stream()
					.map(ActivityView.Participant::fullName)
					.collect(Collectors.joining("; ")));
		state.put("activity.cadres", people(activity, PersonGroup.CADRE));
		state.put("activity.residents", people(activity, PersonGroup.RESIDENT));
		state.put("activity.residentHeadCount", String.valueOf(activity.getResidentHeadCount()));
		state.put("activity.outputs", activity.getOutputs()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.map((e) -> e.getValue().stripTrailingZeros().toPlainString() + " " + label("outputUnit.", e.getKey()))
			.collect(Collectors.joining("; ")));
		state.put("activity.note", activity.getNote());
		return state;
	}

	private static String people(Activity activity, PersonGroup group) {
		return activity.getPeople()
			.stream()
			.filter((person) -> person.getGroup() == group)
			.sorted(java.util.Comparator.comparing(ActivityPerson::getNameKey))
			.map((person) -> person.getFullName() + ((person.getPosition() != null) ? ", " + person.getPosition() : ""))
			.collect(Collectors.joining("; "));
	}

	private String label(String prefix, Enum<?> value) {
		return this.messages.getMessage(prefix + value.name(), null, value.name(), VietnameseText.LOCALE);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
