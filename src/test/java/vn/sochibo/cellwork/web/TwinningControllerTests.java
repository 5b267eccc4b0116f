package vn.sochibo.cellwork.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.sochibo.cellwork.TargetDetails;
import vn.sochibo.cellwork.TwinningDetails;
import vn.sochibo.cellwork.TwinningStatus;
import vn.sochibo.cellwork.TwinningTargetKind;
import vn.sochibo.cellwork.TwinningView;
import vn.sochibo.cellwork.Twinnings;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * The twinning pages through the whole web stack: the form's rules next to their fields,
 * the page reached from each own-ward party cell, who may write, CSRF and escaping.
 */
@IntegrationTest
class TwinningControllerTests {

	@Autowired
	WardFixtures wards;

	@Autowired
	Twinnings twinnings;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	TestWard ward;

	String base;

	@BeforeEach
	void ward() {
		this.ward = this.wards.newWard();
		this.base = "/cellwork/" + this.ward.cellA().id() + "/twinnings";
	}

	@Test
	void theSecretaryRecordsATwinningWithAnOutsideCellThatBothCellsPagesShow() throws Exception {
		String form = page(get(this.base + "/new"), this.ward.secretary());
		assertThat(form).contains("Chi bộ B").contains("name=\"_csrf\"");

		String location = this.mvc
			.perform(post(this.base + "/new").with(as(this.ward.secretary()))
				.with(csrf())
				.param("title", "Kết nghĩa <i>làng</i> Ia Lang")
				.param("status", "ACTIVE")
				.param("fromYear", "2022")
				.param("toYear", "2025")
				.param("signedOn", "2022-04-22")
				.param("cellIds", String.valueOf(this.ward.cellB().id()))
				.param("outsideParties", "Chi bộ làng Ia Lang, xã Ia Kênh")
				.param("contents", "Công tác tuyên truyền, vận động\nPhát triển kinh tế\n"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern(this.base + "/*"))
			.andExpect(flash().attribute("message", "twinning.created"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String detail = page(get(location), this.ward.secretary());
		assertThat(detail).contains("Chi bộ làng Ia Lang, xã Ia Kênh")
			.contains("Phát triển kinh tế")
			.contains("Kết nghĩa &lt;i&gt;làng&lt;/i&gt; Ia Lang")
			.doesNotContain("<i>làng</i>")
			.contains("Thêm chỉ tiêu");
		Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
		String throughB = page(get("/cellwork/" + this.ward.cellB().id() + "/twinnings/" + id), this.ward.admin());
		assertThat(throughB).contains("Chi bộ làng Ia Lang, xã Ia Kênh");
	}

	@Test
	void aTwinningOfOnePartyOrATermEndingBeforeItStartsIsShownNextToTheFieldAndNothingIsWritten() throws Exception {
		String one = this.mvc
			.perform(newTwinning(this.base + "/new", this.ward.secretary()).param("toYear", "2025").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("cellwork/twinnings/form"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(one).contains("Kết nghĩa cần ít nhất hai bên");
		String backwards = this.mvc
			.perform(newTwinning(this.base + "/new", this.ward.secretary()).param("toYear", "2021")
				.param("outsideParties", "Chi bộ làng X")
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(backwards).contains("Năm kết thúc không được trước năm bắt đầu.");
		String twice = this.mvc
			.perform(newTwinning(this.base + "/new", this.ward.secretary()).param("toYear", "2025")
				.param("cellIds", String.valueOf(this.ward.cellA().id()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(twice).contains("Mỗi chi bộ chỉ là một bên một lần.");
		assertThat(count("cell_twinnings")).isZero();
	}

	@Test
	void aTargetWithAnAbsurdValueIsRefusedNextToItsField() throws Exception {
		TwinningView twinning = twinning();
		String page = this.mvc
			.perform(post(this.base + "/" + twinning.id() + "/targets").with(as(this.ward.secretary()))
				.with(csrf())
				.param("description", "Giúp hộ nghèo")
				.param("measure", "hộ")
				.param("targetValue", "-5")
				.param("kind", "ENTERED"))
			.andExpect(status().isOk())
			.andExpect(view().name("cellwork/twinnings/detail"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Mục tiêu phải từ 1 đến");
		assertThat(count("cell_twinning_targets")).isZero();
		this.mvc
			.perform(post(this.base + "/" + twinning.id() + "/activities").with(as(this.ward.secretary()))
				.with(csrf())
				.param("date", LocalDate.now(this.clock).toString())
				.param("title", "Tặng quà")
				.param("people", "30"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(this.base + "/" + twinning.id()));
	}

	@Test
	void whoMayOpenThePagesAndPostTheForms() throws Exception {
		TwinningView twinning = twinning();
		String show = this.base + "/" + twinning.id();
		this.mvc.perform(get(show)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get(show).with(as(this.ward.officer()))).andExpect(status().isForbidden());
		this.mvc.perform(get(show).with(as(this.ward.inspector()))).andExpect(status().isOk());
		TestWard other = this.wards.newWard();
		this.mvc.perform(get(show).with(as(other.admin()))).andExpect(status().isNotFound());
		this.mvc.perform(get("/cellwork/" + other.cellA().id() + "/twinnings/" + twinning.id()).with(as(other.admin())))
			.andExpect(status().isNotFound());
		// Cell B is no party of it: not found through cell B.
		this.mvc
			.perform(get("/cellwork/" + this.ward.cellB().id() + "/twinnings/" + twinning.id())
				.with(as(this.ward.admin())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(newTwinning("/cellwork/" + this.ward.cellB().id() + "/twinnings/new", this.ward.secretary())
				.param("toYear", "2025")
				.param("outsideParties", "Chi bộ làng X")
				.with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(show + "/activities").with(as(this.ward.inspector()))
				.with(csrf())
				.param("date", "2024-01-01")
				.param("title", "X"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(show + "/activities").with(as(this.ward.secretary()))
				.param("date", "2024-01-01")
				.param("title", "X"))
			.andExpect(status().isForbidden());
		assertThat(count("cell_twinning_activities")).isZero();
	}

	@Test
	void theEditFormAndThePageWithTargetsRenderAndAStaleEditIsAConflict() throws Exception {
		TwinningView twinning = twinning();
		Long cellA = this.ward.cellA().id();
		TwinningView.TargetView entered = this.twinnings
			.addTarget(this.ward.secretary(), cellA, twinning.id(),
					new TargetDetails("Làm nhà", "căn", 2, TwinningTargetKind.ENTERED, null, null))
			.targets()
			.get(0);
		this.twinnings.addTarget(this.ward.secretary(), cellA, twinning.id(), new TargetDetails("Thoát nghèo", "hộ", 6,
				TwinningTargetKind.HOUSEHOLDS_OUT_OF_POVERTY, 2022, Set.of(this.ward.areaA().id())));
		this.mvc
			.perform(post(this.base + "/" + twinning.id() + "/progress").with(as(this.ward.secretary()))
				.with(csrf())
				.param("targetId", String.valueOf(entered.id()))
				.param("date", LocalDate.now(this.clock).toString())
				.param("value", "1")
				.param("note", "Căn thứ nhất"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", "twinning.progress.added"));

		String detail = page(get(this.base + "/" + twinning.id()), this.ward.secretary());
		assertThat(detail).contains("Đạt 1 / 2 căn").contains("Căn thứ nhất").contains("Khu vực A");
		String edit = page(get(this.base + "/" + twinning.id() + "/edit"), this.ward.secretary());
		assertThat(edit).contains("Chi bộ làng Ia Lang").contains("name=\"version\"");
		this.mvc
			.perform(newTwinning(this.base + "/" + twinning.id() + "/edit", this.ward.secretary())
				.param("toYear", "2025")
				.param("outsideParties", "Chi bộ làng Ia Lang")
				.param("version", String.valueOf(twinning.version() + 5))
				.with(csrf()))
			.andExpect(status().isConflict());
		this.mvc
			.perform(newTwinning(this.base + "/" + twinning.id() + "/edit", this.ward.secretary())
				.param("toYear", "2025")
				.param("outsideParties", "Chi bộ làng Ia Lang")
				.param("version", String.valueOf(twinning.version()))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", "twinning.updated"));
		assertThat(this.twinnings.get(this.ward.admin(), cellA, twinning.id()).status())
			.isEqualTo(TwinningStatus.PLANNED);
	}

	private TwinningView twinning() {
		return this.twinnings.create(this.ward.secretary(), this.ward.cellA().id(),
				new TwinningDetails("Kết nghĩa", TwinningStatus.ACTIVE, 2022, 2025, LocalDate.of(2022, 4, 22),
						List.of(), List.of("Chi bộ làng Ia Lang"), List.of("Tuyên truyền"), null));
	}

	private MockHttpServletRequestBuilder newTwinning(String url, CurrentUser user) {
		return post(url).with(as(user))
			.param("title", "Kết nghĩa")
			.param("status", "PLANNED")
			.param("fromYear", "2023");
	}

	private String page(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
		return this.mvc.perform(request.with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table + " where ward_id = ?", Long.class,
				this.ward.id());
	}

}
