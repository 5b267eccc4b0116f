package vn.sochibo.welfare;

import vn.sochibo.shared.NotFoundException;

/**
 * No such distribution in the user's scope.
 */
public class DistributionNotFoundException extends NotFoundException {

	public DistributionNotFoundException(Object id) {
		super("distribution", id);
	}

}
