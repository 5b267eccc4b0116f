package vn.sochibo.welfare.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

import vn.sochibo.shared.Money;
import vn.sochibo.welfare.LoanOutcome;
import vn.sochibo.welfare.LoanReferralOutcome;
import vn.sochibo.welfare.LoanReferralView;

/**
 * The bank's decision on a referral, with the version of the referral the form was opened
 * on.
 */
public class LoanOutcomeForm {

	@NotNull
	private LoanOutcome outcome;

	private Money amountApproved;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate outcomeDate;

	private Integer version;

	static LoanOutcomeForm of(LoanReferralView referral) {
		LoanOutcomeForm form = new LoanOutcomeForm();
		form.setOutcome(referral.outcome());
		form.setAmountApproved(referral.amountApproved());
		form.setOutcomeDate(referral.outcomeDate());
		form.setVersion(referral.version());
		return form;
	}

	LoanReferralOutcome toOutcome() {
		return new LoanReferralOutcome(this.outcome, this.amountApproved, this.outcomeDate);
	}

	public LoanOutcome getOutcome() {
		return this.outcome;
	}

	public void setOutcome(LoanOutcome outcome) {
		this.outcome = outcome;
	}

	public Money getAmountApproved() {
		return this.amountApproved;
	}

	public void setAmountApproved(Money amountApproved) {
		this.amountApproved = amountApproved;
	}

	public LocalDate getOutcomeDate() {
		return this.outcomeDate;
	}

	public void setOutcomeDate(LocalDate outcomeDate) {
		this.outcomeDate = outcomeDate;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
