package vn.sochibo.ward;

/**
 * The editable settings of a ward (a command: validated by the form that builds it).
 */
public record WardSettings(String name, String province, String unitLabel, String superiorBody, String placeName) {
}
