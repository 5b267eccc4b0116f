package vn.sochibo.cellwork;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.sochibo.shared.KnownConstraints;

/**
 * The rating constraints a user can run into: two first steps of the same rating recorded
 * at the same time (the second finds the rating started).
 */
@Component
class RatingConstraints implements KnownConstraints {

	@Override
	public List<Rule> rules() {
		return List.of(new Rule("uq_ratings_cell_year", "kind", "rating.order.selfDone"),
				new Rule("uq_ratings_member_year", "kind", "rating.order.selfDone"));
	}

}
