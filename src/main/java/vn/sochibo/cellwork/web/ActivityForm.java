package vn.sochibo.cellwork.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.sochibo.cellwork.ActivityDetails;
import vn.sochibo.cellwork.ActivityKind;
import vn.sochibo.cellwork.ActivityView;
import vn.sochibo.cellwork.NamedPerson;
import vn.sochibo.cellwork.OutputUnit;

/**
 * An activity as typed by the secretary: the members ticked on the roll, cadres and named
 * residents one per line ("Họ tên, chức vụ" / "Họ tên, mã hộ"), a head count of other
 * residents, and the outputs as rows of a unit and a quantity.
 */
public class ActivityForm {

	/** Output rows the form offers besides the filled ones. */
	static final int EMPTY_OUTPUT_ROWS = 3;

	@NotNull
	private ActivityKind kind;

	@Size(max = 100)
	private String kindOther;

	@NotBlank
	@Size(max = 200)
	private String title;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	private Set<Long> areaIds = new LinkedHashSet<>();

	private Set<Long> coCellIds = new LinkedHashSet<>();

	@Size(max = 500)
	private String outsideUnits;

	private Long seriesId;

	@Size(max = 200)
	private String newSeriesTitle;

	private Set<Long> memberIds = new LinkedHashSet<>();

	@Size(max = 40000)
	private String cadres;

	@Size(max = 40000)
	private String residents;

	@Min(0)
	@Max(5000)
	private Integer residentHeadCount;

	@Valid
	private List<OutputRow> outputs = new ArrayList<>();

	@Size(max = 2000)
	private String note;

	private Integer version;

	static ActivityForm blank(LocalDate today) {
		ActivityForm form = new ActivityForm();
		form.startsOn = today;
		form.residentHeadCount = 0;
		form.padOutputs();
		return form;
	}

	static ActivityForm of(ActivityView activity) {
		ActivityForm form = new ActivityForm();
		form.kind = activity.kind();
		form.kindOther = activity.kindOther();
		form.title = activity.title();
		form.startsOn = activity.startsOn();
		form.endsOn = activity.endsOn();
		form.areaIds = new LinkedHashSet<>(activity.areaIds());
		form.coCellIds = new LinkedHashSet<>(activity.coCellIds());
		form.outsideUnits = activity.outsideUnits();
		form.seriesId = activity.seriesId();
		activity.members().forEach((member) -> form.memberIds.add(member.id()));
		form.cadres = lines(activity.cadres(), true);
		form.residents = lines(activity.residents(), false);
		form.residentHeadCount = activity.residentHeadCount();
		activity.outputs().forEach((unit, quantity) -> form.outputs.add(new OutputRow(unit, quantity)));
		form.note = activity.note();
		form.version = activity.version();
		form.padOutputs();
		return form;
	}

	private static String lines(List<NamedPerson> people, boolean cadre) {
		StringBuilder text = new StringBuilder();
		for (NamedPerson person : people) {
			String extra = cadre ? person.position() : person.householdCode();
			text.append(person.fullName()).append((extra != null) ? ", " + extra : "").append('\n');
		}
		return text.toString();
	}

	/**
	 * One person a line; what follows the first comma is a cadre's position or a
	 * resident's household code.
	 */
	static List<NamedPerson> people(String text, boolean cadre) {
		List<NamedPerson> people = new ArrayList<>();
		if (text == null) {
			return people;
		}
		for (String line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			int comma = line.indexOf(',');
			String name = ((comma < 0) ? line : line.substring(0, comma)).trim();
			String extra = (comma < 0) ? null : line.substring(comma + 1).trim();
			people.add(cadre ? new NamedPerson(name, extra, null) : new NamedPerson(name, null, extra));
		}
		return people;
	}

	void padOutputs() {
		this.outputs.removeIf((row) -> row == null);
		for (int i = 0; i < EMPTY_OUTPUT_ROWS; i++) {
			this.outputs.add(new OutputRow());
		}
	}

