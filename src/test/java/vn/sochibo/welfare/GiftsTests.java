package vn.sochibo.welfare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.sochibo.fund.ChainVerification;
import vn.sochibo.fund.EntryKind;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.LedgerEntry;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.HouseholdDetails;
import vn.sochibo.household.HouseholdNotFoundException;
import vn.sochibo.household.Households;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.OutOfScopeException;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.VietnameseDates;
import vn.sochibo.shared.VietnameseText;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Gifts to one household at a time: eligibility by the statuses of the program's year,
 * the duplicate flag, bad input, scope, the fund's expenditure and its reversal on
 * cancellation, signed receipts with their scans, and a household's history. One ward for
 * the class; every test builds its own programs and households and counts its own rows.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GiftsTests {

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

	@BeforeAll
	void build() {
		this.fixtures = new WelfareFixtures(this.households, this.funds, this.ledger, this.programs, this.jdbc,
				this.messages, this.clock);
		this.ward = this.wards.newWard();
		this.other = this.wards.newWard();
	}

	@Test
	void anOfficerGivesAnEligibleHouseholdOfTheirArea() {
		ProgramView program = this.fixtures.program(this.ward);
		HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaA(), "Nguyễn Thị Hoa",
				StatusKind.NEAR_POOR);

		GiftRow gift = this.gifts.give(
				this.ward.officer(), program.id(), household.code().toLowerCase(), new GiftDetails(GiftItem.NECESSITIES,
						"10 kg gạo", 2, Money.of(350_000), this.fixtures.today(), "Trần Thị Trao", "Nguyễn Văn Bé"),
				false);

		assertThat(gift.householdId()).isEqualTo(household.id());
		assertThat(gift.headName()).isEqualTo("Nguyễn Thị Hoa");
		assertThat(gift.recipient()).isEqualTo("Nguyễn Văn Bé");
		assertThat(gift.areaId()).isEqualTo(this.ward.areaA().id());
		assertThat(gift.item()).isEqualTo(GiftItem.NECESSITIES);
		assertThat(gift.quantity()).isEqualTo(2);
		assertThat(gift.value()).isEqualTo(Money.of(350_000));
		assertThat(gift.date()).isEqualTo(this.fixtures.today());
		assertThat(gift.receiptStatus()).isEqualTo(ReceiptStatus.PENDING);
		assertThat(gift.cancelled()).isFalse();
		assertThat(gift.distributionId()).isNull();
		assertThat(gift.ledgerEntryId()).isNull();
		assertThat(this.fixtures.giftsOf(program)).isEqualTo(1);
		assertThat(this.gifts.get(this.ward.inspector(), gift.id())).isEqualTo(gift);
		assertThat(this.gifts.ofProgram(this.ward.officer(), program.id())).extracting(GiftRow::id)
			.containsExactly(gift.id());
	}

	@Test
	void eligibilityGoesByTheStatusesOfTheProgramsYear() {
		ProgramView program = this.fixtures.program(this.ward);
		HouseholdDetail poorLastYear = this.fixtures.household(this.ward, this.ward.areaA(), "Lý Văn Năm");
		this.fixtures.status(this.ward, poorLastYear, this.fixtures.year() - 1, StatusKind.POOR);
		HouseholdDetail poorNextYear = this.fixtures.household(this.ward, this.ward.areaA(), "Lý Văn Sáu");
		this.fixtures.status(this.ward, poorNextYear, this.fixtures.year() + 1, StatusKind.POOR);
		HouseholdDetail notTargeted = this.fixtures.household(this.ward, this.ward.areaA(), "Lý Văn Bảy",
				StatusKind.ELDERLY_ALONE);
		HouseholdDetail noStatus = this.fixtures.household(this.ward, this.ward.areaA(), "Lý Văn Tám");

		for (HouseholdDetail household : List.of(poorLastYear, poorNextYear, notTargeted, noStatus)) {
			this.fixtures.assertRefused(() -> this.gifts.give(this.ward.admin(), program.id(), household.code(),
					this.fixtures.gift(300_000), true), "gift.household.notEligible");
		}
		assertThat(this.fixtures.giftsOf(program)).isZero();

		this.fixtures.status(this.ward, poorLastYear, this.fixtures.year(), StatusKind.POOR);
		assertThat(this.gifts
			.give(this.ward.admin(), program.id(), poorLastYear.code(), this.fixtures.gift(300_000), false)
			.householdId()).isEqualTo(poorLastYear.id());
	}

	@Test
	void aLastYearsProgramGoesByLastYearsStatuses() {
		int lastYear = this.fixtures.year() - 1;
		ProgramView program = this.fixtures.program(this.ward, this.fixtures.withYearAndDate(
				this.fixtures.details("Quà Tết " + WelfareFixtures.suffix()), lastYear, LocalDate.of(lastYear, 1, 20)));
		HouseholdDetail poorThisYear = this.fixtures.household(this.ward, this.ward.areaA(), "Mai Văn Chín",
				StatusKind.POOR);
		GiftDetails lastYearsGift = this.fixtures.gift(1, Money.of(300_000), LocalDate.of(lastYear, 1, 25));

		this.fixtures.assertRefused(
				() -> this.gifts.give(this.ward.admin(), program.id(), poorThisYear.code(), lastYearsGift, false),
				"gift.household.notEligible");
		this.fixtures.status(this.ward, poorThisYear, lastYear, StatusKind.NEAR_POOR);

		assertThat(this.gifts.give(this.ward.admin(), program.id(), poorThisYear.code(), lastYearsGift, false).date())
			.isEqualTo(LocalDate.of(lastYear, 1, 25));
	}

	@Test
	void aSecondGiftOfTheProgramIsFlaggedUntilConfirmed() {
		ProgramView program = this.fixtures.program(this.ward);
		ProgramView another = this.fixtures.program(this.ward);
		HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaA(), "Hoàng Văn Mười",
				StatusKind.POOR);
		this.gifts.give(this.ward.officer(), program.id(), household.code(), this.fixtures.gift(500_000), false);

		RuleViolationException duplicate = this.fixtures.assertRefused(() -> this.gifts.give(this.ward.officer(),
				program.id(), household.code(), this.fixtures.gift(500_000), false), "gift.duplicate");
		assertThat(duplicate).isInstanceOf(DuplicateGiftException.class);
		assertThat(duplicate.field()).isEqualTo("confirmDuplicate");
		assertThat(this.fixtures.message(duplicate)).contains("Hoàng Văn Mười", "1 suất");
		assertThat(this.fixtures.giftsOf(program)).isEqualTo(1);

		this.gifts.give(this.ward.officer(), program.id(), household.code(), this.fixtures.gift(500_000), true);
		assertThat(this.fixtures.giftsOf(program)).isEqualTo(2);
		// another program's gift is no duplicate of this one
		this.gifts.give(this.ward.officer(), another.id(), household.code(), this.fixtures.gift(500_000), false);
		assertThat(this.fixtures.giftsOf(another)).isEqualTo(1);
	}

	@Test
	void twoOfficersGivingTheSameFirstGiftAtOnceRecordOneAndFlagTheOther() throws Exception {
		ProgramView program = this.fixtures.program(this.ward);
		HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaA(), "Bế Văn Song",
				StatusKind.POOR);
		CyclicBarrier start = new CyclicBarrier(2);
		Callable<Object> give = () -> {
			start.await();
			try {
				return this.gifts.give(this.ward.officer(), program.id(), household.code(), this.fixtures.gift(200_000),
						false);
			}
			catch (DuplicateGiftException ex) {
				return ex;
			}
		};
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Object> outcomes = new ArrayList<>();
		try {
			for (Future<Object> outcome : pool.invokeAll(List.of(give, give))) {
				outcomes.add(outcome.get());
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(outcomes).filteredOn(GiftRow.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(DuplicateGiftException.class::isInstance).hasSize(1);
		assertThat(this.fixtures.giftsOf(program)).isEqualTo(1);
	}

	@Test
	void aCancelledGiftIsNoDuplicate() {
		ProgramView program = this.fixtures.program(this.ward);
		HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaA(), "Đinh Văn Một",
				StatusKind.POOR);
		GiftRow first = this.gifts.give(this.ward.officer(), program.id(), household.code(),
				this.fixtures.gift(500_000), false);
		this.gifts.cancel(this.ward.officer(), first.id(), "Ghi nhầm giá trị");

		GiftRow again = this.gifts.give(this.ward.officer(), program.id(), household.code(),
				this.fixtures.gift(450_000), false);

		assertThat(again.id()).isNotEqualTo(first.id());
		assertThat(this.fixtures.giftsOf(program)).isEqualTo(2);
	}

	@Test
	void badValuesQuantitiesAndDatesAreRefusedAndNothingIsWritten() {
		FundSummary fund = this.fixtures.fund(this.ward);
		ProgramView program = this.fixtures.fundProgram(this.ward, fund);
		HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaA(), "Tô Văn Hai",
				StatusKind.POOR);
		LocalDate today = this.fixtures.today();
		Map<GiftDetails, String> refusals = Map.ofEntries(
				Map.entry(this.fixtures.gift(1, Money.ZERO, today), "gift.value.positive"),
				Map.entry(this.fixtures.gift(1, Money.of(-100_000), today), "gift.value.positive"),
				Map.entry(this.fixtures.gift(1, null, today), "gift.value.positive"),
				Map.entry(this.fixtures.gift(1, Money.of(1_000_000_001L), today), "gift.value.tooLarge"),
				Map.entry(this.fixtures.gift(1, Money.of(100_000_000_000_000L), today), "gift.value.tooLarge"),
				Map.entry(this.fixtures.gift(0, Money.of(100_000), today), "gift.quantity.positive"),
				Map.entry(this.fixtures.gift(-3, Money.of(100_000), today), "gift.quantity.positive"),
				Map.entry(this.fixtures.gift(null, Money.of(100_000), today), "gift.quantity.positive"),
				Map.entry(this.fixtures.gift(10_001, Money.of(100_000), today), "gift.quantity.tooLarge"),
				Map.entry(this.fixtures.gift(1, Money.of(100_000), LocalDate.of(this.fixtures.year() - 1, 12, 31)),
						"gift.date.programYear"),
				Map.entry(this.fixtures.gift(1, Money.of(100_000), LocalDate.of(this.fixtures.year() + 1, 1, 1)),
						"gift.date.programYear"),
				Map.entry(this.fixtures.gift(1, Money.of(100_000), null), "gift.date.required"),
				Map.entry(new GiftDetails(null, null, 1, Money.of(100_000), today, "Trao", null), "gift.item.required"),
				Map.entry(new GiftDetails(GiftItem.CASH, null, 1, Money.of(100_000), today, "  ", null),
						"gift.deliveredBy.required"));

		refusals.forEach((details, key) -> this.fixtures.assertRefused(
				() -> this.gifts.give(this.ward.officer(), program.id(), household.code(), details, true), key));

		assertThat(this.fixtures.giftsOf(program)).isZero();
		assertThat(this.fixtures.entriesOf(fund)).isZero();
		assertThat(this.fixtures.fundTotals(this.ward, fund).spent()).isEqualTo(Money.ZERO);
	}

	@Test
	void aGiftDatedBeforeItsProgramIsRefusedNamingTheProgramsDate() {
		LocalDate today = this.fixtures.today();
		Assumptions.assumeTrue(today.getDayOfYear() > 1, "a day before the program in its year");
		FundSummary fund = this.fixtures.fund(this.ward);
		ProgramView program = this.fixtures.fundProgram(this.ward, fund);
		HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaA(), "Tô Văn Tư", StatusKind.POOR);
		int entries = this.fixtures.entriesOf(fund);

		RuleViolationException refused = this.fixtures.assertRefused(
				() -> this.gifts.give(this.ward.officer(), program.id(), household.code(),
						this.fixtures.gift(1, Money.of(100_000), today.minusDays(1)), false),
				"gift.date.beforeProgram");

		assertThat(refused.field()).isEqualTo("date");
		assertThat(this.fixtures.message(refused)).isEqualTo("Chương trình tổ chức từ ngày "
				+ VietnameseDates.format(program.date()) + "; không ghi được quà trao trước ngày đó.");
		assertThat(this.fixtures.giftsOf(program)).isZero();
		assertThat(this.fixtures.entriesOf(fund)).isEqualTo(entries);
		assertThat(this.gifts
			.give(this.ward.officer(), program.id(), household.code(),
					this.fixtures.gift(1, Money.of(100_000), program.date()), false)
			.date()).isEqualTo(program.date());
	}

	@Test
	void aGiftCannotBeDatedAhead() {
		LocalDate tomorrow = this.fixtures.today().plusDays(1);
		ProgramView program = this.fixtures.program(this.ward, this.fixtures
			.withYearAndDate(this.fixtures.details("Quà " + WelfareFixtures.suffix()), tomorrow.getYear(), tomorrow));
		HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaA(), "Tô Văn Ba");
		this.fixtures.status(this.ward, household, tomorrow.getYear(), StatusKind.POOR);

		this.fixtures.assertRefused(() -> this.gifts.give(this.ward.officer(), program.id(), household.code(),
				this.fixtures.gift(1, Money.of(100_000), tomorrow), false), "gift.date.future");
		assertThat(this.fixtures.giftsOf(program)).isZero();
	}

	@Test
	void aHouseholdMayBeNamedAndTheProgramsAreasDecideWhetherTheNameIsAmbiguous() {
		String name = "Kiều Thị Tên " + WelfareFixtures.suffix();
		HouseholdDetail inA = this.fixtures.household(this.ward, this.ward.areaA(), name, StatusKind.POOR);
		this.fixtures.household(this.ward, this.ward.areaB(), name, StatusKind.POOR);
		ProgramView program = this.fixtures.program(this.ward);
		ProgramView programOfA = this.fixtures.program(this.ward, this.fixtures
			.withAreas(this.fixtures.details("Quà khu A " + WelfareFixtures.suffix()), this.ward.areaA()));
		GiftDetails gift = this.fixtures.gift(200_000);

		// The same name in both areas: the whole-ward program cannot tell which.
		this.fixtures.assertRefused(() -> this.gifts.give(this.ward.admin(), program.id(), name, gift, false),
				"household.ambiguous");
		assertThat(this.gifts.give(this.ward.admin(), programOfA.id(), VietnameseText.searchKey(name), gift, false)
			.householdId()).isEqualTo(inA.id());
	}

	@Test
	void aHouseholdOutsideTheUsersOrTheProgramsAreasIsRefused() {
		ProgramView program = this.fixtures.program(this.ward);
		ProgramView programOfA = this.fixtures.program(this.ward, this.fixtures
			.withAreas(this.fixtures.details("Quà khu A " + WelfareFixtures.suffix()), this.ward.areaA()));
		HouseholdDetail inB = this.fixtures.household(this.ward, this.ward.areaB(), "Kiều Văn Bốn", StatusKind.POOR);
		HouseholdDetail otherWards = this.households.create(this.other.admin(),
				new HouseholdDetails("XW-" + WelfareFixtures.suffix(), "Kiều Văn Năm", "5 đường Lê Lợi", null,
						this.other.areaA().id(), 2, null, null));
		this.fixtures.status(this.other, otherWards, this.fixtures.year(), StatusKind.POOR);
		GiftDetails gift = this.fixtures.gift(200_000);

		this.fixtures.assertRefused(() -> this.gifts.give(this.ward.officer(), program.id(), inB.code(), gift, false),
				"gift.household.unknown");
		this.fixtures.assertRefused(
				() -> this.gifts.give(this.ward.admin(), program.id(), otherWards.code(), gift, false),
				"gift.household.unknown");
		this.fixtures.assertRefused(() -> this.gifts.give(this.ward.admin(), programOfA.id(), inB.code(), gift, false),
				"gift.household.outsideProgram");
		this.fixtures.assertRefused(() -> this.gifts.give(this.ward.admin(), program.id(), "  ", gift, false),
				"gift.household.required");
		this.fixtures.assertRefused(() -> this.gifts.give(this.ward.admin(), program.id(), null, gift, false),
				"gift.household.required");
		assertThat(this.fixtures.giftsOf(program)).isZero();
		assertThat(this.fixtures.giftsOf(programOfA)).isZero();
		assertThatExceptionOfType(ProgramNotFoundException.class)
			.isThrownBy(() -> this.gifts.give(this.other.admin(), program.id(), otherWards.code(), gift, false));
		assertThat(this.fixtures.count("select count(*) from welfare_gifts where household_id = ?", otherWards.id()))
			.isZero();
	}

	@Test
	void aGiftIsSeenAndActedOnOnlyInItsArea() {
		ProgramView program = this.fixtures.program(this.ward);
		HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaA(), "Quách Văn Sơn",
				StatusKind.POOR);
		GiftRow gift = this.gifts.give(this.ward.officer(), program.id(), household.code(), this.fixtures.gift(200_000),
				false);

		assertThatExceptionOfType(GiftNotFoundException.class)
			.isThrownBy(() -> this.gifts.get(this.ward.officerB(), gift.id()));
		assertThatExceptionOfType(GiftNotFoundException.class)
			.isThrownBy(() -> this.gifts.cancel(this.ward.officerB(), gift.id(), "Không phải khu của tôi"));
		assertThatExceptionOfType(GiftNotFoundException.class)
			.isThrownBy(() -> this.gifts.signed(this.ward.officerB(), gift.id(), this.fixtures.today(), null));
		assertThatExceptionOfType(GiftNotFoundException.class)
			.isThrownBy(() -> this.gifts.get(this.other.admin(), gift.id()));
		assertThatExceptionOfType(HouseholdNotFoundException.class)
			.isThrownBy(() -> this.gifts.ofHousehold(this.ward.officerB(), household.id()));
		assertThat(this.gifts.ofProgram(this.ward.officerB(), program.id())).extracting(GiftRow::id)
			.doesNotContain(gift.id());
		assertThatExceptionOfType(OutOfScopeException.class).isThrownBy(() -> this.gifts.give(this.ward.inspector(),
				program.id(), household.code(), this.fixtures.gift(200_000), true));
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.gifts.cancel(this.ward.inspector(), gift.id(), "Thanh tra hủy"));
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.gifts.signed(this.ward.inspector(), gift.id(), this.fixtures.today(), null));

		GiftRow unchanged = this.gifts.get(this.ward.inspector(), gift.id());
		assertThat(unchanged.cancelled()).isFalse();
		assertThat(unchanged.receiptStatus()).isEqualTo(ReceiptStatus.PENDING);
		assertThat(this.fixtures.giftsOf(program)).isEqualTo(1);
		assertThat(this.gifts.ofProgram(this.ward.secretary(), program.id())).extracting(GiftRow::id)
			.containsExactly(gift.id());
	}

	@Test
	void aGiftFromAFundIsAnExpenditureNamingNoRecipient() {
		FundSummary fund = this.fixtures.fund(this.ward);
		ProgramView program = this.fixtures.fundProgram(this.ward, fund);
		HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaA(), "Chu Thị Lan",
				StatusKind.POOR);

		GiftRow gift = this.gifts.give(this.ward.officer(), program.id(), household.code(), this.fixtures.gift(750_000),
				false);

		Long entryId = this.jdbc.queryForObject("select ledger_entry_id from welfare_gifts where id = ?", Long.class,
				gift.id());
		assertThat(entryId).isNotNull();
		assertThat(gift.ledgerEntryId()).as("the row returned by give shows its expenditure").isEqualTo(entryId);
		LedgerEntry expenditure = this.ledger.entry(this.ward.admin(), entryId);
		assertThat(expenditure.kind()).isEqualTo(EntryKind.EXPENDITURE);
		assertThat(expenditure.amount()).isEqualTo(Money.of(750_000));
		assertThat(expenditure.date()).isEqualTo(this.fixtures.today());
		assertThat(expenditure.householdId()).isNull();
		assertThat(Arrays.asList(expenditure.payee(), expenditure.purpose(), expenditure.displayName(),
				expenditure.description(), expenditure.contributorName(), expenditure.voucherNo()))
			.allSatisfy((text) -> assertThat(String.valueOf(text)).doesNotContain("Chu Thị Lan", "Lan",
					household.address(), household.code()));
		assertThat(expenditure.purpose()).contains(program.name());
		assertThat(program.approver()).isEqualTo("Nguyễn Văn Duyệt");
		assertThat(expenditure.approver()).as("the program's approver approves each gift")
			.isEqualTo(program.approver());
		assertThat(expenditure.displayName()).isEqualTo("Hỗ trợ hộ gia đình");
		FundSummary totals = this.fixtures.fundTotals(this.ward, fund);
		assertThat(totals.spent()).isEqualTo(Money.of(750_000));
		assertThat(totals.entryCount()).isEqualTo(1 + 1);
		assertThat(this.ledger.verify(fund.id()).intact()).isTrue();
	}

	@Test
	void cancellingAGiftFromAFundReversesItsExpenditureOnce() {
		FundSummary fund = this.fixtures.fund(this.ward);
		ProgramView program = this.fixtures.fundProgram(this.ward, fund);
		HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaA(), "Lò Văn Khánh",
				StatusKind.POOR);
		GiftRow gift = this.gifts.give(this.ward.officer(), program.id(), household.code(), this.fixtures.gift(600_000),
				false);
		Long expenditureId = this.jdbc.queryForObject("select ledger_entry_id from welfare_gifts where id = ?",
				Long.class, gift.id());

		this.gifts.cancel(this.ward.officer(), gift.id(), "  Trao nhầm hộ  ");

		GiftRow cancelled = this.gifts.get(this.ward.officer(), gift.id());
		assertThat(cancelled.cancelled()).isTrue();
		assertThat(cancelled.cancelReason()).isEqualTo("Trao nhầm hộ");
		assertThat(cancelled.cancelEntryId()).isNotNull();
		LedgerEntry reversal = this.ledger.entry(this.ward.admin(), cancelled.cancelEntryId());
		assertThat(reversal.kind()).isEqualTo(EntryKind.REVERSAL);
		assertThat(reversal.reversesId()).isEqualTo(expenditureId);
		// The ledger is public: its reversal names the voucher, never the reason typed
		// (which often names the household); the gift keeps the reason.
		assertThat(reversal.reason()).contains("PQ-" + gift.id()).doesNotContain("Trao nhầm hộ");
		assertThat(cancelled.cancelReason()).contains("Trao nhầm hộ");
		FundSummary totals = this.fixtures.fundTotals(this.ward, fund);
		assertThat(totals.spent()).isEqualTo(Money.ZERO);
		assertThat(totals.entryCount()).isEqualTo(1 + 2);
		assertThat(this.programs.list(this.ward.admin(), this.fixtures.year()))
			.filteredOn((summary) -> summary.id().equals(program.id()))
			.singleElement()
			.satisfies((summary) -> {
				assertThat(summary.gifts()).isZero();
				assertThat(summary.given()).isEqualTo(Money.ZERO);
			});

		this.fixtures.assertRefused(() -> this.gifts.cancel(this.ward.officer(), gift.id(), "Lần hai"),
				"gift.cancel.twice");
		assertThat(this.fixtures.entriesOf(fund)).isEqualTo(2);
		assertThat(this.fixtures.fundTotals(this.ward, fund).spent()).isEqualTo(Money.ZERO);
		ChainVerification chain = this.ledger.verify(fund.id());
		assertThat(chain.intact()).isTrue();
		assertThat(chain.checked()).isEqualTo(1 + 2);
	}

	@Test
	void aCancelNeedsAReason() {
		FundSummary fund = this.fixtures.fund(this.ward);
		ProgramView program = this.fixtures.fundProgram(this.ward, fund);
		HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaA(), "Hà Văn Lợi",
				StatusKind.POOR);
		GiftRow gift = this.gifts.give(this.ward.officer(), program.id(), household.code(), this.fixtures.gift(600_000),
				false);

		this.fixtures.assertRefused(() -> this.gifts.cancel(this.ward.officer(), gift.id(), "   "),
				"gift.cancel.reason");
		this.fixtures.assertRefused(() -> this.gifts.cancel(this.ward.officer(), gift.id(), null),
				"gift.cancel.reason");

		assertThat(this.gifts.get(this.ward.officer(), gift.id()).cancelled()).isFalse();
		assertThat(this.fixtures.entriesOf(fund)).isEqualTo(1);
		assertThat(this.fixtures.fundTotals(this.ward, fund).spent()).isEqualTo(Money.of(600_000));
	}

	@Test
	void aSignatureIsDatedFromTheGiftToTodayWithAPictureOrPdfOfAtMostTenMegabytes() {
		ProgramView program = this.fixtures.program(this.ward);
		HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaA(), "Vi Văn Phúc",
				StatusKind.POOR);
		GiftRow gift = this.gifts.give(this.ward.officer(), program.id(), household.code(), this.fixtures.gift(300_000),
				false);
		LocalDate today = this.fixtures.today();
		byte[] tooLarge = Arrays.copyOf(WelfareFixtures.PNG, 10 * 1024 * 1024 + 1);
		int scans = this.fixtures.scansOf(this.ward);

		this.fixtures.assertRefused(() -> this.gifts.signed(this.ward.officer(), gift.id(), today.minusDays(1), null),
				"gift.signedOn.beforeGift");
		this.fixtures.assertRefused(() -> this.gifts.signed(this.ward.officer(), gift.id(), today.plusDays(1), null),
				"gift.signedOn.future");
		this.fixtures.assertRefused(() -> this.gifts.signed(this.ward.officer(), gift.id(), null, null),
				"gift.signedOn.required");
		this.fixtures.assertRefused(() -> this.gifts.signed(this.ward.officer(), gift.id(), today,
				new UploadedScan("bien-nhan.png", "GIF89a....".getBytes())), "gift.scan.type");
		this.fixtures.assertRefused(() -> this.gifts.signed(this.ward.officer(), gift.id(), today,
				new UploadedScan("bien-nhan.pdf", "<html>%PDF-1.7</html>".getBytes())), "gift.scan.type");
		this.fixtures.assertRefused(
				() -> this.gifts.signed(this.ward.officer(), gift.id(), today, new UploadedScan("lon.png", tooLarge)),
				"gift.scan.tooLarge");
		this.fixtures.assertRefused(() -> this.gifts.signed(this.ward.officer(), gift.id(), today.minusDays(1),
				new UploadedScan("bien-nhan.png", WelfareFixtures.PNG)), "gift.signedOn.beforeGift");
		assertThat(this.fixtures.scansOf(this.ward)).isEqualTo(scans);
		assertThat(this.gifts.get(this.ward.officer(), gift.id()).receiptStatus()).isEqualTo(ReceiptStatus.PENDING);

		this.gifts.signed(this.ward.officer(), gift.id(), today,
				new UploadedScan("bien-nhan.jpg", WelfareFixtures.PNG));

		GiftRow signed = this.gifts.get(this.ward.officer(), gift.id());
		assertThat(signed.receiptStatus()).isEqualTo(ReceiptStatus.SIGNED);
		assertThat(signed.signedOn()).isEqualTo(today);
		assertThat(signed.scanId()).isNotNull();
		ScanContent scan = this.gifts.scan(this.ward.inspector(), signed.scanId());
		assertThat(scan.contentType()).as("the bytes decide, not the name").isEqualTo("image/png");
		assertThat(scan.bytes()).isEqualTo(WelfareFixtures.PNG);
		assertThat(scan.fileName()).isEqualTo("bien-nhan.jpg");
		assertThatExceptionOfType(ScanNotFoundException.class)
			.isThrownBy(() -> this.gifts.scan(this.ward.officerB(), signed.scanId()));
		assertThatExceptionOfType(ScanNotFoundException.class)
			.isThrownBy(() -> this.gifts.scan(this.other.admin(), signed.scanId()));
	}

	@Test
	void jpegWebpAndPdfScansAreKeptWithTheirType() {
		ProgramView program = this.fixtures.program(this.ward);
		Map<byte[], String> types = Map.of(WelfareFixtures.JPEG, "image/jpeg", WelfareFixtures.WEBP, "image/webp",
				WelfareFixtures.PDF, "application/pdf");

		types.forEach((bytes, type) -> {
			HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaB(), "Giàng A Páo",
					StatusKind.POOR);
			GiftRow gift = this.gifts.give(this.ward.officerB(), program.id(), household.code(),
					this.fixtures.gift(300_000), false);
			this.gifts.signed(this.ward.officerB(), gift.id(), this.fixtures.today(),
					new UploadedScan("scan.bin", bytes));
			Long scanId = this.gifts.get(this.ward.officerB(), gift.id()).scanId();
			assertThat(this.gifts.scan(this.ward.officerB(), scanId).contentType()).isEqualTo(type);
		});
	}

	@Test
	void aCancelledGiftIsNotSigned() {
		ProgramView program = this.fixtures.program(this.ward);
		HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaA(), "Sầm Văn Tư",
				StatusKind.POOR);
		GiftRow gift = this.gifts.give(this.ward.officer(), program.id(), household.code(), this.fixtures.gift(300_000),
				false);
		this.gifts.cancel(this.ward.officer(), gift.id(), "Hộ đã chuyển đi");
		int scans = this.fixtures.scansOf(this.ward);

		this.fixtures.assertRefused(() -> this.gifts.signed(this.ward.officer(), gift.id(), this.fixtures.today(),
				new UploadedScan("scan.pdf", WelfareFixtures.PDF)), "gift.signed.cancelled");
		assertThat(this.gifts.get(this.ward.officer(), gift.id()).receiptStatus()).isEqualTo(ReceiptStatus.PENDING);
		assertThat(this.fixtures.scansOf(this.ward)).isEqualTo(scans);
	}

	@Test
	void aHouseholdsHistorySpansTheYears() {
		int lastYear = this.fixtures.year() - 1;
		ProgramView lastYears = this.fixtures.program(this.ward, this.fixtures.withYearAndDate(
				this.fixtures.details("Quà Tết " + WelfareFixtures.suffix()), lastYear, LocalDate.of(lastYear, 1, 20)));
		ProgramView thisYears = this.fixtures.program(this.ward);
		HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaA(), "Nông Văn Dền",
				StatusKind.POOR);
		this.fixtures.status(this.ward, household, lastYear, StatusKind.NEAR_POOR);
		GiftRow old = this.gifts.give(this.ward.officer(), lastYears.id(), household.code(),
				this.fixtures.gift(1, Money.of(400_000), LocalDate.of(lastYear, 1, 25)), false);
		GiftRow current = this.gifts.give(this.ward.officer(), thisYears.id(), household.code(),
				this.fixtures.gift(1, Money.of(700_000), this.fixtures.today()), false);
		GiftRow mistaken = this.gifts.give(this.ward.officer(), thisYears.id(), household.code(),
				this.fixtures.gift(1, Money.of(9_000_000), this.fixtures.today()), true);
		this.gifts.cancel(this.ward.officer(), mistaken.id(), "Nhập nhầm giá trị");

		HouseholdWelfare history = this.gifts.ofHousehold(this.ward.secretary(), household.id());

		assertThat(history.household().id()).isEqualTo(household.id());
		assertThat(history.gifts()).extracting(GiftRow::id).containsExactly(mistaken.id(), current.id(), old.id());
		assertThat(history.gifts()).extracting(GiftRow::programYear)
			.containsExactly(this.fixtures.year(), this.fixtures.year(), lastYear);
		assertThat(history.gifts().get(0).cancelled()).isTrue();
		assertThat(history.totalsByYear()).containsExactly(Map.entry(this.fixtures.year(), Money.of(700_000)),
				Map.entry(lastYear, Money.of(400_000)));
	}

	@Test
	void aHouseholdsGiftsFollowItWhenItMovesToAnotherArea() {
		ProgramView program = this.fixtures.program(this.ward);
		HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaA(), "Ma Văn Thào",
				StatusKind.POOR);
		GiftRow gift = this.gifts.give(this.ward.officer(), program.id(), household.code(), this.fixtures.gift(500_000),
				false);
		assertThatExceptionOfType(GiftNotFoundException.class)
			.isThrownBy(() -> this.gifts.get(this.ward.officerB(), gift.id()));

		HouseholdDetail moved = this.households.get(this.ward.admin(), household.id());
		this.households.update(
				this.ward.admin(), moved.id(), new HouseholdDetails(moved.code(), moved.headName(), moved.address(),
						moved.alley(), this.ward.areaB().id(), moved.members(), moved.phone(), moved.notes()),
				moved.version());

		assertThat(this.gifts.ofHousehold(this.ward.officerB(), household.id()).gifts()).extracting(GiftRow::id)
			.containsExactly(gift.id());
		assertThat(this.gifts.get(this.ward.officerB(), gift.id()).areaLabel()).contains("Khu vực A");
		assertThat(this.gifts.get(this.ward.officer(), gift.id()).id()).isEqualTo(gift.id());
	}

}
