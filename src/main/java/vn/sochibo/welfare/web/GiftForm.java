package vn.sochibo.welfare.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A gift to one household, chosen by its code, or to a named member of it.
 */
public class GiftForm extends GiftFields {

	@NotBlank
	@Size(max = 30)
	private String householdCode;

	@Size(max = 120)
	private String memberName;

	private boolean confirmDuplicate;

	public String getHouseholdCode() {
		return this.householdCode;
	}

	public void setHouseholdCode(String householdCode) {
		this.householdCode = householdCode;
	}

	public String getMemberName() {
		return this.memberName;
	}

	public void setMemberName(String memberName) {
		this.memberName = memberName;
	}

	public boolean isConfirmDuplicate() {
		return this.confirmDuplicate;
	}

	public void setConfirmDuplicate(boolean confirmDuplicate) {
		this.confirmDuplicate = confirmDuplicate;
	}

}
