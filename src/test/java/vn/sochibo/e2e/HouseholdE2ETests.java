package vn.sochibo.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.util.FileSystemUtils;

import vn.sochibo.household.HouseholdQuery;
import vn.sochibo.household.HouseholdSummary;
import vn.sochibo.household.Households;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Flows through the real login page and forms in Debian's headless Chromium. Nothing is
 * downloaded: the driver and the browser are the system's, so Selenium Manager never
 * runs. Screenshots of the last page of each flow go to {@code target/e2e}.
 */
/**
 * The household flows through the real login page and forms.
 */
class HouseholdE2ETests extends ChromiumTest {

	@Autowired
	Households households;

	@Test
	void anOfficerRecordsAHouseholdAndFindsItWithoutAccents() throws IOException {
		TestWard ward = this.fixtures.newWard();
		this.fixtures.household(ward, ward.areaA(), "Trần Thị Lan");
		logIn(ward.officer().username());

		driver.get(url("/households/new"));
		type(By.id("headName"), "Nguyễn Trường Đồ");
		type(By.id("address"), "12 hẻm 49-57 đường Trần Văn Khéo");
		type(By.id("alley"), "hẻm 49-57");
		new Select(driver.findElement(By.id("areaId"))).selectByValue(String.valueOf(ward.areaA().id()));
		type(By.id("members"), "5");
		submit();

		wait.until(ExpectedConditions.urlMatches("/households/\\d+$"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Nguyễn Trường Đồ");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("hẻm 49-57", "A – Khu vực A");

		driver.get(url("/households"));
		assertThat(resultNames()).containsExactlyInAnyOrder("Nguyễn Trường Đồ", "Trần Thị Lan");
		type(By.id("q"), "nguyen truong do");
		submit();

		wait.until(ExpectedConditions.urlContains("q=nguyen"));
		assertThat(resultNames()).containsExactly("Nguyễn Trường Đồ");
		assertThat(driver.findElement(By.id("q")).getDomProperty("value")).isEqualTo("nguyen truong do");
		screenshot("household-created-and-found");
		// What the browser posted is stored exactly as typed, each field once.
		assertThat(this.households
			.list(ward.officer(), new HouseholdQuery("nguyen truong do", null, null, null), PageRequest.of(0, 25))
			.getContent()).singleElement().satisfies((stored) -> {
				assertThat(stored.headName()).isEqualTo("Nguyễn Trường Đồ");
				assertThat(stored.address()).isEqualTo("12 hẻm 49-57 đường Trần Văn Khéo");
				assertThat(stored.alley()).isEqualTo("hẻm 49-57");
				assertThat(stored.members()).isEqualTo(5);
				assertThat(stored.areaId()).isEqualTo(ward.areaA().id());
			});
	}

	@Test
	void aFormErrorIsShownInVietnameseAndKeepsWhatWasTyped() throws IOException {
		TestWard ward = this.fixtures.newWard();
		logIn(ward.officer().username());

		driver.get(url("/households/new"));
		type(By.id("headName"), "Lê Văn Tám");
		type(By.id("address"), "3 kiệt 18 Phùng Hưng");
		new Select(driver.findElement(By.id("areaId"))).selectByValue(String.valueOf(ward.areaA().id()));
		type(By.id("members"), "abc");
		submit();

		WebElement members = wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#members.is-invalid")));
		WebElement error = members.findElement(By.xpath("following-sibling::div[contains(@class,'invalid-feedback')]"));
		assertThat(error.getText()).isEqualTo("Phải là một số nguyên.");
		assertThat(members.getDomProperty("value")).isEqualTo("abc");
		assertThat(driver.findElement(By.id("headName")).getDomProperty("value")).isEqualTo("Lê Văn Tám");
		assertThat(driver.findElement(By.id("address")).getDomProperty("value")).isEqualTo("3 kiệt 18 Phùng Hưng");
		assertThat(new Select(driver.findElement(By.id("areaId"))).getFirstSelectedOption().getDomProperty("value"))
			.isEqualTo(String.valueOf(ward.areaA().id()));
		assertThat(driver.getCurrentUrl()).endsWith("/households/new");
		assertThat(this.households
			.list(ward.officer(), new HouseholdQuery("le van tam", null, null, null), PageRequest.of(0, 25))
			.getContent()).isEmpty();
		screenshot("household-form-error");
	}

}
