package vn.sochibo.cellwork.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.sochibo.cellwork.RecommendationDetails;
import vn.sochibo.cellwork.VisitDetails;
import vn.sochibo.cellwork.VisitView;
import vn.sochibo.cellwork.Visitor;
import vn.sochibo.cellwork.Visits;
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
 * The visit pages through the whole web stack: security and scope, binding, the service's
 * rules next to their fields, escaping.
 */
@IntegrationTest
class VisitControllerTests {

	@Autowired
	WardFixtures wards;

	@Autowired
	Visits visits;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	TestWard ward;

	LocalDate today;

	String base;

	@BeforeEach
	void ward() {
		this.ward = this.wards.newWard();
		this.today = LocalDate.now(this.clock);
		this.base = "/cellwork/" + this.ward.cellA().id() + "/visits";
	}

	@Test
	void theSecretaryRecordsAVisitThroughTheFormAndSeesItsPage() throws Exception {
		String form = page(get(this.base + "/new"), this.ward.secretary());
		assertThat(form).contains("name=\"visitors[3].name\"").contains("name=\"_csrf\"");

		String location = this.mvc
			.perform(post(this.base + "/new").with(as(this.ward.secretary()))
				.with(csrf())
				.param("date", this.today.toString())
				.param("visitors[0].name", "Đồng chí Nguyễn Văn A")
				.param("visitors[0].position", "Bí thư Đảng ủy phường")
				.param("plan", "Kế hoạch 208-KH/QU")
				.param("praised", "<b>Rác đúng giờ</b>"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern(this.base + "/*"))
			.andExpect(flash().attribute("message", "visit.created"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();

		String detail = page(get(location), this.ward.secretary());
		assertThat(detail).contains("Đồng chí Nguyễn Văn A, Bí thư Đảng ủy phường")
			.contains("&lt;b&gt;Rác đúng giờ&lt;/b&gt;")
			.doesNotContain("<b>Rác đúng giờ</b>")
			.contains("Thêm kiến nghị");
		String list = page(get(this.base), this.ward.inspector());
		assertThat(list).contains("Đồng chí Nguyễn Văn A").doesNotContain("Ghi nhận buổi làm việc</a>");
	}

	@Test
	void badVisitInputIsShownNextToTheFieldAndNothingIsWritten() throws Exception {
		String future = this.mvc
			.perform(post(this.base + "/new").with(as(this.ward.secretary()))
				.with(csrf())
				.param("date", this.today.plusDays(1).toString())
				.param("visitors[0].name", "Nguyễn Văn A"))
			.andExpect(status().isOk())
			.andExpect(view().name("cellwork/visits/form"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(future).contains("Ngày không được sau hôm nay.");
		String nobody = this.mvc
			.perform(post(this.base + "/new").with(as(this.ward.secretary()))
				.with(csrf())
				.param("date", this.today.toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(nobody).contains("Hãy nhập ít nhất một người trong đoàn công tác.");
		assertThat(count("cell_visits")).isZero();
	}

	@Test
	void aRecommendationDueBeforeItsVisitIsRefusedNextToItsDueDate() throws Exception {
		VisitView visit = visit();
		String page = this.mvc
			.perform(post(this.base + "/" + visit.id() + "/recommendations").with(as(this.ward.secretary()))
				.with(csrf())
				.param("content", "Thành lập tổ PCCC")
				.param("dueOn", visit.date().minusDays(1).toString()))
			.andExpect(status().isOk())
			.andExpect(view().name("cellwork/visits/detail"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Hạn không được trước ngày làm việc");
		assertThat(count("cell_recommendations")).isZero();

		this.mvc
			.perform(post(this.base + "/" + visit.id() + "/recommendations").with(as(this.ward.secretary()))
				.with(csrf())
				.param("content", "Thành lập tổ PCCC")
				.param("responsibleName", "Ban điều hành")
				.param("dueOn", this.today.plusDays(30).toString()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(this.base + "/" + visit.id()))
			.andExpect(flash().attribute("message", "recommendation.added"));
		assertThat(count("cell_recommendations")).isOne();
	}

	@Test
	void aFollowUpThatClosesNeedsItsResultAndAStaleOneIsAConflict() throws Exception {
		VisitView visit = this.visits.addRecommendation(this.ward.secretary(), this.ward.cellA().id(), visit().id(),
				new RecommendationDetails("Lắp camera", null, null, null));
		VisitView.RecommendationView r = visit.recommendations().get(0);
		String url = this.base + "/" + visit.id() + "/recommendations/" + r.id() + "/follow-up";
		assertThat(page(get(url), this.ward.secretary())).contains("Lắp camera");

		String refused = this.mvc
			.perform(post(url).with(as(this.ward.secretary()))
				.with(csrf())
				.param("date", this.today.toString())
				.param("note", "Đã lắp")
				.param("newStatus", "DONE")
				.param("version", String.valueOf(r.version())))
			.andExpect(status().isOk())
			.andExpect(view().name("cellwork/visits/follow-up"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Hãy nhập kết quả khi đã hoàn thành.");
		assertThat(count("cell_recommendation_notes")).isZero();
		this.mvc
			.perform(post(url).with(as(this.ward.secretary()))
				.with(csrf())
				.param("date", this.today.toString())
				.param("note", "Đã lắp")
				.param("newStatus", "DONE")
				.param("result", "4 camera")
				.param("version", String.valueOf(r.version())))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", "followUp.added"));
		this.mvc
			.perform(post(url).with(as(this.ward.secretary()))
				.with(csrf())
				.param("date", this.today.toString())
				.param("note", "Lại")
				.param("version", String.valueOf(r.version())))
			.andExpect(status().isConflict());
		assertThat(count("cell_recommendation_notes")).isOne();
	}

	@Test
	void whoMayOpenThePagesAndPostTheForms() throws Exception {
		VisitView visit = visit();
		String show = this.base + "/" + visit.id();
		this.mvc.perform(get(this.base)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get(show).with(as(this.ward.officer()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/cellwork/recommendations").with(as(this.ward.officer())))
			.andExpect(status().isForbidden());
		// The other cell's secretary and another ward do not see the cell.
		TestWard other = this.wards.newWard();
		this.mvc.perform(get(show).with(as(other.admin()))).andExpect(status().isNotFound());
		this.mvc.perform(get("/cellwork/" + this.ward.cellB().id() + "/visits").with(as(this.ward.secretary())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/cellwork/" + this.ward.cellB().id() + "/visits/" + visit.id()).with(as(this.ward.admin())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(
					newVisit("/cellwork/" + this.ward.cellB().id() + "/visits/new", this.ward.secretary()).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(newVisit(this.base + "/new", other.admin()).with(csrf())).andExpect(status().isNotFound());
		// The inspector reads but never writes; no CSRF token, no write.
		this.mvc.perform(get(show).with(as(this.ward.inspector()))).andExpect(status().isOk());
		this.mvc.perform(newVisit(this.base + "/new", this.ward.inspector()).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(newVisit(this.base + "/new", this.ward.secretary())).andExpect(status().isForbidden());
		assertThat(count("cell_visits")).isOne();
	}

	@Test
	void theOverviewListsTheCellsWithTheirOpenRecommendations() throws Exception {
		this.visits.addRecommendation(this.ward.secretary(), this.ward.cellA().id(), visit().id(),
				new RecommendationDetails("Quá hạn", null, null, this.today.minusDays(1)));

		String admin = page(get("/cellwork/recommendations"), this.ward.admin());
		assertThat(admin).contains("Chi bộ A").contains("Chi bộ B").contains(this.base);
		String secretary = page(get("/cellwork/recommendations"), this.ward.secretary());
		assertThat(secretary).contains("Chi bộ A").doesNotContain("Chi bộ B");
	}

	private VisitView visit() {
		return this.visits.record(this.ward.secretary(), this.ward.cellA().id(), new VisitDetails(
				this.today.minusDays(5), List.of(new Visitor("Nguyễn Văn A", null, null)), null, null, null));
	}

	private MockHttpServletRequestBuilder newVisit(String url, CurrentUser user) {
		return post(url).with(as(user)).param("date", this.today.toString()).param("visitors[0].name", "Nguyễn Văn B");
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
