package vn.sochibo.fund;

import java.time.LocalDate;

import vn.sochibo.shared.Money;

/**
 * A contribution or a pledge to record (a command). The contributor is a household of the
 * register ({@code householdId}) or a named person, business or organisation
 * ({@code contributorName}); {@code display} is the choice they made for the public
 * ledger, anonymous unless they consented to more.
 *
 * @param honorific "ông" or "bà" for a household label ("Hộ ông Đồ, hẻm 49-57"), or null
 */
public record Contribution(Long fundId, LocalDate date, PaymentMethod method, Money amount, Long areaId,
		Long householdId, ContributorKind contributorKind, String contributorName, DisplayChoice display,
		String honorific, String description) {
}
