package vn.sochibo.fund;

/**
 * The result of recomputing a fund's hash chain.
 *
 * @param intact whether every entry's stored hash matches its recomputed hash and links
 * to the previous one, and the fund's head is the last entry's hash
 * @param checked how many entries were checked
 * @param firstBrokenSeq the position of the first entry that breaks the chain, or null
 * @param firstBrokenCode that entry's public code, or null
 * @param headHash the head hash recomputed from the entries
 */
public record ChainVerification(boolean intact, int checked, Integer firstBrokenSeq, String firstBrokenCode,
		String headHash) {
}
