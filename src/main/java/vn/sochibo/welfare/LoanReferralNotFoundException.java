package vn.sochibo.welfare;

import vn.sochibo.shared.NotFoundException;

public class LoanReferralNotFoundException extends NotFoundException {

	LoanReferralNotFoundException(Object id) {
		super("loan referral", id);
	}

}
