package vn.sochibo.fund;

import vn.sochibo.shared.NotFoundException;

public class FundNotFoundException extends NotFoundException {

	public FundNotFoundException(Object id) {
		super("fund", id);
	}

}
