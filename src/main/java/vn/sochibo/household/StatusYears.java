package vn.sochibo.household;

/**
 * The one SQL rule of "a household has this status in year Y", for every query that
 * selects households by status and year (the household list, welfare eligibility and
 * coverage): a poor or near-poor status holds in its own year, a lasting one from its
 * first year until its end (the generated column {@code held_until}: the status's own
 * year for a yearly kind, the last year of a lasting one, null while that holds).
 * Proposals of the yearly review are not statuses and never count.
 */
public final class StatusYears {

	private StatusYears() {
	}

	/**
	 * The SQL condition that the status row {@code alias} of {@code household_statuses}
	 * holds in the year of the named parameter {@code yearParameter} (":year").
	 */
	public static String heldIn(String alias, String yearParameter) {
		return "(%1$s.status_year <= %2$s and (%1$s.held_until is null or %1$s.held_until >= %2$s))".formatted(alias,
				yearParameter);
	}

}
