package vn.sochibo.household;

import java.util.List;

/**
 * One area's review of a year: its proposals with where each stands.
 */
public record ReviewSheet(int year, Long areaId, String areaLabel, boolean started, List<ProposalRow> rows) {

	public long count(ProposalOutcome outcome) {
		return this.rows.stream().filter((row) -> row.outcome() == outcome).count();
	}

	public long proposedCount() {
		return count(ProposalOutcome.PROPOSED);
	}

	public long confirmedCount() {
		return count(ProposalOutcome.CONFIRMED);
	}

	public long endedCount() {
		return count(ProposalOutcome.ENDED);
	}

}
