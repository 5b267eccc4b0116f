package vn.sochibo.project;

import java.time.LocalDate;

/**
 * A residents' meeting (or ballot) on a project, as recorded from its minutes. The area's
 * household count is taken from the register when the meeting is recorded.
 */
public record MeetingDetails(LocalDate date, Integer householdsPresent, Integer householdsAgreeing, String notes) {
}
