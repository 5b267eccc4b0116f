package vn.sochibo.fund;

import java.time.LocalDate;
import java.util.Set;

import vn.sochibo.shared.Money;

/**
 * The editable fields of a fund. No areas: the whole ward.
 */
public record FundDetails(String name, String purpose, Money target, LocalDate startsOn, LocalDate endsOn,
		Set<Long> areaIds) {

	public FundDetails {
		areaIds = (areaIds != null) ? Set.copyOf(areaIds) : Set.of();
	}

}
