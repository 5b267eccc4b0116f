package vn.sochibo.project;

import java.time.LocalDate;

import vn.sochibo.shared.Money;

/**
 * A row of the project list (one query per page).
 *
 * @param plannedTotal the funding plan's total, or null without a plan
 */
public record ProjectSummary(Long id, String name, ProjectKind kind, ProjectStatus status, int progress,
		String areaName, String location, LocalDate plannedStart, Money plannedTotal, Money raised, Money spent) {
}
