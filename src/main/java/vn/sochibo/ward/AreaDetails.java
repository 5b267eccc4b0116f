package vn.sochibo.ward;

import java.time.LocalDate;

/**
 * The editable fields of a residential area.
 */
public record AreaDetails(String code, String name, LocalDate validFrom, LocalDate validTo) {
}
