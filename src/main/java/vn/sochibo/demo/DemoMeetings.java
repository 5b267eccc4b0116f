package vn.sochibo.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.sochibo.cellwork.AgendaDetails;
import vn.sochibo.cellwork.AttendanceStatus;
import vn.sochibo.cellwork.GuestDetails;
import vn.sochibo.cellwork.GuestKind;
import vn.sochibo.cellwork.MeetingDetails;
import vn.sochibo.cellwork.MeetingDetails.AttendanceEntry;
import vn.sochibo.cellwork.MeetingKind;
import vn.sochibo.cellwork.MeetingView;
import vn.sochibo.cellwork.Meetings;
import vn.sochibo.cellwork.NewTask;
import vn.sochibo.cellwork.ResolutionDetails;
import vn.sochibo.cellwork.ResolutionKind;
import vn.sochibo.cellwork.RollMember;
import vn.sochibo.cellwork.TaskStatus;
import vn.sochibo.cellwork.TaskView;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Role;
import vn.sochibo.ward.CellView;
import vn.sochibo.ward.Cells;
import vn.sochibo.ward.WardView;

/**
 * Chi bộ Khu vực 11's meetings of 2025 (seed story 1), recorded by its secretary through
 * {@link Meetings}: the 12 regular meetings (one a month) and 2 thematic ones, with the
 * attendance of the roll of each day — most present, a few absent with a reason (ốm, đi
 * khám bệnh, về quê…), one or two without, the exempt members exempt and sometimes
 * attending — agenda items on the year's campaigns (the alleys concreted by residents,
 * security cameras, flags, fire extinguishers, garbage and order), resolutions with their
 * votes, tasks (most done, some dropped, some still open and overdue) followed up at the
 * next meeting, and the ward's Party secretary as a guest of the October thematic
 * meeting. Runs after the members; skipped when the cell already has meetings in 2025.
 */
@Component
@Profile("demo")
@Order(60)
class DemoMeetings implements ApplicationRunner {

	static final int YEAR = 2025;

	private static final Logger logger = LoggerFactory.getLogger(DemoMeetings.class);

	private static final String PLACE = "Nhà văn hóa Khu vực 11";

	/** The ward's Party secretary, a guest of the October thematic meeting. */
	static final String GUEST_NAME = "Đồng chí Lê Minh Tâm";

	private static final String[] REASONS = { "ốm", "đi khám bệnh", "về quê", "đi công tác", "chăm người nhà nằm viện",
			"ốm", "về quê thăm gia đình" };

	/** What each month's meeting took up, besides the month's review (seed story 1). */
	private static final String[][] TOPICS = {
			{ "Chuẩn bị đón Tết Ất Tỵ, thăm và tặng quà gia đình chính sách, hộ nghèo",
					"Lập danh sách tặng quà Tết cho gia đình chính sách, hộ nghèo, đảng viên cao tuổi" },
			{ "Kỷ niệm 95 năm Ngày thành lập Đảng; ra quân \"Rác đúng giờ, đúng nơi\"",
					"Tuyên truyền các hộ để rác đúng giờ, đúng nơi" },
			{ "Vận động nhân dân bê tông hóa hẻm 49-57", "Họp dân hẻm 49-57 bàn mức đóng góp bê tông hóa hẻm" },
			{ "Kết quả họp dân hẻm 49-57: thống nhất đóng góp 160.000.000 đồng",
					"Công khai danh sách đóng góp hẻm 49-57" },
			{ "Giữ gìn trật tự đô thị, lòng lề đường", "Phối hợp tổ tự quản nhắc nhở các hộ lấn chiếm lề đường" },
			{ "Lắp camera an ninh bằng nguồn xã hội hóa", "Vận động các hộ góp kinh phí lắp camera an ninh" },
			{ "Thăm, tặng quà gia đình chính sách nhân ngày 27/7",
					"Tặng quà gia đình chính sách, nạn nhân chất độc da cam" },
			{ "Thay cờ Tổ quốc mới cho các hộ dịp Quốc khánh 2/9", "Vận động thay cờ Tổ quốc mới cho các hộ" },
			{ "Trang bị bình chữa cháy cho các hộ, phòng cháy chữa cháy", "Vận động các hộ trang bị bình chữa cháy" },
			{ "Bê tông hóa hẻm 9-15 và hẻm 27", "Giám sát thi công bê tông hẻm 9-15" },
			{ "Ủng hộ Quỹ \"Vì người nghèo\"", "Vận động đảng viên, nhân dân ủng hộ Quỹ \"Vì người nghèo\"" },
			{ "Kiểm điểm, đánh giá, xếp loại đảng viên và chi bộ năm 2025",
					"Hoàn thành bản kiểm điểm cá nhân năm 2025" } };

