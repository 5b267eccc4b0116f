package vn.sochibo.project.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import vn.sochibo.household.Households;
import vn.sochibo.project.ProjectFixtures;
import vn.sochibo.project.ProjectQuery;
import vn.sochibo.project.ProjectStatus;
import vn.sochibo.project.ProjectSummary;
import vn.sochibo.project.Projects;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.support.Xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * The project list as .xlsx: every project it finds (more than a page), in its order,
 * within the user's areas, the plan and the fund's totals as money, the planned start as
 * a date; bad filters refused as the list refuses them.
 */
@IntegrationTest
class ProjectExportTests {

	@Autowired
	WardFixtures wards;

	@Autowired
	Projects projects;

	@Autowired
	Households households;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	ProjectFixtures fixtures;

	TestWard ward;

	@BeforeEach
	void newWard() {
		this.ward = this.wards.newWard();
		this.fixtures = new ProjectFixtures(this.projects, this.wards, this.households, this.clock);
	}

	@Test
	void everyProjectTheListFindsWithinTheUsersAreas() throws Exception {
		for (int i = 1; i <= ProjectController.PAGE_SIZE + 2; i++) {
			this.fixtures.create(this.ward.admin(), this.ward.areaA(), "Bê tông hóa hẻm %02d".formatted(i));
		}
		this.fixtures.create(this.ward.admin(), this.ward.areaB(), "=Hẻm của khu B");

		Xlsx ofOfficer = export(this.ward.officer(), "");
		List<String> listed = this.projects
			.list(this.ward.officer(), new ProjectQuery(null, null, null), PageRequest.of(0, 1000))
			.map(ProjectSummary::name)
			.getContent();
		assertThat(listed).hasSize(ProjectController.PAGE_SIZE + 2);
		assertThat(ofOfficer.column(0)).containsExactlyElementsOf(listed);
		assertThat(ofOfficer.title()).contains(this.ward.ward().name()).contains("Công trình").contains("tất cả");
		assertThat(ofOfficer.headers()).startsWith("Tên công trình", "Loại công trình", "Khu vực");
		var row = ofOfficer.body().get(0);
		Xlsx.assertText(row, 1, "Bê tông hóa hẻm");
		Xlsx.assertText(row, 4, "Đề xuất");
		Xlsx.assertDate(row, 6, LocalDate.of(2025, 3, 1));
		Xlsx.assertMoney(row, 8, 0);

		Xlsx ofAdmin = export(this.ward.admin(), "?q=khu b");
		assertThat(ofAdmin.column(0)).containsExactly("=Hẻm của khu B");
		Xlsx.assertText(ofAdmin.body().get(0), 0, "=Hẻm của khu B");
		assertThat(ofAdmin.title()).contains("tìm \"khu b\"");
	}

	@Test
	void theStatusAndAreaFilterAreTheLists() throws Exception {
		this.fixtures.households(this.ward, this.ward.areaA(), 2);
		this.fixtures.projectIn(this.ward, ProjectStatus.CANCELLED);
		this.fixtures.create(this.ward, this.ward.areaA());
		this.fixtures.create(this.ward, this.ward.areaB());

		Xlsx cancelled = export(this.ward.admin(), "?status=CANCELLED&area=" + this.ward.areaA().id());
		assertThat(cancelled.column(4)).containsExactly("Đã hủy");
		assertThat(cancelled.title()).contains("Đã hủy").contains(this.ward.areaA().label());
		assertThat(export(this.ward.officer(), "?area=" + this.ward.areaB().id()).body()).isEmpty();
	}

	@Test
	void badFiltersAreBadRequests() throws Exception {
		for (String query : List.of("status=RICH", "area=abc")) {
			this.mvc.perform(get("/projects/export.xlsx?" + query).with(as(this.ward.officer())))
				.andExpect(status().isBadRequest());
		}
		this.mvc.perform(get("/projects/export.xlsx")).andExpect(redirectedUrl("/login"));
	}

	private Xlsx export(CurrentUser user, String query) throws Exception {
		return Xlsx.of(this.mvc.perform(get("/projects/export.xlsx" + query).with(as(user)))
			.andExpect(status().isOk())
			.andReturn());
	}

}
