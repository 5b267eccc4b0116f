package vn.sochibo.cellwork;

import vn.sochibo.shared.NotFoundException;

public class TwinningNotFoundException extends NotFoundException {

	public TwinningNotFoundException(Object id) {
		super("twinning", id);
	}

}
