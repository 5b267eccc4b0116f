package vn.sochibo.welfare;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.sochibo.fund.FundDetails;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.Households;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.OutOfScopeException;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.StaleEditException;
import vn.sochibo.shared.VietnameseDates;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.ward.AreaNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Welfare programs: who may create and change them, the rules of their year, budget,
 * source and areas, what stays fixed once gifts exist, and what the public may read. One
 * ward for the class: every test names its programs uniquely and counts rows before and
 * after.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WelfareProgramsTests {

	@Autowired
	WardFixtures wards;

	@Autowired
	WelfarePrograms programs;

	@Autowired
	Gifts gifts;

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

	TestWard other;

	String tag;

	@BeforeAll
	void build() {
		this.fixtures = new WelfareFixtures(this.households, this.funds, this.ledger, this.programs, this.jdbc,
				this.messages, this.clock);
		this.ward = this.wards.newWard();
		this.other = this.wards.newWard();
	}

	@BeforeEach
	void tag() {
		this.tag = WelfareFixtures.suffix();
	}

	/** A program of this year whose name no other test of the class uses. */
	ProgramDetails details(String name) {
		return this.fixtures.details(name + " " + this.tag);
	}

	@Test
	void aSecretaryIsOfferedTheCampaignFundsOfTheWardAndOfTheirAreasOnly() {
		TestWard ward = this.wards.newWard();
		FundSummary wardWide = this.fixtures.fund(ward);
		FundSummary areaA = this.fixtures.fund(ward, ward.areaA());
		FundSummary areaB = this.fixtures.fund(ward, ward.areaB());

		assertThat(this.programs.fundsToPayFrom(ward.secretary())).extracting(FundSummary::id)
			.contains(wardWide.id(), areaA.id())
			.doesNotContain(areaB.id());
		assertThat(this.programs.fundsToPayFrom(ward.admin())).extracting(FundSummary::id)
			.contains(wardWide.id(), areaA.id(), areaB.id());
	}

	@Test
	void theAdminCreatesAProgramThatAllStaffRead() {
		ProgramView created = this.programs.create(this.ward.admin(), this.fixtures
			.withSource(details("Quà Tết Bính Ngọ"), ProgramSource.SPONSOR, null, null, "  Công ty TNHH Thuận Phát  "));

		ProgramView read = this.programs.get(this.ward.inspector(), created.id());
		assertThat(read.name()).isEqualTo("Quà Tết Bính Ngọ " + this.tag);
		assertThat(read.year()).isEqualTo(this.fixtures.year());
		assertThat(read.targets()).containsExactlyInAnyOrder(StatusKind.POOR, StatusKind.NEAR_POOR);
		assertThat(read.budget()).isEqualTo(Money.of(20_000_000));
		assertThat(read.sponsorName()).isEqualTo("Công ty TNHH Thuận Phát");
		assertThat(read.areaIds()).isEmpty();
		assertThat(this.programs.list(this.ward.officerB(), this.fixtures.year())).extracting(ProgramSummary::id)
			.contains(created.id());
		assertThat(this.programs.list(this.ward.officer(), this.fixtures.year() - 1)).extracting(ProgramSummary::id)
			.doesNotContain(created.id());
		assertThat(this.programs.years(this.ward.officer())).contains(this.fixtures.year());
	}

	@Test
	void theDateMustFallInTheProgramsYear() {
		int before = this.fixtures.programsOf(this.ward);
		ProgramDetails details = details("Quà Trung thu");

		this.fixtures
			.assertRefused(
					() -> this.programs.create(this.ward.admin(), this.fixtures.withYearAndDate(details,
							this.fixtures.year(), LocalDate.of(this.fixtures.year() - 1, 12, 31))),
					"program.date.inYear");
		this.fixtures.assertRefused(() -> this.programs.create(this.ward.admin(),
				this.fixtures.withYearAndDate(details, this.fixtures.year(), null)), "program.date.inYear");
		assertThat(this.fixtures.programsOf(this.ward)).isEqualTo(before);
	}

	@Test
	void theYearLiesBetween2000AndNextYear() {
		int before = this.fixtures.programsOf(this.ward);
		ProgramDetails details = details("Quà Tết");
		int nextYear = this.fixtures.year() + 1;
		int tooLate = nextYear + 1;

		for (Integer year : Arrays.asList(1999, tooLate, 2200, null)) {
			LocalDate date = (year != null) ? LocalDate.of(year, 2, 1) : this.fixtures.today();
			RuleViolationException refused = this.fixtures.assertRefused(
					() -> this.programs.create(this.ward.admin(), this.fixtures.withYearAndDate(details, year, date)),
					"program.year.range");
			// the message names the years really allowed: up to next year
			assertThat(this.fixtures.message(refused)).isEqualTo("Năm phải từ 2000 đến " + nextYear + ".");
		}
		assertThat(this.fixtures.programsOf(this.ward)).isEqualTo(before);

		assertThat(this.programs
			.create(this.ward.admin(), this.fixtures.withYearAndDate(details, nextYear, LocalDate.of(nextYear, 1, 20)))
			.year()).isEqualTo(nextYear);
		assertThat(this.programs
			.create(this.ward.admin(), this.fixtures.withYearAndDate(details, 2000, LocalDate.of(2000, 1, 20)))
			.year()).isEqualTo(2000);
	}

	@Test
	void theBudgetIsPositiveAndAtMostAHundredBillion() {
		int before = this.fixtures.programsOf(this.ward);
		ProgramDetails details = details("Sửa nhà tạm");

		this.fixtures.assertRefused(
				() -> this.programs.create(this.ward.admin(), this.fixtures.withBudget(details, Money.ZERO)),
				"program.budget.positive");
		this.fixtures.assertRefused(
				() -> this.programs.create(this.ward.admin(), this.fixtures.withBudget(details, Money.of(-1))),
				"program.budget.positive");
		this.fixtures.assertRefused(() -> this.programs.create(this.ward.admin(),
				this.fixtures.withBudget(details, Money.of(100_000_000_001L))), "program.budget.tooLarge");
		assertThat(this.fixtures.programsOf(this.ward)).isEqualTo(before);

		assertThat(
				this.programs.create(this.ward.admin(), this.fixtures.withBudget(details, Money.of(100_000_000_000L)))
					.budget())
			.isEqualTo(Money.of(100_000_000_000L));
		assertThat(this.programs.create(this.ward.admin(), this.fixtures.withBudget(details("Không kinh phí"), null))
			.budget()).isNull();
	}

	@Test
	void aProgramNamesAtLeastOneTargetGroup() {
		int before = this.fixtures.programsOf(this.ward);
		this.fixtures.assertRefused(
				() -> this.programs.create(this.ward.admin(), this.fixtures.withTargets(details("Quà 27/7"), Set.of())),
				"program.targets.required");
		this.fixtures.assertRefused(
				() -> this.programs.create(this.ward.admin(), this.fixtures.withTargets(details("Quà 27/7"), null)),
				"program.targets.required");
		assertThat(this.fixtures.programsOf(this.ward)).isEqualTo(before);
	}

	@Test
	void aProgramHasANameAndAnOccasion() {
		int before = this.fixtures.programsOf(this.ward);
		this.fixtures.assertRefused(
				() -> this.programs.create(this.ward.admin(), this.fixtures.withName(details("x"), "   ")),
				"program.name.required");
		ProgramDetails d = details("Quà không dịp");
		this.fixtures.assertRefused(
				() -> this.programs.create(this.ward.admin(),
						new ProgramDetails(d.name(), null, d.year(), d.date(), d.targets(), d.budget(), d.source(),
								d.fundId(), d.cellId(), d.sponsorName(), d.description(), d.areaIds(), d.approver())),
				"program.occasion.required");
		assertThat(this.fixtures.programsOf(this.ward)).isEqualTo(before);
	}

	@Test
	void aFundProgramNamesWhoApprovesItsSpending() {
		int before = this.fixtures.programsOf(this.ward);
		ProgramDetails paid = this.fixtures.paidFrom(details("Quà Tết có người duyệt"), this.fixtures.fund(this.ward));
		for (String approver : new String[] { null, "   " }) {
			ProgramDetails unapproved = new ProgramDetails(paid.name(), paid.occasion(), paid.year(), paid.date(),
					paid.targets(), paid.budget(), paid.source(), paid.fundId(), paid.cellId(), paid.sponsorName(),
					paid.description(), paid.areaIds(), approver);
			this.fixtures.assertRefused(() -> this.programs.create(this.ward.admin(), unapproved),
					"program.approver.required");
		}
		assertThat(this.fixtures.programsOf(this.ward)).isEqualTo(before);

		ProgramView program = this.programs.create(this.ward.admin(), paid);
		assertThat(program.approver()).isEqualTo("Nguyễn Văn Duyệt");
		ProgramView front = this.programs.create(this.ward.admin(),
				new ProgramDetails("Quà của Mặt trận", paid.occasion(), paid.year(), paid.date(), paid.targets(),
						paid.budget(), ProgramSource.FRONT, null, null, null, null, Set.of(), "Ai đó"));
		assertThat(front.approver()).as("only a fund's spending needs one").isNull();
	}

	@Test
	void aFundProgramNeedsACampaignFundOfTheWard() {
		int before = this.fixtures.programsOf(this.ward);
		ProgramDetails details = details("Quà Tết từ quỹ");
		FundSummary projectFund = this.funds.createForProject(this.ward.admin(), new FundDetails("Bê tông hẻm 49-57",
				"Bê tông hóa hẻm", Money.of(160_000_000), LocalDate.of(2025, 1, 1), null, Set.of()));
		FundSummary otherWardsFund = this.fixtures.fund(this.other);

		this.fixtures.assertRefused(
				() -> this.programs.create(this.ward.admin(),
						this.fixtures.withSource(details, ProgramSource.FUND, null, null, null)),
				"program.fund.required");
		this.fixtures.assertRefused(
				() -> this.programs.create(this.ward.admin(), this.fixtures.paidFrom(details, projectFund)),
				"program.fund.project");
		this.fixtures.assertRefused(
				() -> this.programs.create(this.ward.admin(), this.fixtures.paidFrom(details, otherWardsFund)),
				"program.fund.unknown");
		assertThat(this.fixtures.programsOf(this.ward)).isEqualTo(before);

		FundSummary campaign = this.fixtures.fund(this.ward);
		ProgramView program = this.programs.create(this.ward.admin(), this.fixtures.paidFrom(details, campaign));
		assertThat(program.fundId()).isEqualTo(campaign.id());
		assertThat(program.fundName()).isEqualTo(campaign.name());
		assertThat(this.programs.fundsToPayFrom(this.ward.admin())).extracting(FundSummary::id)
			.contains(campaign.id())
			.doesNotContain(projectFund.id());
	}

	@Test
	void aSponsorProgramNamesTheSponsor() {
		int before = this.fixtures.programsOf(this.ward);
		ProgramDetails details = details("Học bổng khuyến học");

		this.fixtures.assertRefused(
				() -> this.programs.create(this.ward.admin(),
						this.fixtures.withSource(details, ProgramSource.SPONSOR, null, null, null)),
				"program.sponsor.required");
		this.fixtures.assertRefused(
				() -> this.programs.create(this.ward.admin(),
						this.fixtures.withSource(details, ProgramSource.SPONSOR, null, null, "   ")),
				"program.sponsor.required");
		this.fixtures.assertRefused(() -> this.programs.create(this.ward.admin(),
				this.fixtures.withSource(details, null, null, null, null)), "program.source.required");
		assertThat(this.fixtures.programsOf(this.ward)).isEqualTo(before);
	}

	@Test
	void aCellProgramNamesACellOfTheWard() {
		int before = this.fixtures.programsOf(this.ward);
		ProgramDetails details = details("Quà của chi bộ");

		this.fixtures.assertRefused(
				() -> this.programs.create(this.ward.admin(),
						this.fixtures.withSource(details, ProgramSource.CELL, null, this.other.cellA().id(), null)),
				"program.cell.unknown");
		assertThat(this.fixtures.programsOf(this.ward)).isEqualTo(before);

		ProgramView program = this.programs.create(this.ward.admin(),
				this.fixtures.withSource(details, ProgramSource.CELL, null, this.ward.cellA().id(), null));
		assertThat(program.cellName()).isEqualTo("Chi bộ A");
	}

	@Test
	void aSecretaryNamesAreasOfTheirOwnCells() {
		int before = this.fixtures.programsOf(this.ward);
		ProgramDetails details = details("Quà Tết chi bộ A");

		this.fixtures.assertRefused(() -> this.programs.create(this.ward.secretary(), details),
				"program.areas.required");
		assertThatExceptionOfType(AreaNotFoundException.class).isThrownBy(() -> this.programs
			.create(this.ward.secretary(), this.fixtures.withAreas(details, this.ward.areaA(), this.ward.areaB())));
		assertThatExceptionOfType(AreaNotFoundException.class).isThrownBy(() -> this.programs
			.create(this.ward.secretary(), this.fixtures.withAreas(details, this.other.areaA())));
		assertThatExceptionOfType(AreaNotFoundException.class).isThrownBy(
				() -> this.programs.create(this.ward.admin(), this.fixtures.withAreas(details, this.other.areaA())));
		assertThat(this.fixtures.programsOf(this.ward)).isEqualTo(before);

		ProgramView program = this.programs.create(this.ward.secretary(),
				this.fixtures.withAreas(details, this.ward.areaA()));
		assertThat(program.areaIds()).containsExactly(this.ward.areaA().id());
		assertThat(this.programs.canManage(this.ward.secretary(), program.id())).isTrue();
	}

	@Test
	void onlyTheAdminAndSecretariesManagePrograms() {
		int before = this.fixtures.programsOf(this.ward);
		ProgramDetails details = details("Quà Tết");

		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.programs.create(this.ward.officer(), details));
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.programs.create(this.ward.inspector(), details));
		assertThat(this.fixtures.programsOf(this.ward)).isEqualTo(before);

		ProgramView wardWide = this.fixtures.program(this.ward, details);
		assertThat(this.programs.canManage(this.ward.secretary(), wardWide.id())).isFalse();
		assertThatExceptionOfType(ProgramNotFoundException.class)
			.isThrownBy(() -> this.programs.update(this.ward.secretary(), wardWide.id(),
					this.fixtures.withName(details, "Đổi tên"), wardWide.version()));
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.programs.update(this.ward.inspector(), wardWide.id(),
					this.fixtures.withName(details, "Đổi tên"), wardWide.version()));
		assertThat(this.programs.get(this.ward.admin(), wardWide.id()).name()).isEqualTo("Quà Tết " + this.tag);
	}

	@Test
	void anotherWardNeverSeesTheProgram() {
		ProgramView program = this.fixtures.program(this.ward);

		assertThatExceptionOfType(ProgramNotFoundException.class)
			.isThrownBy(() -> this.programs.get(this.other.admin(), program.id()));
		assertThatExceptionOfType(ProgramNotFoundException.class).isThrownBy(
				() -> this.programs.update(this.other.admin(), program.id(), details("Chiếm"), program.version()));
		assertThat(this.programs.list(this.other.admin(), null)).extracting(ProgramSummary::id)
			.doesNotContain(program.id());
	}

	@Test
	void aProgramPaidFromAFundOfSomeAreasStaysInThoseAreas() {
		int before = this.fixtures.programsOf(this.ward);
		FundSummary fundOfA = this.fixtures.fund(this.ward, this.ward.areaA());
		ProgramDetails details = this.fixtures.paidFrom(details("Quà Tết khu A"), fundOfA);

		this.fixtures.assertRefused(() -> this.programs.create(this.ward.admin(), details),
				"program.areas.outsideFund");
		this.fixtures.assertRefused(
				() -> this.programs.create(this.ward.admin(),
						this.fixtures.withAreas(details, this.ward.areaA(), this.ward.areaB())),
				"program.areas.outsideFund");
		this.fixtures.assertRefused(
				() -> this.programs.create(this.ward.admin(), this.fixtures.withAreas(details, this.ward.areaB())),
				"program.areas.outsideFund");
		assertThat(this.fixtures.programsOf(this.ward)).isEqualTo(before);

		ProgramView program = this.programs.create(this.ward.admin(),
				this.fixtures.withAreas(details, this.ward.areaA()));
		this.fixtures.assertRefused(
				() -> this.programs.update(this.ward.admin(), program.id(),
						this.fixtures.withAreas(details, this.ward.areaB()), program.version()),
				"program.areas.outsideFund");
		assertThat(this.programs.get(this.ward.admin(), program.id()).areaIds())
			.containsExactly(this.ward.areaA().id());
	}

	@Test
	void theSameNameTwiceInAYearIsRefused() {
		int before = this.fixtures.programsOf(this.ward);
		ProgramView first = this.fixtures.program(this.ward, details("Quà Tết hộ nghèo"));
		ProgramView second = this.fixtures.program(this.ward, details("Quà Trung thu"));

		this.fixtures.assertRefused(() -> this.fixtures.program(this.ward, details("QUÀ TẾT HỘ NGHÈO")),
				"program.name.duplicate");
		this.fixtures.assertRefused(() -> this.programs.update(this.ward.admin(), second.id(),
				details("Quà Tết hộ nghèo"), second.version()), "program.name.duplicate");
		assertThat(this.fixtures.programsOf(this.ward)).isEqualTo(before + 2);

		int nextYear = this.fixtures.year() + 1;
		ProgramView nextYears = this.fixtures.program(this.ward,
				this.fixtures.withYearAndDate(details("Quà Tết hộ nghèo"), nextYear, LocalDate.of(nextYear, 1, 25)));
		assertThat(nextYears.id()).isNotEqualTo(first.id());
		assertThat(this.fixtures.program(this.other, details("Quà Tết hộ nghèo"))).isNotNull();
	}

	@Test
	void anUpdateChangesTheProgramAndMovesItsVersion() {
		ProgramView program = this.fixtures.program(this.ward, details("Quà Tết"));
		ProgramDetails changed = this.fixtures.withAreas(this.fixtures.withBudget(
				this.fixtures.withTargets(details("Quà Tết 2"), Set.of(StatusKind.ELDERLY_ALONE)), Money.of(5_000_000)),
				this.ward.areaB());

		ProgramView updated = this.programs.update(this.ward.admin(), program.id(), changed, program.version());

		assertThat(updated.name()).isEqualTo("Quà Tết 2 " + this.tag);
		assertThat(updated.targets()).containsExactly(StatusKind.ELDERLY_ALONE);
		assertThat(updated.budget()).isEqualTo(Money.of(5_000_000));
		assertThat(updated.areaIds()).containsExactly(this.ward.areaB().id());
		assertThat(updated.version()).isGreaterThan(program.version());
	}

	@Test
	void aStaleVersionIsRefused() {
		ProgramView program = this.fixtures.program(this.ward, details("Quà Tết"));
		this.programs.update(this.ward.admin(), program.id(), details("Quà Tết (sửa)"), program.version());

		assertThatExceptionOfType(StaleEditException.class).isThrownBy(() -> this.programs.update(this.ward.admin(),
				program.id(), details("Quà Tết (sửa lần hai)"), program.version()));
		assertThat(this.programs.get(this.ward.admin(), program.id()).name()).isEqualTo("Quà Tết (sửa) " + this.tag);
	}

	@Test
	void theYearAndSourceStayOnceGiftsExist() {
		FundSummary fund = this.fixtures.fund(this.ward);
		FundSummary otherFund = this.fixtures.fund(this.ward);
		ProgramDetails details = this.fixtures.paidFrom(details("Quà Tết từ quỹ"), fund);
		ProgramView program = this.fixtures.program(this.ward, details);
		int lastYear = this.fixtures.year() - 1;
		// before any gift, the year and the source may still change
		ProgramView moved = this.programs.update(this.ward.admin(), program.id(),
				this.fixtures.withYearAndDate(details, lastYear, LocalDate.of(lastYear, 2, 1)), program.version());
		ProgramView back = this.programs.update(this.ward.admin(), program.id(), details, moved.version());
		assertThat(back.year()).isEqualTo(this.fixtures.year());

		HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaA(), "Lê Văn Tám",
				StatusKind.POOR);
		this.gifts.give(this.ward.admin(), program.id(), household.code(), this.fixtures.gift(500_000), false);
		ProgramView current = this.programs.get(this.ward.admin(), program.id());

		this.fixtures.assertRefused(() -> this.programs.update(this.ward.admin(), program.id(),
				this.fixtures.withYearAndDate(details, lastYear, LocalDate.of(lastYear, 2, 1)), current.version()),
				"program.year.hasGifts");
		this.fixtures.assertRefused(
				() -> this.programs.update(this.ward.admin(), program.id(),
						this.fixtures.withSource(details, ProgramSource.FRONT, null, null, null), current.version()),
				"program.source.hasGifts");
		this.fixtures.assertRefused(() -> this.programs.update(this.ward.admin(), program.id(),
				this.fixtures.paidFrom(details, otherFund), current.version()), "program.source.hasGifts");
		ProgramView unchanged = this.programs.get(this.ward.admin(), program.id());
		assertThat(unchanged.year()).isEqualTo(this.fixtures.year());
		assertThat(unchanged.fundId()).isEqualTo(fund.id());

		ProgramView renamed = this.programs.update(this.ward.admin(), program.id(),
				this.fixtures.withName(details, "Quà Tết từ quỹ (đổi tên) " + this.tag), current.version());
		assertThat(renamed.name()).isEqualTo("Quà Tết từ quỹ (đổi tên) " + this.tag);
	}

	@Test
	void onceGiftsExistTheProgramsDateStaysOnOrBeforeTheFirstGift() {
		LocalDate today = this.fixtures.today();
		Assumptions.assumeTrue(today.getDayOfYear() > 3, "days before today in this year");
		LocalDate first = today.minusDays(2);
		ProgramDetails details = this.fixtures.withYearAndDate(details("Quà Tết có ngày"), today.getYear(), first);
		ProgramView program = this.fixtures.program(this.ward, details);
		HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaA(), "Lê Văn Chín",
				StatusKind.POOR);
		this.gifts.give(this.ward.admin(), program.id(), household.code(),
				this.fixtures.gift(1, Money.of(500_000), first), false);
		ProgramView current = this.programs.get(this.ward.admin(), program.id());

		RuleViolationException refused = this.fixtures.assertRefused(
				() -> this.programs.update(this.ward.admin(), program.id(),
						this.fixtures.withYearAndDate(details, today.getYear(), today), current.version()),
				"program.date.afterGifts");
		assertThat(refused.field()).isEqualTo("date");
		assertThat(this.fixtures.message(refused)).contains(VietnameseDates.format(first));
		assertThat(this.programs.get(this.ward.admin(), program.id()).date()).isEqualTo(first);

		ProgramView earlier = this.programs.update(this.ward.admin(), program.id(),
				this.fixtures.withYearAndDate(details, today.getYear(), today.minusDays(3)), current.version());
		assertThat(earlier.date()).isEqualTo(today.minusDays(3));
	}

	@Test
	void thePublicTotalsCountGiftsAndNameNoRecipient() {
		ProgramView program = this.fixtures.program(this.ward, this.fixtures.withSource(details("Quà Tết nhà tài trợ"),
				ProgramSource.SPONSOR, null, null, "Ông Nguyễn Văn Tài Trợ"));
		HouseholdDetail an = this.fixtures.household(this.ward, this.ward.areaA(), "Phạm Thị Ân", StatusKind.POOR);
		HouseholdDetail binh = this.fixtures.household(this.ward, this.ward.areaB(), "Đỗ Văn Bình",
				StatusKind.NEAR_POOR);
		HouseholdDetail cuong = this.fixtures.household(this.ward, this.ward.areaB(), "Vũ Văn Cường", StatusKind.POOR);
		this.gifts.give(this.ward.admin(), program.id(), an.code(), this.fixtures.gift(400_000), false);
		this.gifts.give(this.ward.admin(), program.id(), binh.code(), this.fixtures.gift(600_000), false);
		GiftRow cancelled = this.gifts.give(this.ward.admin(), program.id(), cuong.code(), this.fixtures.gift(900_000),
				false);
		this.gifts.cancel(this.ward.admin(), cancelled.id(), "Trao nhầm hộ");

		List<PublicProgramTotal> totals = this.programs.publicTotals(this.ward.id());

		assertThat(totals).filteredOn((total) -> total.id().equals(program.id())).singleElement().satisfies((total) -> {
			assertThat(total.id()).isEqualTo(program.id());
			assertThat(total.gifts()).isEqualTo(2);
			assertThat(total.total()).isEqualTo(Money.of(1_000_000));
			assertThat(total.source()).isEqualTo(ProgramSource.SPONSOR);
			assertThat(total.sourceName()).isNull();
			assertThat(total.toString()).doesNotContain("Ân", "Bình", "Cường", "Tài Trợ", "hẻm", an.code(), "POOR");
		});
		List<String> fields = Arrays.stream(PublicProgramTotal.class.getRecordComponents())
			.map(RecordComponent::getName)
			.toList();
		// a new component (a recipient, a status, an address) must be a deliberate change
		assertThat(fields).containsExactly("id", "name", "occasion", "year", "date", "source", "fundId", "sourceName",
				"gifts", "total");
		assertThat(this.programs.publicTotals(this.other.id())).extracting(PublicProgramTotal::id)
			.doesNotContain(program.id());
	}

}
