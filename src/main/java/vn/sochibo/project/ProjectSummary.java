package vn.sochibo.project;

import java.time.LocalDate;

import vn.sochibo.shared.Money;

/**
 * A row of the project list (one query per page).
 *
 * @param plannedTotal the funding plan's total, or null without a plan
 * @param raised money its fund raised (cash and bank transfer)
 * @param inKind the estimated value of the goods, labour and land its fund was given
 */
public record ProjectSummary(Long id, String name, ProjectKind kind, ProjectStatus status, int progress,
		String areaName, String location, LocalDate plannedStart, Money plannedTotal, Money raised, Money inKind,
		Money spent) {
}