	private final DemoWards demoWards;

	private final Cells cells;

	private final Meetings meetings;

	private final Random random = new Random(2025);

	DemoMeetings(DemoWards demoWards, Cells cells, Meetings meetings) {
		this.demoWards = demoWards;
		this.cells = cells;
		this.meetings = meetings;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.demoWards.named(DemoData.WARD_NAME).ifPresent(this::caiKhe);
	}

	private void caiKhe(WardView ward) {
		CurrentUser admin = new CurrentUser(null, ward.id(), "demo", Role.WARD_ADMIN);
		CurrentUser secretary = this.demoWards.user(admin, "bithu");
		CellView cell = this.cells.list(secretary)
			.stream()
			.filter((candidate) -> DemoMembers.KV11_CELL.equals(candidate.name()))
			.findFirst()
			.orElse(null);
		if (cell == null || !this.meetings.year(secretary, cell.id(), YEAR).meetings().isEmpty()) {
			return;
		}
		if (this.meetings.roll(secretary, cell.id(), LocalDate.of(YEAR, 1, 10)).isEmpty()) {
			return;
		}
		List<TaskView> earlier = new ArrayList<>();
		int tasks = 0;
		for (int month = 1; month <= 12; month++) {
			// The second Saturday evening of the month.
			LocalDate day = LocalDate.of(YEAR, month, 1)
				.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.SATURDAY));
			MeetingView meeting = meeting(secretary, cell, MeetingKind.REGULAR, null, day, month);
			this.meetings.addAgendaItem(secretary, cell.id(), meeting.id(), new AgendaDetails(
					"Đánh giá kết quả thực hiện nhiệm vụ tháng " + month + ", phương hướng tháng " + ((month % 12) + 1),
					"Các đồng chí thống nhất với báo cáo; đề nghị tiếp tục bám sát địa bàn, nắm tình hình các hộ khó khăn.",
					"Chi bộ đã hoàn thành các nhiệm vụ đề ra trong tháng; tháng tới tập trung vào các nội dung đã thống nhất."),
					version(secretary, cell, meeting));
			String[] topic = TOPICS[month - 1];
			this.meetings.addAgendaItem(secretary, cell.id(), meeting.id(),
					new AgendaDetails(topic[0], "Nhiều ý kiến đóng góp cụ thể về cách làm và phân công phụ trách.",
							"Giao đảng viên phụ trách từng tổ, báo cáo kết quả tại kỳ họp sau."),
					version(secretary, cell, meeting));
			MeetingView now = this.meetings.get(secretary, cell.id(), meeting.id());
			int present = (int) now.present();
			this.meetings
				.addResolution(secretary, cell.id(), meeting.id(),
						new ResolutionDetails(ResolutionKind.RESOLUTION,
								"Thống nhất nghị quyết tháng " + month + ": "
										+ topic[0].toLowerCase(java.util.Locale.ROOT) + ".",
								present, 0, 0),
						now.version());
			// Follow up the tasks of the month before.
			for (TaskView task : earlier) {
				this.meetings.followUp(secretary, cell.id(), meeting.id(), task.id(), (task.id() % 5 == 0)
						? "Đang thực hiện, còn một số hộ chưa đồng thuận." : "Đã thực hiện xong, đạt kết quả tốt.");
			}
			earlier.clear();
			List<RollMember> due = now.attendance()
				.stream()
				.filter((row) -> !row.exempt())
				.map((row) -> new RollMember(row.memberId(), row.fullName(), null, null, null, null, false))
				.toList();
			RollMember responsible = due.get((month * 7) % due.size());
			LocalDate dueOn = (month == 12) ? LocalDate.of(YEAR + 1, 12, 31) : day.plusDays(25);
			TaskView task = this.meetings.assignTask(secretary, cell.id(), meeting.id(),
					new NewTask(responsible.id(), topic[1], dueOn));
			tasks++;
			// Most are done; the April and September ones were dropped; the October and
			// November ones are still open (overdue by now); December's is due at the end
			// of 2026.
			if (month == 4 || month == 9) {
				this.meetings.updateTask(secretary, cell.id(), task.id(), TaskStatus.DROPPED,
						"Chuyển sang nội dung khác theo chỉ đạo của Đảng ủy phường.", task.version());
			}
			else if (month < 10) {
				this.meetings.updateTask(secretary, cell.id(), task.id(), TaskStatus.DONE,
						"Đã hoàn thành, báo cáo tại kỳ họp tháng " + (month + 1) + ".", task.version());
			}
			earlier.add(task);
		}
		MeetingView may = meeting(secretary, cell, MeetingKind.THEMATIC,
				"Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", LocalDate.of(YEAR, 5, 19), 5);
		this.meetings.addAgendaItem(secretary, cell.id(), may.id(),
				new AgendaDetails("Chuyên đề năm 2025 về học tập và làm theo Bác",
						"Đảng viên liên hệ bản thân, nêu việc làm cụ thể trong giúp đỡ hộ khó khăn.",
						"Mỗi đảng viên đăng ký một việc làm cụ thể."),
				version(secretary, cell, may));
		MeetingView october = meeting(secretary, cell, MeetingKind.THEMATIC,
				"Quán triệt Nghị quyết Đại hội Đảng bộ phường Cái Khế nhiệm kỳ 2025–2030", LocalDate.of(YEAR, 10, 25),
				10);
		this.meetings.addGuest(secretary, cell.id(), october.id(),
				new GuestDetails(GuestKind.GUEST, GUEST_NAME, "Bí thư Đảng ủy phường", "Đảng ủy phường Cái Khế", true),
				october.version());
		this.meetings.addAgendaItem(secretary, cell.id(), october.id(), new AgendaDetails(
				"Quán triệt Nghị quyết Đại hội Đảng bộ phường",
				"Đồng chí Bí thư Đảng ủy phường phát biểu chỉ đạo; đảng viên thảo luận việc cụ thể hóa tại khu vực.",
				"Chi bộ xây dựng chương trình hành động thực hiện Nghị quyết."), version(secretary, cell, october));
		MeetingView octoberNow = this.meetings.get(secretary, cell.id(), october.id());
		this.meetings.addResolution(secretary, cell.id(), october.id(),
				new ResolutionDetails(ResolutionKind.CONCLUSION,
						"Chi bộ xây dựng chương trình hành động thực hiện Nghị quyết Đại hội trong tháng 11.",
						(int) octoberNow.present(), 0, 0),
				octoberNow.version());
		TaskView plan = this.meetings.assignTask(secretary, cell.id(), october.id(),
				new NewTask(octoberNow.chairMemberId(), "Xây dựng chương trình hành động thực hiện Nghị quyết Đại hội",
						LocalDate.of(YEAR, 11, 30)));
		tasks++;
		logger.info("Demo meetings: 12 regular and 2 thematic meetings of {} in {}, {} tasks (plan {})",
				DemoMembers.KV11_CELL, YEAR, tasks, plan.id());
	}

	private MeetingView meeting(CurrentUser secretary, CellView cell, MeetingKind kind, String topic, LocalDate day,
			int month) {
		List<RollMember> roll = this.meetings.roll(secretary, cell.id(), day);
		List<AttendanceEntry> attendance = new ArrayList<>();
		int excused = 0;
		int unexcused = 0;
		boolean exemptCame = false;
		for (RollMember member : roll) {
			AttendanceStatus status;
			String reason = null;
			if (member.exempt()) {
				status = (!exemptCame && month % 3 == 0) ? AttendanceStatus.EXEMPT_ATTENDED : AttendanceStatus.EXEMPT;
				exemptCame |= status == AttendanceStatus.EXEMPT_ATTENDED;
			}
			else if (excused < 2 && this.random.nextInt(12) == 0) {
				status = AttendanceStatus.ABSENT_EXCUSED;
				reason = REASONS[this.random.nextInt(REASONS.length)];
				excused++;
			}
			else if (unexcused < 1 && (month == 4 || month == 9) && kind == MeetingKind.REGULAR
					&& this.random.nextInt(6) == 0) {
				status = AttendanceStatus.ABSENT_UNEXCUSED;
				unexcused++;
			}
			else {
				status = AttendanceStatus.PRESENT;
			}
			attendance.add(new AttendanceEntry(member.id(), status, reason));
		}
		Long chair = roll.stream()
			.filter((member) -> member.fullName().equals("Trần Văn Hùng"))
			.map(RollMember::id)
			.findFirst()
			.orElse(roll.get(0).id());
		Long minuteTaker = roll.stream()
			.filter((member) -> member.fullName().equals("Nguyễn Thị Mỹ Linh"))
			.map(RollMember::id)
			.findFirst()
			.orElse(null);
		return this.meetings.create(secretary, cell.id(),
				new MeetingDetails(kind, topic, day, LocalTime.of(19, 30), LocalTime.of(21, 0), PLACE, chair, null,
						minuteTaker, (minuteTaker == null) ? "Nguyễn Thị Mỹ Linh" : null,
						(kind == MeetingKind.REGULAR) ? month : null, attendance));
	}

	private Integer version(CurrentUser secretary, CellView cell, MeetingView meeting) {
		return this.meetings.get(secretary, cell.id(), meeting.id()).version();
	}

}
