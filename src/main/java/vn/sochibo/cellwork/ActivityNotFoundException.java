package vn.sochibo.cellwork;

import vn.sochibo.shared.NotFoundException;

public class ActivityNotFoundException extends NotFoundException {

	public ActivityNotFoundException(Object id) {
		super("activity", id);
	}

}
