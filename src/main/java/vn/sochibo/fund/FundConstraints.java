package vn.sochibo.fund;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.sochibo.shared.KnownConstraints;

/**
 * The constraints of this feature that catch a user's mistake: fund names already in use.
 */
@Component
class FundConstraints implements KnownConstraints {

	@Override
	public List<Rule> rules() {
		return List.of(new Rule("uq_funds_ward_name", "name", "fund.name.duplicate"));
	}

}
