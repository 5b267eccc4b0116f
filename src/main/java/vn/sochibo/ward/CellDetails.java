package vn.sochibo.ward;

import java.time.LocalDate;
import java.util.Set;

/**
 * The editable fields of a Party cell and the areas it covers now.
 */
public record CellDetails(String name, String secretaryName, LocalDate validFrom, LocalDate validTo,
		Set<Long> areaIds) {
}
