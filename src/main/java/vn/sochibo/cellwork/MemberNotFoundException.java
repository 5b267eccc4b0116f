package vn.sochibo.cellwork;

import vn.sochibo.shared.NotFoundException;

public class MemberNotFoundException extends NotFoundException {

	public MemberNotFoundException(Object id) {
		super("party member", id);
	}

}
