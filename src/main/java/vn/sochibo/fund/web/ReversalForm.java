package vn.sochibo.fund.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.sochibo.submission.OneTimeForm;

public class ReversalForm extends OneTimeForm {

	@NotBlank
	@Size(max = 500)
	private String reason;

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
