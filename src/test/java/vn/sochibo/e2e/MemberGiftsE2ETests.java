package vn.sochibo.e2e;

import java.io.IOException;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

import vn.sochibo.cellwork.MemberDetails;
import vn.sochibo.cellwork.Members;
import vn.sochibo.cellwork.NewMember;
import vn.sochibo.cellwork.Sex;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.Households;
import vn.sochibo.household.StatusDetails;
import vn.sochibo.household.StatusKind;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretary's Tết visit to the cell's elderly Party members: a program for the
 * members with 40 years in the Party, whose list of homes comes from the cell's roll (a
 * poor household and a younger member's home are not on it), given in one action; the
 * area officer then finds the program nowhere — not its page, not the household's welfare
 * page — and the public ward page counts the gifts without a name.
 */
class MemberGiftsE2ETests extends ChromiumTest {

	@Autowired
	Members members;

	@Autowired
	Households households;

	@Test
	void theSecretaryGivesTheElderlyMembersHomesAndTheOfficerSeesNothingOfIt() throws IOException {
		TestWard ward = this.fixtures.newWard();
		int year = LocalDate.now().getYear();
		HouseholdDetail cuu = this.fixtures.household(ward, ward.areaA(), "Trần Văn Cựu");
		member(ward, "Trần Văn Cựu", LocalDate.of(1972, 9, 2), cuu);
		HouseholdDetail tre = this.fixtures.household(ward, ward.areaA(), "Phạm Văn Trẻ");
		member(ward, "Phạm Văn Trẻ", LocalDate.of(2004, 3, 26), tre);
		HouseholdDetail ngheo = this.fixtures.household(ward, ward.areaA(), "Hồ Thị Nghèo");
		this.households.addStatus(ward.admin(), ngheo.id(),
				new StatusDetails(year, StatusKind.POOR, null, null, null, null));

		logIn(ward.secretary().username());
		driver.get(url("/welfare/programs/new"));
		type(By.id("name"), "Quà Tết đảng viên cao tuổi " + year);
		new Select(driver.findElement(By.id("occasion"))).selectByValue("TET");
		type(By.id("year"), String.valueOf(year));
		type(By.id("budget"), "2.000.000");
		new Select(driver.findElement(By.id("source"))).selectByValue("CELL");
		new Select(driver.findElement(By.id("cellId"))).selectByValue(String.valueOf(ward.cellA().id()));
		new Select(driver.findElement(By.id("memberGroup"))).selectByValue("YEARS_40");
		submit();
		wait.until(ExpectedConditions.urlMatches("/welfare/programs/\\d+$"));
		String programUrl = driver.getCurrentUrl();
		assertThat(driver.findElement(By.id("memberGroup")).getText())
			.contains("Đảng viên từ 40 năm tuổi Đảng – Chi bộ A");
		assertThat(driver.findElement(By.id("uncoveredHomes")).getText()).contains("Hộ đảng viên chưa nhận: 1");

		driver.get(programUrl + "/distribute");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("candidates")));
		assertThat(driver.findElement(By.id("candidates")).getText()).contains("Trần Văn Cựu")
			.doesNotContain("Phạm Văn Trẻ", "Hồ Thị Nghèo");
		type(By.id("value"), "500.000");
		WebElement post = driver.findElement(By.id("postDistribution"));
		post.click();
		wait.until(ExpectedConditions.urlMatches("/welfare/distributions/\\d+$"));
		String distributionUrl = driver.getCurrentUrl();
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Đã ghi nhận 1 suất quà", "Trần Văn Cựu");
		screenshot("member-gifts-distribution");

		logOut();
		logIn(ward.officer().username());
		for (String page : new String[] { programUrl, distributionUrl }) {
			driver.get(page);
			assertThat(driver.findElement(By.tagName("main")).getText()).as(page)
				.contains("Không tìm thấy")
				.doesNotContain("Quà Tết đảng viên cao tuổi", "Trần Văn Cựu");
		}
		driver.get(url("/welfare/programs"));
		assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("Quà Tết đảng viên cao tuổi");
		driver.get(url("/welfare/households/" + cuu.id()));
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Trần Văn Cựu")
			.doesNotContain("Quà Tết đảng viên cao tuổi")
			.doesNotContainIgnoringCase("đảng viên");

		driver.manage().deleteAllCookies();
		driver.get(url("/public/wards/" + ward.id()));
		assertThat(driver.findElement(By.id("welfarePrograms")).getText()).contains("1 suất quà", "500.000 đ")
			.doesNotContain("Trần Văn Cựu");
	}

	private void member(TestWard ward, String name, LocalDate joined, HouseholdDetail home) {
		this.members.register(ward.admin(), ward.cellA().id(),
				new NewMember(new MemberDetails(name, joined.getYear() - 25, Sex.MALE, joined, joined.plusYears(1),
						null, null, null, null, home.code(), null), LocalDate.of(2020, 1, 1), null));
	}

}
