package vn.sochibo.project;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.sochibo.audit.AuditEntryView;
import vn.sochibo.audit.AuditTrail;
import vn.sochibo.fund.Contribution;
import vn.sochibo.fund.ContributorKind;
import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.fund.Expenditure;
import vn.sochibo.fund.FundKind;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.FundingSource;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.household.Households;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.OutOfScopeException;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.StaleEditException;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.ward.AreaNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static vn.sochibo.project.ProjectFixtures.JPEG_HEADER;
import static vn.sochibo.project.ProjectFixtures.WEBP_HEADER;
import static vn.sochibo.project.ProjectFixtures.image;
import static vn.sochibo.project.ProjectFixtures.png;

/**
 * The project service against PostgreSQL: the fund created with the project, the status
 * machine, the majority rule, the board's limit, photos, the funding plan against the
 * ledger, and scope.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectsTests {

	@Autowired
	WardFixtures wards;

	@Autowired
	Projects projects;

	@Autowired
	Funds funds;

	@Autowired
	Ledger ledger;

	@Autowired
	Households households;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	ProjectFixtures fixtures;

	TestWard ward;

	LocalDate today;

	@BeforeAll
	void ward() {
		this.fixtures = new ProjectFixtures(this.projects, this.wards, this.households, this.clock);
		this.ward = this.wards.newWard();
		this.fixtures.households(this.ward, this.ward.areaA(), 4);
		this.today = LocalDate.now(this.clock);
	}

	@Test
	void creatingAProjectCreatesItsFundCollectingInTheProjectsArea() {
		ProjectDetail project = this.fixtures.create(this.ward.officer(), this.ward.areaA(), "Bê tông hóa hẻm 9-15");

		assertThat(project.status()).isEqualTo(ProjectStatus.PROPOSED);
		assertThat(project.progress()).isZero();
		FundSummary fund = this.funds.get(this.ward.admin(), project.funding().fundId());
		assertThat(fund.kind()).isEqualTo(FundKind.PROJECT);
		assertThat(fund.name()).isEqualTo("Bê tông hóa hẻm 9-15");
		assertThat(fund.purpose()).contains("Bê tông hóa hẻm 9-15").contains("Khu vực A");
		assertThat(fund.target()).isNull();
		assertThat(this.jdbc.queryForList("select area_id from fund_areas where fund_id = ?", Long.class, fund.id()))
			.containsExactly(this.ward.areaA().id());
		assertThat(project.funding().raised()).isEqualTo(Money.ZERO);
		assertThat(project.funding().hasPlan()).isFalse();
		assertThat(this.audit.history(Projects.ENTITY, project.id())).extracting(AuditEntryView::field)
			.contains("project.name", "project.kind", "project.area", "project.fund");
	}

	@Test
	void aSecondProjectOfTheSameNameGetsItsOwnFund() {
		ProjectDetail first = this.fixtures.create(this.ward.admin(), this.ward.areaA(), "Camera an ninh hẻm 27");
		ProjectDetail second = this.fixtures.create(this.ward.admin(), this.ward.areaA(), "Camera an ninh hẻm 27");

		assertThat(second.funding().fundId()).isNotEqualTo(first.funding().fundId());
		assertThat(second.funding().fundName()).isEqualTo("Camera an ninh hẻm 27 (2)");
	}

	@Test
	void whenTheProjectCannotBeWrittenItsFundIsNotWrittenEither() {
		String name = "Dự án hỏng " + this.today;
		ProjectDetails tooLongLocation = new ProjectDetails(ProjectKind.DRAINAGE, name, this.ward.areaA().id(),
				"x".repeat(256), null, null, null, null, null, null, null, null, null);
		int fundsBefore = fundCount();

		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> this.projects.create(this.ward.admin(), tooLongLocation));

		assertThat(fundCount()).isEqualTo(fundsBefore);
		assertThat(this.jdbc.queryForObject("select count(*) from funds where name = ?", Integer.class, name)).isZero();
	}

	@Test
	void anOfficerCreatesProjectsOnlyInTheirAreasAndNoFundIsLeftBehind() {
		int fundsBefore = fundCount();

		assertThatExceptionOfType(AreaNotFoundException.class)
			.isThrownBy(() -> this.fixtures.create(this.ward.officer(), this.ward.areaB(), "Chiếu sáng hẻm 71"));
		TestWard other = this.wards.newWard();
		assertThatExceptionOfType(AreaNotFoundException.class)
			.isThrownBy(() -> this.fixtures.create(this.ward.officer(), other.areaA(), "Chiếu sáng hẻm 71"));
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.fixtures.create(this.ward.inspector(), this.ward.areaA(), "Chiếu sáng hẻm 71"));

		assertThat(fundCount()).isEqualTo(fundsBefore);
	}

	static Stream<Arguments> everyMove() {
		return Stream.of(ProjectStatus.values())
			.flatMap((from) -> Stream.of(ProjectStatus.values()).map((to) -> Arguments.of(from, to)));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@MethodSource("everyMove")
	void everyAllowedMoveWorksAndEveryOtherIsRefused(ProjectStatus from, ProjectStatus to) {
		ProjectDetail project = this.fixtures.projectIn(this.ward, from);
		assertThat(project.status()).isEqualTo(from);
		if (to == ProjectStatus.APPROVED && from.isBeingDecided()) {
			// Whether approval is allowed depends on the move alone: the residents
			// agreed.
			this.projects.addMeeting(this.ward.officer(), project.id(), new MeetingDetails(this.today, 4, 4, null));
			project = this.projects.get(this.ward.admin(), project.id());
		}
		Long id = project.id();
		StatusChange change = new StatusChange(to, this.today, "Lý do: thay đổi kế hoạch");

		if (from.canMoveTo(to)) {
			this.projects.changeStatus(this.ward.officer(), id, change);
			assertThat(this.projects.get(this.ward.admin(), id).status()).isEqualTo(to);
		}
		else {
			assertRefused(() -> this.projects.changeStatus(this.ward.officer(), id, change), "target",
					"project.status.notAllowed");
			assertThat(this.projects.get(this.ward.admin(), id)).isEqualTo(project);
		}
	}

	@Test
	void approvalNeedsMoreThanHalfOfTheAreasHouseholds() {
		ProjectDetail project = this.fixtures.projectIn(this.ward, ProjectStatus.CONSULTING);
		StatusChange approve = new StatusChange(ProjectStatus.APPROVED, this.today, null);
		assertRefused(() -> this.projects.changeStatus(this.ward.officer(), project.id(), approve), "target",
				"project.approve.noMeeting");

		// 4 households in the area: 2 agreeing is exactly 50%, not enough.
		this.projects.addMeeting(this.ward.officer(), project.id(),
				new MeetingDetails(this.today.minusDays(3), 4, 2, null));
		assertRefused(() -> this.projects.changeStatus(this.ward.officer(), project.id(), approve), "target",
				"project.approve.noMajority");
		assertThat(this.projects.get(this.ward.admin(), project.id()).status()).isEqualTo(ProjectStatus.CONSULTING);

		this.projects.addMeeting(this.ward.officer(), project.id(),
				new MeetingDetails(this.today.minusDays(1), 3, 3, "Họp lần 2"));
		this.projects.changeStatus(this.ward.officer(), project.id(), approve);

		ProjectDetail approved = this.projects.get(this.ward.admin(), project.id());
		assertThat(approved.status()).isEqualTo(ProjectStatus.APPROVED);
		assertThat(approved.meetings()).extracting(MeetingView::agreementPercent).containsExactly("50,0%", "75,0%");
		assertThat(approved.meetings()).extracting(MeetingView::majority).containsExactly(false, true);
	}

	@Test
	void theLatestMeetingDecides() {
		ProjectDetail project = this.fixtures.projectIn(this.ward, ProjectStatus.CONSULTING);
		this.projects.addMeeting(this.ward.officer(), project.id(),
				new MeetingDetails(this.today.minusDays(20), 4, 4, "Lần 1: đồng ý"));
		this.projects.addMeeting(this.ward.officer(), project.id(),
				new MeetingDetails(this.today.minusDays(2), 4, 1, "Lần 2: đa số không đồng ý"));

		assertRefused(
				() -> this.projects.changeStatus(this.ward.officer(), project.id(),
						new StatusChange(ProjectStatus.APPROVED, this.today, null)),
				"target", "project.approve.noMajority");
	}

	@Test
	void aMeetingKeepsTheAreasHouseholdCountOfTheDayItWasRecorded() {
		TestWard own = this.wards.newWard();
		this.fixtures.households(own, own.areaA(), 3);
		ProjectDetail project = this.fixtures.create(own, own.areaA());
		this.projects.addMeeting(own.officer(), project.id(), new MeetingDetails(this.today, 3, 2, null));

		this.fixtures.households(own, own.areaA(), 2);
		this.projects.addMeeting(own.officer(), project.id(), new MeetingDetails(this.today, 5, 3, null));

		assertThat(this.projects.get(own.admin(), project.id()).meetings()).extracting(MeetingView::areaHouseholds)
			.containsExactly(3, 5);
		assertThat(this.projects.get(own.admin(), project.id()).meetings()).extracting(MeetingView::agreementPercent)
			.containsExactly("66,7%", "60,0%");
	}

	@Test
	void badMeetingsAreRefusedAndNothingIsWritten() {
		ProjectDetail project = this.fixtures.create(this.ward, this.ward.areaA());
		Long id = project.id();

		assertRefused(
				() -> this.projects.addMeeting(this.ward.officer(), id, new MeetingDetails(this.today, 5, 3, null)),
				"householdsPresent", "project.meeting.presentTooMany");
		assertRefused(
				() -> this.projects.addMeeting(this.ward.officer(), id, new MeetingDetails(this.today, 3, 4, null)),
				"householdsAgreeing", "project.meeting.agreeingTooMany");
		assertRefused(() -> this.projects.addMeeting(this.ward.officer(), id,
				new MeetingDetails(this.today.plusDays(1), 3, 3, null)), "meetingDate", "project.date.future");
		ProjectDetail inB = this.fixtures.create(this.ward, this.ward.areaB());
		assertRefused(
				() -> this.projects.addMeeting(this.ward.admin(), inB.id(), new MeetingDetails(this.today, 1, 1, null)),
				null, "project.meeting.noHouseholds");
		ProjectDetail approved = this.fixtures.projectIn(this.ward, ProjectStatus.APPROVED);
		assertRefused(() -> this.projects.addMeeting(this.ward.officer(), approved.id(),
				new MeetingDetails(this.today, 1, 1, null)), null, "project.meeting.decided");
		assertRefused(
				() -> this.projects.removeMeeting(this.ward.officer(), approved.id(), approved.meetings().get(0).id()),
				null, "project.meeting.decided");

		assertThat(this.projects.get(this.ward.admin(), id)).isEqualTo(project);
		assertThat(this.projects.get(this.ward.admin(), approved.id())).isEqualTo(approved);
	}

	@Test
	void theSupervisionBoardHasAtMostFiveMembers() {
		ProjectDetail project = this.fixtures.create(this.ward, this.ward.areaA());
		for (int i = 1; i <= 5; i++) {
			this.projects.addBoardMember(this.ward.officer(), project.id(),
					new BoardMemberDetails("Thành Viên " + i, (i == 1) ? "Trưởng ban" : null, "0909 000 00" + i));
		}

		assertRefused(() -> this.projects.addBoardMember(this.ward.officer(), project.id(),
				new BoardMemberDetails("Người Thứ Sáu", null, null)), null, "project.board.full");

		ProjectDetail after = this.projects.get(this.ward.admin(), project.id());
		assertThat(after.board()).hasSize(5).extracting(BoardMemberView::name).doesNotContain("Người Thứ Sáu");
		assertThat(after.boardFull()).isTrue();

		// The database refuses a sixth member too.
		assertThatExceptionOfType(DataAccessException.class).isThrownBy(() -> this.jdbc.update(
				"insert into project_board_members (ward_id, project_id, name) values (?, ?, 'Người Thứ Sáu')",
				this.ward.id(), project.id()))
			.withMessageContaining("at most 5 members");

		this.projects.removeBoardMember(this.ward.officer(), project.id(), after.board().get(4).id());
		this.projects.addBoardMember(this.ward.officer(), project.id(),
				new BoardMemberDetails("Người Thay Thế", null, null));
		assertThat(this.projects.get(this.ward.admin(), project.id()).board()).hasSize(5)
			.extracting(BoardMemberView::name)
			.contains("Người Thay Thế")
			.doesNotContain("Thành Viên 5");
	}

	@Test
	void aPngNamedJpgIsStoredAsPngAndWebpAndJpegAreAccepted() {
		ProjectDetail project = this.fixtures.create(this.ward, this.ward.areaA());

		this.projects.addUpdate(this.ward.officer(), project.id(),
				new UpdateDetails(this.today, "Khởi công đoạn đầu hẻm", 10,
						List.of(new UploadedPhoto("anh-hem.jpg", png(2000)),
								new UploadedPhoto("C:\\Users\\canbo\\webp.webp", image(WEBP_HEADER, 500)),
								new UploadedPhoto("thuc-te.jpeg", image(JPEG_HEADER, 800)))));

		ProjectDetail after = this.projects.get(this.ward.admin(), project.id());
		assertThat(after.progress()).isEqualTo(10);
		assertThat(after.updates()).singleElement().satisfies((update) -> {
			assertThat(update.text()).isEqualTo("Khởi công đoạn đầu hẻm");
			assertThat(update.photoIds()).hasSize(3);
		});
		List<Long> ids = after.updates().get(0).photoIds();
		PhotoContent first = this.projects.photo(this.ward.inspector(), project.id(), ids.get(0));
		assertThat(first.contentType()).isEqualTo("image/png");
		assertThat(first.fileName()).isEqualTo("anh-hem.jpg");
		assertThat(first.bytes()).isEqualTo(png(2000));
		assertThat(this.projects.photo(this.ward.officer(), project.id(), ids.get(1)).contentType())
			.isEqualTo("image/webp");
		assertThat(this.projects.photo(this.ward.officer(), project.id(), ids.get(1)).fileName())
			.isEqualTo("webp.webp");
		assertThat(this.projects.photo(this.ward.officer(), project.id(), ids.get(2)).contentType())
			.isEqualTo("image/jpeg");
	}

	@Test
	void aPhotoOfExactlyFiveMegabytesIsAccepted() {
		ProjectDetail project = this.fixtures.create(this.ward, this.ward.areaA());

		this.projects.addUpdate(this.ward.officer(), project.id(), new UpdateDetails(this.today, "Ảnh lớn", null,
				List.of(new UploadedPhoto("lon.png", png(Projects.MAX_PHOTO_BYTES)))));

		assertThat(this.projects.get(this.ward.admin(), project.id()).updates().get(0).photoIds()).hasSize(1);
	}

	static Stream<Arguments> badPhotos() {
		return Stream.of(
				Arguments.of("a text file renamed .png",
						List.of(new UploadedPhoto("anh.png", "Đây là văn bản".getBytes(StandardCharsets.UTF_8))),
						"project.photo.type"),
				Arguments.of("5 MB + 1 byte", List.of(new UploadedPhoto("lon.png", png(5 * 1024 * 1024 + 1))),
						"project.photo.tooLarge"),
				Arguments.of("a good photo and a bad one",
						List.of(new UploadedPhoto("tot.png", png(100)), new UploadedPhoto("xau.jpg", new byte[] { 1 })),
						"project.photo.type"),
				Arguments.of("eleven photos", java.util.Collections.nCopies(11, new UploadedPhoto("a.png", png(10))),
						"project.photo.tooMany"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badPhotos")
	void aBadPhotoIsRefusedAndNothingIsWritten(String what, List<UploadedPhoto> photos, String messageKey) {
		ProjectDetail project = this.fixtures.create(this.ward, this.ward.areaA());
		int photosBefore = photoCount();

		assertRefused(() -> this.projects.addUpdate(this.ward.officer(), project.id(),
				new UpdateDetails(this.today, "Cập nhật", 50, photos)), "photos", messageKey);

		assertThat(this.projects.get(this.ward.admin(), project.id())).isEqualTo(project);
		assertThat(photoCount()).isEqualTo(photosBefore);
	}

	@Test
	void aPhotoIsOnlyServedThroughItsOwnProject() {
		ProjectDetail one = this.fixtures.create(this.ward, this.ward.areaA());
		ProjectDetail other = this.fixtures.create(this.ward, this.ward.areaA());
		this.projects.addUpdate(this.ward.officer(), one.id(),
				new UpdateDetails(this.today, "Ảnh", null, List.of(new UploadedPhoto("a.png", png(100)))));
		Long photoId = this.projects.get(this.ward.admin(), one.id()).updates().get(0).photoIds().get(0);

		assertThatExceptionOfType(ProjectNotFoundException.class)
			.isThrownBy(() -> this.projects.photo(this.ward.admin(), other.id(), photoId));
		assertThatExceptionOfType(ProjectNotFoundException.class)
			.isThrownBy(() -> this.projects.publicPhoto(other.id(), photoId));
		assertThatExceptionOfType(ProjectNotFoundException.class)
			.isThrownBy(() -> this.projects.photo(this.ward.officerB(), one.id(), photoId));
		assertThat(this.projects.publicPhoto(one.id(), photoId).bytes()).isEqualTo(png(100));
	}

	@Test
	void withdrawingAnUpdateRemovesItsPhotos() {
		ProjectDetail project = this.fixtures.create(this.ward, this.ward.areaA());
		this.projects.addUpdate(this.ward.officer(), project.id(), new UpdateDetails(this.today, "Ảnh có người", null,
				List.of(new UploadedPhoto("a.png", png(100)), new UploadedPhoto("b.png", png(100)))));
		UpdateView update = this.projects.get(this.ward.admin(), project.id()).updates().get(0);

		this.projects.removeUpdate(this.ward.officer(), project.id(), update.id());

		assertThat(this.projects.get(this.ward.admin(), project.id()).updates()).isEmpty();
		assertThat(this.jdbc.queryForObject("select count(*) from project_photos where project_id = ?", Integer.class,
				project.id()))
			.isZero();
		assertThat(this.audit.history(Projects.ENTITY, project.id())).extracting(AuditEntryView::action)
			.contains("PROJECT_UPDATE", "PROJECT_UPDATE_DEL");
	}

	@Test
	void thePlanIsShownBesideWhatWasRaisedBySourceAndWhatWasSpent() {
		ProjectDetail project = this.fixtures.create(this.ward, this.ward.areaA());
		Long fundId = project.funding().fundId();
		this.projects.savePlan(this.ward.officer(), project.id(),
				new FundingPlan(Money.of(40_000_000), Money.of(160_000_000), Money.of(20_000_000), null),
				project.version());
		contribute(fundId, PaymentMethod.CASH, ContributorKind.PERSON, 100_000_000);
		contribute(fundId, PaymentMethod.BANK_TRANSFER, ContributorKind.STATE, 40_000_000);
		contribute(fundId, PaymentMethod.BANK_TRANSFER, ContributorKind.BUSINESS, 5_000_000);
		contribute(fundId, PaymentMethod.LABOUR, ContributorKind.PERSON, 3_000_000);
		this.ledger.spend(this.ward.officer(),
				Expenditure.commonWork(fundId, this.today, Money.of(30_000_000), "Công ty TNHH Xây dựng Thuận Phát",
						"Tạm ứng thi công", "PC-01", "Nguyễn Văn Trưởng", this.ward.areaA().id()));

		FundingView funding = this.projects.get(this.ward.inspector(), project.id()).funding();

		assertThat(funding.lines()).extracting(FundingLine::source, FundingLine::planned, FundingLine::raised)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple(FundingSource.STATE_BUDGET, Money.of(40_000_000),
							Money.of(40_000_000)),
					org.assertj.core.groups.Tuple.tuple(FundingSource.RESIDENTS, Money.of(160_000_000),
							Money.of(100_000_000)),
					org.assertj.core.groups.Tuple.tuple(FundingSource.SPONSORS, Money.of(20_000_000),
							Money.of(5_000_000)),
					org.assertj.core.groups.Tuple.tuple(FundingSource.IN_KIND, Money.ZERO, Money.of(3_000_000)));
		assertThat(funding.plannedTotal()).isEqualTo(Money.of(220_000_000));
		// goods are not cash: the labour counts toward the plan, never in the balance
		assertThat(funding.raised()).isEqualTo(Money.of(145_000_000));
		assertThat(funding.inKind()).isEqualTo(Money.of(3_000_000));
		assertThat(funding.mobilized()).isEqualTo(Money.of(148_000_000));
		assertThat(funding.raisedByLines()).isEqualTo(funding.mobilized());
		assertThat(funding.spent()).isEqualTo(Money.of(30_000_000));
		assertThat(funding.balance()).isEqualTo(Money.of(115_000_000));
		assertThat(funding.lines().get(1).raisedPercent()).isEqualTo("62,5%");
		assertThat(funding.lines().get(3).raisedPercent()).isNull();
	}

	@Test
	void aBadPlanIsRefusedAndAStalePlanIsAConflict() {
		ProjectDetail project = this.fixtures.create(this.ward, this.ward.areaA());

		assertRefused(
				() -> this.projects.savePlan(this.ward.officer(), project.id(),
						new FundingPlan(null, Money.of(-1), null, null), project.version()),
				"residents", "project.plan.negative");
		assertRefused(
				() -> this.projects.savePlan(this.ward.officer(), project.id(),
						new FundingPlan(null, null, null, Money.of(100_000_000_001L)), project.version()),
				"inKind", "project.plan.tooLarge");
		assertThat(this.projects.get(this.ward.admin(), project.id())).isEqualTo(project);

		this.projects.savePlan(this.ward.officer(), project.id(),
				new FundingPlan(Money.of(1_000_000), null, null, null), project.version());
		assertThatExceptionOfType(StaleEditException.class).isThrownBy(() -> this.projects.savePlan(this.ward.officer(),
				project.id(), new FundingPlan(Money.of(2_000_000), null, null, null), project.version()));
		ProjectDetail after = this.projects.get(this.ward.admin(), project.id());
		assertThat(after.funding().lines().get(0).planned()).isEqualTo(Money.of(1_000_000));
		assertThat(after.funding().plannedTotal()).isEqualTo(Money.of(1_000_000));

		// A second save replaces every line.
		this.projects.savePlan(this.ward.officer(), project.id(),
				new FundingPlan(Money.of(5_000_000), Money.of(7_000_000), null, null), after.version());
		assertThat(this.projects.get(this.ward.admin(), project.id()).funding().plannedTotal())
			.isEqualTo(Money.of(12_000_000));
		assertThat(this.audit.history(Projects.ENTITY, project.id())).anySatisfy((entry) -> {
			assertThat(entry.field()).isEqualTo("project.plan.STATE_BUDGET");
			assertThat(entry.oldValue()).isEqualTo("1.000.000 đ");
			assertThat(entry.newValue()).isEqualTo("5.000.000 đ");
		});
	}

	@Test
	void buildingAndCompletionRecordTheActualDatesAndCompletionMeansFullProgress() {
		ProjectDetail project = this.fixtures.projectIn(this.ward, ProjectStatus.APPROVED);
		this.projects.changeStatus(this.ward.officer(), project.id(),
				new StatusChange(ProjectStatus.UNDER_CONSTRUCTION, this.today.minusDays(30), null));
		assertRefused(
				() -> this.projects.changeStatus(this.ward.officer(), project.id(),
						new StatusChange(ProjectStatus.COMPLETED, this.today.minusDays(31), null)),
				"statusDate", "project.completed.beforeStart");
		assertRefused(
				() -> this.projects.changeStatus(this.ward.officer(), project.id(),
						new StatusChange(ProjectStatus.COMPLETED, this.today.plusDays(1), null)),
				"statusDate", "project.date.future");

		this.projects.changeStatus(this.ward.officer(), project.id(),
				new StatusChange(ProjectStatus.COMPLETED, this.today.minusDays(2), null));

		ProjectDetail completed = this.projects.get(this.ward.admin(), project.id());
		assertThat(completed.actualStart()).isEqualTo(this.today.minusDays(30));
		assertThat(completed.actualEnd()).isEqualTo(this.today.minusDays(2));
		assertThat(completed.progress()).isEqualTo(100);
	}

	@Test
	void cancellingNeedsAReason() {
		ProjectDetail project = this.fixtures.create(this.ward, this.ward.areaA());

		assertRefused(
				() -> this.projects.changeStatus(this.ward.officer(), project.id(),
						new StatusChange(ProjectStatus.CANCELLED, this.today, "  ")),
				"statusNote", "project.cancel.reasonRequired");
		this.projects.changeStatus(this.ward.officer(), project.id(),
				new StatusChange(ProjectStatus.CANCELLED, null, "Chuyển sang năm sau"));

		ProjectDetail cancelled = this.projects.get(this.ward.admin(), project.id());
		assertThat(cancelled.status()).isEqualTo(ProjectStatus.CANCELLED);
		assertThat(cancelled.cancelReason()).isEqualTo("Chuyển sang năm sau");
	}

	@Test
	void aClosedProjectChangesNoMoreButAnUpdateCanBeWithdrawn() {
		ProjectDetail project = this.fixtures.projectIn(this.ward, ProjectStatus.COMPLETED);
		this.projects.addUpdate(this.ward.officer(), project.id(),
				new UpdateDetails(this.today, "Nghiệm thu", null, List.of(new UploadedPhoto("a.png", png(50)))));
		this.projects.changeStatus(this.ward.officer(), project.id(),
				new StatusChange(ProjectStatus.SETTLED, this.today, null));
		ProjectDetail settled = this.projects.get(this.ward.admin(), project.id());

		assertRefused(
				() -> this.projects.update(this.ward.officer(), project.id(),
						this.fixtures.details(this.ward.areaA(), "Tên mới"), settled.version()),
				null, "project.closed");
		assertRefused(() -> this.projects.addBoardMember(this.ward.officer(), project.id(),
				new BoardMemberDetails("Người Mới", null, null)), null, "project.closed");
		assertRefused(() -> this.projects.addUpdate(this.ward.officer(), project.id(),
				new UpdateDetails(this.today, "Thêm", null, List.of())), null, "project.closed");
		assertRefused(() -> this.projects.savePlan(this.ward.officer(), project.id(),
				new FundingPlan(Money.of(1), null, null, null), settled.version()), null, "project.closed");
		assertThat(this.projects.get(this.ward.admin(), project.id())).isEqualTo(settled);

		this.projects.removeUpdate(this.ward.officer(), project.id(), settled.updates().get(0).id());
		assertThat(this.projects.get(this.ward.admin(), project.id()).updates()).isEmpty();
	}

	@Test
	void editsKeepTheDatesConsistentWithTheStatus() {
		ProjectDetail proposed = this.fixtures.create(this.ward, this.ward.areaA());
		ProjectDetails base = this.fixtures.details(this.ward.areaA(), proposed.name());

		assertRefused(
				() -> this.projects.update(this.ward.officer(), proposed.id(),
						withActual(base, 0, this.today.minusDays(5), null), proposed.version()),
				"actualStart", "project.actualStart.notStarted");
		assertRefused(() -> this.projects.update(this.ward.officer(), proposed.id(),
				new ProjectDetails(base.kind(), base.name(), null, null, null, null, null, null,
						LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 30), 0, null, null),
				proposed.version()), "plannedEnd", "project.plannedEnd.beforeStart");
		assertRefused(
				() -> this.projects.update(this.ward.officer(), proposed.id(),
						new ProjectDetails(base.kind(), base.name(), null, null, null, null, null, null,
								LocalDate.of(1999, 12, 31), null, 0, null, null),
						proposed.version()),
				"plannedStart", "date.tooOld");

		ProjectDetail completed = this.fixtures.projectIn(this.ward, ProjectStatus.COMPLETED);
		assertRefused(
				() -> this.projects.update(this.ward.officer(), completed.id(),
						withActual(base, 100, this.today.minusDays(5), this.today.minusDays(6)), completed.version()),
				"actualEnd", "project.actualEnd.beforeStart");
		assertRefused(
				() -> this.projects.update(this.ward.officer(), completed.id(),
						withActual(base, 100, this.today.minusDays(5), this.today.plusDays(1)), completed.version()),
				"actualEnd", "project.date.future");
		assertRefused(() -> this.projects.update(this.ward.officer(), completed.id(),
				withActual(base, 100, null, this.today), completed.version()), "actualStart",
				"project.actualEnd.needsStart");

		this.projects.update(this.ward.officer(), completed.id(),
				withActual(base, 100, this.today.minusDays(40), this.today.minusDays(10)), completed.version());
		ProjectDetail after = this.projects.get(this.ward.admin(), completed.id());
		assertThat(after.actualStart()).isEqualTo(this.today.minusDays(40));
		assertThat(after.actualEnd()).isEqualTo(this.today.minusDays(10));
		assertThat(after.areaId()).isEqualTo(this.ward.areaA().id());
		assertThat(this.projects.get(this.ward.admin(), proposed.id())).isEqualTo(proposed);
	}

	@Test
	void aStaleEditIsAConflictAndChangesNothing() {
		ProjectDetail project = this.fixtures.create(this.ward, this.ward.areaA());
		ProjectDetails details = withActual(this.fixtures.details(this.ward.areaA(), "Tên thứ hai"), 5, null, null);
		this.projects.update(this.ward.admin(), project.id(), details, project.version());
		ProjectDetail current = this.projects.get(this.ward.admin(), project.id());

		assertThatExceptionOfType(StaleEditException.class).isThrownBy(() -> this.projects.update(this.ward.officer(),
				project.id(), withActual(this.fixtures.details(this.ward.areaA(), "Tên thứ ba"), 5, null, null),
				project.version()));

		assertThat(this.projects.get(this.ward.admin(), project.id())).isEqualTo(current);
		assertThat(this.audit.history(Projects.ENTITY, project.id())).anySatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo("UPDATE");
			assertThat(entry.field()).isEqualTo("project.name");
			assertThat(entry.newValue()).isEqualTo("Tên thứ hai");
		});
	}

	@Test
	void scopeDecidesWhoSeesAndChangesAProject() {
		ProjectDetail ofA = this.fixtures.create(this.ward, this.ward.areaA());
		TestWard other = this.wards.newWard();

		assertThatExceptionOfType(ProjectNotFoundException.class)
			.isThrownBy(() -> this.projects.get(this.ward.officerB(), ofA.id()));
		assertThatExceptionOfType(ProjectNotFoundException.class)
			.isThrownBy(() -> this.projects.get(other.admin(), ofA.id()));
		assertThatExceptionOfType(ProjectNotFoundException.class).isThrownBy(() -> this.projects
			.addBoardMember(this.ward.officerB(), ofA.id(), new BoardMemberDetails("Ai Đó", null, null)));
		assertThatExceptionOfType(OutOfScopeException.class).isThrownBy(() -> this.projects
			.addBoardMember(this.ward.inspector(), ofA.id(), new BoardMemberDetails("Ai Đó", null, null)));
		assertThat(this.projects.get(this.ward.inspector(), ofA.id())).isEqualTo(ofA);
		assertThat(this.projects.get(this.ward.secretary(), ofA.id())).isEqualTo(ofA);
		assertThat(this.projects.list(this.ward.officerB(), new ProjectQuery(null, null, null), PageRequest.of(0, 100))
			.getContent()).extracting(ProjectSummary::id).doesNotContain(ofA.id());
		assertThat(this.projects.list(other.admin(), new ProjectQuery(null, null, null), PageRequest.of(0, 100))
			.getContent()).isEmpty();
	}

	@Test
	void theListFiltersByStatusAreaAndWordsWithoutAccents() {
		TestWard own = this.wards.newWard();
		ProjectDetail paving = this.projects.create(own.admin(),
				this.fixtures.details(own.areaA(), "Bê tông hóa hẻm 49-57"));
		ProjectDetail lights = this.projects.create(own.admin(),
				new ProjectDetails(ProjectKind.STREET_LIGHTING, "Đèn chiếu sáng", own.areaB().id(), "Đường Mậu Thân",
						null, null, null, null, null, null, null, null, null));
		this.projects.changeStatus(own.admin(), lights.id(),
				new StatusChange(ProjectStatus.CONSULTING, this.today, null));
		this.projects.savePlan(own.admin(), paving.id(), new FundingPlan(null, Money.of(160_000_000), null, null),
				paving.version());

		assertThat(list(own, null, null, null)).extracting(ProjectSummary::id)
			.containsExactly(lights.id(), paving.id());
		assertThat(list(own, "hem 49", null, null)).extracting(ProjectSummary::id).containsExactly(paving.id());
		assertThat(list(own, "mau than", null, null)).extracting(ProjectSummary::id).containsExactly(lights.id());
		assertThat(list(own, null, ProjectStatus.CONSULTING, null)).extracting(ProjectSummary::id)
			.containsExactly(lights.id());
		assertThat(list(own, null, null, own.areaA().id())).singleElement().satisfies((row) -> {
			assertThat(row.plannedTotal()).isEqualTo(Money.of(160_000_000));
			assertThat(row.raised()).isEqualTo(Money.ZERO);
			assertThat(row.areaName()).isEqualTo("Khu vực A");
		});
		assertThat(list(own, "50%", null, null)).isEmpty();
	}

	private List<ProjectSummary> list(TestWard ward, String text, ProjectStatus status, Long areaId) {
		return this.projects.list(ward.admin(), new ProjectQuery(text, status, areaId), PageRequest.of(0, 50))
			.getContent();
	}

	private static ProjectDetails withActual(ProjectDetails base, Integer progress, LocalDate start, LocalDate end) {
		return new ProjectDetails(base.kind(), base.name(), base.areaId(), base.location(), base.lengthMetres(),
				base.widthMetres(), base.householdsBenefiting(), base.description(), base.plannedStart(),
				base.plannedEnd(), progress, start, end);
	}

	private void contribute(Long fundId, PaymentMethod method, ContributorKind kind, long amount) {
		this.ledger.contribute(this.ward.officer(),
				new Contribution(fundId, this.today, method, Money.of(amount), this.ward.areaA().id(), null, kind,
						"Người đóng góp", DisplayChoice.ANONYMOUS, null,
						method.needsDescription() ? "10 ngày công" : null));
	}

	private int fundCount() {
		return this.jdbc.queryForObject("select count(*) from funds where ward_id = ?", Integer.class, this.ward.id());
	}

	private int photoCount() {
		return this.jdbc.queryForObject("select count(*) from project_photos where ward_id = ?", Integer.class,
				this.ward.id());
	}

	private static void assertRefused(ThrowingCallable call, String field, String messageKey) {
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(call).satisfies((ex) -> {
			assertThat(ex.messageKey()).isEqualTo(messageKey);
			assertThat(ex.field()).isEqualTo(field);
		});
	}

}
