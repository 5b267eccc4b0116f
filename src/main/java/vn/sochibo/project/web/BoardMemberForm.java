package vn.sochibo.project.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.sochibo.project.BoardMemberDetails;

/**
 * A resident to add to the community investment supervision board.
 */
public class BoardMemberForm {

	@NotBlank
	@Size(max = 120)
	private String memberName;

	@Size(max = 120)
	private String memberRole;

	@Size(max = 20)
	@Pattern(regexp = "\\+?[0-9 .-]*")
	private String memberPhone;

	BoardMemberDetails toDetails() {
		return new BoardMemberDetails(this.memberName, this.memberRole, this.memberPhone);
	}

	public String getMemberName() {
		return this.memberName;
	}

	public void setMemberName(String memberName) {
		this.memberName = memberName;
	}

	public String getMemberRole() {
		return this.memberRole;
	}

	public void setMemberRole(String memberRole) {
		this.memberRole = memberRole;
	}

	public String getMemberPhone() {
		return this.memberPhone;
	}

	public void setMemberPhone(String memberPhone) {
		this.memberPhone = memberPhone;
	}

}
