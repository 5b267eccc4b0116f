package vn.sochibo.fund;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.sochibo.publicsite.LedgerScenario;
import vn.sochibo.shared.Money;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The public ledger's reads: keyset pages, filters, one entry by code, and what a public
 * entry leaves out.
 */
@IntegrationTest
class PublicLedgerTests {

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Funds funds;

	@Autowired
	Ledger ledger;

	@Autowired
	PublicLedger publicLedger;

	@Autowired
	Clock clock;

	TestWard ward;

	LedgerScenario scenario;

	LocalDate today;

	@BeforeEach
	void openFund() {
		this.ward = this.fixtures.newWard();
		this.today = LocalDate.now(this.clock);
		this.scenario = new LedgerScenario(this.funds, this.ledger, this.ward, this.today).fund("Quỹ hẻm 9-15",
				100_000_000L);
	}

	@Test
	void pagesGoBackwardsByChainPositionWithoutGapsOrRepeats() {
		for (int i = 1; i <= 120; i++) {
			this.scenario.anonymous(1000 + i, this.ward.areaA());
		}

		List<Integer> seen = new ArrayList<>();
		Integer before = null;
		int pages = 0;
		do {
			PublicEntryPage page = this.publicLedger.page(this.scenario.fundId(), PublicEntryFilter.all(), before,
					PublicLedger.PAGE_SIZE);
			assertThat(page.entries()).hasSizeLessThanOrEqualTo(PublicLedger.PAGE_SIZE);
			page.entries().forEach((entry) -> seen.add(entry.seq()));
			before = page.nextBefore();
			pages++;
		}
		while (before != null);

		assertThat(pages).isEqualTo(3);
		assertThat(seen).hasSize(120).doesNotHaveDuplicates().isSortedAccordingTo((a, b) -> b - a);
		assertThat(seen.get(0)).isEqualTo(120);
		assertThat(seen.get(119)).isEqualTo(1);
	}

	@Test
	void aPageCarriesTheFundTotalsOfTheSameMoment() {
		this.scenario.anonymous(700_000, this.ward.areaA());
		this.scenario.spend(200_000, "Công ty Minh Phát", "Mua cát", "Trần Văn Hùng");

		PublicEntryPage page = this.publicLedger.page(this.scenario.fundId(), PublicEntryFilter.all(), null, 50);

		assertThat(page.fund().raised()).isEqualTo(Money.of(700_000));
		assertThat(page.fund().spent()).isEqualTo(Money.of(200_000));
		assertThat(page.fund().headHash()).isEqualTo(page.entries().get(0).hash());
		assertThat(page.hasMore()).isFalse();
	}

	@Test
	void anAnonymousEntryHasNoAreaAndANamedOneHasItsArea() {
		LedgerEntry anonymous = this.scenario.anonymous(500_000, this.ward.areaA());
		LedgerEntry named = this.scenario.named("Nguyễn Văn An", 300_000, this.ward.areaB());

		assertThat(entry(anonymous).displayName()).isEqualTo("Nhà hảo tâm");
		assertThat(entry(anonymous).areaName()).isNull();
		assertThat(entry(named).displayName()).isEqualTo("Nguyễn Văn An");
		assertThat(entry(named).areaName()).isEqualTo("Khu vực B");
	}

	@Test
	void theAreaFilterNeverFindsAnonymousEntries() {
		this.scenario.anonymous(500_000, this.ward.areaA());
		LedgerEntry named = this.scenario.named("Nguyễn Văn An", 300_000, this.ward.areaA());
		this.scenario.named("Lê Thị Bé", 200_000, this.ward.areaB());

		List<PublicEntry> inA = entries(new PublicEntryFilter(null, this.ward.areaA().id(), null, null, null));

		assertThat(inA).extracting(PublicEntry::code).containsExactly(named.publicCode());
	}

	@Test
	void theSidesHoldTheirReversals() {
		LedgerEntry gift = this.scenario.anonymous(500_000, this.ward.areaA());
		LedgerEntry spending = this.scenario.spend(200_000, "Công ty Minh Phát", "Mua cát", "Trần Văn Hùng");
		LedgerEntry giftReversal = this.scenario.reverse(gift, "Ghi trùng");
		LedgerEntry spendingReversal = this.scenario.reverse(spending, "Sai chứng từ");
		LedgerEntry pledge = this.scenario.pledge("Công ty Thuận Phát", DisplayChoice.FULL_NAME, 1_000_000,
				this.ward.areaA());

		assertThat(entries(new PublicEntryFilter(PublicSide.IN, null, null, null, null))).extracting(PublicEntry::code)
			.containsExactly(pledge.publicCode(), giftReversal.publicCode(), gift.publicCode());
		assertThat(entries(new PublicEntryFilter(PublicSide.OUT, null, null, null, null))).extracting(PublicEntry::code)
			.containsExactly(spendingReversal.publicCode(), spending.publicCode());
	}

