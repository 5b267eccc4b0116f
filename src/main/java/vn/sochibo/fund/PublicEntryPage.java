package vn.sochibo.fund;

import java.util.List;

/**
 * One page of a fund's public entries, newest first, read in one snapshot with the fund's
 * totals and chain head (so the page, or a printed poster, is consistent with itself).
 *
 * @param nextBefore the {@code before} of the next (older) page, or null on the last
 */
public record PublicEntryPage(FundSummary fund, List<PublicEntry> entries, Integer nextBefore) {

	public boolean hasMore() {
		return this.nextBefore != null;
	}

}
