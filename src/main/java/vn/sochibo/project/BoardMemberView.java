package vn.sochibo.project;

/**
 * A member of the supervision board as the staff page shows it (the phone is private).
 */
public record BoardMemberView(Long id, String name, String role, String phone) {
}
