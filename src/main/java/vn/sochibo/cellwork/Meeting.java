package vn.sochibo.cellwork;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.sochibo.shared.RecordDates;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.VietnameseDates;

/**
 * A cell meeting (sinh hoạt chi bộ) and its minutes. The aggregate guards its rules: a
 * date not in the future, a topic for a thematic meeting, an end after the start, a chair
 * and a secretary (members on the roll that day or named people), exactly one attendance
 * row for every member on the roll that day and none for anyone else, an exempt member
 * exempt (or exempt but attended) and only an exempt member so, a reason for an absence
 * with reason, and votes that never add up to more than those present.
 */
@Entity
@Table(name = "cell_meetings")
class Meeting {

	static final int MAX_TEXT = 200;

	static final int MAX_TOPIC = 300;

	static final int MAX_NAME = 120;

	static final int MAX_LONG = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	private Long cellId;

	@Enumerated(EnumType.STRING)
	private MeetingKind kind;

	private String topic;

	private LocalDate heldOn;

	private LocalTime startsAt;

	private LocalTime endsAt;

	private String place;

	private Long chairMemberId;

	private String chairName;

	private Long secretaryMemberId;

	private String secretaryName;

	private Integer documentNumber;

	private String recordedBy;

	private Instant recordedAt;

	@OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<MeetingAttendance> attendances = new ArrayList<>();

	@OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<MeetingGuest> guests = new ArrayList<>();

	@OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position, id")
	private List<AgendaItem> agenda = new ArrayList<>();

	@OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position, id")
	private List<MeetingResolution> resolutions = new ArrayList<>();

	@Version
	private Integer version;

	protected Meeting() {
	}

