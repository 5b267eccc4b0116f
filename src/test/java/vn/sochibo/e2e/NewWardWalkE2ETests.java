package vn.sochibo.e2e;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walk of a new ward through the pages alone: the system admin creates Phường Bàn Cờ,
 * whose units are "khu phố", with its public address; its admin follows the first steps —
 * a khu phố, its cell, an officer, two households, a fund; the officer, on a phone,
 * records money found by the household's name and goods in kind, and prints the receipt;
 * a resident opens the fund's public page on a phone. Along the way every page says "khu
 * phố" where it names the ward's units, never Cái Khế's "khu vực", and the phone pages
 * fit the screen.
 */
class NewWardWalkE2ETests extends ChromiumTest {

	static final String SYSTEM_ADMIN_PASSWORD = "test-system-admin-password";

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void desktopAgain() {
		desktop();
	}

	@Test
	void banCoIsSetUpThroughThePagesAndItsLedgerReadsOnAPhone() throws IOException {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String wardName = "Phường Bàn Cờ " + suffix;
		String admin = "banco-" + suffix;
		String officer = "canbokp4-" + suffix;

		// The system admin creates the ward with its public address.
		logInAs("sysadmin", SYSTEM_ADMIN_PASSWORD);
		driver.get(url("/system/wards/new"));
		type(By.id("ward.name"), wardName);
		type(By.id("ward.province"), "Thành phố Hồ Chí Minh");
		type(By.id("ward.unitLabel"), "Khu phố");
		type(By.id("ward.superiorBody"), "ĐẢNG BỘ PHƯỜNG BÀN CỜ");
		type(By.id("ward.placeName"), "Bàn Cờ");
		type(By.id("ward.publicBaseUrl"), "https://congkhai.banco.example.vn");
		type(By.id("adminUsername"), admin);
		type(By.id("adminFullName"), "Võ Thị Kim Ngân");
		type(By.id("adminPassword"), "mat-khau-ban-co-2026");
		submit();
		assertThat(page()).contains(wardName);

		// Its admin lands on the first steps, in the ward's words.
		logInAs(admin, "mat-khau-ban-co-2026");
		wait.until(ExpectedConditions.urlMatches("/start$"));
		assertThat(page()).contains("khu phố").doesNotContainIgnoringCase("khu vực");
		assertThat(stepDone("settings")).isTrue();
		assertThat(stepDone("areas")).isFalse();

		driver.findElement(By.cssSelector("#step-areas a")).click();
		driver.get(url("/areas/new"));
		type(By.id("code"), "KP4");
		type(By.id("name"), "Khu phố 4");
		date("validFrom", "2025-07-01");
		submit();

		driver.get(url("/cells/new"));
		type(By.id("name"), "Chi bộ Khu phố 4");
		type(By.id("secretaryName"), "Đặng Thị Thanh Tâm");
		check(driver.findElement(By.cssSelector("input[name=areaIds]")));
		submit();

		driver.get(url("/users/new"));
		type(By.id("username"), officer);
		type(By.id("fullName"), "Lâm Văn Phước");
		new Select(driver.findElement(By.id("role"))).selectByValue("OFFICER");
		assertThat(page()).contains("Cán bộ khu phố").doesNotContainIgnoringCase("khu vực");
		check(driver.findElement(By.cssSelector("input[name=areaIds]")));
		type(By.id("password"), "mat-khau-can-bo-2026");
		submit();

		for (String[] household : List.of(new String[] { "Nguyễn Văn Ân", "12/549 đường Nguyễn Đình Chiểu" },
				new String[] { "Trần Thị Bình", "14/549 đường Nguyễn Đình Chiểu" })) {
			driver.get(url("/households/new"));
			type(By.id("headName"), household[0]);
			type(By.id("address"), household[1]);
			type(By.id("alley"), "hẻm 549 Nguyễn Đình Chiểu");
			new Select(driver.findElement(By.id("areaId"))).selectByIndex(1);
			type(By.id("members"), "4");
			submit();
		}

		driver.get(url("/funds/new"));
		type(By.id("name"), "Quỹ Vì người nghèo năm 2026 — Khu phố 4");
		type(By.id("target"), "20.000.000");
		date("startsOn", "2026-01-01");
		check(driver.findElement(By.cssSelector("input[name=areaIds]")));
		submit();
		Long fundId = this.jdbc.queryForObject(
				"select f.id from funds f join wards w on w.id = f.ward_id where w.name = ?", Long.class, wardName);

		driver.get(url("/start"));
		assertThat(driver.findElements(By.cssSelector("#steps .step-todo"))).isEmpty();

		// The officer, on a phone, finds the household by name and records money and
		// goods.
		logInAs(officer, "mat-khau-can-bo-2026");
		phone();
		driver.get(url("/funds/" + fundId + "/contributions/new"));
		type(By.id("amount"), "500.000");
		WebElement household = driver.findElement(By.id("householdCode"));
		household.sendKeys("nguyen van an");
		wait.until(
				ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#householdSuggestions [role=option]")));
		household.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
		wait.until(ExpectedConditions.attributeContains(By.id("householdCode"), "value", "KP4-"));
		driver.findElement(By.cssSelector("input[name=display][value=FULL_NAME]")).click();
		assertThat(page()).doesNotContainIgnoringCase("khu vực");
		fits("officer-contribution");
		submit();
		wait.until(ExpectedConditions.urlMatches("/funds/" + fundId + "/receipts/\\d+$"));
		assertThat(page()).contains("500.000 đ", "Năm trăm nghìn đồng chẵn.", "Nguyễn Văn Ân");
		fits("officer-receipt");

		driver.get(url("/funds/" + fundId + "/contributions/new"));
		type(By.id("amount"), "300.000");
		new Select(driver.findElement(By.id("method"))).selectByValue("IN_KIND");
		type(By.id("description"), "10 bao gạo");
		type(By.id("householdCode"), "Trần Thị Bình");
		submit();
		wait.until(ExpectedConditions.urlMatches("/funds/" + fundId + "/receipts/\\d+$"));
		assertThat(page()).contains("10 bao gạo", "300.000 đ");

		// A resident opens the fund's page on a phone: money and goods apart, the ward's
		// words, nothing wider than the screen.
		logOut();
		driver.get(url("/public/funds/" + fundId));
		String ledger = page();
		assertThat(ledger).contains(wardName, "Khu phố 4", "500.000 đ", "300.000 đ", "Nguyễn Văn Ân")
			.doesNotContainIgnoringCase("khu vực");
		assertThat(driver.findElement(By.id("total-balance")).getText()).isEqualTo("500.000 đ");
		assertThat(driver.findElement(By.id("total-in-kind")).getText()).isEqualTo("300.000 đ");
		fits("resident-fund");
	}

	private void logInAs(String username, String password) {
		logOut();
		driver.get(url("/login"));
		type(By.id("username"), username);
		type(By.id("password"), password);
		submit();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private static boolean stepDone(String step) {
		return driver.findElement(By.id("step-" + step)).getAttribute("class").contains("step-done");
	}

	private static void check(WebElement box) {
		if (!box.isSelected()) {
			((JavascriptExecutor) driver).executeScript("arguments[0].click()", box);
		}
	}

	private static String page() {
		return driver.findElement(By.tagName("main")).getText();
	}

	/** Nothing on the page is wider than the screen or cut (see PhoneLedgerE2ETests). */
	@SuppressWarnings("unchecked")
	private static void fits(String name) throws IOException {
		screenshot("walk-" + name);
		List<String> problems = (List<String>) ((JavascriptExecutor) driver)
			.executeScript(PhoneLedgerE2ETests.OVERFLOWS);
		assertThat(problems).as(name).isEmpty();
	}

}
