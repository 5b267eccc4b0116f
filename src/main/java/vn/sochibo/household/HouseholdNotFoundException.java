package vn.sochibo.household;

import vn.sochibo.shared.NotFoundException;

public class HouseholdNotFoundException extends NotFoundException {

	HouseholdNotFoundException(Object id) {
		super("household", id);
	}

}
