package vn.sochibo.account.web;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.sochibo.account.UserDetailsCommand;
import vn.sochibo.account.UserView;
import vn.sochibo.shared.Role;

/**
 * A ward user: login name, name, role and assignments; the password only when creating.
 */
public class UserForm {

	@NotBlank
	@Size(min = 3, max = 60)
	@Pattern(regexp = "[A-Za-z0-9._-]*", message = "{user.username.pattern}")
	private String username;

	@NotBlank
	@Size(max = 120)
	private String fullName;

	@NotNull
	private Role role;

	private Set<Long> areaIds = new LinkedHashSet<>();

	private Set<Long> cellIds = new LinkedHashSet<>();

	@Size(max = 200)
	private String password;

	private Integer version;

	static UserForm of(UserView user) {
		UserForm form = new UserForm();
		form.username = user.username();
		form.fullName = user.fullName();
		form.role = user.role();
		form.areaIds = new LinkedHashSet<>(user.areaIds());
		form.cellIds = new LinkedHashSet<>(user.cellIds());
		form.version = user.version();
		return form;
	}

	UserDetailsCommand toCommand() {
		return new UserDetailsCommand(this.username, this.fullName, this.role, this.areaIds, this.cellIds);
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Set<Long> getAreaIds() {
		return this.areaIds;
	}

	public void setAreaIds(Set<Long> areaIds) {
		this.areaIds = (areaIds != null) ? areaIds : new LinkedHashSet<>();
	}

	public Set<Long> getCellIds() {
		return this.cellIds;
	}

	public void setCellIds(Set<Long> cellIds) {
		this.cellIds = (cellIds != null) ? cellIds : new LinkedHashSet<>();
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
