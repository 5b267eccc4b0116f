package vn.sochibo.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.sochibo.imports.HouseholdImportTests;
import vn.sochibo.imports.Sheets;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sochibo.imports.HouseholdImportTests.row;

/**
 * The ward admin's first import in a real browser: from the household list to the import
 * page, a file of 300 households with a few mistakes uploaded, the progress bar until the
 * check is done, each mistake with its row, the fixed file uploaded, everything imported
 * at once, and the households in the register.
 */
class ImportE2ETests extends ChromiumTest {

	@Test
	void theWardAdminImportsThreeHundredHouseholdsAfterFixingTheMistakes() throws IOException {
		TestWard ward = this.fixtures.newWard();
		driver.get(url("/login"));
		type(By.id("username"), ward.admin().username());
		type(By.id("password"), WardFixtures.PASSWORD);
		submit();
		// the new ward is not set up yet: its admin lands on the first steps
		wait.until(ExpectedConditions.urlMatches("/start$"));
		driver.get(url("/households"));
		driver.findElement(By.id("importLink")).click();
		wait.until(ExpectedConditions.urlMatches("/imports$"));

		List<List<Object>> rows = new ArrayList<>();
		for (int i = 1; i <= 300; i++) {
			rows.add(row("", "Trần Văn Hộ " + i, i + " Đường Mậu Thân", (i % 2 == 0) ? "A" : "B", 4, "", ""));
		}
		rows.set(6, row("", "Trần Văn Hộ 7", "7 Đường Mậu Thân", "KV9", 4, 912345678L, ""));
		rows.set(99, row("", "", "100 Đường Mậu Thân", "A", 60, "", ""));
		upload(Sheets.xlsx(HouseholdImportTests.HEADER, rows));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-summary")));
		assertThat(driver.findElement(By.id("import-summary")).getText()).isEqualTo("298 dòng hợp lệ, 2 dòng lỗi");
		String errors = driver.findElement(By.id("import-errors")).getText();
		assertThat(errors).contains("8 G – Số điện thoại 912345678 Số điện thoại đã bị Excel đổi thành số")
			.contains("8 E – Mã khu dân cư (*) KV9 Không có khu dân cư mã «KV9» trong phường.")
			.contains("101 B – Họ tên chủ hộ (*) Bắt buộc phải điền.")
			.contains("101 F – Số nhân khẩu (*) 60 Phải từ 1 đến 50.");
		assertThat(driver.findElement(By.cssSelector("button[type=submit].btn-primary")).isEnabled()).isFalse();
		screenshot("import-errors");

		rows.set(6, row("", "Trần Văn Hộ 7", "7 Đường Mậu Thân", "B", 4, "0912345678", ""));
		rows.set(99, row("", "Trần Văn Hộ 100", "100 Đường Mậu Thân", "A", 6, "", "Hộ nghèo"));
		driver.findElement(By.linkText("← Các lần nhập")).click();
		upload(Sheets.xlsx(HouseholdImportTests.HEADER, rows));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-summary")));
		assertThat(driver.findElement(By.id("import-summary")).getText()).isEqualTo("300 dòng hợp lệ, 0 dòng lỗi");
		driver.findElement(By.cssSelector("button[type=submit].btn-primary")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".alert-success"),
				"Đã nhập: 300 thêm mới"));
		screenshot("import-done");

		driver.get(url("/households?q=Trần Văn Hộ 100"));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Trần Văn Hộ 100");
	}

	private static void upload(byte[] file) throws IOException {
		Path path = Files.createTempFile("ho-gia-dinh-", ".xlsx");
		Files.write(path, file);
		driver.findElement(By.id("file-ho-gia-dinh")).sendKeys(path.toAbsolutePath().toString());
		driver.findElement(By.cssSelector("#import-ho-gia-dinh button[type=submit]")).click();
		wait.until(ExpectedConditions.urlMatches("/imports/\\d+$"));
		Files.deleteIfExists(path);
	}

}
