package vn.sochibo.ward;

import java.time.LocalDate;

/**
 * The editable fields of a residential area. A null {@code kind} is the kind the ward's
 * unit label names (see {@link AreaKind#named}).
 */
public record AreaDetails(String code, String name, AreaKind kind, LocalDate validFrom, LocalDate validTo) {

	public AreaDetails(String code, String name, LocalDate validFrom, LocalDate validTo) {
		this(code, name, null, validFrom, validTo);
	}

}
