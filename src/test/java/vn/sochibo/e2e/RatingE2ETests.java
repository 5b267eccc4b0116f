package vn.sochibo.e2e;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cell's annual rating in the browser: the secretary records the self-assessment and
 * the proposal, the ward admin's level that does not match the score is refused beside
 * the field, and the decision "Hoàn thành xuất sắc nhiệm vụ" with 92 points is recorded.
 */
class RatingE2ETests extends ChromiumTest {

	@Test
	void theSecretaryAssessesAndProposesAndTheWardAdminDecidesExcellent() throws IOException {
		TestWard ward = this.fixtures.newWard();
		String page = "/cellwork/" + ward.cellA().id() + "/ratings?year=2025";
		logIn(ward.secretary().username());
		driver.get(url("/cellwork/" + ward.cellA().id()));
		driver.findElement(By.linkText("Xếp loại")).click();
		wait.until(ExpectedConditions.urlContains("/ratings"));
		driver.findElement(By.linkText("2025")).click();
		wait.until(ExpectedConditions.urlContains("year=2025"));

		assertThat(new Select(driver.findElement(By.id("kind"))).getFirstSelectedOption().getText())
			.isEqualTo("Tự đánh giá");
		type(By.id("score"), "93");
		new Select(driver.findElement(By.id("level"))).selectByValue("EXCELLENT");
		type(By.id("comment"), "Hoàn thành vượt các chỉ tiêu năm 2025");
		submit();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cell-rating"), "Tự đánh giá"));

		assertThat(new Select(driver.findElement(By.id("kind"))).getFirstSelectedOption().getText())
			.isEqualTo("Chi bộ, cấp ủy xem xét, đề xuất");
		type(By.id("score"), "92");
		submit();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cell-rating"), "đề xuất"));
		logOut();

		// A new ward's admin lands on its start page, not on the households.
		driver.get(url("/login"));
		type(By.id("username"), ward.admin().username());
		type(By.id("password"), WardFixtures.PASSWORD);
		submit();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
		driver.get(url(page));
		assertThat(new Select(driver.findElement(By.id("kind"))).getFirstSelectedOption().getText())
			.isEqualTo("Quyết định của cấp có thẩm quyền");
		type(By.id("score"), "92");
		new Select(driver.findElement(By.id("level"))).selectByValue("GOOD");
		type(By.id("competentBody"), "Đảng ủy phường Thử");
		type(By.id("decisionRef"), "125-QĐ/ĐU");
		date("decidedOn", "2025-12-20");
		submit();
		WebElement level = wait
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("select#level.is-invalid")));
		assertThat(level.findElement(By.xpath("..")).getText())
			.contains("Với 92 điểm, theo Quy định 366-QĐ/TW, mức xếp loại phải là \"Hoàn thành xuất sắc nhiệm vụ\".");
		screenshot("rating-level-refused");

		new Select(driver.findElement(By.id("level"))).selectByValue("EXCELLENT");
		submit();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cell-rating-decided")));
		assertThat(driver.findElement(By.id("cell-rating-decided")).getText()).contains("Hoàn thành xuất sắc nhiệm vụ")
			.contains("92 điểm");
		assertThat(driver.findElement(By.id("cell-rating")).getText()).contains("Đảng ủy phường Thử");
		phone();
		driver.navigate().refresh();
		screenshot("rating-decided-on-a-phone");
		desktop();
	}

}
