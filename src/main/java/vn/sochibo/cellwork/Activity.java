package vn.sochibo.cellwork;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.sochibo.shared.RecordDates;
import vn.sochibo.shared.RuleViolationException;

/**
 * A community activity of a cell (the organising cell owns it). The aggregate guards the
 * rules of its own fields: a kind (with words for "other"), a title, a start not before
 * {@link RecordDates#EARLIEST} nor after today, an end not before the start nor after
 * today, within a year; a resident head count of 0…{@value #MAX_HEAD_COUNT}; outputs
 * above 0 and at most the unit's largest sensible quantity. Who may be named (the roll on
 * the day, the ward's areas and cells, households) is the service's rule.
 */
@Entity
@Table(name = "activities")
class Activity {

	static final int MAX_TITLE = 200;

	static final int MAX_KIND_OTHER = 100;

	static final int MAX_OUTSIDE_UNITS = 500;

	static final int MAX_NOTE = 2000;

	static final int MAX_HEAD_COUNT = 5000;

	static final int MAX_DAYS = 366;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	private Long cellId;

	private Long seriesId;

	@Enumerated(EnumType.STRING)
	private ActivityKind kind;

	private String kindOther;

	private String title;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private int residentHeadCount;

	private String outsideUnits;

	private String note;

	@ElementCollection
	@CollectionTable(name = "activity_areas", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "area_id")
	private Set<Long> areaIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "activity_cells", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "cell_id")
	private Set<Long> coCellIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "activity_members", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "member_id")
	private Set<Long> memberIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "activity_people", joinColumns = @JoinColumn(name = "activity_id"))
	private Set<ActivityPerson> people = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "activity_outputs", joinColumns = @JoinColumn(name = "activity_id"))
	@MapKeyEnumerated(EnumType.STRING)
	@MapKeyColumn(name = "unit")
	@Column(name = "quantity")
	private Map<OutputUnit, BigDecimal> outputs = new EnumMap<>(OutputUnit.class);

	@Version
	private Integer version;

	protected Activity() {
	}

	Activity(Long wardId, Long cellId) {
		this.wardId = wardId;
		this.cellId = cellId;
	}

	/**
	 * Checks and takes the activity's own fields; the caller has checked the ids.
	 */
	void apply(ActivityDetails details, Long seriesId, Set<Long> memberIds, Set<ActivityPerson> people,
			LocalDate today) {
		if (details.kind() == null) {
			throw new RuleViolationException("kind", "activity.kind.required");
		}
		String kindOther = text(details.kindOther());
		if (details.kind() == ActivityKind.OTHER && kindOther == null) {
			throw new RuleViolationException("kindOther", "activity.kindOther.required");
		}
		if (details.kind() != ActivityKind.OTHER) {
			kindOther = null;
		}
		checkLength("kindOther", kindOther, MAX_KIND_OTHER);
		String title = text(details.title());
		if (title == null) {
			throw new RuleViolationException("title", "activity.title.required");
		}
		checkLength("title", title, MAX_TITLE);
		LocalDate startsOn = details.startsOn();
		if (startsOn == null) {
			throw new RuleViolationException("startsOn", "activity.startsOn.required");
		}
		RecordDates.requireNotTooOld("startsOn", startsOn);
		if (startsOn.isAfter(today)) {
			throw new RuleViolationException("startsOn", "activity.date.future");
		}
		LocalDate endsOn = details.endsOn();
		if (endsOn != null) {
			if (endsOn.isBefore(startsOn)) {
				throw new RuleViolationException("endsOn", "activity.endsOn.beforeStart");
			}
			if (endsOn.isAfter(today)) {
				throw new RuleViolationException("endsOn", "activity.date.future");
			}
			if (ChronoUnit.DAYS.between(startsOn, endsOn) > MAX_DAYS) {
				throw new RuleViolationException("endsOn", "activity.endsOn.tooLong", MAX_DAYS);
			}
			if (endsOn.equals(startsOn)) {
				endsOn = null;
			}
		}
		String outsideUnits = text(details.outsideUnits());
		checkLength("outsideUnits", outsideUnits, MAX_OUTSIDE_UNITS);
		String note = text(details.note());
		checkLength("note", note, MAX_NOTE);
		int headCount = (details.residentHeadCount() != null) ? details.residentHeadCount() : 0;
		if (headCount < 0 || headCount > MAX_HEAD_COUNT) {
			throw new RuleViolationException("residentHeadCount", "activity.headCount.range", MAX_HEAD_COUNT);
		}
		Map<OutputUnit, BigDecimal> outputs = new EnumMap<>(OutputUnit.class);
		details.outputs().forEach((unit, quantity) -> {
			if (unit == null || quantity == null) {
				throw new RuleViolationException("outputs", "activity.output.incomplete");
			}
			if (quantity.signum() <= 0 || quantity.compareTo(unit.max()) > 0) {
				throw new RuleViolationException("outputs", "activity.output.range", unit.max());
			}
			if (quantity.stripTrailingZeros().scale() > (unit.whole() ? 0 : 1)) {
				throw new RuleViolationException("outputs",
						unit.whole() ? "activity.output.whole" : "activity.output.decimals");
			}
			outputs.put(unit, quantity.setScale(1));
		});
		this.kind = details.kind();
		this.kindOther = kindOther;
		this.title = title;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.seriesId = seriesId;
		this.outsideUnits = outsideUnits;
		this.note = note;
		this.residentHeadCount = headCount;
		// New collections, so that the rows are written again as a whole.
		this.areaIds = new HashSet<>(details.areaIds());
		this.coCellIds = new HashSet<>(details.coCellIds());
		this.memberIds = new HashSet<>(memberIds);
		this.people = new HashSet<>(people);
		this.outputs = outputs;
	}

	private static void checkLength(String field, String value, int max) {
		if (value != null && value.length() > max) {
			throw new RuleViolationException(field, "activity.text.size", max);
		}
	}

	static String text(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
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

	Long getSeriesId() {
		return this.seriesId;
	}

	ActivityKind getKind() {
		return this.kind;
	}

	String getKindOther() {
		return this.kindOther;
	}

	String getTitle() {
		return this.title;
	}

	LocalDate getStartsOn() {
		return this.startsOn;
	}

	LocalDate getEndsOn() {
		return this.endsOn;
	}

	int getResidentHeadCount() {
		return this.residentHeadCount;
	}

	String getOutsideUnits() {
		return this.outsideUnits;
	}

	String getNote() {
		return this.note;
	}

	Set<Long> getAreaIds() {
		return this.areaIds;
	}

	Set<Long> getCoCellIds() {
		return this.coCellIds;
	}

	Set<Long> getMemberIds() {
		return this.memberIds;
	}

	Set<ActivityPerson> getPeople() {
		return this.people;
	}

	Map<OutputUnit, BigDecimal> getOutputs() {
		return this.outputs;
	}

	Integer getVersion() {
		return this.version;
	}

}
