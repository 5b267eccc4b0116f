package vn.sochibo.fund;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.sochibo.audit.AuditEntryView;
import vn.sochibo.audit.AuditTrail;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.OutOfScopeException;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The audit trail covers money: every posting, reversal, paper list, receipt print and
 * closed year is in the record's history, in its fund's and in its user's — who, when,
 * what, how much in Vietnamese — written in the posting's transaction (a failed posting
 * leaves no line), and read page by page.
 */
@IntegrationTest
class LedgerAuditTests {

	static final String REAL_NAME = "Lê Thị Kín Đáo";

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Funds funds;

	@Autowired
	Ledger ledger;

	@Autowired
	Receipts receipts;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	TestWard ward;

	FundSummary fund;

	LocalDate today;

	@BeforeEach
	void newWardWithAFund() {
		this.ward = this.fixtures.newWard();
		this.today = LocalDate.now(this.clock);
		this.fund = this.funds.create(this.ward.admin(), FundKind.CAMPAIGN, new FundDetails("Bê tông hẻm 49-57",
				"Bê tông hóa hẻm", Money.of(160_000_000), LocalDate.of(2025, 1, 1), null, Set.of()));
	}

	@Test
	void aContributionIsInTheEntrysTheFundsAndThePostersHistory() {
		LedgerEntry entry = this.ledger.contribute(this.ward.officer(),
				new Contribution(this.fund.id(), this.today, PaymentMethod.CASH, Money.of(5_000_000),
						this.ward.areaA().id(), null, ContributorKind.PERSON, REAL_NAME, DisplayChoice.ANONYMOUS, null,
						null));
		String expected = "Số 1 · 5.000.000 đ · Tiền mặt · Nhà hảo tâm · phiếu thu " + receipt(entry);

		AuditEntryView line = entryHistory(entry).getContent().get(0);
		assertThat(line.action()).isEqualTo("CONTRIBUTION");
		assertThat(line.actor()).isEqualTo(this.ward.officer().username());
		assertThat(line.field()).isEqualTo("entry");
		assertThat(line.newValue()).isEqualTo(expected);
		assertThat(line.entityType()).isEqualTo(Ledger.ENTRY_ENTITY);
		assertThat(line.entityId()).isEqualTo(entry.id());
		assertThat(line.parentType()).isEqualTo(Funds.ENTITY);
		assertThat(line.parentId()).isEqualTo(this.fund.id());
		assertThat(line.occurredAt()).isNotNull();
		assertThat(fundHistory(0).getContent().get(0)).isEqualTo(line);
		assertThat(this.audit.byActor(this.ward.inspector(), this.ward.officer().id(), 0).getContent())
			.containsExactly(line);
		assertThat(this.jdbc.queryForObject("select count(*) from audit_events where new_value like ?", Long.class,
				"%" + REAL_NAME + "%"))
			.isZero();
	}

	@Test
	void pledgesPaymentsExpendituresAndReversalsAreRecordedWithTheirAmounts() {
		LedgerEntry pledge = this.ledger.pledge(this.ward.officer(),
				new Contribution(this.fund.id(), this.today, null, Money.of(10_000_000), this.ward.areaA().id(), null,
						ContributorKind.BUSINESS, "Công ty Thuận Phát", DisplayChoice.FULL_NAME, null, null));
		LedgerEntry payment = this.ledger.payPledge(this.ward.officer(),
				new PledgePayment(pledge.id(), this.today, PaymentMethod.BANK_TRANSFER, Money.of(4_000_000), null));
		LedgerEntry expenditure = this.ledger.spend(this.ward.admin(),
				Expenditure.commonWork(this.fund.id(), this.today, Money.of(2_000_000), "Công ty Xây dựng Minh Phát",
						"Mua xi măng", "PC-001", "Trần Văn Hùng", this.ward.areaA().id()));
		this.ledger.reverse(this.ward.secretary(), payment.id(), "Ghi nhầm số tiền");

		assertThat(entryHistory(pledge).getContent()).extracting(AuditEntryView::action, AuditEntryView::newValue)
			.containsExactly(tuple("PLEDGE", "Số 1 · 10.000.000 đ · Công ty Thuận Phát"));
		assertThat(entryHistory(payment).getContent())
			.extracting(AuditEntryView::action, AuditEntryView::actor, AuditEntryView::newValue)
			.containsExactly(
					tuple("REVERSAL", this.ward.secretary().username(),
							"Số 4 · điều chỉnh bút toán số 2 · 4.000.000 đ · lý do: Ghi nhầm số tiền"),
					tuple("PLEDGE_PAYMENT", this.ward.officer().username(),
							"Số 2 · 4.000.000 đ · Chuyển khoản · theo đăng ký số 1 · Công ty Thuận Phát · phiếu thu "
									+ receipt(payment)));
		assertThat(entryHistory(expenditure).getContent()).extracting(AuditEntryView::action, AuditEntryView::newValue)
			.containsExactly(tuple("EXPENDITURE",
					"Số 3 · 2.000.000 đ · Công ty Xây dựng Minh Phát · Mua xi măng · chứng từ PC-001 · người duyệt: Trần Văn Hùng"));
		assertThat(fundHistory(0).getContent()).extracting(AuditEntryView::action)
			.startsWith("REVERSAL", "EXPENDITURE", "PLEDGE_PAYMENT", "PLEDGE")
			.contains("CREATE");
	}

