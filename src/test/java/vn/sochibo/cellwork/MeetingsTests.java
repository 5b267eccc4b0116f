package vn.sochibo.cellwork;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.sochibo.cellwork.MeetingDetails.AttendanceEntry;
import vn.sochibo.shared.OutOfScopeException;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.StaleEditException;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.MemberFixtures;
import vn.sochibo.support.StatementCounter;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.ward.CellNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Cell meetings against PostgreSQL: who records and reads them, the attendance rules and
 * figures, votes, tasks with their computed status and follow-ups, the year of meetings
 * and its constant cost.
 */
@IntegrationTest
class MeetingsTests {

	@Autowired
	WardFixtures wards;

	@Autowired
	MemberFixtures fixtures;

	@Autowired
	Meetings meetings;

	@Autowired
	Clock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementCounter statements;

	TestWard ward;

	MemberView an;

	MemberView binh;

	MemberView cu;

	LocalDate today;

	@BeforeEach
	void ward() {
		this.ward = this.wards.newWard();
		this.an = this.fixtures.member(this.ward, this.ward.cellA(), "Trần Văn An");
		this.binh = this.fixtures.member(this.ward, this.ward.cellA(), "Lê Thị Bình");
		this.cu = this.fixtures.member(this.ward, this.ward.cellA(), "Nguyễn Văn Cự", LocalDate.of(1972, 3, 3),
				LocalDate.of(2021, 1, 1));
		this.today = LocalDate.now(this.clock);
	}

	@Test
	void aMeetingKeepsItsAttendanceAndFigures() {
		MeetingView meeting = this.meetings.create(this.ward.secretary(), cellA(),
				details(this.today.minusDays(3), MeetingKind.REGULAR,
						List.of(present(this.an),
								new AttendanceEntry(this.binh.id(), AttendanceStatus.ABSENT_EXCUSED, " ốm "),
								new AttendanceEntry(this.cu.id(), AttendanceStatus.EXEMPT_ATTENDED, "x"))));

		assertThat(meeting.attendance()).extracting(MeetingView.Attendance::fullName)
			.containsExactly("Trần Văn An", "Lê Thị Bình", "Nguyễn Văn Cự");
		assertThat(meeting.absentees()).singleElement().satisfies((row) -> assertThat(row.reason()).isEqualTo("ốm"));
		assertThat(meeting.attendance()).filteredOn(MeetingView.Attendance::exempt)
			.extracting(MeetingView.Attendance::memberId)
			.containsExactly(this.cu.id());
		AttendanceFigures figures = meeting.figures();
		assertThat(figures.due()).isEqualTo(2);
		assertThat(figures.present()).isEqualTo(1);
		assertThat(figures.attended()).isEqualTo(2);
		assertThat(figures.absentExcused()).isEqualTo(1);
		assertThat(figures.rateLabel()).isEqualTo("50%");
		assertThat(meeting.chair()).isEqualTo("Trần Văn An");
		assertThat(this.meetings.get(this.ward.inspector(), cellA(), meeting.id()).figures()).isEqualTo(figures);
	}

	@Test
	void theRateHasOneDecimalWithAComma() {
		assertThat(new AttendanceFigures(31, 2, 28, 1, 1, 0).rateLabel()).isEqualTo("96,6%");
		assertThat(new AttendanceFigures(3, 3, 0, 1, 0, 0).rateLabel()).isEqualTo("—");
	}

