package vn.sochibo.cellwork;

import vn.sochibo.shared.NotFoundException;

public class SeriesNotFoundException extends NotFoundException {

	public SeriesNotFoundException(Object id) {
		super("activity series", id);
	}

}
