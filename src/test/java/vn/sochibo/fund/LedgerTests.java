package vn.sochibo.fund;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.OutOfScopeException;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.VietnameseDates;
import vn.sochibo.shared.VietnameseText;
import vn.sochibo.support.DatabaseOwner;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.ward.AreaNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class LedgerTests {

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Funds funds;

	@Autowired
	Ledger ledger;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DatabaseOwner owner;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@Autowired
	MessageSource messages;

	TestWard ward;

	FundSummary fund;

	LocalDate today;

	@BeforeEach
	void openFund() {
		this.ward = this.fixtures.newWard();
		this.today = LocalDate.now(this.clock);
		this.fund = this.funds.create(this.ward.admin(), FundKind.CAMPAIGN, new FundDetails("Bê tông hẻm 49-57",
				"Bê tông hóa hẻm", Money.of(160_000_000), LocalDate.of(2025, 1, 1), null, Set.of()));
	}

	@Test
	void contributionsAndExpendituresMoveTheTotals() {
		contribute(100_000_000, DisplayChoice.FULL_NAME, "Nguyễn Văn An");
		contribute(60_000_000, DisplayChoice.ANONYMOUS, null);
		spend(30_000_000);

		FundSummary totals = this.funds.get(this.ward.admin(), this.fund.id());
		assertThat(totals.raised()).isEqualTo(Money.of(160_000_000));
		assertThat(totals.spent()).isEqualTo(Money.of(30_000_000));
		assertThat(totals.balance()).isEqualTo(Money.of(130_000_000));
		assertThat(totals.progressPercent()).isEqualByComparingTo("100.0");
		assertThat(totals.entryCount()).isEqualTo(3);
	}

	@Test
	void goodsAreNotCashTheyCountApartAndNeverInTheBalance() {
		contribute(1_000_000, DisplayChoice.ANONYMOUS, null);
		LedgerEntry cement = giveInKind(500_000, "10 bao xi măng");
		spend(300_000);

		FundSummary totals = this.funds.get(this.ward.admin(), this.fund.id());
		assertThat(totals.raised()).isEqualTo(Money.of(1_000_000));
		assertThat(totals.inKind()).isEqualTo(Money.of(500_000));
		assertThat(totals.spent()).isEqualTo(Money.of(300_000));
		assertThat(totals.balance()).isEqualTo(Money.of(700_000));
		// Toward the target both count: 1.500.000 of 160.000.000.
		assertThat(totals.mobilized()).isEqualTo(Money.of(1_500_000));
		assertThat(totals.progressPercent()).isEqualByComparingTo("0.9");

		this.ledger.reverse(this.ward.admin(), cement.id(), "Ghi nhầm số bao");

		FundSummary reversed = this.funds.get(this.ward.admin(), this.fund.id());
		assertThat(reversed.inKind()).isEqualTo(Money.ZERO);
		assertThat(reversed.hasInKind()).isFalse();
		assertThat(reversed.raised()).isEqualTo(Money.of(1_000_000));
		assertThat(reversed.balance()).isEqualTo(Money.of(700_000));
	}

	@Test
	void aPledgePaidInLabourCountsAsGoodsNotMoney() {
		LedgerEntry pledge = this.ledger.pledge(this.ward.admin(),
				new Contribution(this.fund.id(), this.today, null, Money.of(900_000), this.ward.areaA().id(), null,
						ContributorKind.PERSON, "Lê Văn Công", DisplayChoice.FULL_NAME, null, null));
		this.ledger.payPledge(this.ward.admin(), new PledgePayment(pledge.id(), this.today, PaymentMethod.LABOUR,
				Money.of(600_000), "3 ngày công đổ bê tông"));

		FundSummary totals = this.funds.get(this.ward.admin(), this.fund.id());
		assertThat(totals.raised()).isEqualTo(Money.ZERO);
		assertThat(totals.inKind()).isEqualTo(Money.of(600_000));
		assertThat(totals.pledged()).isEqualTo(Money.of(300_000));
		assertThat(totals.balance()).isEqualTo(Money.ZERO);
	}

	@Test
	void theRecomputingMigrationSplitsMoneyAndGoodsFromTheEntries() {
		contribute(1_000_000, DisplayChoice.ANONYMOUS, null);
		LedgerEntry cement = giveInKind(500_000, "10 bao xi măng");
		giveInKind(200_000, "Cát");
		this.ledger.reverse(this.ward.admin(), cement.id(), "Ghi nhầm");
		spend(300_000);
		// As the totals stood before V11: goods summed into "raised", no in-kind column.
		this.jdbc.update("update funds set raised = 1200000, in_kind = 0 where id = ?", this.fund.id());

		this.jdbc.update(migrationUpdate());

		FundSummary totals = this.funds.get(this.ward.admin(), this.fund.id());
		assertThat(totals.raised()).isEqualTo(Money.of(1_000_000));
		assertThat(totals.inKind()).isEqualTo(Money.of(200_000));
		assertThat(totals.spent()).isEqualTo(Money.of(300_000));
		assertThat(totals.balance()).isEqualTo(Money.of(700_000));
	}

	/**
	 * The recomputing statement of V11, as the migration runs it.
	 */
	private static String migrationUpdate() {
		try (var in = LedgerTests.class.getResourceAsStream("/db/migration/V11__fund_in_kind_total.sql")) {
			String sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			int start = sql.indexOf("update funds");
			return sql.substring(start, sql.indexOf(';', start));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void manyExpendituresPostInOrderInOneGoAndKeepTheChain() {
		contribute(10_000_000, DisplayChoice.ANONYMOUS, null);
		List<Expenditure> gifts = List.of(expenditure(500_000, "PQ-1"), expenditure(600_000, "PQ-2"),
				expenditure(700_000, "PQ-3"));

		List<Long> ids = this.ledger.spendAll(this.ward.officer(), this.fund.id(), gifts);

		assertThat(ids).hasSize(3);
		assertThat(ids.stream().map((id) -> this.ledger.entry(this.ward.admin(), id)).toList())
			.extracting(LedgerEntry::seq, LedgerEntry::voucherNo, LedgerEntry::amount)
			.containsExactly(tuple(2, "PQ-1", Money.of(500_000)), tuple(3, "PQ-2", Money.of(600_000)),
					tuple(4, "PQ-3", Money.of(700_000)));
		FundSummary totals = this.funds.get(this.ward.admin(), this.fund.id());
		assertThat(totals.spent()).isEqualTo(Money.of(1_800_000));
		assertThat(totals.entryCount()).isEqualTo(4);
		ChainVerification verification = this.ledger.verify(this.fund.id());
		assertThat(verification.intact()).isTrue();
		assertThat(verification.headHash()).isEqualTo(totals.headHash())
			.isEqualTo(this.ledger.entry(this.ward.admin(), ids.get(2)).hash());
	}

	@Test
	void oneBadExpenditureAmongManyPostsNone() {
		contribute(10_000_000, DisplayChoice.ANONYMOUS, null);
		List<Expenditure> gifts = List.of(expenditure(500_000, "PQ-1"), expenditure(0, "PQ-2"));

		assertRefused(
				() -> this.transactions
					.executeWithoutResult((status) -> this.ledger.spendAll(this.ward.officer(), this.fund.id(), gifts)),
				"entry.amount.positive");

		FundSummary totals = this.funds.get(this.ward.admin(), this.fund.id());
		assertThat(totals.spent()).isEqualTo(Money.ZERO);
		assertThat(totals.entryCount()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from ledger_entries where fund_id = ?", Integer.class,
				this.fund.id()))
			.isEqualTo(1);
	}

	@Test
	void theDatabaseRefusesToEditOrDeleteAnEntry() {
		LedgerEntry entry = contribute(500_000, DisplayChoice.ANONYMOUS, null);

		// The application's role lacks the privilege (DatabasePrivilegesTests); the
		// trigger refuses even the owner.
		assertThatThrownBy(() -> this.jdbc.update("update ledger_entries set amount = 1 where id = ?", entry.id()))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> this.jdbc.update("delete from ledger_entries where id = ?", entry.id()))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(
				() -> this.owner.jdbc().update("update ledger_entries set amount = 1 where id = ?", entry.id()))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.owner.jdbc().update("delete from ledger_entries where id = ?", entry.id()))
			.hasMessageContaining("append-only");
		assertThat(this.jdbc.queryForObject("select amount from ledger_entries where id = ?", Long.class, entry.id()))
			.isEqualTo(500_000L);
	}

	@Test
	void aReversalCancelsTheEntryOnceAndEverywhere() {
		LedgerEntry entry = contribute(2_000_000, DisplayChoice.ANONYMOUS, null);

		LedgerEntry reversal = this.ledger.reverse(this.ward.officer(), entry.id(), "Ghi nhầm số tiền");

		assertThat(reversal.kind()).isEqualTo(EntryKind.REVERSAL);
		assertThat(reversal.reversesId()).isEqualTo(entry.id());
		assertThat(reversal.date()).isEqualTo(this.today);
		assertThat(this.funds.get(this.ward.admin(), this.fund.id()).raised()).isEqualTo(Money.ZERO);
		assertRefused(() -> this.ledger.reverse(this.ward.officer(), entry.id(), "Lần hai"), "entry.reverse.twice");
		assertRefused(() -> this.ledger.reverse(this.ward.officer(), reversal.id(), "Đảo của đảo"),
				"entry.reverse.reversal");
		assertThat(this.funds.get(this.ward.admin(), this.fund.id()).entryCount()).isEqualTo(2);
	}

	@Test
	void aReversalNeedsAReason() {
		LedgerEntry entry = contribute(2_000_000, DisplayChoice.ANONYMOUS, null);

		assertRefused(() -> this.ledger.reverse(this.ward.officer(), entry.id(), "  "), "entry.reason.required");
		assertRefused(() -> this.ledger.reverse(this.ward.officer(), entry.id(), null), "entry.reason.required");
	}

	@Test
	void noEntryIsDatedInAClosedYearAndCorrectionsPostInTheOpenYear() {
		LocalDate lastYear = this.today.minusYears(1).withDayOfYear(100);
		LedgerEntry old = contributeOn(lastYear, 1_000_000);
		this.ledger.closeYear(this.ward.admin(), lastYear.getYear());

		assertRefused(() -> contributeOn(lastYear, 1_000_000), "entry.date.closedYear");
		LedgerEntry reversal = this.ledger.reverse(this.ward.admin(), old.id(), "Trùng phiếu");
		assertThat(reversal.date().getYear()).isEqualTo(this.today.getYear());
		assertRefused(() -> this.ledger.closeYear(this.ward.admin(), lastYear.getYear()), "ledger.close.already");
		assertRefused(() -> this.ledger.closeYear(this.ward.admin(), this.today.getYear()), "ledger.close.notPast");
	}

	@Test
	void aBatchPostsOnlyWhenCountAndTotalMatch() {
		List<Contribution> lines = List.of(line(100_000), line(200_000), line(300_000));

		assertRefused(() -> this.ledger.postBatch(this.ward.officer(),
				new Batch(this.fund.id(), 4, Money.of(600_000), null, lines)), "batch.countMismatch");
		assertRefused(() -> this.ledger.postBatch(this.ward.officer(),
				new Batch(this.fund.id(), 3, Money.of(650_000), null, lines)), "batch.totalMismatch");
		assertThat(this.funds.get(this.ward.admin(), this.fund.id()).entryCount()).isZero();

		List<LedgerEntry> posted = this.ledger.postBatch(this.ward.officer(),
				new Batch(this.fund.id(), 3, Money.of(600_000), "Danh sách tổ 3", lines));
		assertThat(posted).hasSize(3).allSatisfy((entry) -> assertThat(entry.batchId()).isNotNull());
		assertThat(this.funds.get(this.ward.admin(), this.fund.id()).raised()).isEqualTo(Money.of(600_000));
	}

	@Test
	void aBadLineInABatchWritesNothing() {
		List<Contribution> lines = List.of(line(100_000), line(-5), line(300_000));

		assertRefused(() -> this.ledger.postBatch(this.ward.officer(),
				new Batch(this.fund.id(), 3, Money.of(399_995), null, lines)), "entry.amount.positive");
		assertThat(this.jdbc.queryForObject("select count(*) from ledger_entries where fund_id = ?", Integer.class,
				this.fund.id()))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from ledger_batches where fund_id = ?", Integer.class,
				this.fund.id()))
			.isZero();
	}

	@Test
	void badAmountsAndDatesAreRefused() {
		assertRefused(() -> contributeOn(this.today, 0), "entry.amount.positive");
		assertRefused(() -> contributeOn(this.today, -1), "entry.amount.positive");
		assertRefused(() -> contributeOn(this.today, 100_000_000_001L), "entry.amount.tooLarge");
		assertRefused(() -> contributeOn(this.today.plusDays(1), 1000), "entry.date.future");
		assertRefused(() -> contributeOn(LocalDate.of(1999, 12, 31), 1000), "date.tooOld");
		assertThat(this.funds.get(this.ward.admin(), this.fund.id()).entryCount()).isZero();
	}

	@Test
	void nothingIsDatedBeforeTheFundStartsAndTheMessageNamesTheStart() {
		LocalDate start = this.today.minusDays(30);
		FundSummary fund = this.funds.create(this.ward.admin(), FundKind.CAMPAIGN,
				new FundDetails("Quỹ có thời hạn", null, null, start, null, Set.of()));
		LocalDate before = start.minusDays(1);
		Long areaId = this.ward.areaA().id();

		RuleViolationException refused = refused(() -> this.ledger.contribute(this.ward.officer(),
				new Contribution(fund.id(), before, PaymentMethod.CASH, Money.of(100_000), areaId, null, null, null,
						DisplayChoice.ANONYMOUS, null, null)));
		assertThat(refused.field()).isEqualTo("date");
		assertThat(refused.messageKey()).isEqualTo("entry.date.beforeFund");
		assertThat(this.messages.getMessage(refused.messageKey(), refused.arguments(), VietnameseText.LOCALE))
			.isEqualTo("Quỹ bắt đầu từ ngày " + VietnameseDates.format(start)
					+ "; không ghi được bút toán trước ngày đó.");
		assertRefused(
				() -> this.ledger.pledge(this.ward.officer(),
						new Contribution(fund.id(), before, null, Money.of(1_000_000), areaId, null,
								ContributorKind.BUSINESS, "Công ty Thuận Phát", DisplayChoice.FULL_NAME, null, null)),
				"entry.date.beforeFund");
		assertRefused(() -> this.ledger.spend(this.ward.admin(), Expenditure.commonWork(fund.id(), before,
				Money.of(1000), "Minh Phát", "Xi măng", "PC-1", "Trần Văn Hùng", areaId)), "entry.date.beforeFund");
		assertRefused(
				() -> this.ledger.postBatch(this.ward.officer(),
						new Batch(fund.id(), 1, Money.of(100_000), null,
								List.of(new Contribution(fund.id(), before, PaymentMethod.CASH, Money.of(100_000),
										areaId, null, null, null, DisplayChoice.ANONYMOUS, null, null)))),
				"entry.date.beforeFund");
		LedgerEntry pledge = this.ledger.pledge(this.ward.officer(),
				new Contribution(fund.id(), start, null, Money.of(1_000_000), areaId, null, ContributorKind.BUSINESS,
						"Công ty Thuận Phát", DisplayChoice.FULL_NAME, null, null));
		assertRefused(
				() -> this.ledger.payPledge(this.ward.officer(),
						new PledgePayment(pledge.id(), before, PaymentMethod.CASH, Money.of(1000), null)),
				"entry.date.beforeFund");
		assertThat(this.jdbc.queryForObject("select count(*) from ledger_entries where fund_id = ?", Integer.class,
				fund.id()))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject("select count(*) from ledger_batches where fund_id = ?", Integer.class,
				fund.id()))
			.isZero();

		LedgerEntry onTheFirstDay = this.ledger.contribute(this.ward.officer(), new Contribution(fund.id(), start,
				PaymentMethod.CASH, Money.of(100_000), areaId, null, null, null, DisplayChoice.ANONYMOUS, null, null));
		assertThat(onTheFirstDay.date()).isEqualTo(start);
	}

	@Test
	void afterTheFundEndsItTakesNoNewMoneyButStillSpendsAndCollectsPromises() {
		LocalDate start = this.today.minusDays(30);
		LocalDate end = this.today.minusDays(10);
		FundSummary fund = this.funds.create(this.ward.admin(), FundKind.CAMPAIGN,
				new FundDetails("Quỹ đã kết thúc", null, null, start, end, Set.of()));
		Long areaId = this.ward.areaA().id();
		LocalDate after = end.plusDays(1);
		LedgerEntry raised = this.ledger.contribute(this.ward.officer(),
				new Contribution(fund.id(), end, PaymentMethod.CASH, Money.of(5_000_000), areaId, null, null, null,
						DisplayChoice.ANONYMOUS, null, null));
		LedgerEntry pledge = this.ledger.pledge(this.ward.officer(),
				new Contribution(fund.id(), end, null, Money.of(1_000_000), areaId, null, ContributorKind.BUSINESS,
						"Công ty Thuận Phát", DisplayChoice.FULL_NAME, null, null));

		RuleViolationException refused = refused(
				() -> this.ledger.contribute(this.ward.officer(), new Contribution(fund.id(), after, PaymentMethod.CASH,
						Money.of(100_000), areaId, null, null, null, DisplayChoice.ANONYMOUS, null, null)));
		assertThat(refused.field()).isEqualTo("date");
		assertThat(this.messages.getMessage(refused.messageKey(), refused.arguments(), VietnameseText.LOCALE))
			.startsWith("Quỹ đã kết thúc ngày " + VietnameseDates.format(end) + ";");
		assertRefused(
				() -> this.ledger.pledge(this.ward.officer(),
						new Contribution(fund.id(), after, null, Money.of(1_000_000), areaId, null,
								ContributorKind.BUSINESS, "Công ty Thuận Phát", DisplayChoice.FULL_NAME, null, null)),
				"entry.date.afterFundEnd");

		this.ledger.payPledge(this.ward.officer(),
				new PledgePayment(pledge.id(), after, PaymentMethod.BANK_TRANSFER, Money.of(1_000_000), null));
		this.ledger.spend(this.ward.admin(), Expenditure.commonWork(fund.id(), this.today, Money.of(4_000_000),
				"Minh Phát", "Xi măng", "PC-1", "Trần Văn Hùng", areaId));
		LedgerEntry reversal = this.ledger.reverse(this.ward.admin(), raised.id(), "Trùng phiếu");
		assertThat(reversal.date()).isEqualTo(this.today).isAfter(end);
		FundSummary totals = this.funds.get(this.ward.admin(), fund.id());
		assertThat(totals.raised()).isEqualTo(Money.of(1_000_000));
		assertThat(totals.spent()).isEqualTo(Money.of(4_000_000));
		assertThat(totals.entryCount()).isEqualTo(5);
	}

	@Test
	void aFundsPeriodIsNotEditedAwayFromItsEntries() {
		LocalDate start = this.today.minusDays(30);
		FundDetails period = new FundDetails("Quỹ có kỳ hạn", null, null, start, null, Set.of());
		FundSummary fund = this.funds.create(this.ward.admin(), FundKind.CAMPAIGN, period);
		LocalDate given = this.today.minusDays(20);
		this.ledger.contribute(this.ward.officer(), new Contribution(fund.id(), given, PaymentMethod.CASH,
				Money.of(1_000_000), this.ward.areaA().id(), null, null, null, DisplayChoice.ANONYMOUS, null, null));
		this.ledger.spend(this.ward.admin(), Expenditure.commonWork(fund.id(), this.today, Money.of(1000), "Minh Phát",
				"Xi măng", "PC-1", "Trần Văn Hùng", this.ward.areaA().id()));
		Integer version = this.funds.getForEdit(this.ward.admin(), fund.id()).version();

		RuleViolationException late = refused(() -> this.funds.update(this.ward.admin(), fund.id(),
				new FundDetails(period.name(), null, null, given.plusDays(1), null, Set.of()), version));
		assertThat(late.field()).isEqualTo("startsOn");
		assertThat(late.messageKey()).isEqualTo("fund.startsOn.afterEntries");
		assertThat(late.arguments()).containsExactly(VietnameseDates.format(given));
		RuleViolationException early = refused(() -> this.funds.update(this.ward.admin(), fund.id(),
				new FundDetails(period.name(), null, null, start, given.minusDays(1), Set.of()), version));
		assertThat(early.field()).isEqualTo("endsOn");
		assertThat(early.messageKey()).isEqualTo("fund.endsOn.beforeEntries");
		assertThat(this.funds.get(this.ward.admin(), fund.id()).startsOn()).isEqualTo(start);

		// an end after the last contribution holds, though money was spent after it
		this.funds.update(this.ward.admin(), fund.id(),
				new FundDetails(period.name(), null, null, given, given, Set.of()), version);
		FundSummary ended = this.funds.get(this.ward.admin(), fund.id());
		assertThat(ended.startsOn()).isEqualTo(given);
		assertThat(ended.endsOn()).isEqualTo(given);
	}

	@Test
	void receiptNumbersRunWithoutGapsPerWardAndYear() {
		LedgerEntry first = contribute(1000, DisplayChoice.ANONYMOUS, null);
		assertRefused(() -> contributeOn(this.today, 0), "entry.amount.positive");
		spend(500);
		LedgerEntry second = contribute(2000, DisplayChoice.ANONYMOUS, null);

		assertThat(second.receiptNo()).isEqualTo(first.receiptNo() + 1);
		assertThat(second.receiptYear()).isEqualTo(this.today.getYear());
	}

	@Test
	void pledgesArePaidAndNeverOverpaid() {
		LedgerEntry pledge = this.ledger.pledge(this.ward.officer(),
				new Contribution(this.fund.id(), this.today, null, Money.of(10_000_000), this.ward.areaA().id(), null,
						ContributorKind.BUSINESS, "Công ty TNHH Thuận Phát", DisplayChoice.FULL_NAME, null, null));
		assertThat(pledge.receiptNo()).isNull();

		this.ledger.payPledge(this.ward.officer(),
				new PledgePayment(pledge.id(), this.today, PaymentMethod.BANK_TRANSFER, Money.of(4_000_000), null));
		assertRefused(
				() -> this.ledger.payPledge(this.ward.officer(),
						new PledgePayment(pledge.id(), this.today, PaymentMethod.CASH, Money.of(6_000_001), null)),
				"entry.payment.exceedsPledge");
		assertRefused(() -> this.ledger.reverse(this.ward.admin(), pledge.id(), "Hủy"),
				"entry.reverse.pledgeWithPayments");

		FundSummary totals = this.funds.get(this.ward.admin(), this.fund.id());
		assertThat(totals.raised()).isEqualTo(Money.of(4_000_000));
		assertThat(totals.pledged()).isEqualTo(Money.of(6_000_000));
	}

	@Test
	void theDisplayNameFollowsTheContributorsChoice() {
		HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaA(), "Nguyễn Trường Đồ");

		assertThat(byHousehold(household, DisplayChoice.ANONYMOUS, null).displayName()).isEqualTo("Nhà hảo tâm");
		assertThat(byHousehold(household, DisplayChoice.FULL_NAME, null).displayName()).isEqualTo("Nguyễn Trường Đồ");
		assertThat(byHousehold(household, DisplayChoice.INITIALS, null).displayName()).isEqualTo("N.T.Đ.");
		assertThat(byHousehold(household, DisplayChoice.HOUSEHOLD_LABEL, "ông").displayName())
			.isEqualTo("Hộ ông Đồ, hẻm 49-57");
		assertThat(byHousehold(household, null, null).displayName()).isEqualTo("Nhà hảo tâm");
	}

	@Test
	void onlyUsersOfTheAreaPost() {
		assertThatExceptionOfType(AreaNotFoundException.class)
			.isThrownBy(() -> this.ledger.contribute(this.ward.officerB(), line(1000)));
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.ledger.contribute(this.ward.inspector(), line(1000)));
		TestWard other = this.fixtures.newWard();
		assertThatExceptionOfType(FundNotFoundException.class)
			.isThrownBy(() -> this.ledger.contribute(other.admin(), line(1000)));
		assertThat(this.funds.get(this.ward.admin(), this.fund.id()).entryCount()).isZero();
	}

	@Test
	void concurrentOfficersNeverInterleaveBadly() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<Void>> officers = new ArrayList<>();
			for (int t = 0; t < 2; t++) {
				officers.add(() -> {
					for (int i = 0; i < 200; i++) {
						this.ledger.contribute(this.ward.officer(), line(1000 + i));
					}
					return null;
				});
			}
			for (Future<Void> done : pool.invokeAll(officers)) {
				done.get();
			}
		}
		finally {
			pool.shutdown();
		}

		FundSummary totals = this.funds.get(this.ward.admin(), this.fund.id());
		assertThat(totals.entryCount()).isEqualTo(400);
		assertThat(this.jdbc.queryForObject("select count(distinct seq) from ledger_entries where fund_id = ?",
				Integer.class, this.fund.id()))
			.isEqualTo(400);
		ChainVerification verification = this.ledger.verify(this.fund.id());
		assertThat(verification.intact()).isTrue();
		assertThat(verification.checked()).isEqualTo(400);
		assertThat(verification.headHash()).isEqualTo(totals.headHash());
	}

	@Test
	void anEditBehindTheApplicationsBackIsFound() {
		contribute(1_000_000, DisplayChoice.ANONYMOUS, null);
		LedgerEntry tampered = contribute(2_000_000, DisplayChoice.ANONYMOUS, null);
		contribute(3_000_000, DisplayChoice.ANONYMOUS, null);
		assertThat(this.ledger.verify(this.fund.id()).intact()).isTrue();

		this.owner.updateWithTriggerDisabled("ledger_entries", "tr_ledger_entries_append_only",
				"update ledger_entries set amount = 200000 where id = ?", tampered.id());

		ChainVerification verification = this.ledger.verify(this.fund.id());
		assertThat(verification.intact()).isFalse();
		assertThat(verification.firstBrokenSeq()).isEqualTo(tampered.seq());
		assertThat(verification.firstBrokenCode()).isEqualTo(tampered.publicCode());
	}

	private LedgerEntry byHousehold(HouseholdDetail household, DisplayChoice display, String honorific) {
		return this.ledger.contribute(this.ward.officer(), new Contribution(this.fund.id(), this.today,
				PaymentMethod.CASH, Money.of(100_000), null, household.id(), null, null, display, honorific, null));
	}

	private LedgerEntry contribute(long amount, DisplayChoice display, String name) {
		return this.ledger.contribute(this.ward.officer(),
				new Contribution(this.fund.id(), this.today, PaymentMethod.CASH, Money.of(amount),
						this.ward.areaA().id(), null, (name != null) ? ContributorKind.PERSON : null, name, display,
						null, null));
	}

	private LedgerEntry giveInKind(long amount, String description) {
		return this.ledger.contribute(this.ward.officer(),
				new Contribution(this.fund.id(), this.today, PaymentMethod.IN_KIND, Money.of(amount),
						this.ward.areaA().id(), null, ContributorKind.PERSON, "Trần Thị Bình", DisplayChoice.FULL_NAME,
						null, description));
	}

	private LedgerEntry contributeOn(LocalDate date, long amount) {
		return this.ledger.contribute(this.ward.admin(), new Contribution(this.fund.id(), date, PaymentMethod.CASH,
				Money.of(amount), this.ward.areaA().id(), null, null, null, DisplayChoice.ANONYMOUS, null, null));
	}

	private Contribution line(long amount) {
		return new Contribution(this.fund.id(), this.today, PaymentMethod.CASH, Money.of(amount),
				this.ward.areaA().id(), null, null, null, DisplayChoice.ANONYMOUS, null, null);
	}

	private LedgerEntry spend(long amount) {
		return this.ledger.spend(this.ward.admin(), Expenditure.commonWork(this.fund.id(), this.today, Money.of(amount),
				"Công ty Xây dựng Minh Phát", "Mua xi măng", "PC-001", "Trần Văn Hùng", this.ward.areaA().id()));
	}

	private Expenditure expenditure(long amount, String voucher) {
		return Expenditure.householdSupport(this.fund.id(), this.today, Money.of(amount), "Hộ nhận quà", "Quà Tết",
				voucher, "Trần Văn Hùng", this.ward.areaA().id());
	}

	private static RuleViolationException refused(Runnable action) {
		return org.assertj.core.api.Assertions.catchThrowableOfType(RuleViolationException.class, action::run);
	}

	private static void assertRefused(Runnable action, String messageKey) {
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(action::run)
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo(messageKey));
	}

}
