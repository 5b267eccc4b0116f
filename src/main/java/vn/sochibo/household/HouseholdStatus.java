package vn.sochibo.household;

import java.time.LocalDate;
import java.util.function.Function;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.sochibo.shared.RuleViolationException;

/**
 * A household's status, with the standard used and the decision that recognised it. A
 * poor or near-poor status is of one year (the yearly review decides it again); a
 * {@link StatusKind#lasts() lasting} one holds from its first year until an officer ends
 * it, with the last year it held and a reason.
 */
@Entity
@Table(name = "household_statuses")
class HouseholdStatus {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "household_id")
	private Household household;

	@Column(name = "status_year")
	private Integer year;

	@Enumerated(EnumType.STRING)
	private StatusKind kind;

	@Enumerated(EnumType.STRING)
	private PolicySubtype policySubtype;

	private String standard;

	private String decisionRef;

	private String note;

	private Integer endYear;

	private LocalDate endedOn;

	private String endReason;

	protected HouseholdStatus() {
	}

	HouseholdStatus(Household household, StatusDetails details) {
		this.household = household;
		this.wardId = household.getWardId();
		this.year = details.year();
		this.kind = details.kind();
		this.policySubtype = (details.kind() == StatusKind.POLICY_FAMILY) ? details.policySubtype() : null;
		this.standard = details.standard();
		this.decisionRef = details.decisionRef();
		this.note = details.note();
	}

	/**
	 * Whether the household has this status in {@code year}: its own year, or for a
	 * lasting status any year from its first until its end.
	 */
	boolean heldIn(int year) {
		if (!this.kind.lasts()) {
			return this.year == year;
		}
		return this.year <= year && (this.endYear == null || this.endYear >= year);
	}

	/**
	 * Whether this status and a lasting one from {@code from} (open-ended) share a year.
	 */
	boolean overlapsFrom(int from) {
		return this.kind.lasts() ? (this.endYear == null || this.endYear >= from) : this.year >= from;
	}

	/**
	 * Ends a lasting status: {@code lastYear} is the last year it holds (from its first
	 * year on; the caller checks it is not ahead).
	 */
	void end(int lastYear, LocalDate on, String reason) {
		if (!this.kind.lasts()) {
			throw new RuleViolationException("lastYear", "status.end.notLasting");
		}
		if (this.endYear != null) {
			throw new RuleViolationException("lastYear", "status.end.already", this.endYear);
		}
		if (lastYear < this.year) {
			throw new RuleViolationException("lastYear", "status.end.beforeStart", this.year);
		}
		this.endYear = lastYear;
		this.endedOn = on;
		this.endReason = reason;
	}

	/**
	 * One line for the audit trail, e.g. "2025: Gia đình chính sách (Thương binh) – QĐ
	 * 12".
	 */
	String describe(Function<Enum<?>, String> label) {
		return span() + ": " + label.apply(this.kind)
				+ ((this.policySubtype != null) ? " (" + label.apply(this.policySubtype) + ")" : "")
				+ ((this.decisionRef != null) ? " – " + this.decisionRef : "");
	}

	/**
	 * The years it holds: "2025" for one year, "2024–" while it lasts, "2024–2026" once
	 * ended.
	 */
	String span() {
		if (!this.kind.lasts()) {
			return String.valueOf(this.year);
		}
		return this.year + "–" + ((this.endYear != null) ? this.endYear : "");
	}

	StatusView toView() {
		return new StatusView(this.id, this.year, this.kind, this.policySubtype, this.standard, this.decisionRef,
				this.note, this.endYear, this.endedOn, this.endReason);
	}

	Long getId() {
		return this.id;
	}

	Integer getYear() {
		return this.year;
	}

	StatusKind getKind() {
		return this.kind;
	}

	Integer getEndYear() {
		return this.endYear;
	}

	String getStandard() {
		return this.standard;
	}

}
