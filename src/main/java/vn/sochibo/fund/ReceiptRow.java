package vn.sochibo.fund;

import java.time.LocalDate;

import vn.sochibo.shared.Money;

/**
 * A line of the receipt register.
 *
 * @param voidedOn when the entry was reversed (the number stays, marked cancelled), or
 * null
 * @param contributor the contributor's name, or only the public display name when the
 * entry lies outside the user's areas
 * @param prints how many times it was printed
 * @param readable whether the user may open the receipt (its area is one of theirs)
 */
public record ReceiptRow(Long entryId, Long fundId, String fundName, int number, int year, LocalDate date,
		String contributor, Money amount, LocalDate voidedOn, int prints, boolean readable) {

	public String numberLabel() {
		return "%06d/%d".formatted(this.number, this.year);
	}

}
