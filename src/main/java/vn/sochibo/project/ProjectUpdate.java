package vn.sochibo.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import vn.sochibo.shared.VietnameseDates;

/**
 * An update of a project's timeline: what happened on a day, optionally the progress
 * reached. Its photos live in their own table ({@link PhotoStore}).
 */
@Entity
@Table(name = "project_updates")
class ProjectUpdate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "project_id")
	private Project project;

	@Column(name = "update_date")
	private LocalDate date;

	private String body;

	private Integer progress;

	private String recordedBy;

	private Instant recordedAt;

	protected ProjectUpdate() {
	}

	ProjectUpdate(Project project, UpdateDetails details, String recordedBy, Instant at) {
		this.project = project;
		this.wardId = project.getWardId();
		this.date = details.date();
		this.body = details.text();
		this.progress = details.progress();
		this.recordedBy = recordedBy;
		this.recordedAt = at;
	}

	/** One line for the audit trail: "05/03/2026: Đổ bê tông đoạn đầu hẻm (40%)". */
	String describe() {
		return VietnameseDates.format(this.date) + ": " + this.body
				+ ((this.progress != null) ? " (" + this.progress + "%)" : "");
	}

	UpdateView toView(List<Long> photoIds) {
		return new UpdateView(this.id, this.date, this.body, this.progress, this.recordedBy, photoIds);
	}

	PublicProjectView.Update toPublicView(List<Long> photoIds) {
		return new PublicProjectView.Update(this.date, this.body, this.progress, photoIds);
	}

	Long getId() {
		return this.id;
	}

}
