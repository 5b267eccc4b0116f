package vn.sochibo.publicsite.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.LedgerEntry;
import vn.sochibo.publicsite.LedgerScenario;
import vn.sochibo.publicsite.PublicDocuments;
import vn.sochibo.shared.QrCodes;
import vn.sochibo.support.Html;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The A4 notice-board poster of a fund, and the QR code that leads from it to the live
 * page.
 */
@IntegrationTest
class PublicPosterTests {

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

	LedgerScenario scenario;

	String poster;

	@BeforeEach
	void openFund() {
		this.ward = this.fixtures.newWard();
		this.scenario = new LedgerScenario(this.funds, this.ledger, this.ward, LocalDate.now(this.clock))
			.fund("Camera an ninh hẻm 71", 50_000_000L);
		this.poster = "/public/funds/" + this.scenario.fundId() + "/poster";
	}

	@Test
	void thePosterShowsTheFundItsTotalsEntriesAndTheHeadHashOfTheMoment() throws Exception {
		this.scenario.named("Nguyễn Văn An", 30_000_000, this.ward.areaA());
		LedgerEntry gift = this.scenario.anonymous(2_000_000, this.ward.areaB());
		this.scenario.spend(12_500_000, "Công ty Camera Sáng", "Mua 4 camera", "Trần Văn Hùng");
		this.scenario.reverse(gift, "Ghi trùng");
		FundSummary fund = this.scenario.summary();
		LocalDateTime before = LocalDateTime.now(this.clock).withSecond(0).withNano(0);

		String page = html(this.poster);

		String text = Html.text(page).replaceAll("\\s+", " ");
		assertThat(page).contains("/static/css/print.css").doesNotContain("navbar").contains("<svg");
		assertThat(text).contains(this.ward.ward().name())
			.contains("BẢNG CÔNG KHAI")
			.contains("Camera an ninh hẻm 71")
			.contains("Bê tông hóa hẻm cho bà con đi lại")
			.contains("Từ 01/01/2025")
			.contains("Tiền đã thu Đã chi Còn lại 30.000.000 đ 12.500.000 đ 17.500.000 đ")
			.contains("Mục tiêu: 50.000.000 đ")
			.contains("Đạt 60,0% mục tiêu")
			.contains("Nguyễn Văn An")
			.contains("Mua 4 camera")
			.contains("(điều chỉnh bút toán số " + gift.seq() + ")")
			.contains("(đã điều chỉnh)")
			.contains("Mã băm của sổ tại thời điểm in: " + fund.headHash())
			.doesNotContain("Trần Văn Hùng")
			.doesNotContain("Chỉ in");
		Matcher printedAt = Pattern
			.compile("In lúc (\\d\\d):(\\d\\d) ngày (\\d\\d) tháng (0[12]|[3-9]|1[012]) năm (\\d{4})")
			.matcher(text);
		assertThat(printedAt.find()).as("the moment of printing in a document's words").isTrue();
		LocalDateTime printed = LocalDateTime.of(Integer.parseInt(printedAt.group(5)),
				Integer.parseInt(printedAt.group(4)), Integer.parseInt(printedAt.group(3)),
				Integer.parseInt(printedAt.group(1)), Integer.parseInt(printedAt.group(2)));
		assertThat(printed).isBetween(before, LocalDateTime.now(this.clock));
		assertThat(Html.rows(page).stream().filter((row) -> row.matches("^\\d+ \\| \\d\\d/\\d\\d/\\d{4} .*")))
			.hasSize(4);
	}

	@Test
	void thePosterShowsGoodsApartFromMoneyAndOutOfTheBalance() throws Exception {
		this.scenario.named("Nguyễn Văn An", 1_000_000, this.ward.areaA());
		LedgerEntry cement = this.scenario.namedOn(LocalDate.now(this.clock), "Trần Thị Bình", 500_000,
				this.ward.areaA(), vn.sochibo.fund.PaymentMethod.IN_KIND);
		this.scenario.spend(300_000, "Công ty Camera Sáng", "Dây điện", "Trần Văn Hùng");

		String text = Html.text(html(this.poster)).replaceAll("\\s+", " ");

		assertThat(text)
			.contains("Tiền đã thu Hiện vật, ngày công, đất Đã chi Còn lại 1.000.000 đ 500.000 đ 300.000 đ 700.000 đ")
			.contains("Đã vận động 1.000.000 đ tiền và 500.000 đ hiện vật, ngày công, đất (ước tính).")
			.contains("500.000 đ (ước tính)");

		this.scenario.reverse(cement, "Ghi nhầm");

		assertThat(Html.text(html(this.poster)).replaceAll("\\s+", " "))
			.contains("Tiền đã thu Đã chi Còn lại 1.000.000 đ 300.000 đ 700.000 đ");
	}

	@Test
	void theQrCodeLeadsToTheLiveFundPageOfTheAddressThePosterWasAskedFor() throws Exception {
		String page = this.mvc.perform(get(this.poster).with(host("https", "sochibo.caikhe.local", 8443)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		String url = "https://sochibo.caikhe.local:8443/public/funds/" + this.scenario.fundId();
		assertThat(PublicDocuments.qrText(page)).isEqualTo(url);
		assertThat(page).contains(url);
	}

	@Test
	void theQrCodeUsesTheWardsPublicAddressWhenItHasOne() throws Exception {
		this.jdbc.update("update wards set public_base_url = ? where id = ?", "https://congkhai.caikhe.vn/",
				this.ward.id());

		String page = this.mvc.perform(get(this.poster).with(host("http", "10.0.0.5", 8080)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(PublicDocuments.qrText(page))
			.isEqualTo("https://congkhai.caikhe.vn/public/funds/" + this.scenario.fundId());
		assertThat(page).doesNotContain("10.0.0.5");
	}

	@Test
	void aLongLedgerPrintsTheMostRecentEntriesWithANote() throws Exception {
		for (int i = 1; i <= 205; i++) {
			this.scenario.anonymous(1000 + i, this.ward.areaA());
		}

		String page = html(this.poster);

		assertThat(Html.rows(page).stream().filter((row) -> row.contains("Nhà hảo tâm"))).hasSize(200);
		assertThat(Html.text(page)).contains("Chỉ in 200 bút toán gần nhất trong tổng số 205")
			.contains("1.205 đ")
			.doesNotContain("1.005 đ");
	}

	@Test
	void aQrCodeIsAnSvgOfItsText() throws Exception {
		String svg = QrCodes.svg("https://congkhai.caikhe.vn/public/entries/0123456789abcdefghjk", 120);

		assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
			.contains("width=\"120\" height=\"120\"")
			.doesNotContain("<script");
		assertThat(PublicDocuments.qrText(svg))
			.isEqualTo("https://congkhai.caikhe.vn/public/entries/0123456789abcdefghjk");
		assertThat(PublicDocuments.qrText(QrCodes.svg("Phường Cái Khế — Quỹ Vì người nghèo", 100)))
			.isEqualTo("Phường Cái Khế — Quỹ Vì người nghèo");
		assertThatIllegalArgumentException().isThrownBy(() -> QrCodes.svg("", 100));
		assertThatIllegalArgumentException().isThrownBy(() -> QrCodes.svg("x".repeat(5000), 100));
	}

	private String html(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static RequestPostProcessor host(String scheme, String name, int port) {
		return (request) -> {
			request.setScheme(scheme);
			request.setServerName(name);
			request.setServerPort(port);
			request.setSecure("https".equals(scheme));
			return request;
		};
	}

}
