package vn.sochibo.fund.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

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
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.support.Html;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sochibo.account.TestPrincipals.as;
import static vn.sochibo.support.OneTimeTokens.oneTimeToken;

/**
 * No GET prints: showing a receipt, reloading it or prefetching the old print addresses
 * leaves it unprinted; printing is a POST that records print n, and print n shows again —
 * as a page or a PDF — exactly as it came out: the original or "BẢN SAO", with the head
 * hash of its moment. And receipts follow the entry's area: the register keeps every
 * number but names only the contributors of the user's areas.
 */
@IntegrationTest
class ReceiptPrintingTests {

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

	TestWard ward;

	FundSummary fund;

	LocalDate today;

	LedgerEntry entry;

	@BeforeEach
	void newWardWithAReceipt() {
		this.ward = this.fixtures.newWard();
		this.today = LocalDate.now(this.clock);
		this.fund = this.funds.create(this.ward.admin(), FundKind.CAMPAIGN,
				new FundDetails("Bê tông hóa hẻm 49-57", null, null, LocalDate.of(2025, 1, 1), null, Set.of()));
		this.entry = contribute(this.ward.areaA().id(), "Nguyễn Trường Đồ", DisplayChoice.FULL_NAME, 160_000_000);
	}

	@Test
	void twoGetsLeaveTheReceiptUnprinted() throws Exception {
		String first = page(path());
		String second = page(path());
		this.mvc.perform(get(path() + "/print").with(as(this.ward.officer()))).andExpect(redirectedUrl(path()));
		this.mvc.perform(get(path() + "/pdf").with(as(this.ward.officer()))).andExpect(redirectedUrl(path()));

		assertThat(prints()).isZero();
		assertThat(withoutToken(second)).isEqualTo(withoutToken(first));
		assertThat(second).contains("Phiếu này chưa được in; lần in đầu tiên là bản gốc.")
			.contains("Chưa in lần nào.")
			.doesNotContain("href=\"" + path() + "/print\"")
			.doesNotContain("href=\"" + path() + "/pdf\"")
			.doesNotContain(path() + "/prints/");
		Matcher form = Pattern
			.compile("<form\\b([^>]*)action=\"" + Pattern.quote(path() + "/prints") + "\"([^>]*)>(.*?)</form>",
					Pattern.DOTALL)
			.matcher(second);
		assertThat(form.find()).isTrue();
		assertThat(form.group(1) + form.group(2)).contains("method=\"post\"");
		assertThat(form.group(3)).contains("type=\"hidden\" name=\"_csrf\"")
			.contains("type=\"hidden\" name=\"submissionToken\"")
			.contains("name=\"format\" value=\"HTML\"")
			.contains("name=\"format\" value=\"PDF\"");
	}

	@Test
	void printingRecordsPrintOneWhosePageSaysOriginalHoweverOftenItIsShown() throws Exception {
		this.mvc.perform(post(path() + "/prints").with(oneTimeToken()).with(csrf()).with(as(this.ward.officer())))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(path() + "/prints/1"));

		String once = page(path() + "/prints/1");
		String twice = page(path() + "/prints/1");

