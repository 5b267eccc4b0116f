package vn.sochibo.cellwork.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import vn.sochibo.cellwork.MeetingKind;

/**
 * The meeting form: when, where, who chaired and who took the minutes, and the attendance
 * grid of the roll of the meeting's day; with the version of the meeting when editing.
 */
public class MeetingForm {

	@NotNull
	private MeetingKind kind;

	@Size(max = 300)
	private String topic;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate heldOn;

	@NotNull
	@DateTimeFormat(pattern = "H:mm[:ss]")
	private LocalTime startsAt;

	@DateTimeFormat(pattern = "H:mm[:ss]")
	private LocalTime endsAt;

	@NotBlank
	@Size(max = 200)
	private String place;

	private Long chairMemberId;

	@Size(max = 120)
	private String chairName;

	private Long secretaryMemberId;

	@Size(max = 120)
	private String secretaryName;

	@Min(1)
	@Max(9999)
	private Integer documentNumber;

	@Valid
	private List<AttendanceRow> attendance = new ArrayList<>();

	private Integer version;

	public MeetingKind getKind() {
		return this.kind;
	}

	public void setKind(MeetingKind kind) {
		this.kind = kind;
	}

	public String getTopic() {
		return this.topic;
	}

	public void setTopic(String topic) {
		this.topic = topic;
	}

	public LocalDate getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(LocalDate heldOn) {
		this.heldOn = heldOn;
	}

	public LocalTime getStartsAt() {
		return this.startsAt;
	}

	public void setStartsAt(LocalTime startsAt) {
		this.startsAt = startsAt;
	}

	public LocalTime getEndsAt() {
		return this.endsAt;
	}

	public void setEndsAt(LocalTime endsAt) {
		this.endsAt = endsAt;
	}

	public String getPlace() {
		return this.place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public Long getChairMemberId() {
		return this.chairMemberId;
	}

	public void setChairMemberId(Long chairMemberId) {
		this.chairMemberId = chairMemberId;
	}

	public String getChairName() {
		return this.chairName;
	}

	public void setChairName(String chairName) {
		this.chairName = chairName;
	}

	public Long getSecretaryMemberId() {
		return this.secretaryMemberId;
	}

	public void setSecretaryMemberId(Long secretaryMemberId) {
		this.secretaryMemberId = secretaryMemberId;
	}

	public String getSecretaryName() {
		return this.secretaryName;
	}

	public void setSecretaryName(String secretaryName) {
		this.secretaryName = secretaryName;
	}

	public Integer getDocumentNumber() {
		return this.documentNumber;
	}

	public void setDocumentNumber(Integer documentNumber) {
		this.documentNumber = documentNumber;
	}

	public List<AttendanceRow> getAttendance() {
		return this.attendance;
	}

	public void setAttendance(List<AttendanceRow> attendance) {
		this.attendance = attendance;
	}

	public Integer getVersion() {
		return this.version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
