package vn.sochibo.project;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A residents' meeting (or ballot) on a project, with the area's household count taken
 * from the register when it was recorded.
 */
@Entity
@Table(name = "project_meetings")
class ProjectMeeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "project_id")
	private Project project;

	@Column(name = "meeting_date")
	private LocalDate date;

	private Integer householdsPresent;

	private Integer householdsAgreeing;

	private Integer areaHouseholds;

	private String notes;

	private String recordedBy;

	private Instant recordedAt;

	protected ProjectMeeting() {
	}

	ProjectMeeting(Project project, MeetingDetails details, int areaHouseholds, String recordedBy, Instant at) {
		this.project = project;
		this.wardId = project.getWardId();
		this.date = details.date();
		this.householdsPresent = details.householdsPresent();
		this.householdsAgreeing = details.householdsAgreeing();
		this.areaHouseholds = areaHouseholds;
		this.notes = details.notes();
		this.recordedBy = recordedBy;
		this.recordedAt = at;
	}

	boolean hasMajority() {
		return Agreement.isMajority(this.householdsAgreeing, this.areaHouseholds);
	}

	String agreementPercent() {
		return Agreement.percent(this.householdsAgreeing, this.areaHouseholds);
	}

	MeetingView toView() {
		return new MeetingView(this.id, this.date, this.householdsPresent, this.householdsAgreeing, this.areaHouseholds,
				this.notes, this.recordedBy);
	}

	PublicProjectView.Meeting toPublicView() {
		return new PublicProjectView.Meeting(this.date, this.householdsPresent, this.householdsAgreeing,
				this.areaHouseholds);
	}

	Long getId() {
		return this.id;
	}

	LocalDate getDate() {
		return this.date;
	}

	int getHouseholdsPresent() {
		return this.householdsPresent;
	}

	int getHouseholdsAgreeing() {
		return this.householdsAgreeing;
	}

	int getAreaHouseholds() {
		return this.areaHouseholds;
	}

}
