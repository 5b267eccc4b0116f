package vn.sochibo.ward;

import vn.sochibo.shared.NotFoundException;

public class WardNotFoundException extends NotFoundException {

	WardNotFoundException(Object id) {
		super("ward", id);
	}

}
