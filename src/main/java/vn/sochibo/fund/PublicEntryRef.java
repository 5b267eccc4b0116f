package vn.sochibo.fund;

import java.time.LocalDate;

/**
 * Another entry an entry points at: the one a reversal cancels, or the reversal that
 * cancelled it.
 *
 * @param seq its position in the fund's chain
 * @param code its public code
 * @param kind its kind
 * @param method how it was given, for a contribution or pledge payment (else null)
 * @param date its date
 * @param reason the reason given, for a reversal
 */
public record PublicEntryRef(int seq, String code, EntryKind kind, PaymentMethod method, LocalDate date,
		String reason) {
}
