package vn.sochibo.household;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.sochibo.shared.RuleViolationException;

/**
 * A household of the register, with its statuses: poor and near-poor for each year, the
 * lasting ones from their first year until ended. The phone number, the address and every
 * status are private: no public page shows them.
 */
@Entity
@Table(name = "households")
class Household {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	private Long areaId;

	private String code;

	private String headName;

	private String address;

	private String alley;

	private Integer members;

	private String phone;

	private String notes;

	@OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<HouseholdStatus> statuses = new ArrayList<>();

	@Version
	private Integer version;

	protected Household() {
	}

	Household(Long wardId, String code, HouseholdDetails details) {
		this.wardId = wardId;
		this.code = code;
		apply(code, details);
	}

	void apply(String code, HouseholdDetails details) {
		this.code = code;
		this.headName = details.headName();
		this.address = details.address();
		this.alley = details.alley();
		this.areaId = details.areaId();
		this.members = details.members();
		this.phone = details.phone();
		this.notes = details.notes();
	}

	void moveTo(Long areaId) {
		this.areaId = areaId;
	}

	HouseholdStatus addStatus(StatusDetails details) {
		if (details.kind().lasts()) {
			this.statuses.stream()
				.filter((status) -> status.getKind() == details.kind() && status.overlapsFrom(details.year()))
				.findFirst()
				.ifPresent((held) -> {
					throw new RuleViolationException("kind", "status.lasting.held", held.span());
				});
		}
		boolean exists = this.statuses.stream()
			.anyMatch((status) -> status.getYear().equals(details.year()) && status.getKind() == details.kind());
		if (exists) {
			throw new RuleViolationException("kind", "status.duplicate", details.year());
		}
		HouseholdStatus status = new HouseholdStatus(this, details);
		this.statuses.add(status);
		return status;
	}

	/**
	 * Whether the household has a status of one of these kinds in {@code year}.
	 */
	boolean holdsAny(int year, java.util.Set<StatusKind> kinds) {
		return this.statuses.stream().anyMatch((status) -> kinds.contains(status.getKind()) && status.heldIn(year));
	}

	HouseholdStatus status(Long statusId) {
		return this.statuses.stream()
			.filter((candidate) -> candidate.getId().equals(statusId))
			.findFirst()
			.orElseThrow(() -> new HouseholdNotFoundException("status " + statusId));
	}

	HouseholdStatus removeStatus(Long statusId) {
		HouseholdStatus status = status(statusId);
		this.statuses.remove(status);
		return status;
	}

	List<HouseholdStatus> statusesNewestFirst() {
		return this.statuses.stream()
			.sorted(Comparator.comparing(HouseholdStatus::getYear).reversed().thenComparing(HouseholdStatus::getKind))
			.toList();
	}

	Map<String, String> auditState() {
		Map<String, String> state = new LinkedHashMap<>();
		state.put("code", this.code);
		state.put("headName", this.headName);
		state.put("address", this.address);
		state.put("alley", this.alley);
		state.put("areaId", String.valueOf(this.areaId));
		state.put("members", String.valueOf(this.members));
		state.put("phone", this.phone);
		state.put("notes", this.notes);
		return state;
	}

	Long getId() {
		return this.id;
	}

	Long getWardId() {
		return this.wardId;
	}

	Long getAreaId() {
		return this.areaId;
	}

	String getCode() {
		return this.code;
	}

	String getHeadName() {
		return this.headName;
	}

	String getAddress() {
		return this.address;
	}

	String getAlley() {
		return this.alley;
	}

	Integer getMembers() {
		return this.members;
	}

	String getPhone() {
		return this.phone;
	}

	String getNotes() {
		return this.notes;
	}

	Integer getVersion() {
		return this.version;
	}

}
