package vn.sochibo.fund.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public class ReversalForm {

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
