package vn.sochibo.fund;

/**
 * The fund total an entry counts toward: money raised (contributions and pledge
 * payments), money spent, or open pledges. A reversal counts toward the total of the
 * entry it cancels, with the opposite sign.
 */
public enum PublicTotal {

	RAISED, SPENT, PLEDGED;

	static PublicTotal of(EntryKind kind) {
		return switch (kind) {
			case CONTRIBUTION, PLEDGE_PAYMENT -> RAISED;
			case EXPENDITURE -> SPENT;
			case PLEDGE -> PLEDGED;
			case REVERSAL -> throw new IllegalArgumentException("a reversal counts toward its original's total");
		};
	}

}
