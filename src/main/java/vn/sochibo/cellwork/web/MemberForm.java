package vn.sochibo.cellwork.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.sochibo.cellwork.MemberDetails;
import vn.sochibo.cellwork.MemberView;
import vn.sochibo.cellwork.NewMember;
import vn.sochibo.cellwork.Sex;

/**
 * A member's facts as the form edits them; on a new member also the day they began in the
 * cell and where they came from.
 */
public class MemberForm {

	@NotBlank
	@Size(max = 120)
	private String fullName;

	@NotNull
	private Integer birthYear;

	@NotNull
	private Sex sex;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate joinedOn;

	/** True: full member; false: probationary. */
	@NotNull
	private Boolean full;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate officialOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate officialDueOn;

	@Size(max = 20)
	private String cardNumber;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate exemptSince;

	@Size(max = 200)
	private String exemptReason;

	@Size(max = 40)
	private String householdCode;

	@Size(max = 1000)
	private String note;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate since;

	@Size(max = 200)
	private String cameFrom;

	private Integer version;

	static MemberForm of(MemberView member) {
		MemberForm form = new MemberForm();
		form.fullName = member.fullName();
		form.birthYear = member.birthYear();
		form.sex = member.sex();
		form.joinedOn = member.joinedOn();
		form.full = !member.probationary();
		form.officialOn = member.officialOn();
		form.officialDueOn = member.officialDueOn();
		form.cardNumber = member.cardNumber();
		form.exemptSince = member.exemptSince();
		form.exemptReason = member.exemptReason();
		form.householdCode = member.householdCode();
		form.note = member.note();
		form.version = member.version();
		return form;
	}

	/**
	 * The form's own rule: a full member needs the day they became full (without it the
	 * member would silently be probationary).
	 */
	void check(org.springframework.validation.BindingResult result) {
		if (Boolean.TRUE.equals(this.full) && this.officialOn == null && !result.hasFieldErrors("officialOn")) {
			result.rejectValue("officialOn", "member.officialOn.required");
		}
	}

	MemberDetails toDetails() {
		boolean isFull = Boolean.TRUE.equals(this.full);
		return new MemberDetails(this.fullName, this.birthYear, this.sex, this.joinedOn,
				isFull ? this.officialOn : null, isFull ? null : this.officialDueOn, this.cardNumber, this.exemptSince,
				this.exemptReason, this.householdCode, this.note);
	}

	NewMember toNewMember() {
		return new NewMember(toDetails(), this.since, this.cameFrom);
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public Integer getBirthYear() {
		return this.birthYear;
	}

	public void setBirthYear(Integer birthYear) {
		this.birthYear = birthYear;
	}

	public Sex getSex() {
		return this.sex;
	}

	public void setSex(Sex sex) {
		this.sex = sex;
	}

	public LocalDate getJoinedOn() {
		return this.joinedOn;
	}

	public void setJoinedOn(LocalDate joinedOn) {
		this.joinedOn = joinedOn;
	}

	public Boolean getFull() {
		return this.full;
	}

	public void setFull(Boolean full) {
		this.full = full;
	}

	public LocalDate getOfficialOn() {
		return this.officialOn;
	}

	public void setOfficialOn(LocalDate officialOn) {
		this.officialOn = officialOn;
	}

	public LocalDate getOfficialDueOn() {
		return this.officialDueOn;
	}

	public void setOfficialDueOn(LocalDate officialDueOn) {
		this.officialDueOn = officialDueOn;
	}

	public String getCardNumber() {
		return this.cardNumber;
	}

	public void setCardNumber(String cardNumber) {
		this.cardNumber = cardNumber;
	}

	public LocalDate getExemptSince() {
		return this.exemptSince;
	}

	public void setExemptSince(LocalDate exemptSince) {
		this.exemptSince = exemptSince;
	}

	public String getExemptReason() {
		return this.exemptReason;
	}

	public void setExemptReason(String exemptReason) {
		this.exemptReason = exemptReason;
	}

	public String getHouseholdCode() {
		return this.householdCode;
	}

	public void setHouseholdCode(String householdCode) {
		this.householdCode = householdCode;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public LocalDate getSince() {
		return this.since;
	}

	public void setSince(LocalDate since) {
		this.since = since;
	}

	public String getCameFrom() {
		return this.cameFrom;
	}

	public void setCameFrom(String cameFrom) {
		this.cameFrom = cameFrom;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
