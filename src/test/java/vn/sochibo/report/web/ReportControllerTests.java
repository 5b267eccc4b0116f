package vn.sochibo.report.web;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.MemberFixtures;
import vn.sochibo.support.StatementCounter;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * The report's pages: the preview escapes what the secretary typed and links each figure
 * to its list; the PDF and the Word file download; the edit form keeps what was typed
 * with the error beside the field; marking final redirects to the frozen edition; a
 * second final without a reason is refused in Vietnamese; bad years, another cell,
 * officers, the inspector's writes and missing CSRF tokens get 4xx with nothing written.
 */
@IntegrationTest
class ReportControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WardFixtures wards;

	@Autowired
	MemberFixtures members;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementCounter statements;

	@Autowired
	Clock clock;

	TestWard ward;

	String base;

	@BeforeEach
	void build() {
		this.ward = this.wards.newWard();
		this.members.member(this.ward, this.ward.cellA(), "Nguyễn Văn Ba");
		this.base = "/reports/cells/" + this.ward.cellA().id() + "/" + LocalDate.now(this.clock).getYear();
	}

	@Test
	void theSecretaryWritesPreviewsDownloadsAndMarksTheReportFinal() throws Exception {
		this.mvc
			.perform(post(this.base + "/edit").with(as(this.ward.secretary()))
				.with(csrf())
				.param("sections[STRENGTHS]", "Đoàn kết <script>alert(1)</script>")
				.param("recipients", "Đảng ủy phường;\nLưu Chi bộ.")
				.param("signerName", "Nguyễn Văn Ba"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(this.base));

		String page = this.mvc.perform(get(this.base).with(as(this.ward.secretary())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Đoàn kết &lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)")
			.contains("data-figure=\"figure.cell.members.total\"")
			.contains("ĐẢNG CỘNG SẢN VIỆT NAM")
			.contains("Nguyễn Văn Ba");

		this.mvc.perform(get(this.base + "/report.pdf").with(as(this.ward.secretary())))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		this.mvc.perform(get(this.base + "/report.docx").with(as(this.ward.inspector())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".docx")));

		this.mvc.perform(post(this.base + "/final").with(as(this.ward.secretary())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(this.base + "/editions/1"));
		this.mvc.perform(get(this.base + "/editions/1").with(as(this.ward.secretary())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Số 01-BC/CB")));
		this.mvc.perform(get(this.base + "/editions/1/report.pdf").with(as(this.ward.secretary())))
			.andExpect(status().isOk());

		String refused = this.mvc.perform(post(this.base + "/final").with(as(this.ward.secretary())).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Đã có bản chính thức: hãy ghi lý do ban hành bản mới.");
		assertThat(editions()).isEqualTo(1);
		this.mvc.perform(get(this.base + "/editions/2").with(as(this.ward.secretary())))
			.andExpect(status().isNotFound());
	}

	@Test
	void tooLongTextIsShownAgainWithItsErrorAndNothingIsWritten() throws Exception {
		String page = this.mvc
			.perform(post(this.base + "/edit").with(as(this.ward.secretary()))
				.with(csrf())
				.param("sections[CAUSES]", "x".repeat(8001))
				.param("sections[STRENGTHS]", "Giữ nguyên điều đã gõ"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Không được quá 8.000 ký tự.").contains("Giữ nguyên điều đã gõ");
		assertThat(reports()).isZero();
	}

	@Test
	void otherYearsCellsRolesAndMissingTokensAreRefused() throws Exception {
		int year = LocalDate.now(this.clock).getYear();
		String cellA = "/reports/cells/" + this.ward.cellA().id();
		this.mvc.perform(get(cellA + "/" + (year + 1)).with(as(this.ward.secretary())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(cellA + "/2019").with(as(this.ward.secretary()))).andExpect(status().isNotFound());
		this.mvc.perform(get(cellA + "/abc").with(as(this.ward.secretary()))).andExpect(status().is4xxClientError());
		this.mvc.perform(get("/reports/cells/" + this.ward.cellB().id() + "/" + year).with(as(this.ward.secretary())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(this.base).with(as(this.ward.officer()))).andExpect(status().isForbidden());
		this.mvc.perform(get(this.base)).andExpect(status().is3xxRedirection());
		this.mvc.perform(
				post(this.base + "/edit").with(as(this.ward.inspector())).with(csrf()).param("sections[CAUSES]", "x"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(this.base + "/edit").with(as(this.ward.secretary())).param("sections[CAUSES]", "x"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(this.base + "/final").with(as(this.ward.secretary())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers
				.containsString("Hãy soạn và lưu dự thảo trước khi đánh dấu bản chính thức.")));
		assertThat(reports()).isZero();
	}

	@Test
	void theWardsSummarySetsEveryCellSideBySideForThoseWhoReadThemAll() throws Exception {
		int year = LocalDate.now(this.clock).getYear();
		String page = this.mvc.perform(get("/reports/ward/" + year).with(as(this.ward.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Chi bộ A").contains("Chi bộ B").contains("Tổng cộng").contains("-BC/ĐU");
		this.mvc.perform(get("/reports/ward/" + year + "/report.pdf").with(as(this.ward.inspector())))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		this.mvc.perform(get("/reports/ward/" + year + "/report.docx").with(as(this.ward.admin())))
			.andExpect(status().isOk());
		this.mvc.perform(get("/reports/ward/" + year).with(as(this.ward.secretary())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/reports/ward/" + (year + 1)).with(as(this.ward.admin())))
			.andExpect(status().isNotFound());
	}

	@Test
	void thePreviewCostsTheSameStatementsForABiggerCell() throws Exception {
		this.mvc.perform(get(this.base).with(as(this.ward.secretary()))).andExpect(status().isOk());
		this.statements.reset();
		this.mvc.perform(get(this.base).with(as(this.ward.secretary()))).andExpect(status().isOk());
		int small = this.statements.count();
		for (int i = 0; i < 5; i++) {
			this.members.member(this.ward, this.ward.cellA(), "Đảng Viên " + i);
			this.wards.household(this.ward, this.ward.areaA(), "Hộ Dân " + i);
		}
		this.statements.reset();
		this.mvc.perform(get(this.base).with(as(this.ward.secretary()))).andExpect(status().isOk());
		assertThat(this.statements.count()).isEqualTo(small);
	}

	private int reports() {
		return this.jdbc.queryForObject("select count(*) from annual_reports where cell_id = ?", Integer.class,
				this.ward.cellA().id());
	}

	private int editions() {
		return this.jdbc.queryForObject(
				"select count(*) from annual_report_editions e join annual_reports r on r.id = e.report_id where r.cell_id = ?",
				Integer.class, this.ward.cellA().id());
	}

}
