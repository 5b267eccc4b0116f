package vn.sochibo.ward;

import vn.sochibo.shared.NotFoundException;

public class AreaNotFoundException extends NotFoundException {

	public AreaNotFoundException(Object id) {
		super("residential area", id);
	}

}
