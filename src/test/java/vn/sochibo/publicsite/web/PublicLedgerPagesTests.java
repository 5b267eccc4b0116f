package vn.sochibo.publicsite.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.LedgerEntry;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.publicsite.LedgerScenario;
import vn.sochibo.support.Browser;
import vn.sochibo.support.Browser.Page;
import vn.sochibo.support.DatabaseOwner;
import vn.sochibo.support.Html;
import vn.sochibo.support.ServerTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * The public ledger's pages, without login, through the whole web stack; error pages on
 * the real server.
 */
@ServerTest
class PublicLedgerPagesTests {

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Funds funds;

	@Autowired
	Ledger ledger;

	@Autowired
	MockMvc mvc;

	@Autowired
	DatabaseOwner owner;

	@Autowired
	Clock clock;

	@LocalServerPort
	int port;

	TestWard ward;

	LedgerScenario scenario;

	LocalDate today;

	@BeforeEach
	void openFund() {
		this.ward = this.fixtures.newWard();
		this.today = LocalDate.now(this.clock);
		this.scenario = new LedgerScenario(this.funds, this.ledger, this.ward, this.today).fund("Bê tông hẻm 49-57",
				160_000_000L);
	}

	@Test
	void theHomePageLinksEachWardToItsPublicPage() throws Exception {
		String home = html("/");

		assertThat(home).contains("href=\"/public/wards/" + this.ward.id() + "\"");
	}

	@Test
	void theWardPageShowsEachFundWithItsTotalsAndAProgressBarOnlyWithATarget() throws Exception {
		this.scenario.named("Nguyễn Văn An", 100_000_000, this.ward.areaA());
		this.scenario.anonymous(58_560_000, this.ward.areaA());
		this.scenario.spend(30_000_000, "Công ty Xây dựng Minh Phát", "Mua xi măng", "Trần Văn Hùng");
		LedgerScenario noTarget = new LedgerScenario(this.funds, this.ledger, this.ward, this.today)
			.fund("Quỹ cứu trợ bão lụt", null);
		noTarget.anonymous(5_000_000, this.ward.areaB());

		String page = html("/public/wards/" + this.ward.id());

		assertThat(page).contains(this.ward.ward().name())
			.contains("href=\"/public/funds/" + this.scenario.fundId() + "\"")
			.contains("href=\"/public/funds/" + noTarget.fundId() + "\"");
		String withTarget = card(page, "Bê tông hẻm 49-57");
		assertThat(Html.text(withTarget).replaceAll("\\s+", " ")).contains("Mục tiêu 160.000.000 đ")
			.contains("Tiền đã thu 158.560.000 đ")
			.contains("Đã chi 30.000.000 đ")
			.contains("Còn lại 128.560.000 đ")
			.contains("99,1%")
			.contains("Cuộc vận động");
		assertThat(withTarget).contains("class=\"progress\"").contains("width: 99%");
		String withoutTarget = card(page, "Quỹ cứu trợ bão lụt");
		assertThat(Html.text(withoutTarget).replaceAll("\\s+", " ")).contains("Không đặt mục tiêu")
			.contains("Tiền đã thu 5.000.000 đ")
			.doesNotContain("%");
		assertThat(withoutTarget).doesNotContain("progress");
	}

