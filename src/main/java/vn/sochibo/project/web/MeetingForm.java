package vn.sochibo.project.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import vn.sochibo.project.MeetingDetails;

/**
 * A residents' meeting on a project, from its minutes. The area's household count comes
 * from the register.
 */
public class MeetingForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate meetingDate;

	@NotNull
	@Min(1)
	@Max(100000)
	private Integer householdsPresent;

	@NotNull
	@Min(0)
	@Max(100000)
	private Integer householdsAgreeing;

	@Size(max = 1000)
	private String meetingNotes;

	MeetingDetails toDetails() {
		return new MeetingDetails(this.meetingDate, this.householdsPresent, this.householdsAgreeing, this.meetingNotes);
	}

	public LocalDate getMeetingDate() {
		return this.meetingDate;
	}

	public void setMeetingDate(LocalDate meetingDate) {
		this.meetingDate = meetingDate;
	}

	public Integer getHouseholdsPresent() {
		return this.householdsPresent;
	}

	public void setHouseholdsPresent(Integer householdsPresent) {
		this.householdsPresent = householdsPresent;
	}

	public Integer getHouseholdsAgreeing() {
		return this.householdsAgreeing;
	}

	public void setHouseholdsAgreeing(Integer householdsAgreeing) {
		this.householdsAgreeing = householdsAgreeing;
	}

	public String getMeetingNotes() {
		return this.meetingNotes;
	}

	public void setMeetingNotes(String meetingNotes) {
		this.meetingNotes = meetingNotes;
	}

}
