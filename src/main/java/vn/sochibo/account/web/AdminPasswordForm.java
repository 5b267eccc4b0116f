package vn.sochibo.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A ward admin's new password, set by the system admin: typed twice.
 */
public class AdminPasswordForm {

	@NotBlank
	@Size(max = 200)
	private String password;

	@NotBlank
	@Size(max = 200)
	private String repeatedPassword;

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getRepeatedPassword() {
		return this.repeatedPassword;
	}

	public void setRepeatedPassword(String repeatedPassword) {
		this.repeatedPassword = repeatedPassword;
	}

}
