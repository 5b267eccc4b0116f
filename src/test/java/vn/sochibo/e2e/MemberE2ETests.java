package vn.sochibo.e2e;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cell secretary keeps the cell's members in the browser: from the navigation to the
 * cell, a new probationary member, the list found without accents, on a phone.
 */
class MemberE2ETests extends ChromiumTest {

	@Test
	void aSecretaryPutsAProbationaryMemberOnTheRollAndFindsThemWithoutAccents() throws IOException {
		TestWard ward = this.fixtures.newWard();
		logIn(ward.secretary().username());

		driver.findElement(By.linkText("Công tác chi bộ")).click();
		wait.until(ExpectedConditions.urlMatches("/cellwork/\\d+$"));
		driver.findElement(By.linkText("Đảng viên")).click();
		wait.until(ExpectedConditions.urlContains("/members"));
		driver.findElement(By.linkText("Thêm đảng viên")).click();
		wait.until(ExpectedConditions.urlContains("/members/new"));
		type(By.id("fullName"), "Đỗ Thị Ngọc Ánh");
		type(By.id("birthYear"), "1998");
		new Select(driver.findElement(By.id("sex"))).selectByValue("FEMALE");
		date("joinedOn", "2025-09-02");
		driver.findElement(By.id("full-no")).click();
		date("since", "2025-09-02");
		submit();

		wait.until(ExpectedConditions.urlMatches("/cellwork/members/\\d+$"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Đỗ Thị Ngọc Ánh");
		assertThat(driver.findElement(By.id("member-facts")).getText())
			.contains("Dự bị (đến hạn chính thức 02/09/2026)");

		phone();
		driver.get(url("/cellwork/" + ward.cellA().id() + "/members"));
		type(By.id("q"), "do thi ngoc anh");
		submit();
		wait.until(ExpectedConditions.urlContains("q=do"));
		List<String> names = driver.findElements(By.cssSelector("#members tbody tr td:first-child a"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(names).containsExactly("Đỗ Thị Ngọc Ánh");
		screenshot("member-found-on-a-phone");
		desktop();
	}

}
