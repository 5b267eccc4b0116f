package vn.sochibo.household.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Ends a proposal of the review (thoát nghèo): why.
 */
public class EndProposalForm {

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
