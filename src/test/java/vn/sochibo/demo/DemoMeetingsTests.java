package vn.sochibo.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import vn.sochibo.cellwork.MeetingView;
import vn.sochibo.cellwork.MeetingYear;
import vn.sochibo.cellwork.Meetings;
import vn.sochibo.cellwork.TaskQuery;
import vn.sochibo.cellwork.TaskStatus;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Role;
import vn.sochibo.ward.CellView;
import vn.sochibo.ward.Cells;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * Seed story 1's meetings in the demo: Chi bộ Khu vực 11 met every month of 2025 and
 * twice on a theme, with a realistic attendance, tasks done, dropped and overdue, and
 * follow-ups.
 */
@SpringBootTest(properties = { "sochibo.admin.password=test-system-admin-password" })
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DemoMeetingsTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoWards demoWards;

	@Autowired
	Cells cells;

	@Autowired
	Meetings meetings;

	@Autowired
	MockMvc mvc;

	@Test
	void khuVuc11MetEveryMonthOf2025AndTwiceOnATheme() throws Exception {
		Long wardId = this.jdbc.queryForObject("select id from wards where name = ?", Long.class, DemoData.WARD_NAME);
		CurrentUser secretary = this.demoWards.user(new CurrentUser(null, wardId, "demo", Role.WARD_ADMIN), "bithu");
		CellView cell = this.cells.list(secretary)
			.stream()
			.filter((candidate) -> DemoMembers.KV11_CELL.equals(candidate.name()))
			.findFirst()
			.orElseThrow();

		MeetingYear year = this.meetings.year(secretary, cell.id(), 2025);

		assertThat(year.regularCount()).isEqualTo(12);
		assertThat(year.thematicCount()).isEqualTo(2);
		assertThat(year.missingCount()).isZero();
		assertThat(year.total().rate()).isBetween(new BigDecimal("85"), new BigDecimal("99.9"));
		assertThat(year.total().absentExcused()).isPositive();
		assertThat(year.total().absentUnexcused()).isBetween(1L, 2L);
		assertThat(year.total().exemptAttended()).isPositive();
		assertThat(year.overdueTasks()).isGreaterThanOrEqualTo(2);
		assertThat(this.meetings
			.tasks(secretary, cell.id(), new TaskQuery(TaskStatus.DROPPED, null), PageRequest.of(0, 10))
			.getTotalElements()).isEqualTo(2);
		MeetingView october = this.meetings.get(secretary, cell.id(), year.months().get(9).thematic().get(0).id());
		assertThat(october.invited()).anySatisfy((guest) -> assertThat(guest.higherLevel()).isTrue());
		MeetingView november = this.meetings.get(secretary, cell.id(), year.months().get(10).regular().id());
		assertThat(november.followUps()).isNotEmpty();
		assertThat(november.agenda()).hasSize(2);
		assertThat(november.resolutions()).singleElement()
			.satisfies((resolution) -> assertThat(resolution.votesFor()).isEqualTo((int) november.present()));

		// The minutes of the October thematic meeting, as the secretary downloads them.
		byte[] pdf = this.mvc
			.perform(get("/cellwork/" + cell.id() + "/meetings/" + october.id() + "/minutes.pdf").with(as(secretary)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		Files.write(Path.of("target", "demo-minutes.pdf"), pdf);
	}

}
