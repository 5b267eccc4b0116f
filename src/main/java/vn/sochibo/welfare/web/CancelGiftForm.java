package vn.sochibo.welfare.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why a gift is cancelled.
 */
public class CancelGiftForm {

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
