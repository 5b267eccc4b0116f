package vn.sochibo.welfare;

import vn.sochibo.shared.NotFoundException;

/**
 * No such welfare program in the user's ward.
 */
public class ProgramNotFoundException extends NotFoundException {

	public ProgramNotFoundException(Object id) {
		super("program", id);
	}

}
