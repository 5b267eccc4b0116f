package vn.sochibo.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.sochibo.fund.FundingSource;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.RecordDates;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.VietnameseDates;

/**
 * A public-works project (công trình) of one area, with its own fund. The aggregate
 * guards its rules: the status moves only along {@link ProjectStatus#nextMoves()};
 * approval needs a latest residents' meeting where more than half of the area's
 * households agreed; the supervision board has at most
 * {@value Projects#MAX_BOARD_MEMBERS} members; dates are consistent; a settled or
 * cancelled project changes no more.
 */
@Entity
@Table(name = "projects")
class Project {

	/** Planned dates are at most this many years ahead. */
	static final int PLANNING_YEARS = 20;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	private Long areaId;

	private Long fundId;

	@Enumerated(EnumType.STRING)
	private ProjectKind kind;

	private String name;

	private String location;

	@Column(name = "length_m")
	private BigDecimal lengthMetres;

	@Column(name = "width_m")
	private BigDecimal widthMetres;

	private Integer householdsBenefiting;

	private String description;

	@Enumerated(EnumType.STRING)
	private ProjectStatus status;

	private Integer progress;

	private LocalDate plannedStart;

	private LocalDate plannedEnd;

	private LocalDate actualStart;

	private LocalDate actualEnd;

	private String cancelReason;

	@ElementCollection
	@CollectionTable(name = "project_funding_lines", joinColumns = @JoinColumn(name = "project_id"))
	private Set<PlannedAmount> plan = new HashSet<>();

	@OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("date, id")
	private List<ProjectMeeting> meetings = new ArrayList<>();

	@OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<BoardMember> board = new ArrayList<>();

	@OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("date desc, id desc")
	private List<ProjectUpdate> updates = new ArrayList<>();

	@Version
	private Integer version;

	protected Project() {
	}

	Project(Long wardId, Long fundId, ProjectDetails details, LocalDate today) {
		this.wardId = wardId;
		this.areaId = details.areaId();
		this.fundId = fundId;
		this.status = ProjectStatus.PROPOSED;
		this.progress = 0;
		checkPlannedDates(details, today);
		describe(details);
	}

	/**
	 * Applies an edit. The area stays (the fund collects in it); the actual dates belong
	 * to a project that has started (and, for the end, finished).
	 */
	void apply(ProjectDetails details, LocalDate today) {
		requireOpen();
		checkPlannedDates(details, today);
		if (details.progress() == null || details.progress() < 0 || details.progress() > 100) {
			throw new RuleViolationException("progress", "project.progress.range");
		}
		if (details.actualStart() != null) {
			if (!this.status.hasStarted()) {
				throw new RuleViolationException("actualStart", "project.actualStart.notStarted");
			}
			checkPastDate("actualStart", details.actualStart(), today);
		}
		if (details.actualEnd() != null) {
			if (!this.status.hasFinished()) {
				throw new RuleViolationException("actualEnd", "project.actualEnd.notFinished");
			}
			checkPastDate("actualEnd", details.actualEnd(), today);
			if (details.actualStart() == null) {
				throw new RuleViolationException("actualStart", "project.actualEnd.needsStart");
			}
			if (details.actualEnd().isBefore(details.actualStart())) {
				throw new RuleViolationException("actualEnd", "project.actualEnd.beforeStart");
			}
		}
		describe(details);
		this.progress = details.progress();
		this.actualStart = details.actualStart();
		this.actualEnd = details.actualEnd();
	}

	private void describe(ProjectDetails details) {
		this.kind = details.kind();
		this.name = details.name();
		this.location = details.location();
		this.lengthMetres = centimetres(details.lengthMetres());
		this.widthMetres = centimetres(details.widthMetres());
		this.householdsBenefiting = details.householdsBenefiting();
		this.description = details.description();
		this.plannedStart = details.plannedStart();
		this.plannedEnd = details.plannedEnd();
	}

