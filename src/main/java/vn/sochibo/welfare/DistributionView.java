package vn.sochibo.welfare;

import java.time.Instant;
import java.time.LocalDate;

import vn.sochibo.shared.Money;

/**
 * A posted distribution as its page and the signing list show it.
 */
public record DistributionView(Long id, Long programId, String programName, LocalDate date, GiftItem item,
		String itemNote, Integer quantity, Money unitValue, String deliveredBy, String selection, Integer giftCount,
		Money total, Long scanId, String postedBy, Instant postedAt) {
}
