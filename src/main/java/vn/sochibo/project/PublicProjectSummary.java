package vn.sochibo.project;

import vn.sochibo.shared.Money;

/**
 * A project as the ward's public page lists it (one query for the list): what is built,
 * where, how far it is and its money — nothing private.
 *
 * @param plannedTotal the funding plan's total, or null without a plan
 * @param raised the money its fund has raised, from the ledger
 * @param inKind the estimated value of the goods, labour and land its fund was given
 */
public record PublicProjectSummary(Long id, String name, ProjectKind kind, ProjectStatus status, int progress,
		String areaName, String location, Money plannedTotal, Money raised, Money inKind) {

	public boolean hasPlan() {
		return this.plannedTotal != null;
	}

	/**
	 * Money and goods mobilised as a share of the plan (which plans both), "70,0%"; null
	 * without a plan.
	 */
	public String raisedPercent() {
		return FundingLine.percent(this.raised.plus(this.inKind), this.plannedTotal);
	}

	public boolean hasInKind() {
		return this.inKind.isPositive();
	}

	/**
	 * A cancelled project: shown for the record, its progress no longer means anything.
	 */
	public boolean cancelled() {
		return this.status == ProjectStatus.CANCELLED;
	}

}
