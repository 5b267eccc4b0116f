package vn.sochibo.project;

import java.time.LocalDate;

/**
 * A move of a project to another status (a command). The date is the actual start when
 * building starts and the actual end when it is completed (today when blank); the note is
 * the reason, required to cancel.
 */
public record StatusChange(ProjectStatus target, LocalDate date, String note) {
}
