package vn.sochibo.cellwork;

import vn.sochibo.shared.NotFoundException;

public class VisitNotFoundException extends NotFoundException {

	public VisitNotFoundException(Object id) {
		super("visit", id);
	}

}
