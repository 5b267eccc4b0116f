package vn.sochibo.household.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.sochibo.household.StatusEnd;

/**
 * Ends a lasting status: the last year it holds (checked against its first year and the
 * clock by the service) and why.
 */
public class EndStatusForm {

	@NotNull
	private Integer lastYear;

	@NotBlank
	@Size(max = 500)
	private String reason;

	StatusEnd toEnd() {
		return new StatusEnd(this.lastYear, this.reason);
	}

	public Integer getLastYear() {
		return this.lastYear;
	}

	public void setLastYear(Integer lastYear) {
		this.lastYear = lastYear;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
