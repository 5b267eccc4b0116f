package vn.sochibo.fund.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.sochibo.fund.Contribution;
import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.fund.EntryKind;
import vn.sochibo.fund.FundDetails;
import vn.sochibo.fund.FundKind;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.LedgerEntry;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.support.Browser;
import vn.sochibo.support.Browser.Page;
import vn.sochibo.support.Html;
import vn.sochibo.support.ServerTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.sochibo.account.TestPrincipals.as;
import static vn.sochibo.support.OneTimeTokens.oneTimeToken;

/**
 * Closing a past year of the ward's ledger: who may, which years, and what it does to
 * postings dated in it (refused) and to corrections (posted in the open year).
 */
@ServerTest
class LedgerYearControllerTests {

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Funds funds;

	@Autowired
	Ledger ledger;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@LocalServerPort
	int port;

	TestWard ward;

	FundSummary fund;

	LocalDate today;

	int lastYear;

	@BeforeEach
	void newWardWithAFund() {
		this.ward = this.fixtures.newWard();
		this.today = LocalDate.now(this.clock);
		this.lastYear = this.today.getYear() - 1;
		this.fund = this.funds.create(this.ward.admin(), FundKind.CAMPAIGN, new FundDetails("Quỹ Vì người nghèo", null,
				null, LocalDate.of(this.lastYear - 1, 1, 1), null, Set.of()));
	}

