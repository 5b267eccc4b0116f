package vn.sochibo.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import vn.sochibo.ward.WardIdentity;
import vn.sochibo.ward.WardView;

/**
 * What the system admin edits of a ward, with the version it was read at.
 */
public class WardIdentityForm {

	@NotBlank
	@Size(max = 120)
	private String name;

	@NotBlank
	@Size(max = 120)
	private String province;

	@NotBlank
	@Size(max = 40)
	private String unitLabel;

	@NotBlank
	@Size(max = 160)
	private String superiorBody;

	private Integer version;

	static WardIdentityForm of(WardView ward) {
		WardIdentityForm form = new WardIdentityForm();
		form.name = ward.name();
		form.province = ward.province();
		form.unitLabel = ward.unitLabel();
		form.superiorBody = ward.superiorBody();
		form.version = ward.version();
		return form;
	}

	WardIdentity toIdentity() {
		return new WardIdentity(this.name, this.province, this.unitLabel, this.superiorBody);
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getProvince() {
		return this.province;
	}

	public void setProvince(String province) {
		this.province = province;
	}

	public String getUnitLabel() {
		return this.unitLabel;
	}

	public void setUnitLabel(String unitLabel) {
		this.unitLabel = unitLabel;
	}

	public String getSuperiorBody() {
		return this.superiorBody;
	}

	public void setSuperiorBody(String superiorBody) {
		this.superiorBody = superiorBody;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