	@Test
	void onlyTheWardAdminTheInspectorAndTheCellsSecretaryReachItsMeetings() {
		MeetingView meeting = record(this.today.minusDays(1));
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.meetings.get(this.ward.officer(), cellA(), meeting.id()));
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.meetings.year(this.ward.officer(), cellA(), this.today.getYear()));
		assertThatExceptionOfType(OutOfScopeException.class).isThrownBy(() -> this.meetings
			.create(this.ward.inspector(), cellA(), details(this.today, MeetingKind.THEMATIC, everyonePresent())));
		assertThatExceptionOfType(CellNotFoundException.class)
			.isThrownBy(() -> this.meetings.year(this.ward.secretary(), this.ward.cellB().id(), 2025));
		assertThatExceptionOfType(MeetingNotFoundException.class)
			.isThrownBy(() -> this.meetings.get(this.ward.admin(), this.ward.cellB().id(), meeting.id()));
		TestWard other = this.wards.newWard();
		assertThatExceptionOfType(CellNotFoundException.class)
			.isThrownBy(() -> this.meetings.get(other.admin(), cellA(), meeting.id()));
		assertThatExceptionOfType(MeetingNotFoundException.class)
			.isThrownBy(() -> this.meetings.get(other.admin(), other.cellA().id(), meeting.id()));
	}

	@Test
	void badAttendanceIsRefusedAndNothingIsWritten() {
		MemberView elsewhere = this.fixtures.member(this.ward, this.ward.cellB(), "Phạm Văn Khác");
		LocalDate day = this.today.minusDays(2);
		List<AttendanceEntry> withOutsider = new ArrayList<>(everyonePresent());
		withOutsider.add(present(elsewhere));
		refused(details(day, MeetingKind.REGULAR, withOutsider), "attendance", "meeting.attendance.notOnRoll");
		refused(details(day, MeetingKind.REGULAR, List.of(present(this.an), present(this.binh))), "attendance",
				"meeting.attendance.missing");
		refused(details(day, MeetingKind.REGULAR,
				List.of(present(this.an), present(this.binh), present(this.an),
						new AttendanceEntry(this.cu.id(), AttendanceStatus.EXEMPT, null))),
				"attendance", "meeting.attendance.twice");
		refused(details(day, MeetingKind.REGULAR,
				List.of(present(this.an), present(this.binh),
						new AttendanceEntry(this.cu.id(), AttendanceStatus.ABSENT_UNEXCUSED, null))),
				"attendance[2].status", "meeting.attendance.exemptOnly");
		refused(details(day, MeetingKind.REGULAR,
				List.of(new AttendanceEntry(this.an.id(), AttendanceStatus.EXEMPT, null), present(this.binh),
						new AttendanceEntry(this.cu.id(), AttendanceStatus.EXEMPT, null))),
				"attendance[0].status", "meeting.attendance.notExempt");
		refused(details(day, MeetingKind.REGULAR,
				List.of(present(this.an), new AttendanceEntry(this.binh.id(), AttendanceStatus.ABSENT_EXCUSED, " "),
						new AttendanceEntry(this.cu.id(), AttendanceStatus.EXEMPT, null))),
				"attendance[1].reason", "meeting.attendance.reason.required");
		refused(details(this.today.plusDays(1), MeetingKind.REGULAR, everyonePresent()), "heldOn",
				"meeting.heldOn.future");
		refused(details(day, MeetingKind.THEMATIC, everyonePresent(), null), "topic", "meeting.topic.required");
		assertThat(count()).isZero();
	}

	@Test
	void aMemberWhoJoinedAfterTheMeetingIsNotOnItsRoll() {
		LocalDate day = this.today.minusDays(20);
		MemberView newcomer = this.fixtures.probationary(this.ward, this.ward.cellA(), "Đỗ Thị Mới",
				this.today.minusDays(5));
		List<AttendanceEntry> entries = new ArrayList<>(everyonePresent());
		entries.add(present(newcomer));
		refused(details(day, MeetingKind.REGULAR, entries), "attendance", "meeting.attendance.notOnRoll");
		MeetingView later = this.meetings.create(this.ward.secretary(), cellA(),
				details(this.today, MeetingKind.THEMATIC, entries));
		assertThat(later.attendance()).filteredOn(MeetingView.Attendance::probationary)
			.extracting(MeetingView.Attendance::fullName)
			.containsExactly("Đỗ Thị Mới");
	}

	@Test
	void oneRegularMeetingAMonth() {
		LocalDate first = this.today.withDayOfMonth(1);
		record(first);
		refused(details(this.today, MeetingKind.REGULAR, everyonePresent()), "heldOn", "meeting.regular.duplicate");
		MeetingView thematic = this.meetings.create(this.ward.secretary(), cellA(),
				details(this.today, MeetingKind.THEMATIC, everyonePresent()));
		assertThat(thematic.kind()).isEqualTo(MeetingKind.THEMATIC);
		assertThatExceptionOfType(org.springframework.dao.DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc
				.update("insert into cell_meetings (ward_id, cell_id, kind, held_on, starts_at, place, chair_name, "
						+ "secretary_name, recorded_by, recorded_at) select ward_id, cell_id, 'REGULAR', held_on, "
						+ "starts_at, place, 'A', 'B', 'x', now() from cell_meetings where id = ?", thematic.id()));
	}

	@Test
	void theDatabaseRefusesWhatTheServiceRefuses() {
		MeetingView meeting = record(this.today.minusDays(2));
		String attendance = "insert into meeting_attendances (ward_id, meeting_id, member_id, status, reason, "
				+ "probationary, exempt) values (?, ?, ?, ?, ?, false, ?)";
		MemberView other = this.fixtures.member(this.ward, this.ward.cellA(), "Hồ Văn Mới");
		for (Object[] row : List.of(new Object[] { "ABSENT_UNEXCUSED", null, true },
				new Object[] { "PRESENT", null, true }, new Object[] { "EXEMPT", null, false },
				new Object[] { "ABSENT_EXCUSED", null, false }, new Object[] { "PRESENT", "ốm", false })) {
			assertThatExceptionOfType(org.springframework.dao.DataIntegrityViolationException.class)
				.isThrownBy(() -> this.jdbc.update(attendance, this.ward.id(), meeting.id(), other.id(), row[0], row[1],
						row[2]));
		}
		assertThatExceptionOfType(org.springframework.dao.DataIntegrityViolationException.class).isThrownBy(
				() -> this.jdbc.update(attendance, this.ward.id(), meeting.id(), this.an.id(), "PRESENT", null, false));
		assertThatExceptionOfType(org.springframework.dao.DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update("insert into meeting_resolutions (ward_id, meeting_id, position, kind, "
					+ "content, votes_for, votes_against, votes_abstain) values (?, ?, 1, 'RESOLUTION', 'x', 2, null, 0)",
					this.ward.id(), meeting.id()));
		TestWard other2 = this.wards.newWard();
		assertThatExceptionOfType(org.springframework.dao.DataIntegrityViolationException.class).isThrownBy(
				() -> this.jdbc.update("insert into meeting_agenda_items (ward_id, meeting_id, position, title) "
						+ "values (?, ?, 1, 'x')", other2.id(), meeting.id()));
	}

	@Test
	void anEditKeepsTheVersionAndStaleEditsAreRefused() {
		MeetingView meeting = record(this.today.minusDays(2));
		MeetingView edited = this.meetings.update(this.ward.secretary(), cellA(), meeting.id(),
				details(this.today.minusDays(2), MeetingKind.REGULAR,
						List.of(present(this.an),
								new AttendanceEntry(this.binh.id(), AttendanceStatus.ABSENT_UNEXCUSED, "bỏ qua"),
								new AttendanceEntry(this.cu.id(), AttendanceStatus.EXEMPT, null))),
				meeting.version());
		assertThat(edited.figures().absentUnexcused()).isEqualTo(1);
		assertThat(edited.attendance().get(1).reason()).isNull();
		assertThatExceptionOfType(StaleEditException.class)
			.isThrownBy(() -> this.meetings.update(this.ward.secretary(), cellA(), meeting.id(),
					details(this.today.minusDays(2), MeetingKind.REGULAR, everyonePresent()), meeting.version()));
		Integer count = this.jdbc.queryForObject(
				"select count(*) from audit_events where entity_type = 'CELL_MEETING' and entity_id = ? and action = 'UPDATE'",
				Integer.class, meeting.id());
		assertThat(count).isPositive();
	}

	@Test
	void votesNeverAddUpToMoreThanThosePresent() {
		MeetingView meeting = this.meetings.create(this.ward.secretary(), cellA(),
				details(this.today.minusDays(1), MeetingKind.REGULAR,
						List.of(present(this.an),
								new AttendanceEntry(this.binh.id(), AttendanceStatus.ABSENT_EXCUSED, "về quê"),
								new AttendanceEntry(this.cu.id(), AttendanceStatus.EXEMPT_ATTENDED, null))));
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.meetings.addResolution(this.ward.secretary(), cellA(), meeting.id(),
					new ResolutionDetails(ResolutionKind.RESOLUTION, "Nghị quyết", 2, 1, 0), meeting.version()))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("votesFor"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("meeting.resolution.votes.tooMany"));
		this.meetings.addResolution(this.ward.secretary(), cellA(), meeting.id(),
				new ResolutionDetails(ResolutionKind.RESOLUTION, "Nghị quyết", 2, 0, 0), meeting.version());
		MeetingView after = this.meetings.get(this.ward.secretary(), cellA(), meeting.id());
		assertThat(after.resolutions()).singleElement().satisfies((r) -> assertThat(r.votesFor()).isEqualTo(2));
		assertThat(after.version()).isGreaterThan(meeting.version());
		// Fewer present afterwards would leave the votes above those present.
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.meetings.update(this.ward.secretary(), cellA(), meeting.id(),
					details(this.today.minusDays(1), MeetingKind.REGULAR,
							List.of(present(this.an),
									new AttendanceEntry(this.binh.id(), AttendanceStatus.ABSENT_EXCUSED, "ốm"),
									new AttendanceEntry(this.cu.id(), AttendanceStatus.EXEMPT, null))),
					after.version()))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("meeting.attendance.belowVotes"));
	}

	@Test
	void tasksAreDueNotBeforeTheirMeetingAndOverdueByTheClock() {
		MeetingView meeting = record(this.today.minusDays(10));
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.meetings.assignTask(this.ward.secretary(), cellA(), meeting.id(),
					new NewTask(this.an.id(), "Vận động", this.today.minusDays(11))))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("dueOn"));
		MemberView elsewhere = this.fixtures.member(this.ward, this.ward.cellB(), "Phạm Văn Khác");
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.meetings.assignTask(this.ward.secretary(), cellA(), meeting.id(),
					new NewTask(elsewhere.id(), "Vận động", this.today)))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("memberId"));
		TaskView overdue = this.meetings.assignTask(this.ward.secretary(), cellA(), meeting.id(),
				new NewTask(this.an.id(), "Vận động đóng góp bê tông hẻm", this.today.minusDays(1)));
		TaskView open = this.meetings.assignTask(this.ward.secretary(), cellA(), meeting.id(),
				new NewTask(this.binh.id(), "Thăm hộ nghèo", this.today.plusDays(5)));
		assertThat(overdue.status()).isEqualTo(TaskStatus.OVERDUE);
		assertThat(open.status()).isEqualTo(TaskStatus.OPEN);

		var all = this.meetings.tasks(this.ward.secretary(), cellA(), new TaskQuery(null, null), PageRequest.of(0, 10));
		assertThat(all.getContent()).extracting(TaskRow::id).containsExactly(overdue.id(), open.id());
		assertThat(this.meetings
			.tasks(this.ward.secretary(), cellA(), new TaskQuery(null, "be tong"), PageRequest.of(0, 10))
			.getContent()).extracting(TaskRow::id).containsExactly(overdue.id());
		assertThat(this.meetings
			.tasks(this.ward.secretary(), cellA(), new TaskQuery(null, "le thi binh"), PageRequest.of(0, 10))
			.getContent()).extracting(TaskRow::id).containsExactly(open.id());
		assertThat(this.meetings
			.tasks(this.ward.secretary(), cellA(), new TaskQuery(TaskStatus.OVERDUE, null), PageRequest.of(0, 10))
			.getContent()).extracting(TaskRow::id).containsExactly(overdue.id());

		TaskView done = this.meetings.updateTask(this.ward.secretary(), cellA(), overdue.id(), TaskStatus.DONE,
				"Đã đổ bê tông", overdue.version());
		assertThat(done.status()).isEqualTo(TaskStatus.DONE);
		assertThat(done.closedOn()).isEqualTo(this.today);
		assertThatExceptionOfType(StaleEditException.class).isThrownBy(() -> this.meetings
			.updateTask(this.ward.secretary(), cellA(), overdue.id(), TaskStatus.DROPPED, null, overdue.version()));
		assertThatExceptionOfType(TaskNotFoundException.class)
			.isThrownBy(() -> this.meetings.task(this.ward.admin(), this.ward.cellB().id(), open.id()));
	}

	@Test
	void aLaterMeetingFollowsUpATask() {
		MeetingView first = record(this.today.minusMonths(1).withDayOfMonth(5));
		TaskView task = this.meetings.assignTask(this.ward.secretary(), cellA(), first.id(),
				new NewTask(this.an.id(), "Lắp camera an ninh", this.today.plusDays(30)));
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.meetings.followUp(this.ward.secretary(), cellA(), first.id(), task.id(), "x"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("task.followUp.notLater"));
		MeetingView second = this.meetings.create(this.ward.secretary(), cellA(),
				details(this.today, MeetingKind.THEMATIC, everyonePresent()));
		assertThat(this.meetings.followable(this.ward.secretary(), cellA(), second.id())).extracting(TaskRow::id)
			.containsExactly(task.id());
		this.meetings.followUp(this.ward.secretary(), cellA(), second.id(), task.id(), "Đã lắp 2 camera");
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.meetings.followUp(this.ward.secretary(), cellA(), second.id(), task.id(), "lại"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("task.followUp.twice"));

		assertThat(this.meetings.task(this.ward.secretary(), cellA(), task.id()).followUps()).singleElement()
			.satisfies((f) -> assertThat(f.note()).isEqualTo("Đã lắp 2 camera"))
			.satisfies((f) -> assertThat(f.meetingId()).isEqualTo(second.id()));
		assertThat(this.meetings.get(this.ward.secretary(), cellA(), second.id()).followUps()).hasSize(1);
	}

	@Test
	void theYearShowsMissingMonthsAndTheYearsRate() {
		int year = this.today.getYear() - 1;
		record(LocalDate.of(year, 1, 10));
		this.meetings.create(this.ward.secretary(), cellA(),
				details(LocalDate.of(year, 3, 10), MeetingKind.REGULAR,
						List.of(present(this.an),
								new AttendanceEntry(this.binh.id(), AttendanceStatus.ABSENT_UNEXCUSED, null),
								new AttendanceEntry(this.cu.id(), AttendanceStatus.EXEMPT, null))));
		this.meetings.create(this.ward.secretary(), cellA(),
				details(LocalDate.of(year, 3, 20), MeetingKind.THEMATIC, everyonePresent()));

		MeetingYear view = this.meetings.year(this.ward.inspector(), cellA(), year);

		assertThat(view.months()).hasSize(12);
		assertThat(view.months().get(0).regular()).isNotNull();
		assertThat(view.months().get(1).missing()).isTrue();
		assertThat(view.months().get(2).thematic()).hasSize(1);
		assertThat(view.missingCount()).isEqualTo(10);
		assertThat(view.total().due()).isEqualTo(6);
		assertThat(view.total().present()).isEqualTo(5);
		assertThat(view.total().rateLabel()).isEqualTo("83,3%");
		MeetingYear next = this.meetings.year(this.ward.inspector(), cellA(), this.today.getYear() + 1);
		assertThat(next.months()).noneMatch(MeetingYear.Month::missing).allMatch(MeetingYear.Month::future);
	}

	@Test
	void theYearCostsTheSameStatementsForThreeMeetingsAndForFourteen() {
		TestWard few = this.wards.newWard();
		TestWard many = this.wards.newWard();
		int year = this.today.getYear() - 1;
		seedYear(few, year, 3, 2);
		seedYear(many, year, 14, 12);

		this.meetings.year(few.secretary(), few.cellA().id(), year);
		this.statements.reset();
		MeetingYear small = this.meetings.year(few.secretary(), few.cellA().id(), year);
		int forThree = this.statements.count();
		this.statements.reset();
		MeetingYear large = this.meetings.year(many.secretary(), many.cellA().id(), year);
		int forFourteen = this.statements.count();

		assertThat(small.meetings()).hasSize(3);
		assertThat(large.meetings()).hasSize(14);
		assertThat(large.total().onRoll()).isEqualTo(14 * 12);
		assertThat(forThree).isPositive().isEqualTo(forFourteen);
	}

	private void seedYear(TestWard target, int year, int meetingCount, int memberCount) {
		List<MemberView> roll = new ArrayList<>();
		for (int i = 0; i < memberCount; i++) {
			roll.add(this.fixtures.member(target, target.cellA(), "Đảng viên " + (char) ('A' + i)));
		}
		List<AttendanceEntry> entries = roll.stream().map(this::present).toList();
		for (int i = 0; i < meetingCount; i++) {
			MeetingKind kind = (i < 12) ? MeetingKind.REGULAR : MeetingKind.THEMATIC;
			LocalDate day = LocalDate.of(year, (i < 12) ? i + 1 : 6, 15 + (i / 12));
			MeetingView meeting = this.meetings.create(target.secretary(), target.cellA().id(),
					new MeetingDetails(kind, (kind == MeetingKind.THEMATIC) ? "Chuyên đề" : null, day,
							LocalTime.of(19, 30), null, "Nhà văn hóa", roll.get(0).id(), null, null, "Thư ký", null,
							entries));
			this.meetings.assignTask(target.secretary(), target.cellA().id(), meeting.id(),
					new NewTask(roll.get(0).id(), "Việc " + i, day.plusDays(10)));
		}
	}

	private void refused(MeetingDetails details, String field, String key) {
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.meetings.create(this.ward.secretary(), cellA(), details))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo(field))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo(key));
	}

	private MeetingView record(LocalDate day) {
		return this.meetings.create(this.ward.secretary(), cellA(),
				details(day, MeetingKind.REGULAR, everyonePresent()));
	}

	private List<AttendanceEntry> everyonePresent() {
		return List.of(present(this.an), present(this.binh),
				new AttendanceEntry(this.cu.id(), AttendanceStatus.EXEMPT, null));
	}

	private AttendanceEntry present(MemberView member) {
		return new AttendanceEntry(member.id(), AttendanceStatus.PRESENT, null);
	}

	private MeetingDetails details(LocalDate day, MeetingKind kind, List<AttendanceEntry> entries) {
		return details(day, kind, entries, (kind == MeetingKind.THEMATIC) ? "Học tập Nghị quyết" : null);
	}

	private MeetingDetails details(LocalDate day, MeetingKind kind, List<AttendanceEntry> entries, String topic) {
		return new MeetingDetails(kind, topic, day, LocalTime.of(19, 30), LocalTime.of(21, 0), "Nhà văn hóa khu vực",
				this.an.id(), null, null, "Lê Văn Thư", null, entries);
	}

	private Long cellA() {
		return this.ward.cellA().id();
	}

	private long count() {
		return this.jdbc.queryForObject("select count(*) from cell_meetings where cell_id = ?", Long.class, cellA());
	}

}
