package vn.sochibo.e2e;

import java.io.IOException;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cell secretary records the visit of the ward's Party secretary with two
 * recommendations, closes one with a follow-up note and sees the other open in the
 * overview of the cells.
 */
class VisitE2ETests extends ChromiumTest {

	@Test
	void aSecretaryRecordsAVisitClosesOneRecommendationAndSeesTheOtherOpen() throws IOException {
		TestWard ward = this.fixtures.newWard();
		LocalDate today = LocalDate.now();
		logIn(ward.secretary().username());

		driver.get(url("/cellwork/" + ward.cellA().id() + "/visits"));
		driver.findElement(By.linkText("Ghi nhận buổi làm việc")).click();
		wait.until(ExpectedConditions.urlContains("/visits/new"));
		date("date", today.minusDays(7).toString());
		type(By.name("visitors[0].name"), "Đồng chí Nguyễn Văn A");
		type(By.name("visitors[0].position"), "Bí thư Đảng ủy phường");
		type(By.id("plan"), "Kế hoạch 208-KH/QU … Mỗi tuần một khu phố");
		submit();
		wait.until(ExpectedConditions.urlMatches("/visits/\\d+$"));
		assertThat(driver.findElement(By.id("visit")).getText())
			.contains("Đồng chí Nguyễn Văn A, Bí thư Đảng ủy phường");

		type(By.id("content"), "Thành lập tổ phòng cháy, chữa cháy");
		type(By.id("responsibleName"), "Ban điều hành khu vực");
		date("dueOn", today.plusDays(30).toString());
		submit();
		wait.until(ExpectedConditions.urlMatches("/visits/\\d+$"));
		type(By.id("content"), "Lắp camera an ninh đầu hẻm");
		date("dueOn", today.plusDays(60).toString());
		submit();
		wait.until(ExpectedConditions.urlMatches("/visits/\\d+$"));
		assertThat(driver.findElements(By.cssSelector(".recommendation"))).hasSize(2);

		driver.findElements(By.linkText("Ghi theo dõi")).get(0).click();
		wait.until(ExpectedConditions.urlContains("/follow-up"));
		type(By.id("note"), "Đã ra mắt tổ PCCC 12 người");
		new Select(driver.findElement(By.id("newStatus"))).selectByValue("DONE");
		type(By.id("result"), "Tổ PCCC 12 người, 20 bình chữa cháy");
		submit();
		wait.until(ExpectedConditions.urlMatches("/visits/\\d+$"));
		assertThat(driver.findElements(By.cssSelector(".recommendation .status")).get(0).getText())
			.isEqualTo("Đã hoàn thành");

		phone();
		driver.findElement(By.linkText("Cấp trên thăm, làm việc")).click();
		wait.until(ExpectedConditions.urlMatches("/visits$"));
		assertThat(driver.findElement(By.id("open-recommendations")).getText()).contains("Lắp camera an ninh đầu hẻm")
			.doesNotContain("Thành lập tổ phòng cháy");
		driver.findElement(By.linkText("Kiến nghị của các chi bộ")).click();
		wait.until(ExpectedConditions.urlContains("/cellwork/recommendations"));
		assertThat(driver.findElement(By.cssSelector("#cell-" + ward.cellA().id() + " .open")).getText())
			.isEqualTo("1");
		screenshot("visit-recommendations-on-a-phone");
		desktop();
	}

}
