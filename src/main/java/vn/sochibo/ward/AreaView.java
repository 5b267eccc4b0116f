package vn.sochibo.ward;

import java.time.LocalDate;

/**
 * A residential area as lists, selects and detail pages show it.
 */
public record AreaView(Long id, String code, String name, LocalDate validFrom, LocalDate validTo, Long mergedIntoId,
		String mergedIntoName, Integer version) {

	public boolean isActive() {
		return this.mergedIntoId == null && this.validTo == null;
	}

	public String label() {
		return this.code + " – " + this.name;
	}

}
