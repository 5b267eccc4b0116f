package vn.sochibo.e2e;

import java.io.IOException;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretary's year-end walk in a real browser: opens the cell's report of the year
 * from the cell's tabs, writes the assessment, saves the draft, reads it in the print
 * layout with the figures linked, marks the report final and finds the frozen edition
 * numbered "Số 01-BC/CB" with its SHA-256.
 */
class AnnualReportE2ETests extends ChromiumTest {

	@Test
	void theSecretaryWritesTheAssessmentAndMarksTheReportFinal() throws IOException {
		TestWard ward = this.fixtures.newWard();
		int year = LocalDate.now().getYear();
		logIn(ward.secretary().username());

		driver.get(url("/cellwork/" + ward.cellA().id()));
		driver.findElement(By.linkText("Báo cáo năm")).click();
		wait.until(ExpectedConditions.urlContains("/reports"));
		driver.findElement(By.cssSelector("a[aria-label='Chi bộ A " + year + "']")).click();
		wait.until(ExpectedConditions.urlContains("/reports/cells/" + ward.cellA().id() + "/" + year));
		assertThat(driver.findElement(By.cssSelector(".party-doc")).getText()).contains("ĐẢNG CỘNG SẢN VIỆT NAM")
			.contains("BÁO CÁO")
			.contains("Tổng kết công tác năm " + year);

		driver.findElement(By.linkText("Soạn phần nhận định")).click();
		wait.until(ExpectedConditions.urlContains("/edit"));
		type(By.id("section-STRENGTHS"), "Chi bộ đoàn kết, lãnh đạo hoàn thành các chỉ tiêu.");
		type(By.id("section-LIMITATIONS"), "- Sinh hoạt chuyên đề còn ít.");
		submit();
		wait.until(ExpectedConditions.urlMatches("/reports/cells/\\d+/\\d+$"));
		assertThat(driver.findElement(By.cssSelector(".party-doc")).getText())
			.contains("Chi bộ đoàn kết, lãnh đạo hoàn thành các chỉ tiêu.")
			.contains("- Sinh hoạt chuyên đề còn ít.");
		assertThat(driver.findElements(By.cssSelector(".party-doc a.figure[data-figure]"))).isNotEmpty();

		submit();
		wait.until(ExpectedConditions.urlContains("/editions/1"));
		assertThat(driver.findElement(By.cssSelector(".party-doc")).getText()).contains("Số 01-BC/CB");
		assertThat(driver.findElement(By.tagName("main")).getText()).containsPattern("SHA-256 [0-9a-f]{64}");
		screenshot("annual-report-final");
	}

}
