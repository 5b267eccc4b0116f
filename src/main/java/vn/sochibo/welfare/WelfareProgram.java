package vn.sochibo.welfare;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.RecordDates;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.VietnameseDates;

/**
 * A welfare program (chương trình): an occasion of one year, for households with certain
 * statuses in that year, paid from one source. It guards its own rules: at least one
 * target group, a date in its year, a positive budget within limits, the fields its
 * source needs and no others. A program of a named cell may be for the cell's Party
 * members instead of households of some statuses ({@link MemberGroup}): it then has no
 * status targets.
 */
@Entity
@Table(name = "welfare_programs")
class WelfareProgram {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	private String name;

	@Enumerated(EnumType.STRING)
	private Occasion occasion;

	@Column(name = "program_year")
	private Integer year;

	@Column(name = "program_date")
	private LocalDate date;

	private BigDecimal budget;

	@Enumerated(EnumType.STRING)
	private ProgramSource source;

	private Long fundId;

	private Long cellId;

	private String sponsorName;

	/** Who approves the spending of a program paid from a fund (each gift's approver). */
	private String approver;

	private String description;

	/** Set: the program is for these Party members of its cell (no status targets). */
	@Enumerated(EnumType.STRING)
	@Column(name = "party_members")
	private MemberGroup memberGroup;

