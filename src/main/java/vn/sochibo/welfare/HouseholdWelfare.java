package vn.sochibo.welfare;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.shared.Money;

/**
 * A household with everything it received over the years (cancelled gifts too, marked).
 */
public record HouseholdWelfare(HouseholdDetail household, List<GiftRow> gifts) {

	/** The value received per year (gifts not cancelled), newest year first. */
	public Map<Integer, Money> totalsByYear() {
		Map<Integer, Money> totals = new TreeMap<>(java.util.Comparator.reverseOrder());
		this.gifts.stream()
			.filter((gift) -> !gift.cancelled())
			.forEach((gift) -> totals.merge(gift.date().getYear(), gift.value(), Money::plus));
		return totals;
	}

}