	@Test
	void anUnknownWardIsTheVietnameseNotFoundPage() {
		Browser browser = new Browser(this.port);

		Page unknown = browser.get("/public/wards/987654321");
		Page notANumber = browser.get("/public/wards/abc");

		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.body()).contains("Không tìm thấy").doesNotContainIgnoringCase("exception");
		assertThat(notANumber.status()).isEqualTo(400);
		assertThat(notANumber.body()).contains("Yêu cầu không hợp lệ");
	}

	@Test
	void anUnknownFundIsTheVietnameseNotFoundPageEverywhere() {
		Browser browser = new Browser(this.port);

		for (String path : List.of("/public/funds/987654321", "/public/funds/987654321/entries.csv",
				"/public/funds/987654321/entries.json", "/public/funds/987654321/verify",
				"/public/funds/987654321/poster")) {
			Page page = browser.get(path);
			assertThat(page.status()).as(path).isEqualTo(404);
			assertThat(page.body()).as(path).contains("Không tìm thấy");
		}
		assertThat(browser.get("/public/funds/mot").status()).isEqualTo(400);
		assertThat(browser.get("/public/funds/99999999999999999999999").status()).isEqualTo(400);
	}

	@Test
	void theFundPageShowsRaisedSpentAndBalanceAlikeWithTheHeadHash() throws Exception {
		this.scenario.named("Nguyễn Văn An", 100_000_000, this.ward.areaA());
		this.scenario.anonymous(58_560_000, this.ward.areaA());
		this.scenario.pledge("Công ty Thuận Phát", DisplayChoice.FULL_NAME, 10_000_000, this.ward.areaA());
		LedgerEntry last = this.scenario.spend(30_000_000, "Công ty Xây dựng Minh Phát", "Mua xi măng",
				"Trần Văn Hùng");

		String page = html("/public/funds/" + this.scenario.fundId());

		assertThat(between(page, "id=\"total-raised\">", "<")).isEqualTo("158.560.000 đ");
		assertThat(between(page, "id=\"total-spent\">", "<")).isEqualTo("30.000.000 đ");
		assertThat(between(page, "id=\"total-balance\">", "<")).isEqualTo("128.560.000 đ");
		assertThat(between(page, "id=\"total-pledged\">", "<")).isEqualTo("10.000.000 đ");
		assertThat(page).contains("99,1%")
			.contains("<code title=\"" + last.hash() + "\">" + last.hash().substring(0, 12) + "…</code>")
			.contains("value=\"" + last.hash() + "\"")
			.contains("href=\"/public/funds/" + this.scenario.fundId() + "/verify\"")
			.contains("href=\"/public/funds/" + this.scenario.fundId() + "/poster\"")
			.contains("href=\"/public/wards/" + this.ward.id() + "\"");
		// the spending card is the same as the income card
		String raisedCard = page.substring(page.indexOf("text-success mb-1"), page.indexOf("total-raised"));
		String spentCard = page.substring(page.indexOf("text-danger mb-1"), page.indexOf("total-spent"));
		assertThat(spentCard.replace("danger", "success").replace("Đã chi", "Tiền đã thu")).isEqualTo(raisedCard);
	}

	@Test
	void goodsAreShownAtTheirEstimatedValueApartFromMoneyAndNeverInTheBalance() throws Exception {
		this.scenario.named("Nguyễn Văn An", 1_000_000, this.ward.areaA());
		LedgerEntry cement = this.scenario.namedOn(this.today, "Trần Thị Bình", 500_000, this.ward.areaA(),
				PaymentMethod.IN_KIND);
		this.scenario.spend(300_000, "Công ty Xây dựng Minh Phát", "Mua xi măng", "Trần Văn Hùng");

		String page = html("/public/funds/" + this.scenario.fundId());
		assertThat(between(page, "id=\"total-raised\">", "<")).isEqualTo("1.000.000 đ");
		assertThat(between(page, "id=\"total-in-kind\">", "<")).isEqualTo("500.000 đ");
		assertThat(between(page, "id=\"total-spent\">", "<")).isEqualTo("300.000 đ");
		assertThat(between(page, "id=\"total-balance\">", "<")).isEqualTo("700.000 đ");
		assertThat(Html.text(page).replaceAll("\\s+", " "))
			.contains("Đã vận động 1.000.000 đ tiền và 500.000 đ hiện vật, ngày công, đất (ước tính).")
			.contains("Còn lại = Tiền đã thu − Đã chi");
		assertThat(row(rows("/public/funds/" + this.scenario.fundId()), "Trần Thị Bình", "Đóng góp"))
			.contains("Hiện vật")
			.contains("500.000 đ")
			.contains("ước tính");
		String ward = Html.text(card(html("/public/wards/" + this.ward.id()), "Bê tông hẻm 49-57"))
			.replaceAll("\\s+", " ");
		assertThat(ward).contains("Tiền đã thu 1.000.000 đ")
			.contains("Hiện vật, ngày công, đất 500.000 đ")
			.contains("Còn lại 700.000 đ");
		String entry = Html.text(html("/public/entries/" + cement.publicCode())).replaceAll("\\s+", " ");
		assertThat(entry).contains("Giá trị ước tính 500.000 đ").contains("Hiện vật");

		this.scenario.reverse(cement, "Ghi nhầm số bao");

		String reversed = html("/public/funds/" + this.scenario.fundId());
		assertThat(reversed).doesNotContain("id=\"total-in-kind\"");
		assertThat(between(reversed, "id=\"total-raised\">", "<")).isEqualTo("1.000.000 đ");
		assertThat(between(reversed, "id=\"total-balance\">", "<")).isEqualTo("700.000 đ");
	}

	@Test
	void theEntriesSayWhatHappenedInVietnamese() throws Exception {
		LocalDate date = this.today.minusDays(3);
		LedgerEntry cash = this.scenario.namedOn(date, "Nguyễn Văn An", 1_500_000, this.ward.areaA(),
				PaymentMethod.CASH);
		this.scenario.namedOn(this.today, "Lê Văn Công", 800_000, this.ward.areaB(), PaymentMethod.LABOUR);
		this.scenario.anonymous(500_000, this.ward.areaB());
		LedgerEntry pledge = this.scenario.pledge("Công ty Thuận Phát", DisplayChoice.FULL_NAME, 10_000_000,
				this.ward.areaA());
		this.scenario.pay(pledge, 4_000_000);
		this.scenario.spend(2_000_000, "Công ty Xây dựng Minh Phát", "Mua xi măng", "Trần Văn Hùng");
		LedgerEntry reversal = this.scenario.reverse(cash, "Ghi nhầm số tiền");

		List<String> rows = rows("/public/funds/" + this.scenario.fundId());

		assertThat(row(rows, "Nguyễn Văn An", "Đóng góp")).contains(formatted(date))
			.contains("Khu vực A")
			.contains("Tiền mặt")
			.contains("1.500.000 đ")
			.contains("đã điều chỉnh");
		assertThat(row(rows, "Nguyễn Văn An", "Điều chỉnh")).contains("điều chỉnh bút toán số " + cash.seq())
			.contains("Ghi nhầm số tiền")
			.contains("1.500.000 đ")
			.doesNotContain("-1.500.000");
		assertThat(row(rows, "Lê Văn Công", "Đóng góp")).contains("Ngày công").contains("Khu vực B");
		assertThat(row(rows, "Nhà hảo tâm", "Đóng góp")).doesNotContain("Khu vực").contains("500.000 đ");
		assertThat(row(rows, "Công ty Thuận Phát", "Đăng ký")).contains("10.000.000 đ");
		assertThat(row(rows, "Công ty Thuận Phát", "Nộp theo đăng ký")).contains("Chuyển khoản")
			.contains("4.000.000 đ");
		assertThat(row(rows, "Minh Phát", "Chi")).contains("Mua xi măng")
			.contains("PC-2000000")
			.doesNotContain("Trần Văn Hùng");
		String page = html("/public/funds/" + this.scenario.fundId());
		assertThat(page).contains("href=\"/public/entries/" + cash.publicCode() + "\"")
			.contains("href=\"/public/entries/" + reversal.publicCode() + "\"")
			.contains("text-decoration-line-through")
			.doesNotContain("Trần Văn Hùng");
	}

	@Test
	void aLongLedgerIsPagedBackwardsAndTheNextPageKeepsTheFilters() throws Exception {
		for (int i = 1; i <= 55; i++) {
			this.scenario.named("Người Số %02d".formatted(i), 1000 + i, this.ward.areaA());
		}
		this.scenario.named("Khác Tên", 5000, this.ward.areaA());

		String first = html("/public/funds/" + this.scenario.fundId() + "?q=nguoi so");
		assertThat(rows(first).stream().filter((row) -> row.contains("Người Số"))).hasSize(50);
		assertThat(first).contains("Người Số 55").doesNotContain("Người Số 05").doesNotContain("Khác Tên");
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("<a [^>]*href=\"([^\"]*)\"[^>]*rel=\"next\"")
			.matcher(first);
		assertThat(link.find()).isTrue();
		String next = Html.text(link.group(1));
		assertThat(first).contains("Trang sau");
		assertThat(next).isEqualTo("/public/funds/" + this.scenario.fundId() + "?q=nguoi%20so&before=6");

		String second = this.mvc.perform(get(java.net.URI.create(next)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rows(second).stream().filter((row) -> row.contains("Người Số"))).hasSize(5);
		assertThat(second).contains("Người Số 05")
			.contains("Người Số 01")
			.doesNotContain("Người Số 06")
			.doesNotContain("Trang sau")
			.contains("Về trang đầu");
	}

	@Test
	void theFiltersNarrowBySideAreaDateAndName() throws Exception {
		this.scenario.namedOn(this.today.minusDays(10), "Trần Thị Cũ", 1000, this.ward.areaA(), PaymentMethod.CASH);
		this.scenario.named("Nguyễn Trường Đồ", 2000, this.ward.areaB());
		this.scenario.anonymous(3000, this.ward.areaB());
		this.scenario.spend(4000, "Công ty Minh Phát", "Mua cát", "Trần Văn Hùng");
		String fund = "/public/funds/" + this.scenario.fundId();

		assertThat(names(fund + "?side=chi")).containsExactly("Công ty Minh Phát");
		assertThat(names(fund + "?side=thu")).containsExactly("Nhà hảo tâm", "Nguyễn Trường Đồ", "Trần Thị Cũ");
		assertThat(names(fund + "?area=" + this.ward.areaB().id())).containsExactly("Nguyễn Trường Đồ");
		assertThat(names(fund + "?from=" + this.today.minusDays(1) + "&side=thu")).containsExactly("Nhà hảo tâm",
				"Nguyễn Trường Đồ");
		assertThat(names(fund + "?to=" + this.today.minusDays(1))).containsExactly("Trần Thị Cũ");
		assertThat(names(fund + "?q=truong do")).containsExactly("Nguyễn Trường Đồ");
		assertThat(names(fund + "?q=DUONG")).isEmpty();
		String filtered = html(fund + "?side=thu&area=" + this.ward.areaB().id() + "&q=do");
		assertThat(Html.value(filtered, "side")).isEqualTo("thu");
		assertThat(Html.value(filtered, "area")).isEqualTo(String.valueOf(this.ward.areaB().id()));
		assertThat(Html.value(filtered, "q")).isEqualTo("do");
		assertThat(filtered)
			.contains("href=\"" + fund + "/entries.csv?side=thu&amp;area=" + this.ward.areaB().id() + "&amp;q=do\"");
	}

	@Test
	void badFilterValuesAreIgnoredWithAMessageNeverAServerError() throws Exception {
		this.scenario.named("Nguyễn Văn An", 1000, this.ward.areaA());
		String fund = "/public/funds/" + this.scenario.fundId();

		String page = this.mvc
			.perform(get(fund).param("before", "abc")
				.param("from", "2025-13-45")
				.param("to", "hôm qua")
				.param("area", "ba")
				.param("side", "<b>")
				.param("q", "x".repeat(10_000)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Số trang không hợp lệ")
			.contains("Ngày bắt đầu không hợp lệ")
			.contains("Ngày kết thúc không hợp lệ")
			.contains("Khu vực không hợp lệ")
			.contains("Lựa chọn thu / chi không hợp lệ")
			.contains("Từ khóa quá dài")
			.doesNotContain("<b>");
		assertThat(html(fund + "?before=-5")).contains("Số trang không hợp lệ").contains("Nguyễn Văn An");
		assertThat(html(fund + "?before=99999999999")).contains("Số trang không hợp lệ");
		assertThat(html(fund + "?before=1")).contains("Không có bút toán nào");
		assertThat(html(fund + "?q=%25%27%22%3B--")).contains("Không có bút toán nào khớp bộ lọc");
	}

	@Test
	void aVeryLongAddressIsRefusedCleanlyByTheServer() {
		Page page = new Browser(this.port).get("/public/funds/" + this.scenario.fundId() + "?q=" + "x".repeat(10_000));

		// Tomcat refuses a request line over its header limit (8 KB) itself, before the
		// application: a plain 400, never a 500. (The form allows 100 characters.)
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.body()).doesNotContainIgnoringCase("exception");
		Page shorter = new Browser(this.port)
			.get("/public/funds/" + this.scenario.fundId() + "?q=" + "x".repeat(5_000));
		assertThat(shorter.status()).isEqualTo(200);
		assertThat(shorter.body()).contains("Từ khóa quá dài");
	}

	@Test
	void htmlInADisplayNameIsShownAsText() throws Exception {
		LedgerEntry entry = this.scenario.named("<script>alert('x')</script>", 1000, this.ward.areaA());

		for (String path : List.of("/public/funds/" + this.scenario.fundId(), "/public/entries/" + entry.publicCode(),
				"/public/funds/" + this.scenario.fundId() + "/poster")) {
			String page = html(path);
			assertThat(page).as(path).doesNotContain("<script>alert").contains("&lt;script&gt;alert(");
		}
	}

	@Test
	void anEntrysPageShowsItAsTheReceiptSaysIt() throws Exception {
		LedgerEntry entry = this.scenario.named("Nguyễn Văn An", 1_500_000, this.ward.areaA());
		this.scenario.anonymous(1000, this.ward.areaA());

		String page = html("/public/entries/" + entry.publicCode());

		String text = Html.text(page).replaceAll("\\s+", " ");
		assertThat(text).contains("Bê tông hẻm 49-57")
			.contains(formatted(entry.date()))
			.contains("Nguyễn Văn An")
			.contains("Khu vực A")
			.contains("Đóng góp")
			.contains("Tiền mặt")
			.contains("1.500.000 đ")
			.contains("Số %06d/%d".formatted(entry.receiptNo(), entry.receiptYear()))
			.contains("Bút toán số " + entry.seq() + " trong 2 bút toán của sổ")
			.contains(entry.hash())
			.contains(entry.prevHash())
			.doesNotContain("đã điều chỉnh");
		assertThat(page).contains("href=\"/public/funds/" + this.scenario.fundId() + "\"");
	}

	@Test
	void anAnonymousEntrysPageShowsNoArea() throws Exception {
		LedgerEntry entry = this.scenario.anonymous(700_000, this.ward.areaB());

		String page = html("/public/entries/" + entry.publicCode());

		assertThat(page).contains("Nhà hảo tâm").contains("700.000 đ").doesNotContain("Khu vực B");
	}

	@Test
	void aReversedEntrysPageNamesTheCorrectionAndItsReason() throws Exception {
		LedgerEntry entry = this.scenario.named("Nguyễn Văn An", 1_500_000, this.ward.areaA());
		LedgerEntry reversal = this.scenario.reverse(entry, "Ghi trùng phiếu");

		String cancelled = html("/public/entries/" + entry.publicCode());
		String cancelling = html("/public/entries/" + reversal.publicCode());

		assertThat(Html.text(cancelled).replaceAll("\\s+", " ")).contains("Bút toán này đã được điều chỉnh")
			.contains("bút toán điều chỉnh số " + reversal.seq() + " ngày " + formatted(reversal.date()))
			.contains("Lý do: Ghi trùng phiếu");
		assertThat(cancelled).contains("href=\"/public/entries/" + reversal.publicCode() + "\"");
		assertThat(Html.text(cancelling).replaceAll("\\s+", " ")).contains("Điều chỉnh")
			.contains(
					"Bút toán này hủy bút toán số " + entry.seq() + " (Đóng góp, ngày " + formatted(entry.date()) + ")")
			.contains("Lý do: Ghi trùng phiếu");
		assertThat(cancelling).contains("href=\"/public/entries/" + entry.publicCode() + "\"");
	}

	@Test
	void anUnknownCodeIsTheVietnameseNotFoundPage() {
		Browser browser = new Browser(this.port);

		for (String code : List.of("abcdefghjkmnpqrstvwx", "khong-co", "%3Cscript%3E", "x".repeat(2000))) {
			Page page = browser.get("/public/entries/" + code);
			assertThat(page.status()).as(code).isEqualTo(404);
			assertThat(page.body()).contains("Không tìm thấy").doesNotContain("<script>");
		}
	}

	@Test
	void theLookupTakesACodeAsTypedAndGoesToItsEntry() throws Exception {
		LedgerEntry entry = this.scenario.anonymous(700_000, this.ward.areaB());
		String code = entry.publicCode();
		String typed = " " + code.substring(0, 4).toUpperCase() + " " + code.substring(4, 8) + " "
				+ code.substring(8).toUpperCase() + " ";

		this.mvc.perform(get("/public/lookup").param("code", typed))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/public/entries/" + code));
	}

	@Test
	void theLookupSaysNotFoundForAnythingElse() throws Exception {
		String form = html("/public/lookup");
		assertThat(form).contains("Tra cứu đóng góp").doesNotContain("Không tìm thấy khoản đóng góp");

		for (String typed : List.of("abcdefghjkmnpqrstvwx", "xin chào", "<script>alert(1)</script>", "",
				"x".repeat(10_000))) {
			String page = this.mvc.perform(get("/public/lookup").param("code", typed))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as(typed).doesNotContain("<script>alert");
			if (!typed.isEmpty()) {
				assertThat(page).as(typed).contains("Không tìm thấy khoản đóng góp nào có mã này");
			}
		}
	}

	@Test
	void theVerificationPageSaysTheChainIsIntact() throws Exception {
		this.scenario.anonymous(1000, this.ward.areaA());
		this.scenario.anonymous(2000, this.ward.areaA());
		this.scenario.spend(500, "Công ty Minh Phát", "Mua cát", "Trần Văn Hùng");

		String page = html("/public/funds/" + this.scenario.fundId() + "/verify");

		assertThat(page).contains("Toàn vẹn — 3 bút toán đã kiểm tra").doesNotContain("phá vỡ");
	}

	@Test
	void theVerificationPageSaysWhereTheChainBreaks() throws Exception {
		this.scenario.anonymous(1000, this.ward.areaA());
		LedgerEntry tampered = this.scenario.anonymous(2000, this.ward.areaA());
		this.scenario.anonymous(3000, this.ward.areaA());
		this.owner.updateWithTriggerDisabled("ledger_entries", "tr_ledger_entries_append_only",
				"update ledger_entries set amount = 200 where id = ?", tampered.id());

		String page = html("/public/funds/" + this.scenario.fundId() + "/verify");

		assertThat(page)
			.contains("Chuỗi bị phá vỡ tại bút toán số " + tampered.seq() + " (mã " + tampered.publicCode() + ")")
			.doesNotContain("Toàn vẹn");
	}

	@Test
	void nothingButGetReachesThePublicPages() throws Exception {
		String fund = "/public/funds/" + this.scenario.fundId();
		for (String path : List.of(fund, fund + "/entries.csv", "/public/lookup", "/public/wards/" + this.ward.id(),
				"/public/khong-co")) {
			this.mvc.perform(post(path))
				.andExpect(status().isMethodNotAllowed())
				.andExpect(header().string("Allow", "GET, HEAD"));
			this.mvc.perform(post(path).with(csrf())).andExpect(status().isMethodNotAllowed());
			this.mvc.perform(put(path).with(csrf())).andExpect(status().isMethodNotAllowed());
			this.mvc.perform(delete(path).with(csrf())).andExpect(status().isMethodNotAllowed());
			this.mvc.perform(patch(path).with(csrf())).andExpect(status().isMethodNotAllowed());
			this.mvc.perform(post(path).with(csrf()).with(as(this.ward.admin())))
				.andExpect(status().isMethodNotAllowed());
		}
	}

	@Test
	void aPostToAPublicPageIsTheVietnameseMethodNotAllowedPage() {
		Page page = new Browser(this.port).postWithoutToken("/public/funds/" + this.scenario.fundId(),
				java.util.Map.of("q", "x"));

		assertThat(page.status()).isEqualTo(405);
		assertThat(page.location()).isNull();
		assertThat(page.body()).contains("Thao tác không được hỗ trợ").contains("Trang này không nhận thao tác đó.");
	}

	private String html(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private List<String> rows(String path) throws Exception {
		return Html.rows(path.startsWith("/") ? html(path) : path);
	}

	/**
	 * The display names of the entries a page lists, in order.
	 */
	private List<String> names(String path) throws Exception {
		String page = html(path);
		List<String> names = new java.util.ArrayList<>();
		java.util.regex.Matcher name = java.util.regex.Pattern.compile("<td>\\s*<span>([^<]*)</span>").matcher(page);
		while (name.find()) {
			names.add(Html.text(name.group(1)));
		}
		return names;
	}

	private static String row(List<String> rows, String name, String kind) {
		return rows.stream()
			.filter((row) -> row.contains(name) && row.contains("| " + kind + " "))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + kind + " row of " + name + " in " + rows));
	}

	private static String card(String page, String fundName) {
		int start = page.lastIndexOf("<article", page.indexOf(">" + fundName + "<"));
		return page.substring(start, page.indexOf("</article>", start));
	}

	private static String between(String text, String start, String end) {
		int from = text.indexOf(start);
		if (from < 0) {
			throw new AssertionError("no " + start);
		}
		from += start.length();
		return text.substring(from, text.indexOf(end, from));
	}

	private static String formatted(LocalDate date) {
		return vn.sochibo.shared.VietnameseDates.format(date);
	}

}
