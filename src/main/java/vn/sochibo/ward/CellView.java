package vn.sochibo.ward;

import java.time.LocalDate;
import java.util.List;

/**
 * A Party cell with the areas it covers (current and past) as pages show it.
 */
public record CellView(Long id, String name, String secretaryName, LocalDate validFrom, LocalDate validTo,
		List<CellAreaView> areas, Integer version) {

	public List<CellAreaView> currentAreas() {
		return this.areas.stream().filter((area) -> area.validTo() == null).toList();
	}

	public record CellAreaView(Long areaId, String areaLabel, LocalDate validFrom, LocalDate validTo) {
	}

}
