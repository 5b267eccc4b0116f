package vn.sochibo.cellwork;

/**
 * A resolution or conclusion, with votes for / against / abstaining (all three, or none
 * when it was not voted on).
 */
public record ResolutionDetails(ResolutionKind kind, String content, Integer votesFor, Integer votesAgainst,
		Integer votesAbstain) {

	public boolean voted() {
		return this.votesFor != null;
	}

	public int votes() {
		return voted() ? this.votesFor + this.votesAgainst + this.votesAbstain : 0;
	}

}
