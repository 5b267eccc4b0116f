package vn.sochibo.household;

/**
 * The filters of the household list: accent-insensitive text, area, status and year.
 */
public record HouseholdQuery(String text, Long areaId, StatusKind status, Integer year) {
}