	static void checkPlannedDates(ProjectDetails details, LocalDate today) {
		checkPlannedDate("plannedStart", details.plannedStart(), today);
		checkPlannedDate("plannedEnd", details.plannedEnd(), today);
		if (details.plannedStart() != null && details.plannedEnd() != null
				&& details.plannedEnd().isBefore(details.plannedStart())) {
			throw new RuleViolationException("plannedEnd", "project.plannedEnd.beforeStart");
		}
	}

	private static void checkPlannedDate(String field, LocalDate date, LocalDate today) {
		if (date == null) {
			return;
		}
		RecordDates.requireNotTooOld(field, date);
		if (date.isAfter(today.plusYears(PLANNING_YEARS))) {
			throw new RuleViolationException(field, "project.date.tooFar", PLANNING_YEARS);
		}
	}

	/**
	 * Moves the project to another status, if that move is allowed.
	 * @param date the actual start (to building) or end (to completed)
	 */
	void moveTo(ProjectStatus target, LocalDate date, String note, LocalDate today) {
		if (!this.status.canMoveTo(target)) {
			throw new RuleViolationException("target", "project.status.notAllowed", label(this.status), label(target));
		}
		checkPastDate("statusDate", date, today);
		switch (target) {
			case APPROVED -> requireMajority();
			case UNDER_CONSTRUCTION -> this.actualStart = date;
			case COMPLETED -> {
				if (this.actualStart != null && date.isBefore(this.actualStart)) {
					throw new RuleViolationException("statusDate", "project.completed.beforeStart",
							VietnameseDates.format(this.actualStart));
				}
				if (this.actualStart == null) {
					this.actualStart = date;
				}
				this.actualEnd = date;
				this.progress = 100;
			}
			case CANCELLED -> {
				if (note == null || note.isBlank()) {
					throw new RuleViolationException("statusNote", "project.cancel.reasonRequired");
				}
				this.cancelReason = note.strip();
			}
			default -> {
			}
		}
		this.status = target;
	}

	private void requireMajority() {
		ProjectMeeting meeting = decidingMeeting()
			.orElseThrow(() -> new RuleViolationException("target", "project.approve.noMeeting"));
		if (!meeting.hasMajority()) {
			throw new RuleViolationException("target", "project.approve.noMajority",
					VietnameseDates.format(meeting.getDate()), meeting.getHouseholdsAgreeing(),
					meeting.getAreaHouseholds(), meeting.agreementPercent());
		}
	}

	/**
	 * The latest meeting (by date, then as recorded): the residents' current decision.
	 */
	Optional<ProjectMeeting> decidingMeeting() {
		return this.meetings.stream()
			.max(Comparator.comparing(ProjectMeeting::getDate).thenComparing(ProjectMeeting::getId));
	}

	ProjectMeeting addMeeting(MeetingDetails details, int areaHouseholds, String recordedBy, Instant at,
			LocalDate today) {
		if (!this.status.isBeingDecided()) {
			throw new RuleViolationException(null, "project.meeting.decided");
		}
		checkPastDate("meetingDate", details.date(), today);
		if (areaHouseholds <= 0) {
			throw new RuleViolationException(null, "project.meeting.noHouseholds");
		}
		if (details.householdsPresent() > areaHouseholds) {
			throw new RuleViolationException("householdsPresent", "project.meeting.presentTooMany", areaHouseholds);
		}
		if (details.householdsAgreeing() > details.householdsPresent()) {
			throw new RuleViolationException("householdsAgreeing", "project.meeting.agreeingTooMany");
		}
		ProjectMeeting meeting = new ProjectMeeting(this, details, areaHouseholds, recordedBy, at);
		this.meetings.add(meeting);
		return meeting;
	}

