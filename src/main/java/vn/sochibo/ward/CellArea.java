package vn.sochibo.ward;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A cell's coverage of one residential area over a period.
 */
@Entity
@Table(name = "cell_areas")
class CellArea {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "cell_id")
	private PartyCell cell;

	private Long areaId;

	private LocalDate validFrom;

	private LocalDate validTo;

	protected CellArea() {
	}

	CellArea(PartyCell cell, Long areaId, LocalDate validFrom) {
		this.cell = cell;
		this.wardId = cell.getWardId();
		this.areaId = areaId;
		this.validFrom = validFrom;
	}

	boolean isOpen() {
		return this.validTo == null;
	}

	boolean isOpenFor(Long areaId) {
		return isOpen() && this.areaId.equals(areaId);
	}

	void end(LocalDate until) {
		this.validTo = until.isBefore(this.validFrom) ? this.validFrom : until;
	}

	Long getAreaId() {
		return this.areaId;
	}

	LocalDate getValidFrom() {
		return this.validFrom;
	}

	LocalDate getValidTo() {
		return this.validTo;
	}

}
