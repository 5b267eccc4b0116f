package vn.sochibo.cellwork.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.sochibo.cellwork.AttendanceStatus;
import vn.sochibo.cellwork.MeetingDetails;
import vn.sochibo.cellwork.MeetingKind;
import vn.sochibo.cellwork.MeetingView;
import vn.sochibo.cellwork.RollMember;

/**
 * Between the meeting form and the service: a new form pre-filled from the roll (everyone
 * present, exempt members exempt), an edit form from a meeting, and the grid rebuilt for
 * another day's roll keeping what was chosen for each member.
 */
final class MeetingForms {

	private MeetingForms() {
	}

	static MeetingForm fresh(MeetingKind kind, LocalDate day, List<RollMember> roll) {
		MeetingForm form = new MeetingForm();
		form.setKind(kind);
		form.setHeldOn(day);
		form.setStartsAt(LocalTime.of(19, 30));
		regrid(form, roll);
		return form;
	}

	static MeetingForm of(MeetingView meeting) {
		MeetingForm form = new MeetingForm();
		form.setKind(meeting.kind());
		form.setTopic(meeting.topic());
		form.setHeldOn(meeting.heldOn());
		form.setStartsAt(meeting.startsAt());
		form.setEndsAt(meeting.endsAt());
		form.setPlace(meeting.place());
		form.setChairMemberId(meeting.chairMemberId());
		form.setChairName((meeting.chairMemberId() == null) ? meeting.chair() : null);
		form.setSecretaryMemberId(meeting.secretaryMemberId());
		form.setSecretaryName((meeting.secretaryMemberId() == null) ? meeting.secretary() : null);
		form.setDocumentNumber(meeting.documentNumber());
		form.setVersion(meeting.version());
		for (MeetingView.Attendance attendance : meeting.attendance()) {
			AttendanceRow row = new AttendanceRow();
			row.setMemberId(attendance.memberId());
			row.setFullName(attendance.fullName());
			row.setExempt(attendance.exempt());
			row.setProbationary(attendance.probationary());
			row.setStatus(attendance.status());
			row.setReason(attendance.reason());
			form.getAttendance().add(row);
		}
		return form;
	}

	/**
	 * The grid for the roll: one row per member on it, with the status chosen before for
	 * that member when it still fits, otherwise present (exempt for an exempt member).
	 */
	static void regrid(MeetingForm form, List<RollMember> roll) {
		Map<Long, AttendanceRow> before = new HashMap<>();
		for (AttendanceRow row : form.getAttendance()) {
			if (row.getMemberId() != null) {
				before.putIfAbsent(row.getMemberId(), row);
			}
		}
		form.getAttendance().clear();
		for (RollMember member : roll) {
			AttendanceRow row = new AttendanceRow();
			row.setMemberId(member.id());
			row.setFullName(member.fullName());
			row.setExempt(member.exempt());
			row.setProbationary(member.probationary());
			AttendanceRow old = before.get(member.id());
			AttendanceStatus status = (old != null) ? old.getStatus() : null;
			if (status == null || status.forExempt() != member.exempt()) {
				status = member.exempt() ? AttendanceStatus.EXEMPT : AttendanceStatus.PRESENT;
			}
			row.setStatus(status);
			row.setReason((old != null) ? old.getReason() : null);
			form.getAttendance().add(row);
		}
	}

	static MeetingDetails toDetails(MeetingForm form) {
		List<MeetingDetails.AttendanceEntry> entries = form.getAttendance()
			.stream()
			.map((row) -> new MeetingDetails.AttendanceEntry(row.getMemberId(), row.getStatus(), row.getReason()))
			.toList();
		return new MeetingDetails(form.getKind(), form.getTopic(), form.getHeldOn(), form.getStartsAt(),
				form.getEndsAt(), form.getPlace(), form.getChairMemberId(), form.getChairName(),
				form.getSecretaryMemberId(), form.getSecretaryName(), form.getDocumentNumber(), entries);
	}

}