	ProjectMeeting removeMeeting(Long meetingId) {
		ProjectMeeting meeting = this.meetings.stream()
			.filter((candidate) -> candidate.getId().equals(meetingId))
			.findFirst()
			.orElseThrow(() -> new ProjectNotFoundException("meeting " + meetingId));
		if (!this.status.isBeingDecided()) {
			throw new RuleViolationException(null, "project.meeting.decided");
		}
		this.meetings.remove(meeting);
		return meeting;
	}

	BoardMember addBoardMember(BoardMemberDetails details) {
		requireOpen();
		if (this.board.size() >= Projects.MAX_BOARD_MEMBERS) {
			throw new RuleViolationException(null, "project.board.full", Projects.MAX_BOARD_MEMBERS);
		}
		BoardMember member = new BoardMember(this, details);
		this.board.add(member);
		return member;
	}

	BoardMember removeBoardMember(Long memberId) {
		BoardMember member = this.board.stream()
			.filter((candidate) -> candidate.getId().equals(memberId))
			.findFirst()
			.orElseThrow(() -> new ProjectNotFoundException("board member " + memberId));
		requireOpen();
		this.board.remove(member);
		return member;
	}

	/**
	 * Adds an update to the timeline; its progress, when given, becomes the project's.
	 */
	ProjectUpdate addUpdate(UpdateDetails details, String recordedBy, Instant at, LocalDate today) {
		requireOpen();
		checkPastDate("updateDate", details.date(), today);
		if (details.progress() != null) {
			if (details.progress() < 0 || details.progress() > 100) {
				throw new RuleViolationException("updateProgress", "project.progress.range");
			}
			this.progress = details.progress();
		}
		ProjectUpdate update = new ProjectUpdate(this, details, recordedBy, at);
		this.updates.add(update);
		return update;
	}

	/**
	 * Withdraws an update and its photos (also from a closed project: a photo may have to
	 * come down).
	 */
	ProjectUpdate removeUpdate(Long updateId) {
		ProjectUpdate update = this.updates.stream()
			.filter((candidate) -> candidate.getId().equals(updateId))
			.findFirst()
			.orElseThrow(() -> new ProjectNotFoundException("update " + updateId));
		this.updates.remove(update);
		return update;
	}

	/**
	 * Replaces the funding plan; every amount between 0 and the ledger's maximum.
	 */
	void replacePlan(Map<FundingSource, Money> amounts, Money max) {
		requireOpen();
		for (Map.Entry<FundingSource, Money> amount : amounts.entrySet()) {
			if (amount.getValue().isNegative()) {
				throw new RuleViolationException(FundingPlan.field(amount.getKey()), "project.plan.negative");
			}
			if (amount.getValue().compareTo(max) > 0) {
				throw new RuleViolationException(FundingPlan.field(amount.getKey()), "project.plan.tooLarge",
						max.toString());
			}
		}
		this.plan.clear();
		amounts.forEach((source, money) -> this.plan.add(new PlannedAmount(this.wardId, source, money.amount())));
	}

	/** The plan by source; empty when none was drawn up. */
	Map<FundingSource, Money> plan() {
		Map<FundingSource, Money> amounts = new EnumMap<>(FundingSource.class);
		this.plan.forEach((line) -> amounts.put(line.source, Money.of(line.planned)));
		return amounts;
	}

	private void requireOpen() {
		if (this.status.isClosed()) {
			throw new RuleViolationException(null, "project.closed", label(this.status));
		}
	}

	private static void checkPastDate(String field, LocalDate date, LocalDate today) {
		if (date == null) {
			throw new RuleViolationException(field, "project.date.required");
		}
		if (date.isAfter(today)) {
			throw new RuleViolationException(field, "project.date.future");
		}
		RecordDates.requireNotTooOld(field, date);
	}

	private static DefaultMessageSourceResolvable label(ProjectStatus status) {
		return new DefaultMessageSourceResolvable("projectStatus." + status.name());
	}