	/**
	 * The outputs typed; a row with a unit or a quantity missing is an error of the
	 * service, a row with neither is ignored.
	 */
	ActivityDetails toDetails() {
		Map<OutputUnit, BigDecimal> units = new EnumMap<>(OutputUnit.class);
		boolean incomplete = false;
		boolean repeated = false;
		for (OutputRow row : this.outputs) {
			if (row == null || (row.getUnit() == null && row.getQuantity() == null)) {
				continue;
			}
			if (row.getUnit() == null || row.getQuantity() == null) {
				incomplete = true;
				continue;
			}
			repeated |= units.containsKey(row.getUnit());
			units.merge(row.getUnit(), row.getQuantity(), BigDecimal::add);
		}
		if (incomplete) {
			throw new vn.sochibo.shared.RuleViolationException("outputs", "activity.output.incomplete");
		}
		if (repeated) {
			throw new vn.sochibo.shared.RuleViolationException("outputs", "activity.output.repeated");
		}
		return new ActivityDetails(this.kind, this.kindOther, this.title, this.startsOn, this.endsOn, this.areaIds,
				this.coCellIds, this.outsideUnits, this.seriesId, this.newSeriesTitle, this.memberIds,
				people(this.cadres, true), people(this.residents, false), this.residentHeadCount, units, this.note);
	}

	public static class OutputRow {

		private OutputUnit unit;

		@jakarta.validation.constraints.DecimalMin(value = "0", inclusive = false)
		@jakarta.validation.constraints.DecimalMax("1000000")
		private BigDecimal quantity;

		public OutputRow() {
		}

		OutputRow(OutputUnit unit, BigDecimal quantity) {
			this.unit = unit;
			this.quantity = quantity.stripTrailingZeros();
		}

		public OutputUnit getUnit() {
			return this.unit;
		}

		public void setUnit(OutputUnit unit) {
			this.unit = unit;
		}

		public BigDecimal getQuantity() {
			return this.quantity;
		}

		public void setQuantity(BigDecimal quantity) {
			this.quantity = quantity;
		}

	}

	public ActivityKind getKind() {
		return this.kind;
	}

	public void setKind(ActivityKind kind) {
		this.kind = kind;
	}

	public String getKindOther() {
		return this.kindOther;
	}

	public void setKindOther(String kindOther) {
		this.kindOther = kindOther;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public Set<Long> getAreaIds() {
		return this.areaIds;
	}

	public void setAreaIds(Set<Long> areaIds) {
		this.areaIds = (areaIds != null) ? areaIds : new LinkedHashSet<>();
	}

	public Set<Long> getCoCellIds() {
		return this.coCellIds;
	}

	public void setCoCellIds(Set<Long> coCellIds) {
		this.coCellIds = (coCellIds != null) ? coCellIds : new LinkedHashSet<>();
	}

	public String getOutsideUnits() {
		return this.outsideUnits;
	}

	public void setOutsideUnits(String outsideUnits) {
		this.outsideUnits = outsideUnits;
	}

	public Long getSeriesId() {
		return this.seriesId;
	}

	public void setSeriesId(Long seriesId) {
		this.seriesId = seriesId;
	}

	public String getNewSeriesTitle() {
		return this.newSeriesTitle;
	}

	public void setNewSeriesTitle(String newSeriesTitle) {
		this.newSeriesTitle = newSeriesTitle;
	}

	public Set<Long> getMemberIds() {
		return this.memberIds;
	}

	public void setMemberIds(Set<Long> memberIds) {
		this.memberIds = (memberIds != null) ? memberIds : new LinkedHashSet<>();
	}

	public String getCadres() {
		return this.cadres;
	}

	public void setCadres(String cadres) {
		this.cadres = cadres;
	}

	public String getResidents() {
		return this.residents;
	}

	public void setResidents(String residents) {
		this.residents = residents;
	}

	public Integer getResidentHeadCount() {
		return this.residentHeadCount;
	}

	public void setResidentHeadCount(Integer residentHeadCount) {
		this.residentHeadCount = residentHeadCount;
	}

	public List<OutputRow> getOutputs() {
		return this.outputs;
	}

	public void setOutputs(List<OutputRow> outputs) {
		this.outputs = (outputs != null) ? outputs : new ArrayList<>();
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
