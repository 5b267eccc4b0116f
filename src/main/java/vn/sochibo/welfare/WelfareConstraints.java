package vn.sochibo.welfare;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.sochibo.shared.KnownConstraints;

/**
 * The constraints of this feature that catch a user's mistake: program names of a year
 * already in use.
 */
@Component
class WelfareConstraints implements KnownConstraints {

	@Override
	public List<Rule> rules() {
		return List.of(new Rule("uq_welfare_programs_ward_year_name", "name", "program.name.taken"));
	}

}
