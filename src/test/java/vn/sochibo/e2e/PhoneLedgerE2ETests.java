package vn.sochibo.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

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
import vn.sochibo.shared.Money;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ledgers a resident opens from a receipt's QR code, and those an officer opens in
 * the alley, on a phone (390 × 844): no table wider than its box and no page wider than
 * the screen, every amount whole with its "đ", the actions within reach; and at 1280 px
 * the tables are still tables. Screenshots of every page go to
 * {@code target/screenshots}.
 */
class PhoneLedgerE2ETests extends ChromiumTest {

	static final Path SHOTS = Path.of("target", "screenshots");

	/**
	 * What overflows on the page: the document, a table wider than its container, an
	 * amount that does not end with "đ", is cut by its cell or leaves the screen.
	 */
	static final String OVERFLOWS = """
			const problems = [];
			const doc = document.documentElement;
			if (doc.scrollWidth > doc.clientWidth) {
			  problems.push('the page is ' + doc.scrollWidth + ' px wide on a ' + doc.clientWidth + ' px screen');
			}
			for (const table of document.querySelectorAll('main table')) {
			  const box = table.parentElement;
			  if (table.scrollWidth > box.clientWidth || box.scrollWidth > box.clientWidth) {
			    problems.push('table ' + table.id + ' is ' + table.scrollWidth + ' px wide in ' + box.clientWidth + ' px');
			  }
			}
			for (const money of document.querySelectorAll('main .money')) {
			  const rect = money.getBoundingClientRect();
			  if (rect.width === 0) {
			    continue;
			  }
			  const text = money.textContent.trim();
			  if (/\\d/.test(text) && !text.endsWith('đ')) {
			    problems.push('amount "' + text + '" does not end with đ');
			  }
			  if (rect.left < -0.5 || rect.right > doc.clientWidth + 0.5) {
			    problems.push('amount "' + text + '" leaves the screen');
			  }
			  const cell = money.closest('td, dd, .card-body');
			  if (cell) {
			    const box = cell.getBoundingClientRect();
			    if (rect.left < box.left - 0.5 || rect.right > box.right + 0.5) {
			      problems.push('amount "' + text + '" is cut by its cell');
			    }
			  }
			  if (money.getClientRects().length > 1) {
			    problems.push('amount "' + text + '" breaks over two lines');
			  }
			}
			return problems;""";

	@Autowired
	Funds funds;

	@Autowired
	Ledger ledger;

	@Autowired
	Clock clock;

	TestWard ward;

	FundSummary fund;

	LedgerEntry cement;

	@BeforeEach
	void aFundWithLongNamesAndLargeAmounts() {
		this.ward = this.fixtures.newWard();
		LocalDate today = LocalDate.now(this.clock);
		this.fund = this.funds.create(this.ward.admin(), FundKind.CAMPAIGN,
				new FundDetails("Bê tông hóa và mở rộng hẻm 49-57 đường Trần Văn Khéo",
						"Bê tông hóa hẻm cho bà con đi lại", Money.of(1_600_000_000), LocalDate.of(2025, 1, 1), null,
						Set.of()));
		give(today, PaymentMethod.BANK_TRANSFER, 1_250_000_000, "Công ty Trách nhiệm hữu hạn Xây dựng Thuận Phát",
				null);
		give(today, PaymentMethod.CASH, 1_000_000, "Nguyễn Thị Ngọc Bích Phượng", null);
		this.cement = give(today, PaymentMethod.IN_KIND, 500_000, "Trần Văn Bình", "10 bao xi măng Hà Tiên");
		LedgerEntry wrong = give(today, PaymentMethod.CASH, 200_000, "Lê Văn Công", null);
		this.ledger.reverse(this.ward.admin(), wrong.id(), "Ghi trùng với phiếu trước");
		this.ledger.spend(this.ward.admin(),
				Expenditure.commonWork(this.fund.id(), today, Money.of(300_000_000),
						"Công ty TNHH Xây dựng Minh Phát Cần Thơ", "Mua xi măng, cát, đá và thuê nhân công đổ bê tông",
						"PC-2025-0001", "Trần Văn Hùng", this.ward.areaA().id()));
	}

	@AfterEach
	void desktopAgain() {
		desktop();
	}

