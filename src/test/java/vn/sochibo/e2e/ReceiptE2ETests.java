package vn.sochibo.e2e;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import vn.sochibo.fund.FundDetails;
import vn.sochibo.fund.FundKind;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.shared.Money;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The receipt's promise to a resident: an officer records 160.000.000 đ for hẻm 49-57 and
 * prints the receipt; the QR code on the printed receipt, read back from the screen,
 * opens the entry's public page for a browser that never logged in.
 */
class ReceiptE2ETests extends ChromiumTest {

	@Autowired
	Funds funds;

	@Test
	void theQrCodeOnAPrintedReceiptOpensTheEntryForAnyone() throws Exception {
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
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("160.000.000 đ",
				"Một trăm sáu mươi triệu đồng chẵn.");

		driver.get(driver.getCurrentUrl() + "/print");
		WebElement qr = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".receipt svg")));
		String address = decode(qr.getScreenshotAs(OutputType.BYTES));
		screenshot("receipt-printed");
		assertThat(address).startsWith(url("/public/entries/"));

		driver.manage().deleteAllCookies();
		driver.get(address);
		String page = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main"))).getText();
		screenshot("receipt-public-entry");
		assertThat(page).contains("160.000.000 đ", "Nguyễn Trường Đồ", "Bê tông hóa hẻm 49-57");
		assertThat(page).doesNotContain(household.address(), household.phone());
	}

	private static String decode(byte[] png) throws IOException, Exception {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
		LuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
		return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
	}

}
