package vn.sochibo.account.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.ConvertGroup;
import jakarta.validation.groups.Default;

import vn.sochibo.ward.web.WardSettingsForm;

/**
 * A new ward, with the public address its QR codes lead to, and its first ward admin.
 */
public class NewWardForm {

	@Valid
	@ConvertGroup(from = Default.class, to = WardSettingsForm.NewWard.class)
	private WardSettingsForm ward = new WardSettingsForm();

	@NotBlank
	@Size(min = 3, max = 60)
	@Pattern(regexp = "[A-Za-z0-9._-]*", message = "{user.username.pattern}")
	private String adminUsername;

	@NotBlank
	@Size(max = 120)
	private String adminFullName;

	@NotBlank
	@Size(max = 200)
	private String adminPassword;

	public WardSettingsForm getWard() {
		return this.ward;
	}

	public void setWard(WardSettingsForm ward) {
		this.ward = ward;
	}

	public String getAdminUsername() {
		return this.adminUsername;
	}

	public void setAdminUsername(String adminUsername) {
		this.adminUsername = adminUsername;
	}

	public String getAdminFullName() {
		return this.adminFullName;
	}

	public void setAdminFullName(String adminFullName) {
		this.adminFullName = adminFullName;
	}

	public String getAdminPassword() {
		return this.adminPassword;
	}

	public void setAdminPassword(String adminPassword) {
		this.adminPassword = adminPassword;
	}

}
