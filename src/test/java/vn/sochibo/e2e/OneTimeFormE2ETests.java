package vn.sochibo.e2e;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.sochibo.fund.FundDetails;
import vn.sochibo.fund.FundKind;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.shared.Money;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The button of a form that posts once, in the browser: after the first tap it is
 * disabled and says "Đang gửi…", a second submit is ignored, and a page shown again from
 * the back-forward cache gets its button back. The page's script is the convenience; the
 * server's one-time token is the guarantee (tested over HTTP).
 */
class OneTimeFormE2ETests extends ChromiumTest {

	/**
	 * Counts the submits that went through and keeps the page where it is, so the
	 * button's state after the tap can be read.
	 */
	static final String HOLD_SUBMITS = """
			window.sent = 0;
			window.hold = function (event) {
			  if (!event.defaultPrevented) { window.sent++; }
			  event.preventDefault();
			};
			window.addEventListener('submit', window.hold);""";

	@Autowired
	Funds funds;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theButtonIsDisabledAfterTheFirstTapAndASecondSubmitIsIgnored() {
		TestWard ward = this.fixtures.newWard();
		FundSummary fund = this.funds.create(ward.admin(), FundKind.CAMPAIGN,
				new FundDetails("Quỹ Vì người nghèo", null, null, LocalDate.of(2025, 1, 1), null, Set.of()));
		HouseholdDetail household = this.fixtures.household(ward, ward.areaA(), "Nguyễn Văn An");
		logIn(ward.officer().username());
		driver.get(url("/funds/" + fund.id() + "/contributions/new"));
		type(By.id("amount"), "200.000");
		type(By.id("householdCode"), household.code());
		JavascriptExecutor page = (JavascriptExecutor) driver;
		page.executeScript(HOLD_SUBMITS);
		WebElement button = driver.findElement(By.cssSelector("main form button[type=submit]"));
		String label = button.getText();

		button.click();
		wait.until((d) -> !button.isEnabled());
		assertThat(button.getText()).isEqualTo("Đang gửi…");
		page.executeScript("document.querySelector('main form[data-once]').requestSubmit();");
		assertThat(page.executeScript("return window.sent;")).isEqualTo(1L);

		// Shown again from the back-forward cache: the button is back.
		page.executeScript("window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));");
		assertThat(button.isEnabled()).isTrue();
		assertThat(button.getText()).isEqualTo(label);

		page.executeScript("window.removeEventListener('submit', window.hold);");
		button.click();
		wait.until(ExpectedConditions.urlMatches("/funds/" + fund.id() + "/receipts/\\d+$"));
		assertThat(this.jdbc.queryForObject("select count(*) from ledger_entries where fund_id = ?", Long.class,
				fund.id()))
			.isEqualTo(1L);
	}

}
