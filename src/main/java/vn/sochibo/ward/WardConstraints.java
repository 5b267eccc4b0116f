package vn.sochibo.ward;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.sochibo.shared.KnownConstraints;

/**
 * The constraints of this feature that catch a user's mistake: names of wards and cells
 * and the codes of areas already in use.
 */
@Component
class WardConstraints implements KnownConstraints {

	@Override
	public List<Rule> rules() {
		return List.of(new Rule("uq_wards_name_province", "name", "ward.name.duplicate"),
				new Rule("uq_residential_areas_ward_code", "code", "area.code.duplicate"),
				new Rule("uq_party_cells_ward_name", "name", "cell.name.duplicate"));
	}

}
