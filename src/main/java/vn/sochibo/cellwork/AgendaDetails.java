package vn.sochibo.cellwork;

/**
 * An agenda item: its title, the summary of the discussion, the chair's conclusion.
 */
public record AgendaDetails(String title, String discussion, String conclusion) {
}