	@Test
	void thePublicLedgerFitsAPhone() throws IOException {
		phone();

		check("/public/wards/" + this.ward.id(), "public-ward");
		check("/public/funds/" + this.fund.id(), "public-fund");
		assertThat(text("#total-balance")).isEqualTo("951.000.000 đ");
		assertThat(text("#total-in-kind")).isEqualTo("500.000 đ");
		assertThat(rowDisplay("#entries")).isEqualTo("block");
		assertThat(driver.findElement(By.cssSelector("#entries tbody tr td.num:last-child")).getText())
			.isEqualTo("300.000.000 đ");
		// each line of the card says which column it is
		assertThat(((JavascriptExecutor) driver).executeScript("return getComputedStyle(document.querySelector("
				+ "'#entries tbody tr td.num:last-child'), '::before').content"))
			.isEqualTo("\"Số tiền\"");
		check("/public/entries/" + this.cement.publicCode(), "public-entry");
		assertThat(text("#entry-amount")).isEqualTo("500.000 đ");
	}

	@Test
	void theStaffLedgerFitsAPhoneWithItsActionsWithinReach() throws IOException {
		phone();
		logIn(this.ward.officer().username());

		check("/funds", "staff-funds");
		assertThat(rowDisplay("#funds")).isEqualTo("block");
		check("/funds/" + this.fund.id(), "staff-fund");
		assertThat(text("#total-balance")).isEqualTo("951.000.000 đ");
		// the receipt and the correction of an entry are on the phone too, where a finger
		// reaches them
		var receipt = driver.findElement(By.cssSelector("#entries a[href*='/receipts/']"));
		assertThat(receipt.isDisplayed()).isTrue();
		var reverse = driver.findElement(By.cssSelector("#entries a[href$='/reverse']"));
		assertThat(reverse.isDisplayed()).isTrue();
		Number right = (Number) ((JavascriptExecutor) driver)
			.executeScript("return arguments[0].getBoundingClientRect().right", reverse);
		assertThat(right.doubleValue()).isLessThanOrEqualTo(390);
		// the menu folds behind its button
		assertThat(driver.findElement(By.cssSelector(".navbar-toggler")).isDisplayed()).isTrue();
		assertThat(driver.findElement(By.id("mainNav")).isDisplayed()).isFalse();
	}

	@Test
	void onADesktopTheLedgersAreStillTables() throws IOException {
		screen(1280, 900, false);

		check("/public/funds/" + this.fund.id(), "desktop-public-fund");
		assertThat(rowDisplay("#entries")).isEqualTo("table-row");
		check("/public/wards/" + this.ward.id(), "desktop-public-ward");
		logIn(this.ward.officer().username());
		check("/funds", "desktop-staff-funds");
		assertThat(rowDisplay("#funds")).isEqualTo("table-row");
		check("/funds/" + this.fund.id(), "desktop-staff-fund");
		assertThat(rowDisplay("#entries")).isEqualTo("table-row");
	}

	private LedgerEntry give(LocalDate date, PaymentMethod method, long amount, String name, String description) {
		return this.ledger.contribute(this.ward.officer(),
				new Contribution(this.fund.id(), date, method, Money.of(amount), this.ward.areaA().id(), null,
						ContributorKind.PERSON, name, DisplayChoice.FULL_NAME, null, description));
	}

	/**
	 * Opens the page, saves a screenshot of all of it and asserts that nothing overflows.
	 */
	@SuppressWarnings("unchecked")
	private void check(String path, String name) throws IOException {
		driver.get(url(path));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
		Map<String, Object> shot = ((HasCdp) driver).executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true));
		Files.createDirectories(SHOTS);
		Files.write(SHOTS.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
		List<String> problems = (List<String>) ((JavascriptExecutor) driver).executeScript(OVERFLOWS);
		assertThat(problems).as(path).isEmpty();
	}

	private static String text(String selector) {
		return driver.findElement(By.cssSelector(selector)).getText().trim();
	}

	private static String rowDisplay(String table) {
		return (String) ((JavascriptExecutor) driver).executeScript(
				"return getComputedStyle(document.querySelector(arguments[0] + ' tbody tr')).display", table);
	}

}
