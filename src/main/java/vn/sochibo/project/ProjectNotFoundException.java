package vn.sochibo.project;

import vn.sochibo.shared.NotFoundException;

public class ProjectNotFoundException extends NotFoundException {

	ProjectNotFoundException(Object id) {
		super("project", id);
	}

}
