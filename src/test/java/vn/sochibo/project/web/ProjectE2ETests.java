package vn.sochibo.project.web;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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

import vn.sochibo.household.Households;
import vn.sochibo.project.ProjectDetail;
import vn.sochibo.project.ProjectQuery;
import vn.sochibo.project.ProjectStatus;
import vn.sochibo.project.Projects;
import vn.sochibo.shared.VietnamTime;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A project's life through the real pages in Debian's headless Chromium: created from the
 * form, consulted, approved after a residents' meeting, built with a photo uploaded from
 * the browser, and shown on its public page. Screenshots go to {@code target/e2e}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "sochibo.admin.password=test-system-admin-password" })
@Import(WardFixtures.class)
class ProjectE2ETests {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "e2e");

	private static final Duration TIMEOUT = Duration.ofSeconds(15);

	private static Path profile;

	private static ChromeDriverService service;

	private static WebDriver driver;

	private static WebDriverWait wait;

	@LocalServerPort
	int port;

	@Autowired
	WardFixtures wards;

	@Autowired
	Projects projects;

	@Autowired
	Households households;

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
				"--user-data-dir=" + profile, "--window-size=1280,900", "--lang=vi-VN");
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

	@Test
	void anOfficerTakesAProjectFromProposalToConstructionAndThePublicSeesIt() throws IOException {
		TestWard ward = this.wards.newWard();
		for (int i = 1; i <= 4; i++) {
			this.wards.household(ward, ward.areaA(), "Hộ Số " + i);
		}
		logIn(ward.officer().username());

		driver.get(url("/projects/new"));
		new Select(driver.findElement(By.id("kind"))).selectByValue("CONCRETE_PAVING");
		type(By.id("name"), "Bê tông hóa hẻm 49-57");
		new Select(driver.findElement(By.id("areaId"))).selectByValue(String.valueOf(ward.areaA().id()));
		type(By.id("location"), "hẻm 49-57 đường Trần Văn Khéo");
		type(By.id("lengthMetres"), "120,5");
		type(By.id("widthMetres"), "3,5");
		type(By.id("householdsBenefiting"), "42");
		submit("/projects/new");
		wait.until(ExpectedConditions.urlMatches("/projects/\\d+$"));
		String detailUrl = driver.getCurrentUrl();
		Long id = Long.valueOf(detailUrl.substring(detailUrl.lastIndexOf('/') + 1));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Bê tông hóa hẻm 49-57", "120,5 m",
				"3,5 m", "A – Khu vực A");

		changeStatus(id, "CONSULTING", null);
		setDate(By.id("meetingDate"), LocalDate.now(VietnamTime.ZONE).minusDays(3));
		type(By.id("householdsPresent"), "4");
		type(By.id("householdsAgreeing"), "3");
		submit("/projects/" + id + "/meetings");
		assertThat(driver.findElement(By.id("meetings")).getText()).contains("75,0%");
		changeStatus(id, "APPROVED", null);
		changeStatus(id, "UNDER_CONSTRUCTION", null);

		Path photo = Files.createTempFile("anh-hem", ".jpg");
		writePng(photo);
		type(By.id("updateText"), "Đổ bê tông đoạn đầu hẻm");
		type(By.id("updateProgress"), "40");
		driver.findElement(By.id("photos")).sendKeys(photo.toAbsolutePath().toString());
		submit("/projects/" + id + "/updates");
		Files.deleteIfExists(photo);
		WebElement thumbnail = wait
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#timeline img.img-thumbnail")));
		assertThat(naturalWidth(thumbnail)).isEqualTo(160);
		screenshot("project-timeline");
		((JavascriptExecutor) driver).executeScript("window.scrollTo({top: 0, behavior: 'instant'})");
		screenshot("project-detail");

		ProjectDetail stored = this.projects.get(ward.officer(), id);
		assertThat(stored.status()).isEqualTo(ProjectStatus.UNDER_CONSTRUCTION);
		assertThat(stored.lengthMetres()).isEqualByComparingTo("120.5");
		assertThat(stored.progress()).isEqualTo(40);
		assertThat(stored.meetings()).singleElement()
			.satisfies((meeting) -> assertThat(meeting.areaHouseholds()).isEqualTo(4));
		assertThat(this.projects.list(ward.officer(), new ProjectQuery(null, null, null), PageRequest.of(0, 10)))
			.hasSize(1);

		driver.manage().deleteAllCookies();
		driver.get(url("/public/projects/" + id));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Bê tông hóa hẻm 49-57", "Đang thi công",
				"Đổ bê tông đoạn đầu hẻm", "Nhân dân đóng góp");
		assertThat(naturalWidth(driver.findElement(By.cssSelector("#timeline img")))).isEqualTo(160);
		screenshot("project-public");
	}

	private void changeStatus(Long id, String target, String note) {
		new Select(driver.findElement(By.id("target"))).selectByValue(target);
		if (note != null) {
			type(By.id("statusNote"), note);
		}
		submit("/projects/" + id + "/status");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
	}

	/** Sets a date input as the browser's date picker would. */
	private static void setDate(By field, LocalDate date) {
		WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field));
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", element, date.toString());
	}

	private static long naturalWidth(WebElement image) {
		// Photos load lazily: bring it into view first.
		((JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", image);
		wait.until((d) -> (Boolean) ((JavascriptExecutor) d).executeScript("return arguments[0].complete", image));
		return (Long) ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth", image);
	}

	/** A real PNG (named .jpg by the caller: the server goes by its bytes). */
	private static void writePng(Path file) throws IOException {
		BufferedImage image = new BufferedImage(160, 90, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0xA5, 0x0E, 0x0E));
		graphics.fillRect(0, 0, 160, 90);
		graphics.setColor(Color.LIGHT_GRAY);
		graphics.fillRect(0, 50, 160, 40);
		graphics.dispose();
		ImageIO.write(image, "png", file.toFile());
	}

	private void logIn(String username) {
		driver.get(url("/login"));
		driver.manage().deleteAllCookies();
		driver.get(url("/login"));
		type(By.id("username"), username);
		type(By.id("password"), WardFixtures.PASSWORD);
		WebElement button = driver.findElement(By.cssSelector("main form button[type=submit]"));
		button.click();
		wait.until(ExpectedConditions.stalenessOf(button));
	}

	private static void type(By field, String text) {
		WebElement element = wait.until(ExpectedConditions.elementToBeClickable(field));
		element.clear();
		element.sendKeys(text);
	}

	/**
	 * Submits the form posting to this address and waits until the browser has left the
	 * page.
	 */
	private static void submit(String action) {
		WebElement button = driver.findElement(By.cssSelector("form[action='" + action + "'] button[type=submit]"));
		((JavascriptExecutor) driver)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
		button.click();
		wait.until(ExpectedConditions.stalenessOf(button));
	}

	private static void screenshot(String name) throws IOException {
		File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
		Files.createDirectories(SCREENSHOTS);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
