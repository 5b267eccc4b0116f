package vn.sochibo.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The editable fields of a project (a command built by the form). The area is chosen at
 * creation only (the project's fund collects in it); progress and the actual dates are
 * ignored at creation (a new project is proposed, at 0%).
 */
public record ProjectDetails(ProjectKind kind, String name, Long areaId, String location, BigDecimal lengthMetres,
		BigDecimal widthMetres, Integer householdsBenefiting, String description, LocalDate plannedStart,
		LocalDate plannedEnd, Integer progress, LocalDate actualStart, LocalDate actualEnd) {
}