		assertThat(prints()).isEqualTo(1);
		for (String shown : List.of(once, twice)) {
			assertThat(shown)
				.contains("PHIẾU THU", "160.000.000 đ", "Một trăm sáu mươi triệu đồng chẵn.", "lần in thứ 1")
				.doesNotContain("BẢN SAO");
		}
		String receipt = page(path());
		assertThat(receipt).contains("Phiếu này đã được in; các lần in sau được đánh dấu &quot;BẢN SAO&quot;.")
			.contains(">In bản sao<")
			.contains("href=\"" + path() + "/prints/1\"");
		assertThat(Html.rows(receipt)).anySatisfy((
				row) -> assertThat(row).startsWith("1 |").contains(this.ward.officer().username()).contains("Bản gốc"));
	}

	/**
	 * A double tap on "In" (or "In" then "PDF" on the same page) records one print: the
	 * page's token is used once, and the second tap shows the print the first made.
	 */
	@Test
	void aSecondTapOnTheSamePageRecordsNoSecondPrint() throws Exception {
		String token = Html.value(page(path()), "submissionToken");

		this.mvc
			.perform(
					post(path() + "/prints").param("submissionToken", token).with(csrf()).with(as(this.ward.officer())))
			.andExpect(redirectedUrl(path() + "/prints/1"))
			.andExpect(flash().attributeCount(0));
		MvcResult again = this.mvc
			.perform(
					post(path() + "/prints").param("submissionToken", token).with(csrf()).with(as(this.ward.officer())))
			.andExpect(redirectedUrl(path() + "/prints/1"))
			.andExpect(flash().attribute("message", "submission.repeated.print"))
			.andReturn();
		this.mvc
			.perform(post(path() + "/prints").param("submissionToken", token)
				.param("format", "PDF")
				.with(csrf())
				.with(as(this.ward.officer())))
			.andExpect(redirectedUrl(path() + "/prints/1/pdf"));

		assertThat(prints()).isEqualTo(1);
		String shown = this.mvc
			.perform(get(path() + "/prints/1").with(as(this.ward.officer())).flashAttrs(again.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(shown).contains("không ghi thêm lần in nào").doesNotContain("BẢN SAO");
		this.mvc.perform(post(path() + "/prints").with(oneTimeToken()).with(csrf()).with(as(this.ward.officer())))
			.andExpect(redirectedUrl(path() + "/prints/2"));
	}

	@Test
	void aPrintWithoutATokenPrintsNothingAndLeadsBackToTheReceipt() throws Exception {
		this.mvc.perform(post(path() + "/prints").with(csrf()).with(as(this.ward.officer())))
			.andExpect(redirectedUrl(path()))
			.andExpect(flash().attribute("errorMessage", "submission.token.missing"));
		this.mvc.perform(
				post(path() + "/prints").param("submissionToken", "1234").with(csrf()).with(as(this.ward.officer())))
			.andExpect(status().isBadRequest());

		assertThat(prints()).isZero();
	}

	@Test
	void theSecondPrintIsACopyAndTheFirstStillShowsAsTheOriginal() throws Exception {
		print("HTML");
		this.mvc.perform(post(path() + "/prints").with(oneTimeToken()).with(csrf()).with(as(this.ward.secretary())))
			.andExpect(redirectedUrl(path() + "/prints/2"));

		assertThat(page(path() + "/prints/2")).contains("BẢN SAO", "lần in thứ 2");
		assertThat(page(path() + "/prints/1")).doesNotContain("BẢN SAO");
		assertThat(prints()).isEqualTo(2);
	}

	@Test
	void aPdfPrintSaysOriginalOrCopyAsItsPrintWas() throws Exception {
		this.mvc
			.perform(post(path() + "/prints").with(oneTimeToken())
				.param("format", "PDF")
				.with(csrf())
				.with(as(this.ward.officer())))
			.andExpect(redirectedUrl(path() + "/prints/1/pdf"));
		print("PDF");

		MvcResult original = this.mvc.perform(get(path() + "/prints/1/pdf").with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andReturn();
		MvcResult copy = this.mvc.perform(get(path() + "/prints/2/pdf").with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andReturn();

		assertThat(pdfText(original)).contains("PHIẾU THU", "160.000.000 đ").doesNotContain("BẢN SAO");
		assertThat(pdfText(copy)).contains("BẢN SAO");
		assertThat(copy.getResponse().getHeader("Content-Disposition")).contains("ban-sao-2.pdf");
		assertThat(original.getResponse().getHeader("Content-Disposition")).doesNotContain("ban-sao");
		assertThat(prints()).isEqualTo(2);
	}

	@Test
	void aPrintedReceiptHasTheBookAndNumberTheReasonWhatWasReceivedAndTheLookupCodeInLargeType() throws Exception {
		print("HTML");
		String html = page(path() + "/prints/1");
		String text = Html.text(html).replaceAll("\\s+", " ");
		String code = grouped(this.entry.publicCode());
		String number = "%06d".formatted(this.entry.receiptNo());

		assertThat(text).contains("Quyển số: " + this.entry.receiptYear(), "Số: " + number,
				"Họ và tên người nộp tiền: Nguyễn Trường Đồ", "Lý do nộp: Đóng góp bê tông hóa hẻm 49-57",
				"Đã nhận: Tiền mặt", "Số tiền: 160.000.000 đ", "Viết bằng chữ: Một trăm sáu mươi triệu đồng chẵn.",
				"tra cứu tại http://localhost/public/lookup bằng mã " + code);
		Matcher large = Pattern.compile("<div class=\"lookup-code\">(.*?)</div>\\s*</td>", Pattern.DOTALL)
			.matcher(html);
		assertThat(large.find()).isTrue();
		assertThat(Html.text(large.group(1)).replace(" ", "")).isEqualTo(code.replace(" ", ""));
		assertThat(html).contains("<div class=\"signature-name bold\">Nguyễn Trường Đồ</div>");

		print("PDF");
		MvcResult copy = this.mvc.perform(get(path() + "/prints/2/pdf").with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andReturn();
		String pdf = pdfText(copy);
		assertThat(pages(copy)).isEqualTo(1);
		Files.createDirectories(Path.of("target", "receipts"));
		Files.write(Path.of("target", "receipts", "copy.pdf"), copy.getResponse().getContentAsByteArray());
		assertThat(pdf.replaceAll("\\s+", " ")).contains("Quyển số: " + this.entry.receiptYear(), "Số: " + number,
				"Lý do nộp:", "Đóng góp bê tông hóa hẻm 49-57", "Tiền mặt", "Một trăm sáu mươi triệu đồng chẵn.", code,
				"BẢN SAO");
	}

	@Test
	void aReceiptForGoodsSaysWhatWasReceivedAndItsEstimatedValue() throws Exception {
		LedgerEntry goods = this.ledger.contribute(this.ward.admin(),
				new Contribution(this.fund.id(), this.today, PaymentMethod.IN_KIND, Money.of(5_250_000),
						this.ward.areaA().id(), null, ContributorKind.BUSINESS, "Cửa hàng Vật liệu Hưng Thịnh",
						DisplayChoice.FULL_NAME, null, "50 bao xi măng Tây Đô"));
		String receipt = receiptPath(goods);
		this.mvc
			.perform(post(receipt + "/prints").param("format", "PDF")
				.with(oneTimeToken())
				.with(csrf())
				.with(as(this.ward.officer())))
			.andExpect(redirectedUrl(receipt + "/prints/1/pdf"));

		String text = Html.text(page(receipt + "/prints/1")).replaceAll("\\s+", " ");
		MvcResult pdf = this.mvc.perform(get(receipt + "/prints/1/pdf").with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andReturn();

		assertThat(text)
			.contains("Đã nhận: Hiện vật: 50 bao xi măng Tây Đô", "Giá trị ước tính: 5.250.000 đ",
					"Viết bằng chữ: Năm triệu hai trăm năm mươi nghìn đồng chẵn.")
			.doesNotContain("Số tiền:")
			.doesNotContain("Tiền mặt");
		assertThat(pdfText(pdf).replaceAll("\\s+", " ")).contains("Hiện vật: 50 bao xi măng Tây Đô",
				"Giá trị ước tính:", "Năm triệu hai trăm năm mươi nghìn đồng chẵn.");
		assertThat(pages(pdf)).isEqualTo(1);
		Files.createDirectories(Path.of("target", "receipts"));
		Files.write(Path.of("target", "receipts", "goods.pdf"), pdf.getResponse().getContentAsByteArray());
	}

	@Test
	void theLookupCodeAsPrintedFindsTheEntryOnThePublicLookup() throws Exception {
		this.mvc.perform(get("/public/lookup").param("code", grouped(this.entry.publicCode())))
			.andExpect(redirectedUrl("/public/entries/" + this.entry.publicCode()));
	}

	@Test
	void aPrintShowsTheHeadHashOfItsMomentNotOfToday() throws Exception {
		String headAtPrint = this.funds.get(this.ward.admin(), this.fund.id()).headHash();
		print("HTML");
		contribute(this.ward.areaA().id(), "Người Góp Sau", DisplayChoice.FULL_NAME, 1_000);
		String headNow = this.funds.get(this.ward.admin(), this.fund.id()).headHash();

		assertThat(headNow).isNotEqualTo(headAtPrint);
		assertThat(page(path() + "/prints/1")).contains(headAtPrint).doesNotContain(headNow);
	}

	@Test
	void aPrintRecordedBeforePrintsKeptTheirHeadShowsTheHeadOfItsMoment() throws Exception {
		// A print of before V8 has no head hash of its own: its head is the last entry
		// recorded before it.
		this.jdbc.update("""
				insert into receipt_prints (ward_id, entry_id, printed_by, printed_at)
				values (?, ?, 'canbo', now())""", this.ward.id(), this.entry.id());
		contribute(this.ward.areaA().id(), "Người Góp Sau", DisplayChoice.FULL_NAME, 1_000);

		assertThat(page(path() + "/prints/1")).contains(this.entry.hash())
			.doesNotContain(this.funds.get(this.ward.admin(), this.fund.id()).headHash());
	}

	@Test
	void aPrintMadeBeforeAReversalStaysUncancelledAndTheNextOneIsCancelled() throws Exception {
		print("HTML");
		this.ledger.reverse(this.ward.officer(), this.entry.id(), "Ghi nhầm số tiền");
		print("HTML");

		assertThat(page(path() + "/prints/1")).doesNotContain("ĐÃ HỦY");
		assertThat(page(path() + "/prints/2")).contains("ĐÃ HỦY", "Ghi nhầm số tiền");
	}

	@Test
	void aPrintThatWasNeverMadeIsNotFound() throws Exception {
		print("HTML");

		this.mvc.perform(get(path() + "/prints/2").with(as(this.ward.officer()))).andExpect(status().isNotFound());
		this.mvc.perform(get(path() + "/prints/0").with(as(this.ward.officer()))).andExpect(status().isNotFound());
		this.mvc.perform(get(path() + "/prints/2/pdf").with(as(this.ward.officer()))).andExpect(status().isNotFound());
		this.mvc.perform(get(path() + "/prints/abc").with(as(this.ward.officer()))).andExpect(status().isBadRequest());
		assertThat(prints()).isEqualTo(1);
	}

	@Test
	void aReceiptUnderAnotherFundOrOfAnotherWardIsNotFound() throws Exception {
		FundSummary other = this.funds.create(this.ward.admin(), FundKind.CAMPAIGN,
				new FundDetails("Quỹ khác", null, null, LocalDate.of(2025, 1, 1), null, Set.of()));
		TestWard otherWard = this.fixtures.newWard();
		String wrongFund = "/funds/" + other.id() + "/receipts/" + this.entry.id();

		this.mvc.perform(get(wrongFund).with(as(this.ward.admin()))).andExpect(status().isNotFound());
		this.mvc.perform(post(wrongFund + "/prints").with(oneTimeToken()).with(csrf()).with(as(this.ward.admin())))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(path() + "/prints").with(oneTimeToken()).with(csrf()).with(as(otherWard.admin())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(path()).with(as(otherWard.inspector()))).andExpect(status().isNotFound());
		assertThat(prints()).isZero();
	}

	@Test
	void onlyThoseWhoMayPrintSeeThePrintButtonAndThePrintLinks() throws Exception {
		print("HTML");

		String ofOfficer = page(path());
		String ofInspector = this.mvc.perform(get(path()).with(as(this.ward.inspector())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(ofOfficer).contains("action=\"" + path() + "/prints\"").contains(path() + "/prints/1\"");
		assertThat(ofInspector).doesNotContain("action=\"" + path() + "/prints\"")
			.doesNotContain(path() + "/prints/1\"")
			.contains("Bản gốc");
	}

	@Test
	void theRegisterKeepsEveryNumberButNamesOnlyTheContributorsOfTheUsersAreas() throws Exception {
		LedgerEntry ofA = contribute(this.ward.areaA().id(), "Lê Thị Kín Đáo", DisplayChoice.ANONYMOUS, 200_000);
		LedgerEntry ofB = contribute(this.ward.areaB().id(), "Phạm Văn Bê Mật", DisplayChoice.INITIALS, 300_000);

		String ofOfficerA = register(this.ward.officer());
		String ofInspector = register(this.ward.inspector());
		String ofOtherWard = register(this.fixtures.newWard().admin());

		assertThat(rowOf(ofOfficerA, ofB)).contains("P.V.B.M.")
			.contains("300.000 đ")
			.contains("Khu dân cư khác: chỉ hiện tên công khai");
		assertThat(rowOf(ofOfficerA, ofA)).contains("Lê Thị Kín Đáo");
		assertThat(ofOfficerA).doesNotContain("Phạm Văn Bê Mật")
			.contains("href=\"" + receiptPath(ofA) + "\"")
			.doesNotContain("href=\"" + receiptPath(ofB) + "\"");
		assertThat(ofInspector).contains("Phạm Văn Bê Mật", "Lê Thị Kín Đáo")
			.contains("href=\"" + receiptPath(ofB) + "\"");
		assertThat(ofOtherWard).doesNotContain(label(ofA)).doesNotContain("Lê Thị Kín Đáo");
		this.mvc.perform(get(receiptPath(ofB)).with(as(this.ward.officer()))).andExpect(status().isNotFound());
	}

	@Test
	void theFundPageLinksOnlyTheReceiptsTheUserMayOpen() throws Exception {
		String ofOfficerB = this.mvc.perform(get("/funds/" + this.fund.id()).with(as(this.ward.officerB())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(ofOfficerB).doesNotContain("href=\"" + path() + "\"").contains(label(this.entry));
		assertThat(page("/funds/" + this.fund.id())).contains("href=\"" + path() + "\"");
	}

	private LedgerEntry contribute(Long areaId, String name, DisplayChoice display, long amount) {
		return this.ledger.contribute(this.ward.admin(), new Contribution(this.fund.id(), this.today,
				PaymentMethod.CASH, Money.of(amount), areaId, null, ContributorKind.PERSON, name, display, null, null));
	}

	private void print(String format) throws Exception {
		this.mvc
			.perform(post(path() + "/prints").with(oneTimeToken())
				.param("format", format)
				.with(csrf())
				.with(as(this.ward.officer())))
			.andExpect(status().isFound());
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path).with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String register(CurrentUser user) throws Exception {
		return this.mvc
			.perform(get("/funds/receipts").param("year", String.valueOf(this.today.getYear())).with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static String rowOf(String html, LedgerEntry entry) {
		return Html.rows(html)
			.stream()
			.filter((row) -> row.startsWith(label(entry)))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no register line " + label(entry)));
	}

	private static String label(LedgerEntry entry) {
		return "%06d/%d".formatted(entry.receiptNo(), entry.receiptYear());
	}

	private String path() {
		return receiptPath(this.entry);
	}

	private static String receiptPath(LedgerEntry entry) {
		return "/funds/" + entry.fundId() + "/receipts/" + entry.id();
	}

	private int prints() {
		return this.jdbc.queryForObject("select count(*) from receipt_prints where entry_id = ?", Integer.class,
				this.entry.id());
	}

	private static String withoutToken(String html) {
		return html.replaceAll("name=\"(_csrf|submissionToken)\" value=\"[^\"]*\"", "");
	}

	private static String grouped(String code) {
		return String.join(" ", code.toUpperCase(java.util.Locale.ROOT).split("(?<=\\G.{4})"));
	}

	private static int pages(MvcResult result) throws IOException {
		try (PDDocument document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			return document.getNumberOfPages();
		}
	}

	private static String pdfText(MvcResult result) throws IOException {
		try (PDDocument document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			return new PDFTextStripper().getText(document);
		}
	}

}
