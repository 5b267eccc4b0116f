package vn.sochibo.e2e;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

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
import vn.sochibo.shared.Money;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The receipt's promise to a resident: an officer records 160.000.000 đ for hẻm 49-57 and
 * prints the receipt with the print button (reloading the receipt, or opening the old
 * print address, prints nothing; the second print says "BẢN SAO", and the first, shown
 * again, still does not); the QR code on the printed receipt, read back from the screen,
 * opens the entry's public page for a browser that never logged in.
 */
class ReceiptE2ETests extends ChromiumTest {

	@Autowired
	Funds funds;

	@Autowired
	Ledger ledger;

	@Autowired
	Clock clock;

	@Test
	void theQrCodeOnAPrintedReceiptOpensTheEntryForAnyoneAndOnlyTheButtonPrints() throws Exception {
		TestWard ward = this.fixtures.newWard();
		FundSummary fund = this.funds.create(ward.admin(), FundKind.CAMPAIGN, new FundDetails("Bê tông hóa hẻm 49-57",
				null, Money.of(160_000_000), LocalDate.of(2025, 1, 1), null, Set.of(ward.areaA().id())));
		HouseholdDetail household = this.fixtures.household(ward, ward.areaA(), "Nguyễn Trường Đồ");
		logIn(ward.officer().username());

		driver.get(url("/funds/" + fund.id() + "/contributions/new"));
		type(By.id("amount"), "160.000.000");
		type(By.id("householdCode"), household.code());
		WebElement fullName = driver.findElement(By.cssSelector("input[name=display][value=FULL_NAME]"));
		fullName.click();
		assertThat(fullName.isSelected()).isTrue();
		submit();
		wait.until(ExpectedConditions.urlMatches("/funds/" + fund.id() + "/receipts/\\d+$"));
		String receipt = driver.getCurrentUrl();
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("160.000.000 đ",
				"Một trăm sáu mươi triệu đồng chẵn.", "Phiếu này chưa được in");

		// Reloading, or opening the address that used to print, prints nothing.
		driver.navigate().refresh();
		driver.get(receipt + "/print");
		wait.until(ExpectedConditions.urlToBe(receipt));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Phiếu này chưa được in");

		String printed = printFrom(receipt, "In phiếu thu");
		assertThat(printed).endsWith(receipt + "/prints/1");
		WebElement qr = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".receipt svg")));
		String address = decode(qr.getScreenshotAs(OutputType.BYTES));
		screenshot("receipt-printed");
		assertThat(address).startsWith(url("/public/entries/"));
		driver.navigate().refresh();
		assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".receipt"))).getText())
			.doesNotContain("BẢN SAO");
		backTo(receipt);

		driver.navigate().refresh();
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Phiếu này đã được in");
		assertThat(printFrom(receipt, "In bản sao")).endsWith(receipt + "/prints/2");
		assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".receipt"))).getText())
			.contains("BẢN SAO");
		screenshot("receipt-copy");
		backTo(receipt);

		driver.manage().deleteAllCookies();
		driver.get(address);
		String page = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main"))).getText();
		screenshot("receipt-public-entry");
		assertThat(page).contains("160.000.000 đ", "Nguyễn Trường Đồ", "Bê tông hóa hẻm 49-57");
		assertThat(page).doesNotContain(household.address(), household.phone());
	}

	/**
	 * The "BẢN SAO" stamp of a reprint (and the "ĐÃ HỦY" one of a cancelled receipt)
	 * never covers a signature: on screen and in print, at the widths of A5 and A4 paper,
	 * the stamps' rectangles and the signature blocks' do not meet.
	 */
	@Test
	void theCopyStampNeverCoversASignature() throws Exception {
		TestWard ward = this.fixtures.newWard();
		FundSummary fund = this.funds.create(ward.admin(), FundKind.CAMPAIGN, new FundDetails("Quỹ Vì người nghèo",
				null, null, LocalDate.of(2025, 1, 1), null, Set.of(ward.areaA().id())));
		LedgerEntry entry = this.ledger.contribute(ward.admin(),
				new Contribution(fund.id(), LocalDate.now(this.clock), PaymentMethod.CASH, Money.of(2_500_000),
						ward.areaA().id(), null, ContributorKind.PERSON, "Trần Thị Bích Ngọc Hạnh Phúc",
						DisplayChoice.FULL_NAME, null, null));
		this.ledger.reverse(ward.admin(), entry.id(), "Ghi nhầm quỹ");
		logIn(ward.officer().username());
		String receipt = url("/funds/" + fund.id() + "/receipts/" + entry.id());
		driver.get(receipt);
		printFrom(receipt, "In phiếu thu");
		backTo(receipt);
		driver.navigate().refresh();
		printFrom(receipt, "In bản sao");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".receipt .stamp.copy")));

		Dimension before = driver.manage().window().getSize();
		try {
			for (String media : List.of("screen", "print")) {
				((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", media));
				// A5 landscape, A5 portrait, A4 portrait, A4 landscape at 96 dpi.
				for (Dimension paper : List.of(new Dimension(794, 559), new Dimension(559, 794),
						new Dimension(794, 1123), new Dimension(1123, 794))) {
					driver.manage().window().setSize(paper);
					assertStampsClearOfSignatures(media + " " + paper);
				}
			}
			screenshot("receipt-copy-stamp");
		}
		finally {
			((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
			driver.manage().window().setSize(before);
		}
		backTo(receipt);
	}

	private static void assertStampsClearOfSignatures(String where) {
		List<WebElement> stamps = driver.findElements(By.cssSelector(".receipt .stamp"));
		List<WebElement> signatures = driver.findElements(By.cssSelector(".receipt .signature"));
		assertThat(stamps).as(where).hasSize(2);
		assertThat(signatures).as(where).hasSize(2);
		for (WebElement stamp : stamps) {
			Rectangle mark = stamp.getRect();
			assertThat(mark.getWidth() * mark.getHeight()).as(where).isPositive();
			for (WebElement signature : signatures) {
				Rectangle block = signature.getRect();
				assertThat(block.getHeight()).as(where).isPositive();
				boolean apart = mark.getX() + mark.getWidth() <= block.getX()
						|| block.getX() + block.getWidth() <= mark.getX()
						|| mark.getY() + mark.getHeight() <= block.getY()
						|| block.getY() + block.getHeight() <= mark.getY();
				assertThat(apart)
					.as("%s: stamp %s at %s covers the signature at %s", where, stamp.getText(), at(mark), at(block))
					.isTrue();
			}
		}
	}

	private static String at(Rectangle rectangle) {
		return "(%d, %d) %d×%d".formatted(rectangle.getX(), rectangle.getY(), rectangle.getWidth(),
				rectangle.getHeight());
	}

	/**
	 * Clicks a print button of the receipt's page (a POST form that opens the print in a
	 * new tab), switches to the new tab and returns its address.
	 */
	private static String printFrom(String receipt, String button) {
		String original = driver.getWindowHandle();
		Set<String> before = driver.getWindowHandles();
		driver.findElement(By.xpath("//form[@id='print-receipt']//button[normalize-space()='" + button + "']")).click();
		wait.until((d) -> d.getWindowHandles().size() > before.size());
		String opened = driver.getWindowHandles()
			.stream()
			.filter((handle) -> !before.contains(handle))
			.findFirst()
			.orElseThrow();
		driver.switchTo().window(opened);
		wait.until(ExpectedConditions.urlMatches("/prints/\\d+$"));
		assertThat(original).isNotEqualTo(opened);
		return driver.getCurrentUrl();
	}

	/**
	 * Closes the print's tab and returns to the receipt's page.
	 */
	private static void backTo(String receipt) {
		driver.close();
		String remaining = driver.getWindowHandles().iterator().next();
		driver.switchTo().window(remaining);
		assertThat(driver.getCurrentUrl()).isEqualTo(receipt);
	}

	private static String decode(byte[] png) throws IOException, Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		LuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
		return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
	}

}
