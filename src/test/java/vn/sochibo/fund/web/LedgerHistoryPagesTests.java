package vn.sochibo.fund.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.sochibo.fund.Contribution;
import vn.sochibo.fund.ContributorKind;
import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.fund.FundDetails;
import vn.sochibo.fund.FundKind;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.LedgerEntry;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.fund.Receipts;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.support.Html;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * Where the ledger's audit trail shows: the fund's page (its entries, lists and prints,
 * page by page), the receipt's page (its entry's history), the page of closed years — and
 * never on a public page.
 */
@IntegrationTest
class LedgerHistoryPagesTests {

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
		this.fund = this.funds.create(this.ward.admin(), FundKind.CAMPAIGN,
				new FundDetails("Quỹ Vì người nghèo", null, null, LocalDate.of(2025, 1, 1), null, Set.of()));
	}

	@Test
	void theFundsHistoryShowsItsPostingsPageByPage() throws Exception {
		for (int i = 1; i <= 55; i++) {
			contribute(1_000 * i, null, DisplayChoice.ANONYMOUS);
		}

		String first = page(this.ward.inspector(), "/funds/" + this.fund.id());
		String second = page(this.ward.inspector(), "/funds/" + this.fund.id() + "?page=1");

		assertThat(first).contains("Lịch sử của quỹ: sửa quỹ, bút toán, danh sách nhập, in phiếu thu")
			.containsPattern("Trang 1/2 · \\d+ bản ghi")
			.contains("href=\"/funds/" + this.fund.id() + "?page=1\"");
		assertThat(historyRows(first)).hasSize(50)
			.first()
			.asString()
			.contains(this.ward.officer().username())
			.contains("Ghi thu | Bút toán | | Số 55 · 55.000 đ · Tiền mặt · Nhà hảo tâm · phiếu thu");
		assertThat(second).containsPattern("Trang 2/2 · \\d+ bản ghi");
		assertThat(historyRows(second)).anySatisfy((row) -> assertThat(row).contains("Số 1 · 1.000 đ"))
			.anySatisfy((row) -> assertThat(row).contains("Tạo mới"))
			.noneSatisfy((row) -> assertThat(row).contains("Số 55 ·"));
	}

	@Test
	void theReceiptsPageShowsItsEntrysPostingPrintsAndReversal() throws Exception {
		LedgerEntry entry = contribute(2_000_000, REAL_NAME, DisplayChoice.ANONYMOUS);
		this.receipts.print(this.ward.officer(), this.fund.id(), entry.id());
		this.ledger.reverse(this.ward.admin(), entry.id(), "Trùng phiếu");

		String page = page(this.ward.officer(), "/funds/" + this.fund.id() + "/receipts/" + entry.id());

		assertThat(historyRows(page)).hasSize(3)
			.satisfiesExactly(
					(row) -> assertThat(row).contains(this.ward.admin().username(), "Điều chỉnh",
							"điều chỉnh bút toán số 1 · 2.000.000 đ · lý do: Trùng phiếu"),
					(row) -> assertThat(row).contains(this.ward.officer().username(), "In phiếu thu", "bản gốc"),
					(row) -> assertThat(row).contains(this.ward.officer().username(), "Ghi thu", "2.000.000 đ"));
	}

	@Test
	void noHistoryNamesAContributorTheFundPageHidesFromTheReader() throws Exception {
		LedgerEntry entry = contribute(2_000_000, REAL_NAME, DisplayChoice.ANONYMOUS);
		this.receipts.print(this.ward.officer(), this.fund.id(), entry.id());
		this.ledger.reverse(this.ward.officer(), entry.id(), "Trùng phiếu");

		String ofOfficerB = page(this.ward.officerB(), "/funds/" + this.fund.id());

		assertThat(historyRows(ofOfficerB)).hasSizeGreaterThanOrEqualTo(3);
		assertThat(ofOfficerB).doesNotContain(REAL_NAME);
	}

	@Test
	void theYearsPageShowsWhoClosedWhichYear() throws Exception {
		int lastYear = this.today.getYear() - 1;
		this.ledger.closeYear(this.ward.admin(), lastYear);

		String page = page(this.ward.officer(), "/ledger/years");

		assertThat(historyRows(page)).singleElement()
			.asString()
			.contains(this.ward.admin().username())
			.contains("Khóa sổ năm | Năm | | " + lastYear);
	}

	@Test
	void noPublicPageShowsTheAuditTrail() throws Exception {
		LedgerEntry entry = contribute(2_000_000, "Nguyễn Văn Công Khai", DisplayChoice.FULL_NAME);
		this.receipts.print(this.ward.officer(), this.fund.id(), entry.id());

		for (String path : new String[] { "/public/funds/" + this.fund.id(), "/public/entries/" + entry.publicCode(),
				"/public/funds/" + this.fund.id() + "/poster", "/public/wards/" + this.ward.id() }) {
			String page = this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(path)
				.doesNotContain("Lịch sử")
				.doesNotContain("audit-table")
				.doesNotContain(this.ward.officer().username())
				.doesNotContain("In phiếu thu")
				.doesNotContain("Ghi thu");
		}
	}

	private LedgerEntry contribute(long amount, String name, DisplayChoice display) {
		return this.ledger.contribute(this.ward.officer(),
				new Contribution(this.fund.id(), this.today, PaymentMethod.CASH, Money.of(amount),
						this.ward.areaA().id(), null, (name != null) ? ContributorKind.PERSON : null, name, display,
						null, null));
	}

	private String page(CurrentUser user, String path) throws Exception {
		return this.mvc.perform(get(path).with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/**
	 * The rows of the page's audit trail.
	 */
	private static java.util.List<String> historyRows(String html) {
		int table = html.indexOf("audit-table");
		if (table < 0) {
			return java.util.List.of();
		}
		String body = html.substring(html.indexOf("<tbody>", table), html.indexOf("</tbody>", table));
		return Html.rows(body);
	}

}
