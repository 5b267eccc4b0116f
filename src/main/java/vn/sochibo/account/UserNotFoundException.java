package vn.sochibo.account;

import vn.sochibo.shared.NotFoundException;

public class UserNotFoundException extends NotFoundException {

	UserNotFoundException(Object id) {
		super("user", id);
	}

}
