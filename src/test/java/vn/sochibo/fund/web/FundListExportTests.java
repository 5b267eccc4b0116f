package vn.sochibo.fund.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.sochibo.fund.Contribution;
import vn.sochibo.fund.ContributorKind;
import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.fund.Expenditure;
import vn.sochibo.fund.FundDetails;
import vn.sochibo.fund.FundKind;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.LedgerEntry;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.support.Xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * The funds list and the receipt register as .xlsx: every fund with its totals as money
 * cells; every receipt number of the year in order, a reversed one with its day, another
 * area's contributor by the public name only; a bad year refused or replaced as the page
 * does.
 */
@IntegrationTest
class FundListExportTests {

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Funds funds;

	@Autowired
	Ledger ledger;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	TestWard ward;

	FundSummary fund;

	LocalDate today;

	@BeforeEach
	void newWardWithAFund() {
		this.ward = this.fixtures.newWard();
		this.today = LocalDate.now(this.clock);
		this.fund = this.funds.create(this.ward.admin(), FundKind.CAMPAIGN, new FundDetails("Quỹ Vì người nghèo",
				"Giúp hộ nghèo đón Tết", Money.of(160_000_000), LocalDate.of(2025, 1, 1), null, Set.of()));
	}

	@Test
	void theFundsWithTheirTotals() throws Exception {
		contribute(this.ward.areaA().id(), 1_000_000, "Nguyễn Văn An", DisplayChoice.FULL_NAME);
		this.ledger.spend(this.ward.admin(), Expenditure.commonWork(this.fund.id(), this.today, Money.of(300_000),
				"Công ty Minh Phát", "Mua cát", "PC-1", "Trần Văn Hùng", this.ward.areaA().id()));
		this.funds.create(this.ward.admin(), FundKind.CAMPAIGN, new FundDetails("@Quỹ Khuyến học", null, null,
				LocalDate.of(2025, 6, 1), LocalDate.of(2025, 12, 31), Set.of()));

		Xlsx xlsx = Xlsx.of(this.mvc.perform(get("/funds/export.xlsx").with(as(this.ward.inspector())))
			.andExpect(status().isOk())
			.andReturn());

		assertThat(xlsx.title()).contains(this.ward.ward().name()).contains("Quỹ và sổ thu chi").contains("tất cả");
		assertThat(xlsx.headers()).startsWith("Tên quỹ", "Loại quỹ", "Bắt đầu", "Kết thúc", "Mục tiêu");
		assertThat(xlsx.column(0)).containsExactlyInAnyOrder("Quỹ Vì người nghèo", "@Quỹ Khuyến học");
		Row poor = xlsx.body()
			.stream()
			.filter((row) -> Xlsx.text(row, 0).equals("Quỹ Vì người nghèo"))
			.findFirst()
			.orElseThrow();
		Xlsx.assertDate(poor, 2, LocalDate.of(2025, 1, 1));
		Xlsx.assertMoney(poor, 4, 160_000_000);
		Xlsx.assertMoney(poor, 5, 1_000_000);
		Xlsx.assertMoney(poor, 7, 300_000);
		Xlsx.assertMoney(poor, 8, 700_000);
		Row learning = xlsx.body()
			.stream()
			.filter((row) -> Xlsx.text(row, 0).startsWith("@"))
			.findFirst()
			.orElseThrow();
		Xlsx.assertText(learning, 0, "@Quỹ Khuyến học");
		Xlsx.assertDate(learning, 3, LocalDate.of(2025, 12, 31));
		assertThat(Xlsx.text(learning, 4)).isEmpty();
	}

	@Test
	void theReceiptRegisterHoldsEveryNumberInOrder() throws Exception {
		int count = 30;
		LedgerEntry first = null;
		for (int i = 1; i <= count; i++) {
			LedgerEntry entry = contribute((i % 2 == 0) ? this.ward.areaB().id() : this.ward.areaA().id(), 10_000 * i,
					"Người nộp " + i, DisplayChoice.ANONYMOUS);
			first = (first == null) ? entry : first;
		}
		this.ledger.reverse(this.ward.admin(), first.id(), "Ghi nhầm");

		Xlsx xlsx = register(this.ward.officer(), "?year=" + this.today.getYear());

		assertThat(xlsx.title()).contains("Sổ phiếu thu năm " + this.today.getYear());
		assertThat(xlsx.body()).hasSize(count);
		assertThat(xlsx.column(0)).first().isEqualTo("%06d/%d".formatted(first.receiptNo(), this.today.getYear()));
		assertThat(xlsx.body().stream().map((row) -> Xlsx.text(row, 0))).isSorted();
		Row voided = xlsx.body().get(0);
		Xlsx.assertText(voided, 2, "Người nộp 1");
		Xlsx.assertMoney(voided, 4, 10_000);
		Xlsx.assertDate(voided, 5, this.today);
		Xlsx.assertText(voided, 7, "Không");
		Row otherArea = xlsx.body().get(1);
		Xlsx.assertText(otherArea, 2, "Nhà hảo tâm");
		Xlsx.assertText(otherArea, 7, "Có");
		Xlsx.assertDate(otherArea, 1, this.today);
	}

	@Test
	void aBadYearIsRefusedOrReplacedAsThePageDoes() throws Exception {
		contribute(this.ward.areaA().id(), 10_000, "Người nộp", DisplayChoice.FULL_NAME);
		this.mvc.perform(get("/funds/receipts/export.xlsx?year=hai-nghin").with(as(this.ward.officer())))
			.andExpect(status().isBadRequest());
		assertThat(register(this.ward.officer(), "?year=1800").title())
			.contains("Sổ phiếu thu năm " + this.today.getYear());
		assertThat(register(this.ward.officer(), "?year=2001").body()).isEmpty();
		TestWard other = this.fixtures.newWard();
		assertThat(register(other.admin(), "").body()).isEmpty();
		this.mvc.perform(get("/funds/receipts/export.xlsx")).andExpect(redirectedUrl("/login"));
	}

	private Xlsx register(CurrentUser user, String query) throws Exception {
		return Xlsx.of(this.mvc.perform(get("/funds/receipts/export.xlsx" + query).with(as(user)))
			.andExpect(status().isOk())
			.andReturn());
	}

	private LedgerEntry contribute(Long areaId, long amount, String name, DisplayChoice display) {
		return this.ledger.contribute(this.ward.admin(), new Contribution(this.fund.id(), this.today,
				PaymentMethod.CASH, Money.of(amount), areaId, null, ContributorKind.PERSON, name, display, null, null));
	}

}
