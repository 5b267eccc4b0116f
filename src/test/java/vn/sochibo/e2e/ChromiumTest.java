package vn.sochibo.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
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
 * The browser of the end-to-end tests: Debian's headless Chromium through its own driver,
 * so nothing is downloaded and Selenium Manager never runs. One browser per test class;
 * screenshots go to {@code target/e2e}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sochibo.admin.password=test-system-admin-password" })
@Import(WardFixtures.class)
abstract class ChromiumTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "e2e");

	static final Duration TIMEOUT = Duration.ofSeconds(15);

	static Path profile;

	static ChromeDriverService service;

	static WebDriver driver;

	static WebDriverWait wait;

	@LocalServerPort
	int port;

	@Autowired
	WardFixtures fixtures;

	@BeforeAll
	static void startBrowser() throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"Chromium and its driver are not installed at " + CHROMIUM + " and " + CHROMEDRIVER);
		profile = Files.createTempDirectory("sochibo-e2e-chromium");
		service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--user-data-dir=" + profile, "--window-size=1280,900", "--lang=vi-VN",
				// Bootstrap scrolls smoothly otherwise, and a click can land before the
				// scroll ends.
				"--force-prefers-reduced-motion");
		driver = new ChromeDriver(service, options);
		wait = new WebDriverWait(driver, TIMEOUT);
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
		if (service != null) {
			service.stop();
		}
		if (profile != null) {
			FileSystemUtils.deleteRecursively(profile.toFile());
		}
	}

	@BeforeEach
	void logOut() {
		driver.get(url("/login"));
		driver.manage().deleteAllCookies();
	}

	void logIn(String username) {
		driver.get(url("/login"));
		type(By.id("username"), username);
		type(By.id("password"), WardFixtures.PASSWORD);
		submit();
		// a login lands on the staff home, the dashboard; these walks start from the
		// households
		wait.until(ExpectedConditions.urlMatches("/dashboard$"));
		driver.get(url("/households"));
		wait.until(ExpectedConditions.urlMatches("/households$"));
	}

	List<String> resultNames() {
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("households")));
		return driver.findElements(By.cssSelector("#households tbody tr td:nth-child(2)"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	static void type(By field, String text) {
		WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field));
		element.clear();
		element.sendKeys(text);
	}

	/**
	 * Sets a date field to an ISO date as the browser would post it, whatever the
	 * browser's locale shows in the field.
	 */
	static void date(String id, String isoDate) {
		((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1]", id,
				isoDate);
	}

	/**
	 * Submits the page's own form (the navigation bar has the logout form), and waits
	 * until the browser has left the page.
	 */
	static void submit() {
		WebElement button = driver.findElement(By.cssSelector("main form button[type=submit]"));
		button.click();
		wait.until((browser) -> gone(button));
	}

	/**
	 * Whether the element has left the page. While the next page replaces it, Chromium
	 * may answer "node does not belong to the document" instead of a stale element: both
	 * mean it is gone.
	 */
	static boolean gone(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	/** A phone's screen: 390 × 844, as a mobile browser lays it out. */
	static void phone() {
		screen(390, 844, true);
	}

	static void screen(int width, int height, boolean mobile) {
		((HasCdp) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
	}

	/** The browser's own window again (1280 × 900). */
	static void desktop() {
		((HasCdp) driver).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
	}

	static void screenshot(String name) throws IOException {
		File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
		Files.createDirectories(SCREENSHOTS);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