	@Test
	void theWardAdminClosesAPastYear() throws Exception {
		CurrentUser user = this.ward.admin();
		String page = this.mvc.perform(get("/ledger/years").with(as(user)))
			.andExpect(status().isOk())
			.andExpect(view().name("funds/years"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Chưa khóa sổ năm nào.");
		assertThat(Html.value(page, "year")).isEqualTo(String.valueOf(this.lastYear));

		MvcResult result = this.mvc
			.perform(post("/ledger/years").with(as(user)).with(csrf()).param("year", String.valueOf(this.lastYear)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/ledger/years"))
			.andExpect(flash().attribute("message", "ledger.closed"))
			.andReturn();

		assertThat(this.ledger.closedYears(this.ward.admin())).containsExactly(this.lastYear);
		assertThat(this.jdbc.queryForObject("select closed_by from ledger_closed_years where ward_id = ?", String.class,
				this.ward.id()))
			.isEqualTo(user.username());
		String after = this.mvc.perform(get("/ledger/years").with(as(user)).flashAttrs(result.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(after).contains("Đã khóa sổ năm.").contains("Năm " + this.lastYear + ": đã khóa sổ");
	}

	/**
	 * The ledger year is the ward's (receipts are numbered per ward and year): a cell
	 * secretary sees which years are closed and who closes them, but closes none, not
	 * even for the funds of their own cell.
	 */
	@ParameterizedTest
	@EnumSource(value = Staff.class, names = { "CELL_SECRETARY_OF_A", "OFFICER_OF_A", "OFFICER_OF_B", "INSPECTOR" })
	void nobodyElseClosesAYear(Staff staff) throws Exception {
		CurrentUser user = staff.of(this.ward);

		String page = this.mvc.perform(get("/ledger/years").with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("chỉ quản trị phường khóa sổ").doesNotContain("name=\"year\"");
		this.mvc.perform(post("/ledger/years").with(as(user)).with(csrf()).param("year", String.valueOf(this.lastYear)))
			.andExpect(status().isForbidden());

		assertThat(this.ledger.closedYears(this.ward.admin())).isEmpty();
	}

	@Test
	void anonymousIsSentToLoginAndClosesNothing() throws Exception {
		this.mvc.perform(get("/ledger/years")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/ledger/years").with(csrf()).param("year", String.valueOf(this.lastYear)))
			.andExpect(redirectedUrl("/login"));

		assertThat(this.ledger.closedYears(this.ward.admin())).isEmpty();
	}

	@Test
	void aClosedYearTakesNoMorePostingsButCorrectionsPostInTheOpenYear() throws Exception {
		LocalDate inLastYear = LocalDate.of(this.lastYear, 6, 15);
		LedgerEntry old = this.ledger.contribute(this.ward.officer(),
				new Contribution(this.fund.id(), inLastYear, PaymentMethod.CASH, Money.of(1_000_000),
						this.ward.areaA().id(), null, null, null, DisplayChoice.ANONYMOUS, null, null));
		this.mvc
			.perform(post("/ledger/years").with(as(this.ward.admin()))
				.with(csrf())
				.param("year", String.valueOf(this.lastYear)))
			.andExpect(status().isFound());
		LedgerRows before = LedgerRows.of(this.jdbc, this.ward.id());

		String page = this.mvc
			.perform(post("/funds/" + this.fund.id() + "/contributions/new").with(oneTimeToken())
				.with(as(this.ward.officer()))
				.with(csrf())
				.param("date", inLastYear.plusDays(1).toString())
				.param("amount", "500.000")
				.param("method", "CASH")
				.param("areaId", String.valueOf(this.ward.areaA().id()))
				.param("display", "ANONYMOUS"))
			.andExpect(status().isOk())
			.andExpect(view().name("funds/contribution-form"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, "date")).isEqualTo("Năm " + this.lastYear
				+ " đã khóa sổ: không ghi thêm vào năm này; hãy ghi điều chỉnh vào năm hiện tại.");
		assertThat(LedgerRows.of(this.jdbc, this.ward.id())).isEqualTo(before);

		this.mvc
			.perform(post("/funds/entries/" + old.id() + "/reverse").with(oneTimeToken())
				.with(as(this.ward.officer()))
				.with(csrf())
				.param("reason", "Trùng phiếu"))
			.andExpect(status().isFound());
		LedgerEntry reversal = this.ledger.staffPage(this.ward.admin(), this.fund.id(), null, 1).get(0).entry();
		assertThat(reversal.kind()).isEqualTo(EntryKind.REVERSAL);
		assertThat(reversal.date()).isEqualTo(this.today);
		assertThat(this.funds.get(this.ward.admin(), this.fund.id()).raised()).isEqualTo(Money.ZERO);
	}

	@Test
	void thisYearAndLaterAreNotClosed() throws Exception {
		assertCloseRefused(this.today.getYear(), "Chỉ khóa sổ được những năm đã qua.");
		assertCloseRefused(this.today.getYear() + 1, "Chỉ khóa sổ được những năm đã qua.");
		assertThat(this.ledger.closedYears(this.ward.admin())).isEmpty();
	}

	@Test
	void aClosedYearIsNotClosedAgain() throws Exception {
		this.ledger.closeYear(this.ward.admin(), this.lastYear);

		assertCloseRefused(this.lastYear, "Năm này đã khóa sổ.");
		assertThat(this.ledger.closedYears(this.ward.admin())).containsExactly(this.lastYear);
	}

	private void assertCloseRefused(int year, String message) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/ledger/years").with(as(this.ward.admin())).with(csrf()).param("year", String.valueOf(year)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/ledger/years"))
			.andExpect(flash().attributeCount(1))
			.andReturn();

		String page = this.mvc
			.perform(get("/ledger/years").with(as(this.ward.admin())).flashAttrs(result.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("<div class=\"alert alert-danger\" role=\"alert\">" + message + "</div>")
			.doesNotContain("Đã khóa sổ năm.");
	}

	@Test
	void closingAYearInOneWardLeavesTheOthersOpen() throws Exception {
		TestWard other = this.fixtures.newWard();

		this.mvc
			.perform(post("/ledger/years").with(as(this.ward.admin()))
				.with(csrf())
				.param("year", String.valueOf(this.lastYear)))
			.andExpect(status().isFound());

		assertThat(this.ledger.closedYears(this.ward.admin())).containsExactly(this.lastYear);
		assertThat(this.ledger.closedYears(other.admin())).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "", "2025.5", "99999999999" })
	void aYearThatIsNoNumberIsABadRequestNotAServerError(String year) throws Exception {
		this.mvc.perform(post("/ledger/years").with(as(this.ward.admin())).with(csrf()).param("year", year))
			.andExpect(status().isBadRequest());

		assertThat(this.ledger.closedYears(this.ward.admin())).isEmpty();
	}

	@Test
	void aMissingYearIsABadRequest() throws Exception {
		this.mvc.perform(post("/ledger/years").with(as(this.ward.admin())).with(csrf()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theBadRequestPageIsInVietnamese() {
		Browser browser = new Browser(this.port).logIn(this.ward.admin().username(), WardFixtures.PASSWORD);
		browser.get("/ledger/years");

		Page page = browser.post("/ledger/years", Map.of("year", "abc"));

		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).contains("<html lang=\"vi\">").contains("Yêu cầu không hợp lệ");
		assertThat(this.ledger.closedYears(this.ward.admin())).isEmpty();
	}

	@Test
	void anAbsurdYearIsNotClosed() throws Exception {
		this.mvc.perform(post("/ledger/years").with(as(this.ward.admin())).with(csrf()).param("year", "-5"));

		assertThat(this.ledger.closedYears(this.ward.admin())).isEmpty();
	}

	@Test
	void aCloseWithoutCsrfTokenIsRefusedAndClosesNothing() throws Exception {
		this.mvc.perform(post("/ledger/years").with(as(this.ward.admin())).param("year", String.valueOf(this.lastYear)))
			.andExpect(status().isForbidden());

		assertThat(this.ledger.closedYears(this.ward.admin())).isEmpty();
	}

}
