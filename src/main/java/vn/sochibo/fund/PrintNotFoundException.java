package vn.sochibo.fund;

import vn.sochibo.shared.NotFoundException;

/**
 * A receipt print that was never made.
 */
public class PrintNotFoundException extends NotFoundException {

	PrintNotFoundException(Long entryId, int number) {
		super("print " + number + " of the receipt of entry", entryId);
	}

}
