package vn.sochibo.e2e;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import vn.sochibo.fund.ContributorKind;
import vn.sochibo.fund.Contribution;
import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.fund.FundDetails;
import vn.sochibo.fund.FundKind;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.Households;
import vn.sochibo.household.PolicySubtype;
import vn.sochibo.household.StatusDetails;
import vn.sochibo.household.StatusEnd;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.Money;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The welfare flow a cell secretary follows at Tết: create the program paid from the poor
 * fund, ask which policy families got nothing, give to them in one action (a household
 * that already got a gift is flagged and left out), and see the spending on the fund's
 * public page — with no recipient named there.
 */
class WelfareE2ETests extends ChromiumTest {

	@Autowired
	Households households;

	@Autowired
	Funds funds;

	@Autowired
	Ledger ledger;

	@Test
	void aSecretaryFindsThePolicyFamiliesWithoutAGiftAndGivesToThemInOneAction() throws IOException {
		TestWard ward = this.fixtures.newWard();
		int year = LocalDate.now().getYear();
		HouseholdDetail lan = status(ward, this.fixtures.household(ward, ward.areaA(), "Trần Thị Lan"), year,
				StatusKind.POLICY_FAMILY);
		HouseholdDetail binh = status(ward, this.fixtures.household(ward, ward.areaA(), "Lê Văn Bình"), year,
				StatusKind.POLICY_FAMILY);
		HouseholdDetail cuong = status(ward, this.fixtures.household(ward, ward.areaA(), "Phạm Quốc Cường"), year,
				StatusKind.POOR);
		// A policy family until last year (the status lasts until it is ended): not
		// eligible
		// this year.
		HouseholdDetail dung = status(ward, this.fixtures.household(ward, ward.areaA(), "Võ Thị Dung"), year - 1,
				StatusKind.POLICY_FAMILY);
		this.households.endStatus(ward.admin(), dung.id(),
				this.households.get(ward.admin(), dung.id()).statuses().get(0).id(),
				new StatusEnd(year - 1, "Chuyển đi nơi khác"));
		FundSummary fund = this.funds.create(ward.admin(), FundKind.CAMPAIGN, new FundDetails("Quỹ Vì người nghèo",
				"Hỗ trợ hộ khó khăn", null, LocalDate.of(year, 1, 1), null, Set.of()));
		this.ledger.contribute(ward.admin(),
				new Contribution(fund.id(), LocalDate.now(), PaymentMethod.CASH, Money.of(5_000_000), ward.areaA().id(),
						null, ContributorKind.BUSINESS, "Công ty Hòa Bình", DisplayChoice.FULL_NAME, null, null));

		logIn(ward.secretary().username());
		driver.get(url("/welfare/programs/new"));
		type(By.id("name"), "Quà Tết " + year);
		new Select(driver.findElement(By.id("occasion"))).selectByValue("TET");
		type(By.id("year"), String.valueOf(year));
		driver.findElement(By.cssSelector("input[name=targets][value=POOR]")).click();
		driver.findElement(By.cssSelector("input[name=targets][value=POLICY_FAMILY]")).click();
		type(By.id("budget"), "3.000.000");
		new Select(driver.findElement(By.id("source"))).selectByValue("FUND");
		new Select(driver.findElement(By.id("fundId"))).selectByValue(String.valueOf(fund.id()));
		type(By.id("approver"), "Nguyễn Văn Duyệt");
		submit();
		wait.until(ExpectedConditions.urlMatches("/welfare/programs/\\d+$"));
		String programUrl = driver.getCurrentUrl();

		// Cường (poor) already got his gift, one household at a time.
		driver.get(programUrl + "/gifts/new");
		type(By.id("householdCode"), cuong.code());
		new Select(driver.findElement(By.id("item"))).selectByValue("GIFT_PACKAGE");
		type(By.id("value"), "500.000");
		submit();
		wait.until(ExpectedConditions.urlMatches("/welfare/gifts/\\d+$"));

		// Two clicks: the program, then its policy families without a gift.
		driver.get(programUrl);
		driver.findElement(By.cssSelector("#coverage a[href*='status=POLICY_FAMILY']")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("uncovered")));
		assertThat(names("#uncovered tbody tr td:nth-child(2) a")).containsExactlyInAnyOrder("Trần Thị Lan",
				"Lê Văn Bình");

		// Give to everyone eligible: Cường is flagged and left unticked, Dũng is not
		// listed.
		driver.get(programUrl + "/distribute");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("candidates")));
		assertThat(driver.findElement(By.id("candidates")).getText())
			.contains("Trần Thị Lan", "Lê Văn Bình", "Phạm Quốc Cường")
			.doesNotContain("Võ Thị Dung");
		assertThat(driver.findElement(By.id("h-" + cuong.id())).isSelected()).isFalse();
		assertThat(driver.findElement(By.id("h-" + lan.id())).isSelected()).isTrue();
		type(By.id("value"), "abc");
		WebElement refused = driver.findElement(By.id("postDistribution"));
		refused.click();
		wait.until((browser) -> gone(refused));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Số tiền không hợp lệ");

		type(By.id("value"), "600.000");
		type(By.id("itemNote"), "Gạo, dầu ăn, bánh chưng");
		WebElement post = driver.findElement(By.id("postDistribution"));
		post.click();
		wait.until(ExpectedConditions.urlMatches("/welfare/distributions/\\d+$"));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Đã ghi nhận 2 suất quà", "1.200.000 đ",
				"Trần Thị Lan", "Lê Văn Bình");
		screenshot("welfare-distribution");

		driver.get(programUrl);
		assertThat(driver.findElement(By.id("giftCount")).getText()).contains("3 suất");
		assertThat(driver.findElement(By.id("given")).getText()).isEqualTo("1.700.000 đ");

		// The fund's public page shows the spending, and names nobody who received.
		driver.manage().deleteAllCookies();
		driver.get(url("/public/funds/" + fund.id()));
		String publicPage = driver.findElement(By.tagName("main")).getText();
		assertThat(publicPage).contains("1.700.000 đ", "3.300.000 đ")
			.doesNotContain("Trần Thị Lan", "Lê Văn Bình", "Phạm Quốc Cường", lan.code(), binh.code(), lan.address());
		driver.get(url("/public/wards/" + ward.id()));
		assertThat(driver.findElement(By.id("welfarePrograms")).getText()).contains("3 suất quà", "1.700.000 đ")
			.doesNotContain("Trần Thị Lan");
		screenshot("welfare-public-ward");
	}

	private HouseholdDetail status(TestWard ward, HouseholdDetail household, int year, StatusKind kind) {
		this.households.addStatus(ward.admin(), household.id(), new StatusDetails(year, kind,
				(kind == StatusKind.POLICY_FAMILY) ? PolicySubtype.MARTYR_FAMILY : null, null, null, null));
		return household;
	}

	private static List<String> names(String css) {
		return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

}
