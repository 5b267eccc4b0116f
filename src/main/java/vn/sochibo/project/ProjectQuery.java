package vn.sochibo.project;

/**
 * The filters of the project list: accent-insensitive text (name, location), status and
 * area.
 */
public record ProjectQuery(String text, ProjectStatus status, Long areaId) {
}
