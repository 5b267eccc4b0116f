package vn.sochibo.cellwork;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A guest of a meeting, or a Party member attending it temporarily from elsewhere.
 */
@Entity
@Table(name = "meeting_guests")
class MeetingGuest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "meeting_id")
	private Meeting meeting;

	@Enumerated(EnumType.STRING)
	private GuestKind kind;

	private String fullName;

	private String position;

	private String organisation;

	private boolean higherLevel;

	protected MeetingGuest() {
	}

	MeetingGuest(Meeting meeting, GuestDetails details) {
		this.wardId = meeting.getWardId();
		this.meeting = meeting;
		this.kind = details.kind();
		this.fullName = details.fullName();
		this.position = details.position();
		this.organisation = details.organisation();
		this.higherLevel = details.kind() == GuestKind.GUEST && details.higherLevel();
	}

	Long getId() {
		return this.id;
	}

	GuestDetails details() {
		return new GuestDetails(this.kind, this.fullName, this.position, this.organisation, this.higherLevel);
	}

}
