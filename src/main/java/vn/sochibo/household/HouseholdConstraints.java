package vn.sochibo.household;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.sochibo.shared.KnownConstraints;

/**
 * The constraints of this feature that catch a user's mistake: household codes and a
 * household's statuses of a year already in use.
 */
@Component
class HouseholdConstraints implements KnownConstraints {

	@Override
	public List<Rule> rules() {
		return List.of(new Rule("uq_households_ward_code", "code", "household.code.duplicate"),
				new Rule("uq_household_statuses_household_year_kind", "kind", "status.taken"));
	}

}