	@ElementCollection
	@CollectionTable(name = "welfare_program_targets", joinColumns = @JoinColumn(name = "program_id"))
	private Set<Target> targets = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "welfare_program_areas", joinColumns = @JoinColumn(name = "program_id"))
	private Set<Area> areas = new HashSet<>();

	@Version
	private Integer version;

	protected WelfareProgram() {
	}

	WelfareProgram(Long wardId, ProgramDetails details) {
		this.wardId = wardId;
		apply(details);
	}

	void apply(ProgramDetails details) {
		if (details.name() == null || details.name().isBlank()) {
			throw new RuleViolationException("name", "program.name.required");
		}
		if (details.occasion() == null) {
			throw new RuleViolationException("occasion", "program.occasion.required");
		}
		if (details.memberGroup() == null && details.targets().isEmpty()) {
			throw new RuleViolationException("targets", "program.targets.required");
		}
		if (details.memberGroup() != null && details.source() != ProgramSource.CELL) {
			throw new RuleViolationException("memberGroup", "program.memberGroup.cellOnly");
		}
		if (details.memberGroup() != null && details.cellId() == null) {
			throw new RuleViolationException("cellId", "program.memberGroup.cellRequired");
		}
		if (details.year() == null || details.year() < RecordDates.FIRST_YEAR
				|| details.year() > WelfarePrograms.LAST_YEAR) {
			throw new RuleViolationException("year", "program.year.range", RecordDates.FIRST_YEAR,
					WelfarePrograms.LAST_YEAR);
		}
		if (details.date() == null || details.date().getYear() != details.year()) {
			throw new RuleViolationException("date", "program.date.inYear", details.year());
		}
		if (details.budget() != null && !details.budget().isPositive()) {
			throw new RuleViolationException("budget", "program.budget.positive");
		}
		if (details.budget() != null && details.budget().compareTo(WelfarePrograms.MAX_BUDGET) > 0) {
			throw new RuleViolationException("budget", "program.budget.tooLarge",
					WelfarePrograms.MAX_BUDGET.toString());
		}
		ProgramSource source = details.source();
		if (source == null) {
			throw new RuleViolationException("source", "program.source.required");
		}
		if (source == ProgramSource.FUND && details.fundId() == null) {
			throw new RuleViolationException("fundId", "program.fund.required");
		}
		if (source == ProgramSource.SPONSOR && (details.sponsorName() == null || details.sponsorName().isBlank())) {
			throw new RuleViolationException("sponsorName", "program.sponsor.required");
		}
		if (source == ProgramSource.FUND && (details.approver() == null || details.approver().isBlank())) {
			throw new RuleViolationException("approver", "program.approver.required");
		}
		this.name = details.name().strip();
		this.occasion = details.occasion();
		this.year = details.year();
		this.date = details.date();
		this.budget = (details.budget() != null) ? details.budget().amount() : null;
		this.source = source;
		this.fundId = (source == ProgramSource.FUND) ? details.fundId() : null;
		this.cellId = (source == ProgramSource.CELL) ? details.cellId() : null;
		this.sponsorName = (source == ProgramSource.SPONSOR) ? details.sponsorName().strip() : null;
		this.approver = (source == ProgramSource.FUND) ? details.approver().strip() : null;
		this.description = details.description();
		this.memberGroup = details.memberGroup();
		this.targets.clear();
		if (this.memberGroup == null) {
			details.targets().forEach((kind) -> this.targets.add(new Target(this.wardId, kind)));
		}
		this.areas.clear();
		details.areaIds().forEach((areaId) -> this.areas.add(new Area(this.wardId, areaId)));
	}

	/**
	 * The program's fields for the audit trail; {@code label} names an enum value in
	 * Vietnamese, {@code fundName} and {@code cellName} the source.
	 */
	Map<String, String> auditState(Function<Enum<?>, String> label, String fundName, String cellName) {
		Map<String, String> state = new LinkedHashMap<>();
		state.put("welfare.name", this.name);
		state.put("welfare.occasion", label.apply(this.occasion));
		state.put("welfare.year", String.valueOf(this.year));
		state.put("welfare.date", VietnameseDates.format(this.date));
		state.put("welfare.targets",
				targetKinds().stream().sorted().map(label::apply).collect(Collectors.joining(", ")));
		state.put("welfare.memberGroup", (this.memberGroup != null) ? label.apply(this.memberGroup) : null);
		state.put("welfare.budget", (this.budget != null) ? Money.of(this.budget).toString() : null);
		state.put("welfare.source", label.apply(this.source));
		state.put("welfare.fund", fundName);
		state.put("welfare.cell", cellName);
		state.put("welfare.sponsorName", this.sponsorName);
		state.put("welfare.approver", this.approver);
		state.put("welfare.description", this.description);
		return state;
	}

	Set<StatusKind> targetKinds() {
		Set<StatusKind> kinds = EnumSet.noneOf(StatusKind.class);
		this.targets.forEach((target) -> kinds.add(target.kind));
		return kinds;
	}

	Set<Long> areaIds() {
		return this.areas.stream().map((area) -> area.areaId).collect(Collectors.toSet());
	}

	ProgramView toView(String fundName, String cellName) {
		return new ProgramView(this.id, this.name, this.occasion, this.year, this.date, targetKinds(),
				(this.budget != null) ? Money.of(this.budget) : null, this.source, this.fundId, fundName, this.cellId,
				cellName, this.sponsorName, this.description, areaIds(), this.approver, this.memberGroup, this.version);
	}

	Long getId() {
		return this.id;
	}

	Long getWardId() {
		return this.wardId;
	}

	Integer getYear() {
		return this.year;
	}

	LocalDate getDate() {
		return this.date;
	}

	String getName() {
		return this.name;
	}

	ProgramSource getSource() {
		return this.source;
	}

	Long getCellId() {
		return this.cellId;
	}

	MemberGroup getMemberGroup() {
		return this.memberGroup;
	}

	boolean forPartyMembers() {
		return this.memberGroup != null;
	}

	String getApprover() {
		return this.approver;
	}

	Long getFundId() {
		return this.fundId;
	}

	Integer getVersion() {
		return this.version;
	}

	/**
	 * A household status the program is for.
	 */
	@Embeddable
	static class Target {

		private Long wardId;

		@Enumerated(EnumType.STRING)
		private StatusKind kind;

		protected Target() {
		}

		Target(Long wardId, StatusKind kind) {
			this.wardId = wardId;
			this.kind = kind;
		}

		@Override
		public boolean equals(Object obj) {
			return (obj instanceof Target other) && this.kind == other.kind;
		}

		@Override
		public int hashCode() {
			return this.kind.hashCode();
		}

	}

	/**
	 * An area the program covers.
	 */
	@Embeddable
	static class Area {

		private Long wardId;

		private Long areaId;

		protected Area() {
		}

		Area(Long wardId, Long areaId) {
			this.wardId = wardId;
			this.areaId = areaId;
		}

		@Override
		public boolean equals(Object obj) {
			return (obj instanceof Area other) && this.areaId.equals(other.areaId);
		}

		@Override
		public int hashCode() {
			return this.areaId.hashCode();
		}

	}

}
