package vn.sochibo.welfare;

import vn.sochibo.shared.NotFoundException;

/**
 * No such gift in the user's scope.
 */
public class GiftNotFoundException extends NotFoundException {

	public GiftNotFoundException(Object id) {
		super("gift", id);
	}

}