	@Test
	void aPaperListIsRecordedWithItsControlFiguresAndEachOfItsLines() {
		List<LedgerEntry> posted = this.ledger.postBatch(this.ward.officer(), new Batch(this.fund.id(), 3,
				Money.of(600_000), "Danh sách tổ 3", List.of(line(100_000), line(200_000), line(300_000))));

		List<AuditEntryView> lines = fundHistory(0).getContent();
		assertThat(lines.get(0)).satisfies((batch) -> {
			assertThat(batch.action()).isEqualTo("BATCH");
			assertThat(batch.entityType()).isEqualTo(Ledger.BATCH_ENTITY);
			assertThat(batch.entityId()).isEqualTo(posted.get(0).batchId());
			assertThat(batch.newValue()).isEqualTo("3 dòng · 600.000 đ · Danh sách tổ 3");
		});
		assertThat(lines.subList(1, 4)).extracting(AuditEntryView::action, AuditEntryView::entityId)
			.containsExactly(tuple("CONTRIBUTION", posted.get(2).id()), tuple("CONTRIBUTION", posted.get(1).id()),
					tuple("CONTRIBUTION", posted.get(0).id()));
	}

	@Test
	void aReceiptPrintIsRecordedAsTheOriginalThenAsCopies() {
		LedgerEntry entry = this.ledger.contribute(this.ward.officer(), line(1_500_000));

		this.receipts.print(this.ward.officer(), this.fund.id(), entry.id());
		this.receipts.print(this.ward.secretary(), this.fund.id(), entry.id());

		assertThat(entryHistory(entry).getContent())
			.extracting(AuditEntryView::action, AuditEntryView::actor, AuditEntryView::field, AuditEntryView::newValue)
			.startsWith(
					tuple("PRINT", this.ward.secretary().username(), "receipt",
							receipt(entry) + " · bản sao, lần in thứ 2"),
					tuple("PRINT", this.ward.officer().username(), "receipt", receipt(entry) + " · bản gốc"));
		assertThat(fundHistory(0).getContent().get(0).action()).isEqualTo("PRINT");
	}

	@Test
	void aClosedYearIsInTheHistoryOfTheWardsLedgerYears() {
		int lastYear = this.today.getYear() - 1;

		this.ledger.closeYear(this.ward.admin(), lastYear);

		assertThat(this.audit.history(this.ward.id(), Ledger.YEARS_ENTITY, this.ward.id(), 0).getContent())
			.extracting(AuditEntryView::action, AuditEntryView::actor, AuditEntryView::field, AuditEntryView::newValue)
			.containsExactly(tuple("CLOSE_YEAR", this.ward.admin().username(), "year", String.valueOf(lastYear)));
		TestWard other = this.fixtures.newWard();
		assertThat(this.audit.history(other.id(), Ledger.YEARS_ENTITY, this.ward.id(), 0)).isEmpty();
	}

