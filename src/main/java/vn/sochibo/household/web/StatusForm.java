package vn.sochibo.household.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.sochibo.household.PolicySubtype;
import vn.sochibo.household.StatusDetails;
import vn.sochibo.household.StatusKind;

/**
 * A status of a household in a year. The year's range (1945 – next year) depends on the
 * clock and is checked by the service.
 */
public class StatusForm {

	@NotNull
	private Integer year;

	@NotNull
	private StatusKind kind;

	private PolicySubtype policySubtype;

	@Size(max = 160)
	private String standard;

	@Size(max = 160)
	private String decisionRef;

	@Size(max = 500)
	private String note;

	StatusDetails toDetails() {
		return new StatusDetails(this.year, this.kind, this.policySubtype, this.standard, this.decisionRef, this.note);
	}

	public Integer getYear() {
		return this.year;
	}

	public void setYear(Integer year) {
		this.year = year;
	}

	public StatusKind getKind() {
		return this.kind;
	}

	public void setKind(StatusKind kind) {
		this.kind = kind;
	}

	public PolicySubtype getPolicySubtype() {
		return this.policySubtype;
	}

	public void setPolicySubtype(PolicySubtype policySubtype) {
		this.policySubtype = policySubtype;
	}

	public String getStandard() {
		return this.standard;
	}

	public void setStandard(String standard) {
		this.standard = standard;
	}

	public String getDecisionRef() {
		return this.decisionRef;
	}

	public void setDecisionRef(String decisionRef) {
		this.decisionRef = decisionRef;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
