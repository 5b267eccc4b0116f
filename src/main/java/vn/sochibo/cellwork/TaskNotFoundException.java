package vn.sochibo.cellwork;

import vn.sochibo.shared.NotFoundException;

public class TaskNotFoundException extends NotFoundException {

	public TaskNotFoundException(Object id) {
		super("meeting task", id);
	}

}
