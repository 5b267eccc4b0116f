package vn.sochibo.fund.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.sochibo.fund.Expenditure;
import vn.sochibo.shared.Money;
import vn.sochibo.submission.OneTimeForm;

/**
 * Money spent: to whom, for what, on which voucher, approved by whom.
 */
public class ExpenditureForm extends OneTimeForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate date;

	@NotNull
	private Money amount;

	@NotBlank
	@Size(max = 200)
	private String payee;

	@NotBlank
	@Size(max = 500)
	private String purpose;

	@Size(max = 60)
	private String voucherNo;

	@NotBlank
	@Size(max = 120)
	private String approver;

	private Long areaId;

	/**
	 * Support to a household (payee and area private) or spending on common work: asked
	 * every time, never preselected.
	 */
	@NotNull
	private Boolean householdSupport;

	Expenditure toCommand(Long fundId) {
		return new Expenditure(fundId, this.date, this.amount, this.payee, this.purpose, this.voucherNo, this.approver,
				this.areaId, this.householdSupport);
	}

	public Boolean getHouseholdSupport() {
		return this.householdSupport;
	}

	public void setHouseholdSupport(Boolean householdSupport) {
		this.householdSupport = householdSupport;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public void setDate(LocalDate date) {
		this.date = date;
	}

	public Money getAmount() {
		return this.amount;
	}

	public void setAmount(Money amount) {
		this.amount = amount;
	}

	public String getPayee() {
		return this.payee;
	}

	public void setPayee(String payee) {
		this.payee = payee;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public String getVoucherNo() {
		return this.voucherNo;
	}

	public void setVoucherNo(String voucherNo) {
		this.voucherNo = voucherNo;
	}

	public String getApprover() {
		return this.approver;
	}

	public void setApprover(String approver) {
		this.approver = approver;
	}

	public Long getAreaId() {
		return this.areaId;
	}

	public void setAreaId(Long areaId) {
		this.areaId = areaId;
	}

}
