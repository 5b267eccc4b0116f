package vn.sochibo.welfare;

import java.time.LocalDate;

import vn.sochibo.shared.Money;

/**
 * What is given to one household (a command): the item, how many, its value in đồng, the
 * day, who delivered it, and the member of the household it is for (none: the household).
 */
public record GiftDetails(GiftItem item, String itemNote, Integer quantity, Money value, LocalDate date,
		String deliveredBy, String memberName) {
}
