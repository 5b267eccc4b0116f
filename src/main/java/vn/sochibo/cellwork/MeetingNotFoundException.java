package vn.sochibo.cellwork;

import vn.sochibo.shared.NotFoundException;

public class MeetingNotFoundException extends NotFoundException {

	public MeetingNotFoundException(Object id) {
		super("cell meeting", id);
	}

}
