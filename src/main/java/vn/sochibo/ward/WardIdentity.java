package vn.sochibo.ward;

/**
 * What the system admin edits of a ward: its name, province, the label of its units and
 * its superior Party body (a command: validated by the form that builds it).
 */
public record WardIdentity(String name, String province, String unitLabel, String superiorBody) {
}
