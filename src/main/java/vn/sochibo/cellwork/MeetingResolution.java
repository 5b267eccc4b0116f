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
 * What a meeting resolved (nghị quyết) or concluded (kết luận), with the votes when it
 * was voted on.
 */
@Entity
@Table(name = "meeting_resolutions")
class MeetingResolution {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "meeting_id")
	private Meeting meeting;

	private int position;

	@Enumerated(EnumType.STRING)
	private ResolutionKind kind;

	private String content;

	private Integer votesFor;

	private Integer votesAgainst;

	private Integer votesAbstain;

	protected MeetingResolution() {
	}

	MeetingResolution(Meeting meeting, int position, ResolutionDetails details) {
		this.wardId = meeting.getWardId();
		this.meeting = meeting;
		this.position = position;
		this.kind = details.kind();
		this.content = details.content();
		this.votesFor = details.votesFor();
		this.votesAgainst = details.votesAgainst();
		this.votesAbstain = details.votesAbstain();
	}

	Long getId() {
		return this.id;
	}

	int getPosition() {
		return this.position;
	}

	ResolutionDetails details() {
		return new ResolutionDetails(this.kind, this.content, this.votesFor, this.votesAgainst, this.votesAbstain);
	}

}
