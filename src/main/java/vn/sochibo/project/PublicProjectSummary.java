package vn.sochibo.project;

import vn.sochibo.shared.Money;

/**
 * A project as the ward's public page lists it (one query for the list): what is built,
 * where, how far it is and its money — nothing private.
 *
 * @param plannedTotal the funding plan's total, or null without a plan
 * @param raised what its fund has raised, from the ledger
 */
public record PublicProjectSummary(Long id, String name, ProjectKind kind, ProjectStatus status, int progress,
		String areaName, String location, Money plannedTotal, Money raised) {

	public boolean hasPlan() {
		return this.plannedTotal != null;
	}

	/** Raised as a share of the plan, "70,0%"; null without a plan. */
	public String raisedPercent() {
		return FundingLine.percent(this.raised, this.plannedTotal);
	}

	/**
	 * A cancelled project: shown for the record, its progress no longer means anything.
	 */
	public boolean cancelled() {
		return this.status == ProjectStatus.CANCELLED;
	}

}
