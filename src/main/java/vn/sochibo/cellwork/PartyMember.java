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
 * A Party member (đảng viên) of one of the ward's cells. A member belongs to one cell at
 * a time; every period in a cell is kept ({@link MemberPeriod}), so moving keeps the
 * history. The member guards their own dates: full membership not before joining, the due
 * date of a probationary member after joining, no exemption before joining, nothing after
 * the member left.
 */
@Entity
@Table(name = "party_members")
class PartyMember {

	/** The Party admits members from this age. */
	static final int ADMISSION_AGE = 18;

	/** The Party's founding day: nobody joined before it. */
	static final LocalDate FOUNDED = LocalDate.of(1930, 2, 3);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	private Long cellId;

	private String fullName;

	private Integer birthYear;

	@Enumerated(EnumType.STRING)
	private Sex sex;

	private LocalDate joinedOn;

	private LocalDate officialOn;

	private LocalDate officialDueOn;

	private String cardNumber;

	private LocalDate exemptSince;

	private String exemptReason;

	private Long householdId;

	@Enumerated(EnumType.STRING)
	private MemberState state = MemberState.ACTIVE;

	private LocalDate leftOn;

	private String note;

	@OneToMany(mappedBy = "member", cascade = CascadeType.ALL)
	@OrderBy("validFrom, id")
	private List<MemberPeriod> periods = new ArrayList<>();

	@Version
	private Integer version;

	protected PartyMember() {
	}

	PartyMember(Long wardId, Long cellId, MemberDetails details, Long householdId, LocalDate today, LocalDate since,
			String cameFrom) {
		this.wardId = wardId;
		this.cellId = cellId;
		apply(details, householdId, today);
		if (since == null) {
			throw new RuleViolationException("since", "member.since.required");
		}
		if (since.isBefore(this.joinedOn)) {
			throw new RuleViolationException("since", "member.since.beforeJoined");
		}
		if (since.isAfter(today)) {
			throw new RuleViolationException("since", "member.date.future");
		}
		this.periods.add(new MemberPeriod(this, cellId, since, cameFrom));
	}

	void apply(MemberDetails details, Long householdId, LocalDate today) {
		if (details.birthYear() == null || details.birthYear() < 1900 || details.birthYear() > today.getYear()) {
			throw new RuleViolationException("birthYear", "member.birthYear.range");
		}
		LocalDate joined = details.joinedOn();
		if (joined.isAfter(today)) {
			throw new RuleViolationException("joinedOn", "member.date.future");
		}
		if (joined.isBefore(FOUNDED)) {
			throw new RuleViolationException("joinedOn", "member.joinedOn.beforeParty");
		}
		if (joined.getYear() < details.birthYear() + ADMISSION_AGE) {
			throw new RuleViolationException("joinedOn", "member.joinedOn.tooYoung", ADMISSION_AGE);
		}
		if (details.officialOn() != null) {
			if (details.officialOn().isBefore(joined)) {
				throw new RuleViolationException("officialOn", "member.officialOn.beforeJoined");
			}
			if (details.officialOn().isAfter(today)) {
				throw new RuleViolationException("officialOn", "member.date.future");
			}
		}
		LocalDate due = null;
		if (details.officialOn() == null) {
			due = (details.officialDueOn() != null) ? details.officialDueOn() : joined.plusMonths(12);
			if (!due.isAfter(joined)) {
				throw new RuleViolationException("officialDueOn", "member.officialDueOn.beforeJoined");
			}
		}
		if (details.exemptSince() != null) {
			if (details.exemptSince().isBefore(joined)) {
				throw new RuleViolationException("exemptSince", "member.exemptSince.beforeJoined");
			}
			if (details.exemptSince().isAfter(today)) {
				throw new RuleViolationException("exemptSince", "member.date.future");
			}
		}
		else if (details.exemptReason() != null) {
			throw new RuleViolationException("exemptSince", "member.exemptSince.required");
		}
		if (this.leftOn != null && (joined.isAfter(this.leftOn))) {
			throw new RuleViolationException("joinedOn", "member.joinedOn.afterLeft");
		}
		this.fullName = details.fullName();
		this.birthYear = details.birthYear();
		this.sex = details.sex();
		this.joinedOn = joined;
		this.officialOn = details.officialOn();
		this.officialDueOn = due;
		this.cardNumber = details.cardNumber();
		this.exemptSince = details.exemptSince();
		this.exemptReason = (details.exemptSince() != null) ? details.exemptReason() : null;
		this.householdId = householdId;
		this.note = details.note();
	}

