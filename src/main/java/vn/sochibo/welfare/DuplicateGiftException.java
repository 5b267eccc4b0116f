package vn.sochibo.welfare;

import vn.sochibo.shared.RuleViolationException;

/**
 * The household already received a gift of this program: giving again needs explicit
 * confirmation. Forms show the confirmation box when they catch it.
 */
public class DuplicateGiftException extends RuleViolationException {

	public DuplicateGiftException(Candidate household) {
		super("confirmDuplicate", "gift.duplicate", household.headName(), household.giftsInProgram());
	}

}
