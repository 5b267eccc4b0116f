package vn.sochibo.welfare;

import vn.sochibo.shared.NotFoundException;

/**
 * No such scan in the user's scope.
 */
public class ScanNotFoundException extends NotFoundException {

	public ScanNotFoundException(Object id) {
		super("scan", id);
	}

}
