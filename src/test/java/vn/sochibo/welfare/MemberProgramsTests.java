package vn.sochibo.welfare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.sochibo.cellwork.MemberDetails;
import vn.sochibo.cellwork.MemberState;
import vn.sochibo.cellwork.MemberView;
import vn.sochibo.cellwork.Members;
import vn.sochibo.cellwork.NewMember;
import vn.sochibo.cellwork.Sex;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.Households;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.OutOfScopeException;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.ward.CellView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Welfare programs for a cell's Party members: their recipients are exactly the homes of
 * the members on the cell's roll on the program's date (all members, or those with 40
 * years in the Party), one gift per household; and the program, its gifts and its
 * distributions are the cell's own records — an officer does not see them anywhere, the
 * cell's secretary and the ward's admin and inspector do. One ward for the class; each
 * test makes its own program.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberProgramsTests {

	@Autowired
	WardFixtures wards;

	@Autowired
	WelfarePrograms programs;

	@Autowired
	Gifts gifts;

	@Autowired
	Distributions distributions;

	@Autowired
	Members members;

	@Autowired
	Households households;

	@Autowired
	Funds funds;

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	Clock clock;

	WelfareFixtures fixtures;

	TestWard ward;

	/** One member with 51 years in the Party. */
	HouseholdDetail veteran;

	/** Two members with 40 years or more: one gift for the household. */
	HouseholdDetail couple;

	/** One member who joined in 2000. */
	HouseholdDetail younger;

	/** A member who moved out of the ward before the program's date. */
	HouseholdDetail movedOut;

	/** A member of the other cell. */
	HouseholdDetail otherCell;

	/** A poor household without members. */
	HouseholdDetail poor;

	@BeforeAll
	void build() {
		this.fixtures = new WelfareFixtures(this.households, this.funds, this.ledger, this.programs, this.jdbc,
				this.messages, this.clock);
		this.ward = this.wards.newWard();
		CellView cellA = this.ward.cellA();
		this.veteran = this.fixtures.household(this.ward, this.ward.areaA(), "Trần Văn Cựu");
		member(cellA, "Trần Văn Cựu", LocalDate.of(1975, 5, 19), this.veteran);
		this.couple = this.fixtures.household(this.ward, this.ward.areaA(), "Lê Văn Hai");
		member(cellA, "Lê Văn Hai", LocalDate.of(1970, 3, 2), this.couple);
		member(cellA, "Nguyễn Thị Bốn", LocalDate.of(1980, 8, 19), this.couple);
		this.younger = this.fixtures.household(this.ward, this.ward.areaA(), "Phạm Văn Trẻ");
		member(cellA, "Phạm Văn Trẻ", LocalDate.of(2000, 2, 3), this.younger);
		this.movedOut = this.fixtures.household(this.ward, this.ward.areaA(), "Đỗ Văn Đi");
		MemberView leaving = member(cellA, "Đỗ Văn Đi", LocalDate.of(1972, 1, 6), this.movedOut);
		this.members.leave(this.ward.admin(), leaving.id(), MemberState.MOVED_OUT, this.fixtures.today().minusDays(1),
				"Đảng bộ phường An Hòa", leaving.version());
		this.otherCell = this.fixtures.household(this.ward, this.ward.areaB(), "Võ Văn Bê");
		member(this.ward.cellB(), "Võ Văn Bê", LocalDate.of(1968, 7, 27), this.otherCell);
		this.poor = this.fixtures.household(this.ward, this.ward.areaA(), "Hồ Thị Nghèo", StatusKind.POOR);
	}

	private MemberView member(CellView cell, String fullName, LocalDate joinedOn, HouseholdDetail home) {
		MemberDetails details = new MemberDetails(fullName, 1945, Sex.MALE, joinedOn, joinedOn.plusYears(1), null, null,
				null, null, home.code(), null);
		return this.members.register(this.ward.admin(), cell.id(),
				new NewMember(details, LocalDate.of(2020, 1, 1), null));
	}

	private ProgramDetails forMembers(String name, CellView cell, MemberGroup group) {
		return new ProgramDetails(name, Occasion.TET, this.fixtures.year(), this.fixtures.today(), Set.of(),
				Money.of(10_000_000), ProgramSource.CELL, null, cell.id(), null, "Thăm, tặng quà đảng viên", Set.of(),
				null, group);
	}

	private ProgramView program(MemberGroup group) {
		return this.programs.create(this.ward.admin(),
				forMembers("Quà đảng viên " + WelfareFixtures.suffix(), this.ward.cellA(), group));
	}

	private Set<Long> candidates(CurrentUser user, ProgramView program) {
		return Set.copyOf(this.distributions.candidates(user, program.id(), Set.of(), Set.of())
			.stream()
			.map(Candidate::householdId)
			.toList());
	}

	@Test
	void theCandidatesAreExactlyTheHomesOfTheMembersWithFortyYearsOnTheProgramsDate() {
		ProgramView program = program(MemberGroup.YEARS_40);

		assertThat(program.forPartyMembers()).isTrue();
		assertThat(program.targets()).isEmpty();
		assertThat(candidates(this.ward.admin(), program)).containsExactlyInAnyOrder(this.veteran.id(),
				this.couple.id());
		assertThat(candidates(this.ward.secretary(), program)).containsExactlyInAnyOrder(this.veteran.id(),
				this.couple.id());
		assertThat(this.distributions.uncoveredHomes(this.ward.admin(), program.id())).isEqualTo(2);
		assertThat(this.distributions.uncoveredByStatus(this.ward.admin(), program.id())).isEmpty();
	}

	@Test
	void allMembersIncludesTheYoungerOneButNeverAMemberWhoMovedOutNorAnotherCellsMember() {
		ProgramView program = program(MemberGroup.ALL);

		assertThat(candidates(this.ward.admin(), program)).containsExactlyInAnyOrder(this.veteran.id(),
				this.couple.id(), this.younger.id());
	}

	@Test
	void aDistributionGivesOneGiftToEachHomeAndRefusesAHouseholdWithoutAMember() {
		ProgramView program = program(MemberGroup.YEARS_40);
		long before = this.fixtures.giftsOf(program);

		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.distributions.post(this.ward.secretary(), order(program, this.veteran, this.poor)))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("householdIds"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("distribution.notEligible"));
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(
				() -> this.distributions.post(this.ward.secretary(), order(program, this.veteran, this.movedOut)));
		assertThat(this.fixtures.giftsOf(program)).isEqualTo(before);

		DistributionView posted = this.distributions.post(this.ward.secretary(),
				order(program, this.veteran, this.couple));

		assertThat(posted.giftCount()).isEqualTo(2);
		assertThat(this.fixtures.giftsOf(program)).isEqualTo(before + 2);
		assertThat(posted.selection()).startsWith("Đảng viên từ 40 năm tuổi Đảng");
		assertThat(this.distributions.uncoveredHomes(this.ward.admin(), program.id())).isZero();
	}

	@Test
	void aSingleGiftGoesOnlyToAMembersHomeAndASecondOneNeedsConfirming() {
		ProgramView program = program(MemberGroup.YEARS_40);

		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.gifts.give(this.ward.admin(), program.id(), this.poor.code(),
					this.fixtures.gift(300_000), false))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("gift.household.notEligible"));
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> this.gifts.give(this.ward.admin(),
				program.id(), this.younger.code(), this.fixtures.gift(300_000), false));

		this.gifts.give(this.ward.secretary(), program.id(), this.couple.code(), this.fixtures.gift(300_000), false);

		assertThatExceptionOfType(DuplicateGiftException.class).isThrownBy(() -> this.gifts.give(this.ward.admin(),
				program.id(), this.couple.code(), this.fixtures.gift(300_000), false));
		assertThat(this.fixtures.giftsOf(program)).isEqualTo(1);
	}

	@Test
	void anOfficerDoesNotSeeTheProgramItsGiftsItsDistributionsNorTheHouseholdsGift() {
		ProgramView program = program(MemberGroup.YEARS_40);
		DistributionView distribution = this.distributions.post(this.ward.admin(), order(program, this.veteran));
		GiftRow gift = this.gifts.ofProgram(this.ward.admin(), program.id()).get(0);
		CurrentUser officer = this.ward.officer();

		assertThat(this.programs.list(officer, null)).extracting(ProgramSummary::id).doesNotContain(program.id());
		assertThatExceptionOfType(ProgramNotFoundException.class)
			.isThrownBy(() -> this.programs.get(officer, program.id()));
		assertThatExceptionOfType(ProgramNotFoundException.class)
			.isThrownBy(() -> this.programs.summary(officer, program.id()));
		assertThatExceptionOfType(ProgramNotFoundException.class)
			.isThrownBy(() -> this.gifts.ofProgram(officer, program.id()));
		assertThatExceptionOfType(ProgramNotFoundException.class)
			.isThrownBy(() -> this.gifts.signingList(officer, program.id()));
		assertThatExceptionOfType(ProgramNotFoundException.class)
			.isThrownBy(() -> this.distributions.uncovered(officer, program.id(), Set.of(), Set.of()));
		assertThatExceptionOfType(ProgramNotFoundException.class)
			.isThrownBy(() -> this.distributions.candidates(officer, program.id(), Set.of(), Set.of()));
		assertThatExceptionOfType(ProgramNotFoundException.class)
			.isThrownBy(() -> this.gifts.give(officer, program.id(), this.couple.code(), this.fixtures.gift(1), true));
		assertThatExceptionOfType(GiftNotFoundException.class).isThrownBy(() -> this.gifts.get(officer, gift.id()));
		assertThatExceptionOfType(GiftNotFoundException.class)
			.isThrownBy(() -> this.gifts.cancel(officer, gift.id(), "Nhầm hộ"));
		assertThatExceptionOfType(DistributionNotFoundException.class)
			.isThrownBy(() -> this.distributions.get(officer, distribution.id()));
		assertThatExceptionOfType(DistributionNotFoundException.class)
			.isThrownBy(() -> this.distributions.gifts(officer, distribution.id()));
		assertThat(this.gifts.ofHousehold(officer, this.veteran.id()).gifts()).isEmpty();

		for (CurrentUser reader : List.of(this.ward.admin(), this.ward.secretary(), this.ward.inspector())) {
			assertThat(this.programs.list(reader, null)).extracting(ProgramSummary::id).contains(program.id());
			assertThat(this.programs.get(reader, program.id()).name()).isEqualTo(program.name());
			assertThat(this.gifts.get(reader, gift.id()).householdId()).isEqualTo(this.veteran.id());
			assertThat(this.distributions.get(reader, distribution.id()).giftCount()).isEqualTo(1);
			assertThat(this.gifts.ofHousehold(reader, this.veteran.id()).gifts()).extracting(GiftRow::id)
				.contains(gift.id());
		}
	}

	@Test
	void theSignedReceiptsScanOfAMembersGiftIsNotFoundForTheOfficer() {
		ProgramView program = program(MemberGroup.ALL);
		GiftRow gift = this.gifts.give(this.ward.secretary(), program.id(), this.younger.code(),
				this.fixtures.gift(200_000), false);

		this.gifts.signed(this.ward.secretary(), gift.id(), this.fixtures.today(),
				new UploadedScan("bien-nhan.png", WelfareFixtures.PNG));
		Long scanId = this.gifts.get(this.ward.secretary(), gift.id()).scanId();

		assertThat(scanId).isNotNull();
		assertThat(this.gifts.scan(this.ward.secretary(), scanId)).isNotNull();
		assertThatExceptionOfType(ScanNotFoundException.class)
			.isThrownBy(() -> this.gifts.scan(this.ward.officer(), scanId));
		assertThatExceptionOfType(GiftNotFoundException.class)
			.isThrownBy(() -> this.gifts.signed(this.ward.officer(), gift.id(), this.fixtures.today(), null));
	}

	@Test
	void theInspectorReadsButGivesNothingAndAnotherCellsSecretaryDoesNotSeeIt() {
		ProgramView ofCellB = this.programs.create(this.ward.admin(),
				forMembers("Quà đảng viên chi bộ B " + WelfareFixtures.suffix(), this.ward.cellB(), MemberGroup.ALL));
		ProgramView ofCellA = program(MemberGroup.ALL);

		assertThat(candidates(this.ward.admin(), ofCellB)).containsExactly(this.otherCell.id());
		assertThat(this.programs.list(this.ward.secretary(), null)).extracting(ProgramSummary::id)
			.contains(ofCellA.id())
			.doesNotContain(ofCellB.id());
		assertThatExceptionOfType(ProgramNotFoundException.class)
			.isThrownBy(() -> this.programs.get(this.ward.secretary(), ofCellB.id()));
		assertThatExceptionOfType(OutOfScopeException.class).isThrownBy(() -> this.gifts.give(this.ward.inspector(),
				ofCellA.id(), this.veteran.code(), this.fixtures.gift(1), true));
		assertThat(this.fixtures.giftsOf(ofCellA)).isZero();
	}

	@Test
	void onlyAProgramOfANamedCellIsForPartyMembersAndOnlyForTheSecretarysOwnCell() {
		long before = count();
		String name = "Quà sai " + WelfareFixtures.suffix();
		ProgramDetails front = new ProgramDetails(name, Occasion.TET, this.fixtures.year(), this.fixtures.today(),
				Set.of(), null, ProgramSource.FRONT, null, null, null, null, Set.of(), null, MemberGroup.ALL);
		ProgramDetails noCell = new ProgramDetails(name, Occasion.TET, this.fixtures.year(), this.fixtures.today(),
				Set.of(), null, ProgramSource.CELL, null, null, null, null, Set.of(), null, MemberGroup.ALL);
		ProgramDetails cellB = new ProgramDetails(name, Occasion.TET, this.fixtures.year(), this.fixtures.today(),
				Set.of(), null, ProgramSource.CELL, null, this.ward.cellB().id(), null, null,
				Set.of(this.ward.areaA().id()), null, MemberGroup.ALL);

		refused(() -> this.programs.create(this.ward.admin(), front), "memberGroup", "program.memberGroup.cellOnly");
		refused(() -> this.programs.create(this.ward.admin(), noCell), "cellId", "program.memberGroup.cellRequired");
		refused(() -> this.programs.create(this.ward.secretary(), cellB), "cellId", "program.memberGroup.notYourCell");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void theStatusTargetsOfAProgramForMembersAreDroppedAndItsGroupStaysOnceItHasGifts() {
		ProgramDetails details = forMembers("Quà có diện " + WelfareFixtures.suffix(), this.ward.cellA(),
				MemberGroup.YEARS_40);
		ProgramDetails withTargets = new ProgramDetails(details.name(), details.occasion(), details.year(),
				details.date(), Set.of(StatusKind.POOR), details.budget(), details.source(), null, details.cellId(),
				null, null, Set.of(), null, MemberGroup.YEARS_40);
		ProgramView program = this.programs.create(this.ward.admin(), withTargets);
		assertThat(program.targets()).isEmpty();
		assertThat(candidates(this.ward.admin(), program)).doesNotContain(this.poor.id());
		this.gifts.give(this.ward.admin(), program.id(), this.veteran.code(), this.fixtures.gift(200_000), false);

		ProgramDetails allMembers = new ProgramDetails(details.name(), details.occasion(), details.year(),
				details.date(), Set.of(), details.budget(), details.source(), null, details.cellId(), null, null,
				Set.of(), null, MemberGroup.ALL);
		refused(() -> this.programs.update(this.ward.admin(), program.id(), allMembers, program.version()),
				"memberGroup", "program.memberGroup.hasGifts");
		assertThat(this.programs.get(this.ward.admin(), program.id()).memberGroup()).isEqualTo(MemberGroup.YEARS_40);
	}

	@Test
	void theDatabaseRefusesAGroupOfMembersOnAProgramNotOfACell() {
		ProgramView front = this.fixtures.program(this.ward);

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(
				() -> this.jdbc.update("update welfare_programs set party_members = 'ALL' where id = ?", front.id()));
		ProgramView ofCell = program(MemberGroup.ALL);
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(
				() -> this.jdbc.update("update welfare_programs set party_members = 'SOME' where id = ?", ofCell.id()));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update("update welfare_programs set cell_id = null where id = ?", ofCell.id()));
	}

	@Test
	void thePublicTotalsCountTheProgramWithoutAName() {
		ProgramView program = program(MemberGroup.YEARS_40);
		this.distributions.post(this.ward.admin(), order(program, this.veteran, this.couple));

		PublicProgramTotal total = this.programs.publicTotals(this.ward.id())
			.stream()
			.filter((candidate) -> candidate.id().equals(program.id()))
			.findFirst()
			.orElseThrow();

		assertThat(total.gifts()).isEqualTo(2);
		assertThat(total.total()).isEqualTo(Money.of(600_000));
		assertThat(total.toString()).doesNotContain("Trần Văn Cựu").doesNotContain("Lê Văn Hai");
	}

	private DistributionOrder order(ProgramView program, HouseholdDetail... homes) {
		List<Long> ids = java.util.Arrays.stream(homes).map(HouseholdDetail::id).toList();
		return new DistributionOrder(program.id(), Set.of(), Set.of(), ids, Set.of(), this.fixtures.gift(300_000));
	}

	private void refused(Runnable action, String field, String messageKey) {
		assertThat(this.fixtures.assertRefused(action, messageKey).field()).isEqualTo(field);
	}

	private long count() {
		Long count = this.jdbc.queryForObject("select count(*) from welfare_programs where ward_id = ?", Long.class,
				this.ward.id());
		return (count != null) ? count : 0;
	}

}
