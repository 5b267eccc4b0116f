package vn.sochibo.ward;

import vn.sochibo.shared.NotFoundException;

public class CellNotFoundException extends NotFoundException {

	public CellNotFoundException(Object id) {
		super("party cell", id);
	}

}
