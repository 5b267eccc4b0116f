package vn.sochibo.cellwork.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.sochibo.cellwork.GuestKind;

/**
 * A guest of the meeting, or a member attending it temporarily from elsewhere.
 */
public class GuestForm {

	@NotNull
	private GuestKind kind;

	@NotBlank
	@Size(max = 120)
	private String fullName;

	@Size(max = 200)
	private String position;

	@Size(max = 200)
	private String organisation;

	private boolean higherLevel;

	private Integer version;

	public GuestKind getKind() {
		return this.kind;
	}

	public void setKind(GuestKind kind) {
		this.kind = kind;
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getPosition() {
		return this.position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

	public String getOrganisation() {
		return this.organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public boolean isHigherLevel() {
		return this.higherLevel;
	}

	public void setHigherLevel(boolean higherLevel) {
		this.higherLevel = higherLevel;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
