package vn.sochibo.household.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.HouseholdDetails;

/**
 * The household form. A blank code asks for a generated one ("KV11-0042").
 */
public class HouseholdForm {

	@Size(max = 30)
	@Pattern(regexp = "[\\p{L}\\p{N}._/-]*", message = "{household.code.pattern}")
	private String code;

	@NotBlank
	@Size(max = 120)
	private String headName;

	@NotBlank
	@Size(max = 255)
	private String address;

	@Size(max = 80)
	private String alley;

	@NotNull
	private Long areaId;

	@NotNull
	@Min(1)
	@Max(50)
	private Integer members;

	@Size(max = 20)
	@Pattern(regexp = "\\+?[0-9 .-]*", message = "{household.phone.pattern}")
	private String phone;

	@Size(max = 1000)
	private String notes;

	private Integer version;

	static HouseholdForm of(HouseholdDetail household) {
		HouseholdForm form = new HouseholdForm();
		form.code = household.code();
		form.headName = household.headName();
		form.address = household.address();
		form.alley = household.alley();
		form.areaId = household.areaId();
		form.members = household.members();
		form.phone = household.phone();
		form.notes = household.notes();
		form.version = household.version();
		return form;
	}

	HouseholdDetails toDetails() {
		return new HouseholdDetails(this.code, this.headName, this.address, this.alley, this.areaId, this.members,
				this.phone, this.notes);
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getHeadName() {
		return this.headName;
	}

	public void setHeadName(String headName) {
		this.headName = headName;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getAlley() {
		return this.alley;
	}

	public void setAlley(String alley) {
		this.alley = alley;
	}

	public Long getAreaId() {
		return this.areaId;
	}

	public void setAreaId(Long areaId) {
		this.areaId = areaId;
	}

	public Integer getMembers() {
		return this.members;
	}

	public void setMembers(Integer members) {
		this.members = members;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
