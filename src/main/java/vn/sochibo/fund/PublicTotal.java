package vn.sochibo.fund;

/**
 * The fund total an entry counts toward: money raised (contributions and pledge payments
 * in cash or by transfer), the estimated value of goods, labour and land given (in kind:
 * never money, never in the balance), money spent, or open pledges. A reversal counts
 * toward the total of the entry it cancels, with the opposite sign.
 */
public enum PublicTotal {

	RAISED, IN_KIND, SPENT, PLEDGED;

	static PublicTotal of(EntryKind kind, PaymentMethod method) {
		return switch (kind) {
			case CONTRIBUTION, PLEDGE_PAYMENT -> (method != null && method.isInKind()) ? IN_KIND : RAISED;
			case EXPENDITURE -> SPENT;
			case PLEDGE -> PLEDGED;
			case REVERSAL -> throw new IllegalArgumentException("a reversal counts toward its original's total");
		};
	}

}