	/**
	 * Moves the member out of their cell to another of the ward's cells from
	 * {@code date}: the period in the old cell ends the day before. The caller writes
	 * that, then {@link #enter} opens the period in the new cell (one open period at a
	 * time, the database checks).
	 */
	void leaveForCell(Long toCellId, LocalDate date, LocalDate today) {
		requireActive();
		if (toCellId.equals(this.cellId)) {
			throw new RuleViolationException("cellId", "member.transfer.sameCell");
		}
		MemberPeriod open = openPeriod();
		checkLeaving(open, date, today);
		open.end(date.minusDays(1), null);
	}

	void enter(Long toCellId, LocalDate date) {
		this.periods.add(new MemberPeriod(this, toCellId, date, null));
		this.cellId = toCellId;
	}

	/**
	 * The member moves to a Party organisation outside the ward (or died): the period
	 * ends on {@code date} and the member leaves the roll.
	 */
	void leave(MemberState state, LocalDate date, String wentTo, LocalDate today) {
		requireActive();
		MemberPeriod open = openPeriod();
		checkLeaving(open, date, today);
		open.end(date, (state == MemberState.MOVED_OUT) ? wentTo : null);
		this.state = state;
		this.leftOn = date;
	}

	private void checkLeaving(MemberPeriod open, LocalDate date, LocalDate today) {
		if (date == null) {
			throw new RuleViolationException("date", "member.leave.date.required");
		}
		if (date.isAfter(today)) {
			throw new RuleViolationException("date", "member.date.future");
		}
		if (!date.isAfter(open.getValidFrom())) {
			throw new RuleViolationException("date", "member.leave.beforeSince",
					VietnameseDates.format(open.getValidFrom()));
		}
	}

	private void requireActive() {
		if (this.state != MemberState.ACTIVE) {
			throw new RuleViolationException(null, "member.notActive");
		}
	}

	private MemberPeriod openPeriod() {
		return this.periods.stream().filter(MemberPeriod::isOpen).findFirst().orElseThrow();
	}

	/**
	 * Whether the member was on this cell's roll on that day.
	 */
	boolean inCellOn(Long cellId, LocalDate date) {
		return this.periods.stream().anyMatch((period) -> period.getCellId().equals(cellId) && period.covers(date));
	}

	Map<String, String> auditState() {
		Map<String, String> state = new LinkedHashMap<>();
		state.put("fullName", this.fullName);
		state.put("birthYear", String.valueOf(this.birthYear));
		state.put("sex", this.sex.name());
		state.put("joinedOn", VietnameseDates.format(this.joinedOn));
		state.put("officialOn", VietnameseDates.format(this.officialOn));
		state.put("officialDueOn", VietnameseDates.format(this.officialDueOn));
		state.put("cardNumber", this.cardNumber);
		state.put("exemptSince", VietnameseDates.format(this.exemptSince));
		state.put("exemptReason", this.exemptReason);
		state.put("householdId", (this.householdId != null) ? this.householdId.toString() : null);
		state.put("state", "MEMBER_" + this.state.name());
		state.put("leftOn", VietnameseDates.format(this.leftOn));
		state.put("cellId", String.valueOf(this.cellId));
		state.put("note", this.note);
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

	String getFullName() {
		return this.fullName;
	}

	Integer getBirthYear() {
		return this.birthYear;
	}

	Sex getSex() {
		return this.sex;
	}

	LocalDate getJoinedOn() {
		return this.joinedOn;
	}

	LocalDate getOfficialOn() {
		return this.officialOn;
	}

	LocalDate getOfficialDueOn() {
		return this.officialDueOn;
	}

	String getCardNumber() {
		return this.cardNumber;
	}

	LocalDate getExemptSince() {
		return this.exemptSince;
	}

	String getExemptReason() {
		return this.exemptReason;
	}

	Long getHouseholdId() {
		return this.householdId;
	}

	MemberState getState() {
		return this.state;
	}

	LocalDate getLeftOn() {
		return this.leftOn;
	}

	String getNote() {
		return this.note;
	}

	List<MemberPeriod> getPeriods() {
		return this.periods;
	}

	Integer getVersion() {
		return this.version;
	}

}
