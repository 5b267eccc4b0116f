package vn.sochibo.fund.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.sochibo.fund.Contribution;
import vn.sochibo.fund.ContributorKind;
import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.shared.Money;
import vn.sochibo.submission.OneTimeForm;

/**
 * A contribution or a pledge as typed by an official. The contributor is a household of
 * the register (by its code) or a named person, business, organisation or the state
 * budget; the display choice defaults to anonymous and must be what the contributor
 * chose.
 */
public class ContributionForm extends OneTimeForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	private PaymentMethod method = PaymentMethod.CASH;

	@NotNull
	private Money amount;

	private Long areaId;

	@Size(max = 30)
	private String householdCode;

	private ContributorKind contributorKind;

	@Size(max = 200)
	private String contributorName;

	@NotNull
	private DisplayChoice display = DisplayChoice.ANONYMOUS;

	@Pattern(regexp = "ông|bà", message = "{entry.honorific.pattern}")
	private String honorific;

	@Size(max = 500)
	private String description;

	Contribution toCommand(Long fundId, Long householdId) {
		return new Contribution(fundId, this.date, this.method, this.amount, this.areaId, householdId,
				(householdId != null) ? ContributorKind.HOUSEHOLD : this.contributorKind, this.contributorName,
				this.display, this.honorific, this.description);
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public PaymentMethod getMethod() {
		return this.method;
	}

	public void setMethod(PaymentMethod method) {
		this.method = method;
	}

	public Money getAmount() {
		return this.amount;
	}

	public void setAmount(Money amount) {
		this.amount = amount;
	}

	public Long getAreaId() {
		return this.areaId;
	}

	public void setAreaId(Long areaId) {
		this.areaId = areaId;
	}

	public String getHouseholdCode() {
		return this.householdCode;
	}

	public void setHouseholdCode(String householdCode) {
		this.householdCode = householdCode;
	}

	public ContributorKind getContributorKind() {
		return this.contributorKind;
	}

	public void setContributorKind(ContributorKind contributorKind) {
		this.contributorKind = contributorKind;
	}

	public String getContributorName() {
		return this.contributorName;
	}

	public void setContributorName(String contributorName) {
		this.contributorName = contributorName;
	}

	public DisplayChoice getDisplay() {
		return this.display;
	}

	public void setDisplay(DisplayChoice display) {
		this.display = display;
	}

	public String getHonorific() {
		return this.honorific;
	}

	public void setHonorific(String honorific) {
		this.honorific = honorific;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
