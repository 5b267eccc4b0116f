package vn.sochibo.e2e;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import vn.sochibo.cellwork.MemberView;
import vn.sochibo.support.MemberFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretary enters a "3 cùng" activity with some members (found with the filter), two
 * cadres, a resident head count and an output, then a second one of the same series with
 * partly the same members, and reads distinct people and lượt for the series and the
 * year.
 */
@Import(MemberFixtures.class)
class ActivitiesE2ETests extends ChromiumTest {

	@Autowired
	MemberFixtures members;

	@Test
	void aSecretaryEntersTwoActivitiesOfASeriesAndSeesDistinctPeopleAndLuot() throws IOException {
		TestWard ward = this.fixtures.newWard();
		MemberView an = this.members.member(ward, ward.cellA(), "Nguyễn Văn An");
		MemberView binh = this.members.member(ward, ward.cellA(), "Trần Thị Bình");
		MemberView cuc = this.members.member(ward, ward.cellA(), "Lê Văn Cúc");
		String base = "/cellwork/" + ward.cellA().id() + "/activities";

		logIn(ward.secretary().username());
		driver.get(url(base));
		driver.findElement(By.id("new-activity")).click();
		wait.until(ExpectedConditions.urlMatches(base + "/new$"));
		new Select(driver.findElement(By.id("kind"))).selectByValue("THREE_TOGETHER");
		type(By.id("title"), "«3 cùng» tháng này, hẻm 49-57");
		type(By.id("newSeriesTitle"), "«3 cùng» hằng tháng");
		// The filter finds a member without accents.
		type(By.id("member-filter"), "tran thi");
		assertThat(member(an).isDisplayed()).isFalse();
		assertThat(member(binh).isDisplayed()).isTrue();
		driver.findElement(By.id("member-filter")).clear();
		type(By.id("member-filter"), " ");
		tick(an);
		tick(binh);
		type(By.id("cadres"), "Nguyễn Văn Tâm, Phó Chủ tịch UBND phường\nVõ Thị Hoa, Chủ tịch Hội Phụ nữ phường");
		type(By.id("residentHeadCount"), "15");
		new Select(driver.findElement(By.id("outputs0.unit"))).selectByValue("WORKING_DAYS");
		type(By.id("outputs0.quantity"), "6");
		save();
		wait.until(ExpectedConditions.urlMatches(base + "/\\d+$"));
		assertThat(driver.findElement(By.id("activity-figures")).getText()).contains("Đảng viên 2 2")
			.contains("Cán bộ 2 2")
			.contains("Người dân ≥ 15 15");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("6 ngày công");

		// The second of the series: Bình again, Cúc for the first time, Tâm again.
		driver.findElement(By.id("series-link")).click();
		wait.until(ExpectedConditions.urlMatches(base + "/series/\\d+$"));
		String seriesUrl = driver.getCurrentUrl();
		driver.findElement(By.cssSelector("main a[href*='/activities/new?series=']")).click();
		wait.until(ExpectedConditions.urlMatches(base + "/new\\?series=\\d+$"));
		new Select(driver.findElement(By.id("kind"))).selectByValue("THREE_TOGETHER");
		type(By.id("title"), "«3 cùng» lần hai, hẻm 9-15");
		tick(binh);
		tick(cuc);
		type(By.id("cadres"), "Nguyễn Văn Tâm, Phó Chủ tịch UBND phường");
		type(By.id("residentHeadCount"), "10");
		save();
		wait.until(ExpectedConditions.urlMatches(base + "/\\d+$"));

		driver.get(seriesUrl);
		String series = driver.findElement(By.id("series-figures")).getText();
		// 3 members came 4 times; 2 cadres 3 times; residents at least 15, 25 lượt.
		assertThat(series).contains("Đảng viên 3 4")
			.contains("Cán bộ 2 3")
			.contains("Người dân ≥ 15 25")
			.contains("Tổng cộng ≥ 20 32");
		assertThat(driver.findElement(By.id("series-activities")).getText()).contains("«3 cùng» lần hai, hẻm 9-15")
			.contains("«3 cùng» tháng này, hẻm 49-57");
		screenshot("activities-series");

		driver.get(url(base));
		assertThat(driver.findElement(By.id("year-table")).getText()).contains("Đảng viên 3 4")
			.contains("Tổng cộng ≥ 20 32");
		assertThat(driver.findElement(By.id("activities")).getText()).contains("«3 cùng» lần hai, hẻm 9-15");
		phone();
		driver.navigate().refresh();
		assertThat(driver.findElement(By.id("year-table")).isDisplayed()).isTrue();
		screenshot("activities-year-phone");
		desktop();
	}

	private static WebElement member(MemberView member) {
		return driver.findElement(By.cssSelector("input[name=memberIds][value='" + member.id() + "']"));
	}

	private static void tick(MemberView member) {
		WebElement box = member(member);
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})",
				box);
		box.click();
	}

	private static void save() {
		WebElement button = driver.findElement(By.id("save-activity"));
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block:'center'})",
				button);
		button.click();
		wait.until((browser) -> gone(button));
	}

}
