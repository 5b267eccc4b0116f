package vn.sochibo.fund;

import java.time.Instant;
import java.time.LocalDateTime;

import vn.sochibo.shared.VietnamTime;

/**
 * One recorded print of a receipt.
 *
 * @param number the print's number, from 1: the first is the original, every later one a
 * copy ("BẢN SAO")
 * @param headHash the fund's head hash at the moment of the print (what the print says)
 */
public record ReceiptPrint(int number, String printedBy, Instant printedAt, String headHash) {

	public boolean copy() {
		return this.number > 1;
	}

	public LocalDateTime printedAtLocal() {
		return LocalDateTime.ofInstant(this.printedAt, VietnamTime.ZONE);
	}

}
