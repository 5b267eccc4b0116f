package vn.sochibo.cellwork;

/**
 * A guest of a meeting (name, position, organisation; a higher-level official or not), or
 * a member attending temporarily from elsewhere (the organisation is where they come
 * from).
 */
public record GuestDetails(GuestKind kind, String fullName, String position, String organisation, boolean higherLevel) {
}
