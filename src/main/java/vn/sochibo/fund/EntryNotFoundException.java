package vn.sochibo.fund;

import vn.sochibo.shared.NotFoundException;

public class EntryNotFoundException extends NotFoundException {

	public EntryNotFoundException(Object id) {
		super("ledger entry", id);
	}

}
