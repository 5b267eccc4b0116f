package vn.sochibo.project;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A resident on a project's community investment supervision board (ban giám sát đầu tư
 * của cộng đồng). The name and role are public; the phone is not.
 */
@Entity
@Table(name = "project_board_members")
class BoardMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "project_id")
	private Project project;

	private String name;

	private String role;

	private String phone;

	protected BoardMember() {
	}

	BoardMember(Project project, BoardMemberDetails details) {
		this.project = project;
		this.wardId = project.getWardId();
		this.name = details.name();
		this.role = details.role();
		this.phone = details.phone();
	}

	/** One line for the audit trail: "Nguyễn Văn An (Trưởng ban)". */
	String describe() {
		return this.name + ((this.role != null) ? " (" + this.role + ")" : "");
	}

	BoardMemberView toView() {
		return new BoardMemberView(this.id, this.name, this.role, this.phone);
	}

	PublicProjectView.BoardMember toPublicView() {
		return new PublicProjectView.BoardMember(this.name, this.role);
	}

	Long getId() {
		return this.id;
	}

}