	Meeting(Long wardId, Long cellId, String recordedBy, Instant recordedAt) {
		this.wardId = wardId;
		this.cellId = cellId;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	/**
	 * Sets the meeting's fields and its attendance, against the roll of its day.
	 */
	void apply(MeetingDetails details, List<RollMember> roll, LocalDate today) {
		if (details.kind() == null) {
			throw new RuleViolationException("kind", "meeting.kind.required");
		}
		String topic = text("topic", details.topic(), MAX_TOPIC);
		if (details.kind() == MeetingKind.THEMATIC && topic == null) {
			throw new RuleViolationException("topic", "meeting.topic.required");
		}
		if (details.heldOn() == null) {
			throw new RuleViolationException("heldOn", "meeting.heldOn.required");
		}
		if (details.heldOn().isAfter(today)) {
			throw new RuleViolationException("heldOn", "meeting.heldOn.future");
		}
		RecordDates.requireNotTooOld("heldOn", details.heldOn());
		if (details.startsAt() == null) {
			throw new RuleViolationException("startsAt", "meeting.startsAt.required");
		}
		if (details.endsAt() != null && !details.endsAt().isAfter(details.startsAt())) {
			throw new RuleViolationException("endsAt", "meeting.endsAt.beforeStart");
		}
		String place = text("place", details.place(), MAX_TEXT);
		if (place == null) {
			throw new RuleViolationException("place", "meeting.place.required");
		}
		Map<Long, RollMember> onRoll = roll.stream()
			.collect(Collectors.toMap(RollMember::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		String chairName = person("chair", details.chairMemberId(), details.chairName(), onRoll);
		String secretaryName = person("secretary", details.secretaryMemberId(), details.secretaryName(), onRoll);
		if (details.documentNumber() != null && (details.documentNumber() < 1 || details.documentNumber() > 9999)) {
			throw new RuleViolationException("documentNumber", "meeting.documentNumber.range");
		}
		List<MeetingDetails.AttendanceEntry> entries = details.attendance();
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < entries.size(); i++) {
			MeetingDetails.AttendanceEntry entry = entries.get(i);
			String field = "attendance[" + i + "]";
			RollMember member = (entry.memberId() != null) ? onRoll.get(entry.memberId()) : null;
			if (member == null) {
				throw new RuleViolationException("attendance", "meeting.attendance.notOnRoll",
						VietnameseDates.format(details.heldOn()));
			}
			if (!seen.add(member.id())) {
				throw new RuleViolationException("attendance", "meeting.attendance.twice", member.fullName());
			}
			if (entry.status() == null) {
				throw new RuleViolationException(field + ".status", "meeting.attendance.status.required");
			}
			if (member.exempt() && !entry.status().forExempt()) {
				throw new RuleViolationException(field + ".status", "meeting.attendance.exemptOnly");
			}
			if (!member.exempt() && entry.status().forExempt()) {
				throw new RuleViolationException(field + ".status", "meeting.attendance.notExempt");
			}
			if (entry.status() == AttendanceStatus.ABSENT_EXCUSED) {
				if (text(field + ".reason", entry.reason(), MAX_TEXT) == null) {
					throw new RuleViolationException(field + ".reason", "meeting.attendance.reason.required");
				}
			}
		}
		List<String> missing = onRoll.values()
			.stream()
			.filter((member) -> !seen.contains(member.id()))
			.map(RollMember::fullName)
			.toList();
		if (!missing.isEmpty()) {
			throw new RuleViolationException("attendance", "meeting.attendance.missing", String.join(", ", missing));
		}
		int present = (int) entries.stream().filter((entry) -> entry.status().attended()).count();
		for (MeetingResolution resolution : this.resolutions) {
			if (resolution.details().votes() > present) {
				throw new RuleViolationException("attendance", "meeting.attendance.belowVotes",
						resolution.details().votes());
			}
		}
		this.kind = details.kind();
		this.topic = topic;
		this.heldOn = details.heldOn();
		this.startsAt = details.startsAt();
		this.endsAt = details.endsAt();
		this.place = place;
		this.chairMemberId = details.chairMemberId();
		this.chairName = (details.chairMemberId() == null) ? chairName : null;
		this.secretaryMemberId = details.secretaryMemberId();
		this.secretaryName = (details.secretaryMemberId() == null) ? secretaryName : null;
		this.documentNumber = details.documentNumber();
		// Rows are updated in place (a member keeps their row), so the unique (meeting,
		// member) never sees a row twice within one flush.
		Map<Long, MeetingAttendance> existing = new LinkedHashMap<>();
		this.attendances.forEach((row) -> existing.put(row.getMemberId(), row));
		this.attendances.removeIf((row) -> !seen.contains(row.getMemberId()));
		for (MeetingDetails.AttendanceEntry entry : entries) {
			RollMember member = onRoll.get(entry.memberId());
			String reason = (entry.reason() != null) ? entry.reason().trim() : null;
			MeetingAttendance row = existing.get(member.id());
			if (row != null) {
				row.standing(member);
				row.set(entry.status(), reason);
			}
			else {
				this.attendances.add(new MeetingAttendance(this, member, entry.status(), reason));
			}
		}
	}

	void addGuest(GuestDetails details) {
		if (details.kind() == null) {
			throw new RuleViolationException("kind", "meeting.guest.kind.required");
		}
		String name = text("fullName", details.fullName(), MAX_NAME);
		if (name == null) {
			throw new RuleViolationException("fullName", "meeting.guest.name.required");
		}
		this.guests.add(new MeetingGuest(this,
				new GuestDetails(details.kind(), name, text("position", details.position(), MAX_TEXT),
						text("organisation", details.organisation(), MAX_TEXT), details.higherLevel())));
	}

	void addAgendaItem(AgendaDetails details) {
		String title = text("title", details.title(), MAX_TOPIC);
		if (title == null) {
			throw new RuleViolationException("title", "meeting.agenda.title.required");
		}
		int position = this.agenda.stream().mapToInt(AgendaItem::getPosition).max().orElse(0) + 1;
		this.agenda.add(new AgendaItem(this, position,
				new AgendaDetails(title, text("discussion", details.discussion(), MAX_LONG),
						text("conclusion", details.conclusion(), MAX_LONG))));
	}

	void addResolution(ResolutionDetails details) {
		if (details.kind() == null) {
			throw new RuleViolationException("kind", "meeting.resolution.kind.required");
		}
		String content = text("content", details.content(), MAX_LONG);
		if (content == null) {
			throw new RuleViolationException("content", "meeting.resolution.content.required");
		}
		boolean anyVote = details.votesFor() != null || details.votesAgainst() != null
				|| details.votesAbstain() != null;
		boolean allVotes = details.votesFor() != null && details.votesAgainst() != null
				&& details.votesAbstain() != null;
		if (anyVote && !allVotes) {
			throw new RuleViolationException(
					(details.votesFor() == null) ? "votesFor"
							: (details.votesAgainst() == null) ? "votesAgainst" : "votesAbstain",
					"meeting.resolution.votes.all");
		}
		if (allVotes) {
			if (details.votesFor() < 0 || details.votesAgainst() < 0 || details.votesAbstain() < 0) {
				throw new RuleViolationException("votesFor", "meeting.resolution.votes.negative");
			}
			long present = present();
			if ((long) details.votesFor() + details.votesAgainst() + details.votesAbstain() > present) {
				throw new RuleViolationException("votesFor", "meeting.resolution.votes.tooMany", present);
			}
		}
		int position = this.resolutions.stream().mapToInt(MeetingResolution::getPosition).max().orElse(0) + 1;
		this.resolutions.add(new MeetingResolution(this, position, new ResolutionDetails(details.kind(), content,
				details.votesFor(), details.votesAgainst(), details.votesAbstain())));
	}

	boolean removeGuest(Long guestId) {
		return this.guests.removeIf((guest) -> guest.getId().equals(guestId));
	}

	boolean removeAgendaItem(Long itemId) {
		return this.agenda.removeIf((item) -> item.getId().equals(itemId));
	}

	boolean removeResolution(Long resolutionId) {
		return this.resolutions.removeIf((resolution) -> resolution.getId().equals(resolutionId));
	}

	/**
	 * The members who attended (present, and exempt ones who attended): those who may
	 * vote.
	 */
	long present() {
		return this.attendances.stream().filter((row) -> row.getStatus().attended()).count();
	}

	Map<String, String> auditState() {
		Map<String, String> state = new LinkedHashMap<>();
		state.put("meeting.kind", "MEETING_" + this.kind.name());
		state.put("meeting.topic", this.topic);
		state.put("meeting.heldOn", VietnameseDates.format(this.heldOn));
		state.put("meeting.startsAt", String.valueOf(this.startsAt));
		state.put("meeting.endsAt", (this.endsAt != null) ? this.endsAt.toString() : null);
		state.put("meeting.place", this.place);
		state.put("meeting.chair", (this.chairMemberId != null) ? "#" + this.chairMemberId : this.chairName);
		state.put("meeting.secretary",
				(this.secretaryMemberId != null) ? "#" + this.secretaryMemberId : this.secretaryName);
		state.put("meeting.documentNumber", (this.documentNumber != null) ? this.documentNumber.toString() : null);
		return state;
	}

	private static String person(String field, Long memberId, String name, Map<Long, RollMember> onRoll) {
		String named = text(field + "Name", name, MAX_NAME);
		if (memberId != null) {
			if (!onRoll.containsKey(memberId)) {
				throw new RuleViolationException(field + "MemberId", "meeting.person.notOnRoll");
			}
			return null;
		}
		if (named == null) {
			throw new RuleViolationException(field + "MemberId", "meeting." + field + ".required");
		}
		return named;
	}

	static String text(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		if (trimmed.length() > max) {
			throw new RuleViolationException(field, "meeting.text.size", max);
		}
		return trimmed;
	}

	Long getId() {
		return this.id;
	}

	Long getWardId() {
		return this.wardId;
	}

	Long getCellId() {
		return this.cellId;
	}

	MeetingKind getKind() {
		return this.kind;
	}

	String getTopic() {
		return this.topic;
	}

	LocalDate getHeldOn() {
		return this.heldOn;
	}

	LocalTime getStartsAt() {
		return this.startsAt;
	}

	LocalTime getEndsAt() {
		return this.endsAt;
	}

	String getPlace() {
		return this.place;
	}

	Long getChairMemberId() {
		return this.chairMemberId;
	}

	String getChairName() {
		return this.chairName;
	}

	Long getSecretaryMemberId() {
		return this.secretaryMemberId;
	}

	String getSecretaryName() {
		return this.secretaryName;
	}

	Integer getDocumentNumber() {
		return this.documentNumber;
	}

	List<MeetingAttendance> getAttendances() {
		return this.attendances;
	}

	List<MeetingGuest> getGuests() {
		return this.guests;
	}

	List<AgendaItem> getAgenda() {
		return this.agenda;
	}

	List<MeetingResolution> getResolutions() {
		return this.resolutions;
	}

	Integer getVersion() {
		return this.version;
	}

}
