package vn.sochibo.ward;

import java.time.LocalDate;

/**
 * A residential area as lists, selects and detail pages show it.
 */
public record AreaView(Long id, String code, String name, AreaKind kind, LocalDate validFrom, LocalDate validTo,
		Long mergedIntoId, String mergedIntoName, Integer version) {

	public boolean isActive() {
		return this.mergedIntoId == null && this.validTo == null;
	}

	/**
	 * In use on that day: not merged, started, not ended.
	 */
	public boolean isActiveOn(LocalDate date) {
		return this.mergedIntoId == null && !date.isBefore(this.validFrom)
				&& (this.validTo == null || !date.isAfter(this.validTo));
	}

	public String label() {
		return this.code + " – " + this.name;
	}

}