	@Test
	void aFailedPostingLeavesNoAuditLine() {
		long before = ledgerLines();
		// Lines 1 and 2 are posted, and their audit lines written, before line 3 fails.
		assertThatExceptionOfType(BatchLineException.class)
			.isThrownBy(() -> this.ledger.postBatch(this.ward.officer(), new Batch(this.fund.id(), 3, Money.of(299_995),
					null, List.of(line(100_000), line(200_000), line(-5)))));
		// The first gift is spent, and its audit line written, before the second fails.
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.ledger.spendAll(this.ward.admin(), this.fund.id(),
					List.of(Expenditure.householdSupport(this.fund.id(), this.today, Money.of(500_000), "Hộ nhận quà",
							"Quà Tết", null, "Trần Văn Hùng", this.ward.areaA().id()),
							Expenditure.householdSupport(this.fund.id(), this.today, Money.ZERO, "Hộ nhận quà",
									"Quà Tết", null, "Trần Văn Hùng", this.ward.areaA().id()))));

		assertThat(ledgerLines()).isEqualTo(before);
		assertThat(this.funds.get(this.ward.admin(), this.fund.id()).entryCount()).isZero();
	}

	@Test
	void historiesComePageByPageNewestFirst() {
		long created = fundHistory(0).getTotalElements();
		for (int i = 1; i <= 60; i++) {
			this.ledger.contribute(this.ward.officer(), line(1_000 * i));
		}

		Page<AuditEntryView> first = fundHistory(0);
		Page<AuditEntryView> second = fundHistory(1);
		assertThat(first.getTotalElements()).isEqualTo(60 + created);
		assertThat(first.getTotalPages()).isEqualTo(2);
		assertThat(first.getContent()).hasSize(AuditTrail.PAGE_SIZE);
		assertThat(first.getContent().get(0).newValue()).startsWith("Số 60 · 60.000 đ");
		assertThat(second.getContent()).hasSize((int) (60 + created - AuditTrail.PAGE_SIZE));
		assertThat(second.getContent().get(0).newValue()).startsWith("Số 10 · 10.000 đ");
		Page<AuditEntryView> trail = this.audit.byActor(this.ward.admin(), this.ward.officer().id(), 1);
		assertThat(trail.getTotalElements()).isEqualTo(60);
		assertThat(trail.getContent()).hasSize(10);
		assertThat(trail.getContent().get(9).newValue()).startsWith("Số 1 · 1.000 đ");
	}

	@Test
	void onlyAuditReadersReadAUsersTrailAndOnlyInTheirOwnWard() {
		this.ledger.contribute(this.ward.officer(), line(1_000));
		TestWard other = this.fixtures.newWard();

		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.audit.byActor(this.ward.officerB(), this.ward.officer().id(), 0));
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.audit.byActor(this.ward.secretary(), this.ward.officer().id(), 0));
		assertThat(this.audit.byActor(other.admin(), this.ward.officer().id(), 0)).isEmpty();
		assertThat(this.audit.byActor(other.inspector(), this.ward.officer().id(), 0)).isEmpty();
		assertThat(this.audit.byActor(this.ward.inspector(), this.ward.officer().id(), 0)).hasSize(1);
	}

	private Page<AuditEntryView> entryHistory(LedgerEntry entry) {
		return this.audit.history(this.ward.id(), Ledger.ENTRY_ENTITY, entry.id(), 0);
	}

	private Page<AuditEntryView> fundHistory(int page) {
		return this.audit.historyWithParts(this.ward.id(), Funds.ENTITY, this.fund.id(), page);
	}

	private long ledgerLines() {
		return this.jdbc.queryForObject(
				"select count(*) from audit_events where ward_id = ? and (entity_type like 'LEDGER%' or parent_type is not null)",
				Long.class, this.ward.id());
	}

	private Contribution line(long amount) {
		return new Contribution(this.fund.id(), this.today, PaymentMethod.CASH, Money.of(amount),
				this.ward.areaA().id(), null, null, null, DisplayChoice.ANONYMOUS, null, null);
	}

	private static String receipt(LedgerEntry entry) {
		return "%06d/%d".formatted(entry.receiptNo(), entry.receiptYear());
	}

}
