package vn.sochibo.welfare.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.sochibo.shared.Money;
import vn.sochibo.welfare.LoanPurpose;
import vn.sochibo.welfare.LoanReferralDetails;

/**
 * A loan referral as typed by an official: the household by its code in the register, the
 * programme, the amount asked (typed "50.000.000") and the day of the referral.
 */
public class LoanReferralForm {

	@NotBlank
	@Size(max = 30)
	private String householdCode;

	@NotNull
	private LoanPurpose purpose;

	@Size(max = 200)
	private String purposeNote;

	@NotNull
	private Money amountRequested;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate referralDate;

	@Size(max = 1000)
	private String note;

	LoanReferralDetails toDetails(Long householdId) {
		return new LoanReferralDetails(householdId, this.purpose, this.purposeNote, this.amountRequested,
				this.referralDate, this.note);
	}

	public String getHouseholdCode() {
		return this.householdCode;
	}

	public void setHouseholdCode(String householdCode) {
		this.householdCode = householdCode;
	}

	public LoanPurpose getPurpose() {
		return this.purpose;
	}

	public void setPurpose(LoanPurpose purpose) {
		this.purpose = purpose;
	}

	public String getPurposeNote() {
		return this.purposeNote;
	}

	public void setPurposeNote(String purposeNote) {
		this.purposeNote = purposeNote;
	}

	public Money getAmountRequested() {
		return this.amountRequested;
	}

	public void setAmountRequested(Money amountRequested) {
		this.amountRequested = amountRequested;
	}

	public LocalDate getReferralDate() {
		return this.referralDate;
	}

	public void setReferralDate(LocalDate referralDate) {
		this.referralDate = referralDate;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