	@Test
	void aReversalAndItsEntryPointAtEachOther() {
		LedgerEntry gift = this.scenario.anonymous(500_000, this.ward.areaA());
		LedgerEntry reversal = this.scenario.reverse(gift, "Ghi nhầm số tiền");

		PublicEntry cancelled = entry(gift);
		PublicEntry cancelling = entry(reversal);

		assertThat(cancelled.isReversed()).isTrue();
		assertThat(cancelled.reversedBy().code()).isEqualTo(reversal.publicCode());
		assertThat(cancelled.reversedBy().reason()).isEqualTo("Ghi nhầm số tiền");
		assertThat(cancelling.isReversal()).isTrue();
		assertThat(cancelling.reverses().code()).isEqualTo(gift.publicCode());
		assertThat(cancelling.reverses().seq()).isEqualTo(gift.seq());
		assertThat(cancelling.amount()).isEqualTo(Money.of(500_000));
		assertThat(cancelling.total()).isEqualTo(PublicTotal.RAISED);
		assertThat(cancelling.areaName()).isNull();
	}

	@Test
	void theDateFilterKeepsBothEnds() {
		LocalDate first = this.today.withDayOfYear(1);
		if (first.plusDays(2).isAfter(this.today)) {
			first = this.today.minusDays(2);
		}
		this.scenario.namedOn(first, "Ngày Một", 1000, this.ward.areaA(), PaymentMethod.CASH);
		LedgerEntry second = this.scenario.namedOn(first.plusDays(1), "Ngày Hai", 2000, this.ward.areaA(),
				PaymentMethod.CASH);
		this.scenario.namedOn(first.plusDays(2), "Ngày Ba", 3000, this.ward.areaA(), PaymentMethod.CASH);

		assertThat(entries(new PublicEntryFilter(null, null, first.plusDays(1), first.plusDays(1), null)))
			.extracting(PublicEntry::code)
			.containsExactly(second.publicCode());
	}

	@Test
	void theNameSearchIgnoresAccentsCaseAndWordOrder() {
		LedgerEntry an = this.scenario.named("Nguyễn Văn Đồ", 1000, this.ward.areaA());
		this.scenario.named("Trần Thị Lan", 1000, this.ward.areaA());
		this.scenario.named("50% Giảm", 1000, this.ward.areaA());

		assertThat(entries(new PublicEntryFilter(null, null, null, null, "do NGUYEN"))).extracting(PublicEntry::code)
			.containsExactly(an.publicCode());
		assertThat(entries(new PublicEntryFilter(null, null, null, null, "%"))).hasSize(1);
		assertThat(entries(new PublicEntryFilter(null, null, null, null, "_"))).isEmpty();
	}

	@Test
	void everyMatchingEntryIsStreamedNewestFirst() {
		for (int i = 0; i < 60; i++) {
			this.scenario.anonymous(1000, this.ward.areaA());
		}
		List<Integer> streamed = new ArrayList<>();

		FundSummary fund = this.publicLedger.forEach(this.scenario.fundId(), PublicEntryFilter.all(),
				(entry) -> streamed.add(entry.seq()));

		assertThat(streamed).hasSize(60).isSortedAccordingTo((a, b) -> b - a);
		assertThat(fund.entryCount()).isEqualTo(60);
	}

	@Test
	void anEntryIsFoundByItsCodeAsAResidentTypesIt() {
		LedgerEntry gift = this.scenario.anonymous(500_000, this.ward.areaA());
		String code = gift.publicCode();
		String typed = "  " + code.substring(0, 5).toUpperCase() + " " + code.substring(5, 10) + "-"
				+ code.substring(10).toUpperCase() + " ";

		assertThat(this.publicLedger.entry(typed)).map(PublicEntry::code).contains(code);
		assertThat(this.publicLedger.entry(code.replace('0', 'O').replace('1', 'l'))).map(PublicEntry::code)
			.contains(code);
	}

	@Test
	void garbageIsNotACode() {
		assertThat(PublicLedger.normalizeCode(null)).isEmpty();
		assertThat(PublicLedger.normalizeCode("")).isEmpty();
		assertThat(PublicLedger.normalizeCode("xin chào")).isEmpty();
		assertThat(PublicLedger.normalizeCode("' or 1=1 --")).isEmpty();
		assertThat(PublicLedger.normalizeCode("a".repeat(10_000))).isEmpty();
		assertThat(PublicLedger.normalizeCode("uuuuuuuuuuuuuuuuuuuu")).isEmpty();
		assertThat(this.publicLedger.entry("abcdefghjkmnpqrstvwx")).isEmpty();
	}

	@Test
	void anUnknownFundIsNotFound() {
		assertThatExceptionOfType(FundNotFoundException.class)
			.isThrownBy(() -> this.publicLedger.page(-1L, PublicEntryFilter.all(), null, 50));
		assertThatExceptionOfType(FundNotFoundException.class)
			.isThrownBy(() -> this.publicLedger.forEach(-1L, PublicEntryFilter.all(), (entry) -> {
			}));
	}

	@Test
	void theReceiptNumberIsPrintedWithSixDigitsAndTheYear() {
		LedgerEntry gift = this.scenario.anonymous(500_000, this.ward.areaA());

		assertThat(entry(gift).receipt()).isEqualTo("%06d/%d".formatted(gift.receiptNo(), gift.receiptYear()))
			.matches("\\d{6}/\\d{4}");
	}

	private PublicEntry entry(LedgerEntry entry) {
		return this.publicLedger.entry(entry.publicCode()).orElseThrow();
	}

	private List<PublicEntry> entries(PublicEntryFilter filter) {
		return this.publicLedger.page(this.scenario.fundId(), filter, null, PublicLedger.PAGE_SIZE).entries();
	}

}
