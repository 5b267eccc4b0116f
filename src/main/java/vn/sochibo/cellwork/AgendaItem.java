package vn.sochibo.cellwork;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An item of a meeting's agenda (nội dung), with a summary of the discussion and the
 * chair's conclusion.
 */
@Entity
@Table(name = "meeting_agenda_items")
class AgendaItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "meeting_id")
	private Meeting meeting;

	private int position;

	private String title;

	private String discussion;

	private String conclusion;

	protected AgendaItem() {
	}

	AgendaItem(Meeting meeting, int position, AgendaDetails details) {
		this.wardId = meeting.getWardId();
		this.meeting = meeting;
		this.position = position;
		this.title = details.title();
		this.discussion = details.discussion();
		this.conclusion = details.conclusion();
	}

	Long getId() {
		return this.id;
	}

	int getPosition() {
		return this.position;
	}

	AgendaDetails details() {
		return new AgendaDetails(this.title, this.discussion, this.conclusion);
	}

}