	/**
	 * The project's fields for the audit trail, enums in words.
	 */
	Map<String, String> auditState(Function<Enum<?>, String> label) {
		Map<String, String> state = new LinkedHashMap<>();
		state.put("project.kind", label.apply(this.kind));
		state.put("project.name", this.name);
		state.put("project.location", this.location);
		state.put("project.lengthMetres", metres(this.lengthMetres));
		state.put("project.widthMetres", metres(this.widthMetres));
		state.put("project.householdsBenefiting",
				(this.householdsBenefiting != null) ? String.valueOf(this.householdsBenefiting) : null);
		state.put("project.description", this.description);
		state.put("project.status", label.apply(this.status));
		state.put("project.progress", this.progress + "%");
		state.put("project.plannedStart", VietnameseDates.format(this.plannedStart));
		state.put("project.plannedEnd", VietnameseDates.format(this.plannedEnd));
		state.put("project.actualStart", VietnameseDates.format(this.actualStart));
		state.put("project.actualEnd", VietnameseDates.format(this.actualEnd));
		state.put("project.cancelReason", this.cancelReason);
		return state;
	}

	Map<String, String> planAuditState() {
		Map<String, String> state = new LinkedHashMap<>();
		Map<FundingSource, Money> amounts = plan();
		for (FundingSource source : FundingSource.values()) {
			Money amount = amounts.get(source);
			state.put("project.plan." + source.name(), (amount != null) ? amount.toString() : null);
		}
		return state;
	}

	/** Metres as stored: two decimals. */
	private static BigDecimal centimetres(BigDecimal metres) {
		return (metres != null) ? metres.setScale(2, RoundingMode.HALF_UP) : null;
	}

	/** "120,5 m" written the Vietnamese way. */
	static String metres(BigDecimal metres) {
		return (metres != null) ? metres.stripTrailingZeros().toPlainString().replace('.', ',') + " m" : null;
	}

	Long getId() {
		return this.id;
	}

	Long getWardId() {
		return this.wardId;
	}

	Long getAreaId() {
		return this.areaId;
	}

	Long getFundId() {
		return this.fundId;
	}

	ProjectKind getKind() {
		return this.kind;
	}

	String getName() {
		return this.name;
	}

	String getLocation() {
		return this.location;
	}

	BigDecimal getLengthMetres() {
		return this.lengthMetres;
	}

	BigDecimal getWidthMetres() {
		return this.widthMetres;
	}

	Integer getHouseholdsBenefiting() {
		return this.householdsBenefiting;
	}

	String getDescription() {
		return this.description;
	}

	ProjectStatus getStatus() {
		return this.status;
	}

	int getProgress() {
		return this.progress;
	}

	LocalDate getPlannedStart() {
		return this.plannedStart;
	}

	LocalDate getPlannedEnd() {
		return this.plannedEnd;
	}

	LocalDate getActualStart() {
		return this.actualStart;
	}

	LocalDate getActualEnd() {
		return this.actualEnd;
	}

	String getCancelReason() {
		return this.cancelReason;
	}

	List<ProjectMeeting> getMeetings() {
		return this.meetings;
	}

	List<BoardMember> getBoard() {
		return this.board;
	}

	List<ProjectUpdate> getUpdates() {
		return this.updates;
	}

	Integer getVersion() {
		return this.version;
	}

	/**
	 * A line of the funding plan.
	 */
	@Embeddable
	static class PlannedAmount {

		private Long wardId;

		@Enumerated(EnumType.STRING)
		private FundingSource source;

		private BigDecimal planned;

		protected PlannedAmount() {
		}

		PlannedAmount(Long wardId, FundingSource source, BigDecimal planned) {
			this.wardId = wardId;
			this.source = source;
			this.planned = planned.setScale(0);
		}

		@Override
		public boolean equals(Object obj) {
			return (obj instanceof PlannedAmount other) && this.source == other.source
					&& Objects.equals(this.wardId, other.wardId) && this.planned.compareTo(other.planned) == 0;
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.source, this.planned.stripTrailingZeros());
		}

	}

}
