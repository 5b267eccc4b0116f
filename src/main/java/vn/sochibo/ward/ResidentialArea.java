package vn.sochibo.ward;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.VietnameseDates;

/**
 * A self-governing residential unit of a ward (khu vực, khu phố, tổ dân phố, ấp…). Units
 * merge and get renamed: an area keeps its validity dates and the area it was merged
 * into.
 */
@Entity
@Table(name = "residential_areas")
class ResidentialArea {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private AreaKind kind;

	private LocalDate validFrom;

	private LocalDate validTo;

	private Long mergedIntoId;

	@Version
	private Integer version;

	protected ResidentialArea() {
	}

	ResidentialArea(Long wardId, AreaDetails details, AreaKind usualKind) {
		this.wardId = wardId;
		this.kind = usualKind;
		apply(details);
	}

	/**
	 * Applies the edited fields; a null kind keeps the area's kind.
	 */
	void apply(AreaDetails details) {
		if (details.validTo() != null && details.validTo().isBefore(details.validFrom())) {
			throw new RuleViolationException("validTo", "area.validTo.beforeFrom");
		}
		if (this.mergedIntoId != null && !java.util.Objects.equals(details.validTo(), this.validTo)) {
			throw new RuleViolationException("validTo", "area.merged.validTo");
		}
		this.code = details.code();
		this.name = details.name();
		this.kind = (details.kind() != null) ? details.kind() : this.kind;
		this.validFrom = details.validFrom();
		this.validTo = details.validTo();
	}

	/**
	 * Ends this area on the day before {@code date} and links it to the area that takes
	 * over its households.
	 */
	void mergeInto(ResidentialArea target, LocalDate date) {
		if (target.id.equals(this.id)) {
			throw new RuleViolationException("targetId", "area.merge.self");
		}
		if (this.mergedIntoId != null) {
			throw new RuleViolationException("targetId", "area.merge.alreadyMerged");
		}
		if (target.mergedIntoId != null || !target.isValidOn(date)) {
			throw new RuleViolationException("targetId", "area.merge.targetInvalid");
		}
		if (!date.isAfter(this.validFrom)) {
			throw new RuleViolationException("date", "area.merge.beforeStart");
		}
		if (this.validTo != null && this.validTo.isBefore(date.minusDays(1))) {
			throw new RuleViolationException("date", "area.merge.afterEnd");
		}
		this.mergedIntoId = target.id;
		this.validTo = date.minusDays(1);
	}

	boolean isValidOn(LocalDate date) {
		return !date.isBefore(this.validFrom) && (this.validTo == null || !date.isAfter(this.validTo));
	}

	Map<String, String> auditState() {
		Map<String, String> state = new LinkedHashMap<>();
		state.put("code", this.code);
		state.put("name", this.name);
		state.put("kind", "AREA_" + this.kind.name());
		state.put("validFrom", VietnameseDates.format(this.validFrom));
		state.put("validTo", VietnameseDates.format(this.validTo));
		state.put("mergedIntoId", (this.mergedIntoId != null) ? this.mergedIntoId.toString() : null);
		return state;
	}

	Long getId() {
		return this.id;
	}

	Long getWardId() {
		return this.wardId;
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

	AreaKind getKind() {
		return this.kind;
	}

	LocalDate getValidFrom() {
		return this.validFrom;
	}

	LocalDate getValidTo() {
		return this.validTo;
	}

	Long getMergedIntoId() {
		return this.mergedIntoId;
	}

	Integer getVersion() {
		return this.version;
	}

}
