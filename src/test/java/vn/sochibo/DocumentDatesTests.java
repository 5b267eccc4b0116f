package vn.sochibo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
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
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.support.Html;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.welfare.DistributionView;
import vn.sochibo.welfare.ProgramView;
import vn.sochibo.welfare.web.WelfareWorld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sochibo.account.TestPrincipals.as;
import static vn.sochibo.support.OneTimeTokens.oneTimeToken;

/**
 * Every document writes its dates as DOMAIN.md says — "ngày 05 tháng 3 năm 2026", a
 * leading zero for days below 10 and for months 1 and 2 only — through the one formatter:
 * the receipt (printed and PDF), the signing list, the printed household list and the
 * public poster. The expected texts are spelled out here, not computed by the formatter.
 */
@IntegrationTest
class DocumentDatesTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	WardFixtures wards;

	@Autowired
	Funds funds;

	@Autowired
	Ledger ledger;

	@Autowired
	Clock clock;

	TestWard ward;

	LocalDate today;

	@BeforeEach
	void ward() {
		this.ward = this.wards.newWard();
		this.today = LocalDate.now(this.clock);
	}

	@Test
	void theReceiptIsDatedTheDayOfTheContributionWithoutALeadingZeroForMarch() throws Exception {
		int year = this.today.isBefore(LocalDate.of(this.today.getYear(), 3, 5)) ? this.today.getYear() - 1
				: this.today.getYear();
		FundSummary fund = campaign(LocalDate.of(year, 1, 1));
		LedgerEntry entry = contribute(fund, LocalDate.of(year, 3, 5));
		String receipt = "/funds/" + fund.id() + "/receipts/" + entry.id();
		String dated = "Thử, ngày 05 tháng 3 năm " + year;

		assertThat(text(page(print(receipt, "HTML"), this.ward.admin()))).contains(dated).doesNotContain("tháng 03");
		assertThat(pdfText(print(receipt, "PDF"))).contains(dated).doesNotContain("tháng 03");
	}

	@Test
	void theReceiptOfAFebruaryContributionKeepsTheLeadingZeroOfTheMonth() throws Exception {
		int year = this.today.isBefore(LocalDate.of(this.today.getYear(), 2, 5)) ? this.today.getYear() - 1
				: this.today.getYear();
		FundSummary fund = campaign(LocalDate.of(year, 1, 1));
		LedgerEntry entry = contribute(fund, LocalDate.of(year, 2, 5));

		assertThat(text(page(print("/funds/" + fund.id() + "/receipts/" + entry.id(), "HTML"), this.ward.admin())))
			.contains("Thử, ngày 05 tháng 02 năm " + year);
	}

	@Test
	void theSigningListIsDatedTodayAndSaysWhenTheGiftsWereGiven() throws Exception {
		WelfareWorld world = new WelfareWorld(this.context);
		HouseholdDetail an = world.household(world.ward.areaA(), "Nguyễn Văn An", StatusKind.POOR);
		ProgramView program = world.program("Quà Tết An Khang", StatusKind.POOR);
		// The gifts of the world are given on 25 January of the programs' year.
		DistributionView distribution = world.distribute(world.ward.admin(), program, 400_000, an);

		String list = text(page("/welfare/distributions/" + distribution.id() + "/signing-list", world.ward.admin()));

		assertThat(list).contains("Thử, " + written(LocalDate.now(this.clock)))
			.contains("Trao ngày 25 tháng 01 năm " + world.year + " · Người trao: Người Trao Quà");
	}

	@Test
	void thePrintedHouseholdListSaysWhenItWasPrinted() throws Exception {
		this.wards.household(this.ward, this.ward.areaA(), "Nguyễn Văn An");

		String list = text(page("/households/print", this.ward.admin()));

		assertThat(list).contains("In " + written(LocalDate.now(this.clock)) + " · 1 hộ");
	}

	@Test
	void thePosterSaysWhenItWasPrinted() throws Exception {
		FundSummary fund = campaign(LocalDate.of(this.today.getYear(), 1, 1));
		LocalDateTime before = LocalDateTime.now(this.clock);

		String poster = text(this.mvc.perform(get("/public/funds/" + fund.id() + "/poster"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));

		LocalDateTime after = LocalDateTime.now(this.clock);
		assertThat(poster).containsAnyOf(
				"In lúc %02d:%02d %s".formatted(before.getHour(), before.getMinute(), written(before.toLocalDate())),
				"In lúc %02d:%02d %s".formatted(after.getHour(), after.getMinute(), written(after.toLocalDate())));
	}

	/**
	 * The document form of a date, spelled out independently of the formatter under test.
	 */
	private static String written(LocalDate date) {
		String day = "%02d".formatted(date.getDayOfMonth());
		String month = switch (date.getMonthValue()) {
			case 1 -> "01";
			case 2 -> "02";
			default -> Integer.toString(date.getMonthValue());
		};
		return "ngày " + day + " tháng " + month + " năm " + date.getYear();
	}

	private FundSummary campaign(LocalDate startsOn) {
		return this.funds.create(this.ward.admin(), FundKind.CAMPAIGN,
				new FundDetails("Quỹ Vì người nghèo", null, null, startsOn, null, Set.of()));
	}

	private LedgerEntry contribute(FundSummary fund, LocalDate date) {
		return this.ledger.contribute(this.ward.officer(),
				new Contribution(fund.id(), date, PaymentMethod.CASH, Money.of(160_000_000), this.ward.areaA().id(),
						null, ContributorKind.PERSON, "Nguyễn Trường Đồ", DisplayChoice.FULL_NAME, null, null));
	}

	private String page(String path, CurrentUser user) throws Exception {
		return this.mvc.perform(get(path).with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/**
	 * Prints a receipt (a POST) and returns the address of the print it redirects to.
	 */
	private String print(String receipt, String format) throws Exception {
		return this.mvc
			.perform(post(receipt + "/prints").with(oneTimeToken())
				.param("format", format)
				.with(csrf())
				.with(as(this.ward.admin())))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
	}

	private String pdfText(String path) throws Exception {
		byte[] pdf = this.mvc.perform(get(path).with(as(this.ward.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private static String text(String html) {
		return Html.text(html).replaceAll("\\s+", " ");
	}

}
