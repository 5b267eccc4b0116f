package vn.sochibo.e2e;

import java.io.IOException;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * The month's meeting as a secretary records it: the attendance grid comes filled from
 * the roll, one member is marked absent with a reason, a task is assigned on the
 * meeting's page; the rate shows on the meeting and in the year, the task in the Tasks
 * tab.
 */
@Import(MemberFixtures.class)
class MeetingE2ETests extends ChromiumTest {

	@Autowired
	MemberFixtures members;

	@Test
	void aSecretaryRecordsTheMonthsMeetingWithAnAbsenceAndATask() throws IOException {
		TestWard ward = this.fixtures.newWard();
		MemberView an = this.members.member(ward, ward.cellA(), "Trần Văn An");
		MemberView binh = this.members.member(ward, ward.cellA(), "Lê Thị Bình");
		this.members.member(ward, ward.cellA(), "Nguyễn Văn Cự", LocalDate.of(1972, 3, 3), LocalDate.of(2021, 1, 1));
		this.members.member(ward, ward.cellA(), "Phạm Thị Dung");
		String cell = "/cellwork/" + ward.cellA().id();

		logIn(ward.secretary().username());
		driver.get(url(cell + "/meetings/new"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meetingForm")));
		type(By.id("place"), "Nhà văn hóa khu vực");
		new Select(driver.findElement(By.id("chairMemberId"))).selectByValue(String.valueOf(an.id()));
		type(By.id("secretaryName"), "Võ Văn Thư");
		WebElement binhRow = driver.findElement(By.cssSelector("tr[data-member='" + binh.id() + "']"));
		new Select(binhRow.findElement(By.tagName("select"))).selectByValue("ABSENT_EXCUSED");
		binhRow.findElement(By.cssSelector("input[type=text]")).sendKeys("đi khám bệnh");
		WebElement save = driver.findElement(By.cssSelector("#meetingForm button[type=submit]"));
		save.click();
		wait.until((browser) -> gone(save));
		wait.until(ExpectedConditions.urlMatches("/meetings/\\d+$"));
		String meetingUrl = driver.getCurrentUrl();
		// Due: An, Bình, Dung (Cự is exempt); present: An and Dung.
		assertThat(driver.findElement(By.id("rate")).getText()).isEqualTo("66,7%");
		assertThat(driver.findElement(By.id("attendanceList")).getText()).contains("Vắng có lý do")
			.contains("đi khám bệnh");

		new Select(driver.findElement(By.id("memberId"))).selectByValue(String.valueOf(binh.id()));
		type(By.cssSelector("#taskForm input[name=content]"), "Vận động các hộ lắp camera an ninh");
		WebElement due = driver.findElement(By.cssSelector("#taskForm input[name=dueOn]"));
		((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", due,
				LocalDate.now().plusDays(20).toString());
		WebElement assign = driver.findElement(By.cssSelector("#taskForm button[type=submit]"));
		assign.click();
		wait.until((browser) -> gone(assign));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meetingTasks")));
		assertThat(driver.getCurrentUrl()).isEqualTo(meetingUrl);
		assertThat(driver.findElement(By.id("meetingTasks")).getText()).contains("Vận động các hộ lắp camera an ninh")
			.contains("Lê Thị Bình");

		driver.get(url(cell + "/meetings"));
		assertThat(driver.findElement(By.id("yearRate")).getText()).isEqualTo("66,7%");
		assertThat(driver.findElement(By.id("months")).getText()).contains("66,7%");

		driver.get(url(cell + "/tasks"));
		assertThat(driver.findElement(By.id("tasks")).getText()).contains("Vận động các hộ lắp camera an ninh")
			.contains("Đang thực hiện");
		screenshot("meeting-tasks");
	}

}
