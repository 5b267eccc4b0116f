package vn.sochibo.household;

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

/**
 * A household's status in one year, with the standard used and the decision that
 * recognised it (statuses are reviewed every year, so they are never "current").
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
	 * One line for the audit trail, e.g. "2025: Gia đình chính sách (Thương binh) – QĐ
	 * 12".
	 */
	String describe(Function<Enum<?>, String> label) {
		return this.year + ": " + label.apply(this.kind)
				+ ((this.policySubtype != null) ? " (" + label.apply(this.policySubtype) + ")" : "")
				+ ((this.decisionRef != null) ? " – " + this.decisionRef : "");
	}

	StatusView toView() {
		return new StatusView(this.id, this.year, this.kind, this.policySubtype, this.standard, this.decisionRef,
				this.note);
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

}
