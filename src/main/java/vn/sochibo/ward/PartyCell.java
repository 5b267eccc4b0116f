package vn.sochibo.ward;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.VietnameseDates;

/**
 * A Party cell (chi bộ), normally one per residential area and named after it. The areas
 * it covers are kept with validity dates, because areas merge.
 */
@Entity
@Table(name = "party_cells")
class PartyCell {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	private String name;

	private String secretaryName;

	private LocalDate validFrom;

	private LocalDate validTo;

	@OneToMany(mappedBy = "cell", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("validFrom")
	private List<CellArea> areas = new ArrayList<>();

	@Version
	private Integer version;

	protected PartyCell() {
	}

	PartyCell(Long wardId, CellDetails details) {
		this.wardId = wardId;
		apply(details);
	}

	void apply(CellDetails details) {
		if (details.validTo() != null && details.validTo().isBefore(details.validFrom())) {
			throw new RuleViolationException("validTo", "cell.validTo.beforeFrom");
		}
		this.name = details.name();
		this.secretaryName = details.secretaryName();
		this.validFrom = details.validFrom();
		this.validTo = details.validTo();
	}

	/**
	 * Links the cell to an area from a date; a link to the same area that is still open
	 * is left as it is.
	 */
	void cover(ResidentialArea area, LocalDate from) {
		boolean open = this.areas.stream().anyMatch((link) -> link.isOpenFor(area.getId()));
		if (!open) {
			this.areas.add(new CellArea(this, area.getId(), from));
		}
	}

	/**
	 * Ends the open link to an area on the given day.
	 */
	void uncover(Long areaId, LocalDate until) {
		this.areas.stream().filter((link) -> link.isOpenFor(areaId)).forEach((link) -> link.end(until));
	}

	List<Long> openAreaIds() {
		return this.areas.stream().filter(CellArea::isOpen).map(CellArea::getAreaId).toList();
	}

	Map<String, String> auditState() {
		Map<String, String> state = new LinkedHashMap<>();
		state.put("name", this.name);
		state.put("secretaryName", this.secretaryName);
		state.put("validFrom", VietnameseDates.format(this.validFrom));
		state.put("validTo", VietnameseDates.format(this.validTo));
		state.put("areas", openAreaIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")));
		return state;
	}

	Long getId() {
		return this.id;
	}

	Long getWardId() {
		return this.wardId;
	}

	String getName() {
		return this.name;
	}

	String getSecretaryName() {
		return this.secretaryName;
	}

	LocalDate getValidFrom() {
		return this.validFrom;
	}

	LocalDate getValidTo() {
		return this.validTo;
	}

	List<CellArea> getAreas() {
		return this.areas;
	}

	Integer getVersion() {
		return this.version;
	}

}
