package vn.sochibo.e2e;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import vn.sochibo.fund.FundDetails;
import vn.sochibo.fund.FundKind;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.HouseholdDetails;
import vn.sochibo.household.Households;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.Money;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.welfare.Occasion;
import vn.sochibo.welfare.ProgramDetails;
import vn.sochibo.welfare.ProgramSource;
import vn.sochibo.welfare.ProgramView;
import vn.sochibo.welfare.WelfarePrograms;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The household picker of the contribution, gift and loan forms: an officer types part of
 * a name without accents, picks the household with the keyboard and records the entry for
 * it; only households the form may take are offered; it fits a phone.
 */
class HouseholdPickerE2ETests extends ChromiumTest {

	@Autowired
	Households households;

	@Autowired
	Funds funds;

	@Autowired
	Ledger ledger;

	@Autowired
	WelfarePrograms programs;

	@Test
	void anOfficerFindsAHouseholdByNameOnTheContributionFormAndTheEntryIsRecordedForIt() throws IOException {
		TestWard ward = this.fixtures.newWard();
		HouseholdDetail an = household(ward, ward.areaA().id(), "Nguyễn Văn An", "12 Trần Văn Khéo", "hẻm 49-57");
		household(ward, ward.areaA().id(), "Nguyễn Thị Vân", "14 Trần Văn Khéo", "hẻm 49-57");
		household(ward, ward.areaA().id(), "Lê Văn Tám", "3 Lý Tự Trọng", "hẻm 9-15");
		household(ward, ward.areaB().id(), "Nguyễn Văn Cường", "5 Mậu Thân", null);
		FundSummary fund = this.funds.create(ward.admin(), FundKind.CAMPAIGN, new FundDetails("Quỹ hẻm 49-57",
				"Bê tông hóa hẻm", null, LocalDate.now().withDayOfYear(1), null, Set.of(ward.areaA().id())));

		logIn(ward.officer().username());
		driver.get(url("/funds/" + fund.id() + "/contributions/new"));
		WebElement field = driver.findElement(By.id("householdCode"));
		assertThat(field.getAttribute("role")).isEqualTo("combobox");
		assertThat(field.getAttribute("placeholder")).isEqualTo("Tìm hộ theo tên, mã hoặc địa chỉ");
		field.sendKeys("nguyen van");
		WebElement list = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("householdSuggestions")));
		assertThat(list.getAttribute("role")).isEqualTo("listbox");
		assertThat(field.getAttribute("aria-expanded")).isEqualTo("true");
		// The officer's two Nguyễn of Khu vực A, the better match first; never Khu vực
		// B's.
		assertThat(options()).hasSize(2);
		assertThat(options().get(0)).startsWith("Nguyễn Văn An").contains(an.code(), "hẻm 49-57", "Khu vực A");
		assertThat(options().get(1)).startsWith("Nguyễn Thị Vân");
		assertThat(list.getText()).doesNotContain("Cường");

		field.sendKeys(Keys.ARROW_DOWN);
		WebElement first = driver.findElement(By.cssSelector("#householdSuggestions [role=option]"));
		assertThat(field.getAttribute("aria-activedescendant")).isEqualTo(first.getAttribute("id"));
		assertThat(first.getAttribute("aria-selected")).isEqualTo("true");
		field.sendKeys(Keys.ENTER);

		// Enter picked the household; it did not send the form.
		wait.until(ExpectedConditions.invisibilityOf(list));
		assertThat(driver.getCurrentUrl()).endsWith("/contributions/new");
		assertThat(field.getAttribute("value")).isEqualTo(an.code());
		assertThat(driver.findElement(By.cssSelector("[data-picker-chosen]")).getText()).contains("Đã chọn:",
				"Nguyễn Văn An", an.code());
		type(By.id("amount"), "500.000");
		screenshot("household-picker-contribution");
		submit();

		wait.until(ExpectedConditions.urlMatches("/funds/" + fund.id() + "/receipts/\\d+$"));
		String url = driver.getCurrentUrl();
		Long entryId = Long.valueOf(url.substring(url.lastIndexOf('/') + 1));
		assertThat(this.ledger.entry(ward.officer(), entryId).householdId()).isEqualTo(an.id());
		assertThat(this.ledger.entry(ward.officer(), entryId).amount()).isEqualTo(Money.of(500_000));
	}

	@Test
	void theGiftFormOffersOnlyTheProgramsAreasAndTheLoanFormFitsAPhone() throws IOException {
		TestWard ward = this.fixtures.newWard();
		household(ward, ward.areaA().id(), "Nguyễn Văn An", "12 Trần Văn Khéo", "hẻm 49-57");
		HouseholdDetail cuong = household(ward, ward.areaB().id(), "Nguyễn Văn Cường", "5 Mậu Thân", "hẻm 27");
		int year = LocalDate.now().getYear();
		ProgramView program = this.programs.create(ward.admin(),
				new ProgramDetails("Quà Tết " + year, Occasion.TET, year, LocalDate.now(), Set.of(StatusKind.POOR),
						Money.of(5_000_000), ProgramSource.FRONT, null, null, null, "Quà Tết",
						Set.of(ward.areaB().id()), null));

		logInAnywhere(ward.admin().username());
		driver.get(url("/welfare/programs/" + program.id() + "/gifts/new"));
		WebElement field = driver.findElement(By.id("householdCode"));
		// A whole code typed only says whose it is.
		field.sendKeys(cuong.code().toLowerCase());
		WebElement chosen = driver.findElement(By.cssSelector("[data-picker-chosen]"));
		wait.until(ExpectedConditions.visibilityOf(chosen));
		assertThat(chosen.getText()).contains("Nguyễn Văn Cường", cuong.code());
		assertThat(driver.findElement(By.id("householdSuggestions")).isDisplayed()).isFalse();
		field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
		wait.until(ExpectedConditions.invisibilityOf(chosen));
		field.sendKeys("nguyen");
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("householdSuggestions")));
		// The ward admin sees every area, but the program is for Khu vực B only.
		assertThat(options()).singleElement().asString().startsWith("Nguyễn Văn Cường");
		driver.findElement(By.cssSelector("#householdSuggestions [role=option]")).click();
		assertThat(field.getAttribute("value")).isEqualTo(cuong.code());
		assertThat(chosen.getText()).contains("Nguyễn Văn Cường");

		driver.manage().window().setSize(new Dimension(390, 844));
		try {
			driver.get(url("/welfare/loans/new"));
			field = driver.findElement(By.id("householdCode"));
			field.sendKeys("hem 27");
			WebElement list = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("householdSuggestions")));
			assertThat(options()).singleElement().asString().startsWith("Nguyễn Văn Cường");
			Long width = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
				.executeScript("return document.documentElement.scrollWidth;");
			assertThat(list.getRect().getX() + list.getRect().getWidth()).isLessThanOrEqualTo(390);
			assertThat(width).isLessThanOrEqualTo(390L);
			screenshot("household-picker-loan-phone");
			field.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
			assertThat(field.getAttribute("value")).isEqualTo(cuong.code());
		}
		finally {
			driver.manage().window().setSize(new Dimension(1280, 900));
		}
	}

	/**
	 * Logs in a user whose home page may be any page (a new ward's admin lands on its
	 * first steps).
	 */
	private void logInAnywhere(String username) {
		driver.get(url("/login"));
		type(By.id("username"), username);
		type(By.id("password"), WardFixtures.PASSWORD);
		submit();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private HouseholdDetail household(TestWard ward, Long areaId, String headName, String address, String alley) {
		return this.households.create(ward.admin(),
				new HouseholdDetails(null, headName, address, alley, areaId, 3, null, null));
	}

	private static List<String> options() {
		return driver.findElements(By.cssSelector("#householdSuggestions [role=option]"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

}
