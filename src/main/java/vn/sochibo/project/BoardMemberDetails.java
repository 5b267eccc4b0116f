package vn.sochibo.project;

/**
 * A resident on the community investment supervision board. The phone is private.
 */
public record BoardMemberDetails(String name, String role, String phone) {
}
