package vn.sochibo.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A user's own new password: the current one, the new one and the new one again.
 */
public class OwnPasswordForm {

	@NotBlank
	@Size(max = 200)
	private String currentPassword;

	@NotBlank
	@Size(max = 200)
	private String newPassword;

	@NotBlank
	@Size(max = 200)
	private String repeatedPassword;

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getRepeatedPassword() {
		return this.repeatedPassword;
	}

	public void setRepeatedPassword(String repeatedPassword) {
		this.repeatedPassword = repeatedPassword;
	}

}
