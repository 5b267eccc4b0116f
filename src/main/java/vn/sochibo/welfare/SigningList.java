package vn.sochibo.welfare;

import java.util.List;

import vn.sochibo.shared.Money;

/**
 * A signing list (danh sách ký nhận) to print: the gifts that stand (a cancelled gift is
 * not handed over) and their total value.
 */
public record SigningList(List<GiftRow> rows, Money total) {

	static SigningList of(List<GiftRow> gifts) {
		List<GiftRow> standing = gifts.stream().filter((gift) -> !gift.cancelled()).toList();
		return new SigningList(standing, standing.stream().map(GiftRow::value).reduce(Money.ZERO, Money::plus));
	}

}
