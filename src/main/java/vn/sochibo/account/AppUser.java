package vn.sochibo.account;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Role;

/**
 * A user account: a role in one ward (or the deployment, for the system admin), with the
 * areas and cells it is assigned to.
 */
@Entity
@Table(name = "app_users")
class AppUser {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	private String username;

	private String fullName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled = true;

	@ElementCollection
	@CollectionTable(name = "user_areas", joinColumns = @JoinColumn(name = "user_id"))
	private Set<Assignment> areas = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "user_cells", joinColumns = @JoinColumn(name = "user_id"))
	@jakarta.persistence.AttributeOverride(name = "targetId", column = @Column(name = "cell_id"))
	private Set<Assignment> cells = new HashSet<>();

	@Version
	private Integer version;

	protected AppUser() {
	}

	AppUser(Long wardId, String username, String fullName, Role role, String passwordHash) {
		this.wardId = wardId;
		this.username = username;
		this.fullName = fullName;
		this.role = role;
		this.passwordHash = passwordHash;
	}

	void update(String fullName, Role role, Set<Long> areaIds, Set<Long> cellIds) {
		this.fullName = fullName;
		this.role = role;
		assign(areaIds, cellIds);
	}

	void assign(Set<Long> areaIds, Set<Long> cellIds) {
		this.areas.clear();
		areaIds.forEach((areaId) -> this.areas.add(new Assignment(this.wardId, areaId)));
		this.cells.clear();
		cellIds.forEach((cellId) -> this.cells.add(new Assignment(this.wardId, cellId)));
	}

	void addArea(Long areaId) {
		this.areas.add(new Assignment(this.wardId, areaId));
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(this.id, this.wardId, this.username, this.role);
	}

	Set<Long> areaIds() {
		return this.areas.stream().map(Assignment::getTargetId).collect(Collectors.toSet());
	}

	Set<Long> cellIds() {
		return this.cells.stream().map(Assignment::getTargetId).collect(Collectors.toSet());
	}

	Map<String, String> auditState() {
		Map<String, String> state = new LinkedHashMap<>();
		state.put("username", this.username);
		state.put("fullName", this.fullName);
		state.put("role", this.role.name());
		state.put("enabled", String.valueOf(this.enabled));
		state.put("areas", joined(areaIds()));
		state.put("cells", joined(cellIds()));
		return state;
	}

	private static String joined(Set<Long> ids) {
		return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
	}

	Long getId() {
		return this.id;
	}

	Long getWardId() {
		return this.wardId;
	}

	String getUsername() {
		return this.username;
	}

	String getFullName() {
		return this.fullName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	Role getRole() {
		return this.role;
	}

	boolean isEnabled() {
		return this.enabled;
	}

	Integer getVersion() {
		return this.version;
	}

	/**
	 * A link from a user to an area or a cell of the same ward.
	 */
	@Embeddable
	static class Assignment {

		private Long wardId;

		@Column(name = "area_id")
		private Long targetId;

		protected Assignment() {
		}

		Assignment(Long wardId, Long targetId) {
			this.wardId = wardId;
			this.targetId = targetId;
		}

		Long getTargetId() {
			return this.targetId;
		}

		@Override
		public boolean equals(Object obj) {
			return (obj instanceof Assignment other) && this.targetId.equals(other.targetId);
		}

		@Override
		public int hashCode() {
			return this.targetId.hashCode();
		}

	}

}
