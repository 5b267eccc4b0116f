package vn.sochibo.fund;

import java.time.LocalDate;

import vn.sochibo.shared.Money;

/**
 * A line of the receipt register.
 *
 * @param voidedOn when the entry was reversed (the number stays, marked cancelled), or
 * null
 * @param prints how many times it was printed
 */
public record ReceiptRow(Long entryId, Long fundId, String fundName, int number, int year, LocalDate date,
		String contributor, Money amount, LocalDate voidedOn, int prints) {

	public String numberLabel() {
		return "%06d/%d".formatted(this.number, this.year);
	}

}
