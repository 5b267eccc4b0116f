package vn.sochibo.cellwork.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.MultiValueMap;

import vn.sochibo.cellwork.MemberView;
import vn.sochibo.cellwork.RatingLevel;
import vn.sochibo.cellwork.RatingStepCommand;
import vn.sochibo.cellwork.RatingStepKind;
import vn.sochibo.cellwork.RatingSubject;
import vn.sochibo.cellwork.RatingView;
import vn.sochibo.cellwork.Ratings;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.support.Html;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.MemberFixtures;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * The rating pages through the whole web stack: security, binding, the service's rules
 * shown next to their fields, and the templates.
 */
@IntegrationTest
class RatingControllerTests {

	@Autowired
	WardFixtures wards;

	@Autowired
	MemberFixtures members;

	@Autowired
	Ratings ratings;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	TestWard ward;

	String page;

	String steps;

	@BeforeEach
	void newWard() {
		this.ward = this.wards.newWard();
		this.page = "/cellwork/" + this.ward.cellA().id() + "/ratings";
		this.steps = this.page + "/steps";
	}

	@Test
	void anonymousIsSentToLogin() throws Exception {
		this.mvc.perform(get(this.page)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/cellwork/regulations")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post(this.steps).with(csrf()).param("year", "2025").param("kind", "SELF"))
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void theRegulationsPageListsBothRegulationsWithTheirCriteriaAndThresholds() throws Exception {
		String html = render(get("/cellwork/regulations"), this.ward.inspector());
		String text = Html.text(html);
		assertThat(text).contains("366-QĐ/TW", "124-QĐ/TW", "ngày 30/08/2025", "Áp dụng từ năm 2025",
				"Áp dụng cho các năm 2023–2024", "Hoàn thành xuất sắc nhiệm vụ", "từ 90 điểm trở lên",
				"từ 70 đến dưới 90 điểm", "Tiêu chí chung", "Kết quả thực hiện nhiệm vụ", "Tiêu chí đối với đảng viên");
		assertThat(Html.rows(html)).anyMatch((row) -> row.contains("I. Tiêu chí chung") && row.contains("30"));
		assertThat(html).doesNotContain("??");
		this.mvc.perform(get("/cellwork/regulations").with(as(this.ward.officer()))).andExpect(status().isForbidden());
	}

	@Test
	void theSecretaryAssessesAndProposesThroughTheRenderedFormAndTheWardAdminDecides() throws Exception {
		String first = render(get(this.page).param("year", "2025"), this.ward.secretary());
		assertThat(Html.labelsWithoutField(first)).isEmpty();
		assertThat(first).doesNotContain("??");
		MultiValueMap<String, String> fields = Html.formFields(first, this.steps);
		assertThat(fields.getFirst("kind")).isEqualTo("SELF");
		assertThat(fields.getFirst("year")).isEqualTo("2025");
		fields.set("score", "93");
		fields.set("level", "EXCELLENT");
		fields.set("comment", "Hoàn thành 100% chỉ tiêu");
		send(this.ward.secretary(), fields).andExpect(status().isFound())
			.andExpect(redirectedUrl(this.page + "?year=2025"))
			.andExpect(flash().attribute("message", "rating.step.recorded"));

		String second = render(get(this.page).param("year", "2025"), this.ward.secretary());
		MultiValueMap<String, String> proposal = Html.formFields(second, this.steps);
		assertThat(proposal.getFirst("kind")).isEqualTo("PROPOSAL");
		assertThat(proposal.getFirst("score")).isEqualTo("93");
		proposal.set("score", "92");
		send(this.ward.secretary(), proposal).andExpect(status().isFound());

		// The secretary may not decide the cell's rating: no decision in the form, and a
		// forged one is refused.
		String third = render(get(this.page).param("year", "2025"), this.ward.secretary());
		MultiValueMap<String, String> secretaryNext = Html.formFields(third, this.steps);
		assertThat(secretaryNext.getFirst("kind")).isEqualTo("RECHECK");
		assertThat(third).doesNotContain("value=\"DECISION\"");
		secretaryNext.set("kind", "DECISION");
		secretaryNext.set("competentBody", "Chi bộ A");
		secretaryNext.set("decidedOn", "2025-12-20");
		send(this.ward.secretary(), secretaryNext).andExpect(status().isForbidden());

		String adminPage = render(get(this.page).param("year", "2025"), this.ward.admin());
		MultiValueMap<String, String> decision = Html.formFields(adminPage, this.steps);
		assertThat(decision.getFirst("kind")).isEqualTo("DECISION");
		decision.set("competentBody", "Đảng ủy phường Cái Khế");
		decision.set("decisionRef", "125-QĐ/ĐU");
		decision.set("decidedOn", "2025-12-20");
		send(this.ward.admin(), decision).andExpect(status().isFound());

		RatingView rating = this.ratings.ofCell(this.ward.admin(), this.ward.cellA().id(), 2025).orElseThrow();
		assertThat(rating.decision().orElseThrow().level()).isEqualTo(RatingLevel.EXCELLENT);
		assertThat(rating.decision().orElseThrow().score()).isEqualTo(92);
		String shown = render(get(this.page).param("year", "2025"), this.ward.inspector());
		assertThat(Html.text(shown).replaceAll("\\s+", " ")).contains("Quy định áp dụng: 366-QĐ/TW",
				"Đảng ủy phường Cái Khế", "Số 125-QĐ/ĐU", "20/12/2025", "Hoàn thành 100% chỉ tiêu", "92 điểm");
		assertThat(Html.rows(shown)).anyMatch((row) -> row.startsWith("Tự đánh giá") && row.contains("93")
				&& row.contains(this.ward.secretary().username()));
		assertThat(shown).doesNotContain("action=\"" + this.steps + "\"");
		// Every step is in the rating's audit trail.
		assertThat(Html.rows(shown)).anyMatch((row) -> row.contains("Quyết định xếp loại")
				&& row.contains("Mức xếp loại") && row.contains("Hoàn thành xuất sắc nhiệm vụ"));
		assertThat(Html.rows(shown)).anyMatch((row) -> row.contains("Tự đánh giá") && row.contains("Điểm")
				&& row.contains("93") && row.contains(this.ward.secretary().username()));
	}

	static Stream<Arguments> badStep() {
		return Stream.of(Arguments.of("SELF", "101", "EXCELLENT", "score", "Điểm phải từ 0 đến 100."),
				Arguments.of("SELF", "-1", "NOT_COMPLETED", "score", "Điểm phải từ 0 đến 100."),
				Arguments.of("SELF", "", "GOOD", "score", "Hãy nhập điểm (từ 0 đến 100)."),
				Arguments.of("SELF", "tám mươi", "GOOD", "score", "Phải là một số nguyên."),
				Arguments.of("SELF", "85", "EXCELLENT", "level",
						"Với 85 điểm, theo Quy định 366-QĐ/TW, mức xếp loại phải là \"Hoàn thành tốt nhiệm vụ\"."),
				Arguments.of("SELF", "49", "COMPLETED", "level",
						"Với 49 điểm, theo Quy định 366-QĐ/TW, mức xếp loại phải là \"Không hoàn thành nhiệm vụ\"."),
				Arguments.of("SELF", "85", "", "level", "Hãy chọn mức xếp loại."),
				Arguments.of("SELF", "85", "BEST", "level", "Giá trị không hợp lệ."),
				Arguments.of("PROPOSAL", "85", "GOOD", "kind",
						"Chưa có bước tự đánh giá: cần tự đánh giá trước khi đề xuất."),
				Arguments.of("", "85", "GOOD", "kind", "Bắt buộc phải chọn hoặc nhập."));
	}

	@ParameterizedTest(name = "{0} {1} {2}: {3}")
	@MethodSource("badStep")
	void badInputIsShownNextToTheFieldAndNothingIsWritten(String kind, String score, String level, String field,
			String message) throws Exception {
		String html = this.mvc
			.perform(post(this.steps).with(as(this.ward.secretary()))
				.with(csrf())
				.param("year", "2025")
				.param("kind", kind)
				.param("score", score)
				.param("level", level))
			.andExpect(status().isOk())
			.andExpect(view().name("cellwork/ratings/cell"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(html, field)).isEqualTo(message);
		assertThat(html).contains("Vui lòng sửa các lỗi được đánh dấu bên dưới.");
		assertThat(rows()).isZero();
	}

	@Test
	void aGroupScoreOverItsMaxAndAFutureYearAreRefused() throws Exception {
		Long general = this.ratings.regulationFor(2025).orElseThrow().groups(RatingSubject.CELL).get(0).id();
		Long results = this.ratings.regulationFor(2025).orElseThrow().groups(RatingSubject.CELL).get(1).id();
		String html = this.mvc
			.perform(post(this.steps).with(as(this.ward.secretary()))
				.with(csrf())
				.param("year", "2025")
				.param("kind", "SELF")
				.param("score", "92")
				.param("level", "EXCELLENT")
				.param("groupScores[" + general + "]", "32")
				.param("groupScores[" + results + "]", "60"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.fieldError(html, "groupScores[" + general + "]"))
			.isEqualTo("Điểm của nhóm này phải từ 0 đến 30.");

		int nextYear = LocalDate.now(this.clock).getYear() + 1;
		String future = this.mvc
			.perform(post(this.steps).with(as(this.ward.secretary()))
				.with(csrf())
				.param("year", String.valueOf(nextYear))
				.param("kind", "SELF")
				.param("score", "80")
				.param("level", "GOOD"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.text(future)).contains("Chưa thể đánh giá, xếp loại cho một năm chưa tới.");
		String futurePage = render(get(this.page).param("year", String.valueOf(nextYear)), this.ward.secretary());
		assertThat(futurePage).doesNotContain("action=\"" + this.steps + "\"");
		assertThat(rows()).isZero();
	}

	@Test
	void aDecidedRatingIsCorrectedOnlyWithAReasonAndTheOldDecisionStaysVisible() throws Exception {
		decide(this.ward, 92, RatingLevel.EXCELLENT);
		String adminPage = render(get(this.page).param("year", "2025"), this.ward.admin());
		MultiValueMap<String, String> fields = Html.formFields(adminPage, this.steps);
		assertThat(fields.getFirst("kind")).isEqualTo("DECISION");
		fields.set("score", "85");
		fields.set("level", "GOOD");
		fields.set("competentBody", "Đảng ủy phường Thử");
		fields.set("decidedOn", "2025-12-28");
		String refused = send(this.ward.admin(), fields).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.fieldError(refused, "reason"))
			.isEqualTo("Xếp loại đã có quyết định, không sửa được: quyết định mới là một đính chính, hãy ghi lý do.");
		fields.set("reason", "Có đơn khiếu nại được xác minh đúng");
		send(this.ward.admin(), fields).andExpect(status().isFound());

		String shown = Html.text(render(get(this.page).param("year", "2025"), this.ward.secretary()));
		assertThat(shown).contains("Đã được đính chính", "Đính chính", "Có đơn khiếu nại được xác minh đúng");
		RatingView rating = this.ratings.ofCell(this.ward.admin(), this.ward.cellA().id(), 2025).orElseThrow();
		assertThat(rating.steps()).hasSize(4);
		assertThat(rating.decision().orElseThrow().level()).isEqualTo(RatingLevel.GOOD);
	}

	@Test
	void officersOtherCellsAndOtherWardsAreRefusedAndAPostNeedsItsToken() throws Exception {
		TestWard other = this.wards.newWard();
		String ofB = "/cellwork/" + this.ward.cellB().id() + "/ratings";
		this.mvc.perform(get(this.page).with(as(this.ward.officer()))).andExpect(status().isForbidden());
		this.mvc.perform(self(this.steps, this.ward.officer()).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(get(ofB).with(as(this.ward.secretary()))).andExpect(status().isNotFound());
		this.mvc.perform(self(ofB + "/steps", this.ward.secretary()).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(get(this.page).with(as(other.admin()))).andExpect(status().isNotFound());
		this.mvc.perform(self(this.steps, other.admin()).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(self(this.steps, this.ward.inspector()).with(csrf())).andExpect(status().isForbidden());
		this.mvc.perform(self(this.steps, this.ward.secretary())).andExpect(status().isForbidden());
		String inspector = render(get(this.page), this.ward.inspector());
		assertThat(inspector).doesNotContain("action=\"" + this.steps + "\"");
		assertThat(rows()).isZero();
	}

	@Test
	void aStaleFormGetsTheConflictAndWritesNothing() throws Exception {
		String first = render(get(this.page).param("year", "2025"), this.ward.secretary());
		MultiValueMap<String, String> fields = Html.formFields(first, this.steps);
		fields.set("score", "80");
		fields.set("level", "GOOD");
		send(this.ward.secretary(), fields).andExpect(status().isFound());
		// The same form again (opened before the step was recorded).
		send(this.ward.secretary(), fields).andExpect(status().isConflict());
		assertThat(this.ratings.ofCell(this.ward.admin(), this.ward.cellA().id(), 2025).orElseThrow().steps())
			.hasSize(1);
	}

	@Test
	void htmlInTextIsShownAsText() throws Exception {
		this.mvc
			.perform(self(this.steps, this.ward.secretary()).with(csrf())
				.param("comment", "<script>alert('x')</script>"))
			.andExpect(status().isFound());
		String html = render(get(this.page).param("year", "2025"), this.ward.admin());
		assertThat(html).doesNotContain("<script>alert");
		assertThat(Html.text(html)).contains("<script>alert('x')</script>");
	}

	@Test
	void membersAreRatedOnTheirPageAndProposedManyAtOnce() throws Exception {
		MemberView an = this.members.member(this.ward, this.ward.cellA(), "Trần Văn An");
		MemberView binh = this.members.member(this.ward, this.ward.cellA(), "Phạm Thị Bình");
		MemberView old = this.members.member(this.ward, this.ward.cellA(), "Lê Văn Già", LocalDate.of(1970, 1, 1),
				LocalDate.of(2024, 1, 1));
		MemberView elsewhere = this.members.member(this.ward, this.ward.cellB(), "Võ Văn Xa");
		String memberPage = this.page + "/members/" + an.id();

		String html = render(get(memberPage).param("year", "2025"), this.ward.secretary());
		assertThat(Html.text(html)).contains("Trần Văn An");
		assertThat(html).doesNotContain("??");
		MultiValueMap<String, String> fields = Html.formFields(html, memberPage + "/steps");
		fields.set("score", "92");
		fields.set("level", "EXCELLENT");
		send(this.ward.secretary(), memberPage + "/steps", fields).andExpect(status().isFound())
			.andExpect(redirectedUrl(memberPage + "?year=2025"));
		this.ratings.recordMember(this.ward.secretary(), this.ward.cellA().id(), binh.id(), 2025,
				RatingStepCommand.of(RatingStepKind.SELF, 80, RatingLevel.GOOD), null);

		String exempt = render(get(this.page + "/members/" + old.id()).param("year", "2025"), this.ward.secretary());
		assertThat(Html.text(exempt)).contains("Đảng viên được miễn sinh hoạt đảng: không kiểm điểm, xếp loại.");
		assertThat(exempt).doesNotContain("/members/" + old.id() + "/steps");
		this.mvc.perform(get(this.page + "/members/" + elsewhere.id()).with(as(this.ward.secretary())))
			.andExpect(status().isNotFound());
		this.mvc.perform(self(this.page + "/members/" + elsewhere.id() + "/steps", this.ward.secretary()).with(csrf()))
			.andExpect(status().isNotFound());

		String proposals = render(get(this.page + "/proposals").param("year", "2025"), this.ward.secretary());
		MultiValueMap<String, String> rows = Html.formFields(proposals, this.page + "/proposals");
		assertThat(Html.text(proposals)).contains("Trần Văn An", "Phạm Thị Bình").doesNotContain("Lê Văn Già");
		assertThat(Html.labelsWithoutField(proposals)).isEmpty();
		int binhRow = rows.getFirst("rows[0].memberId").equals(String.valueOf(binh.id())) ? 0 : 1;
		rows.set("rows[" + binhRow + "].level", "EXCELLENT");
		String refused = send(this.ward.secretary(), this.page + "/proposals", rows).andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.fieldError(refused, "rows[" + binhRow + "].level"))
			.isEqualTo("Với 80 điểm, theo Quy định 366-QĐ/TW, mức xếp loại phải là \"Hoàn thành tốt nhiệm vụ\".");
		assertThat(this.ratings.member(this.ward.admin(), this.ward.cellA().id(), an.id(), 2025).rating().lastKind())
			.isEqualTo(RatingStepKind.SELF);
		rows.set("rows[" + binhRow + "].level", "GOOD");
		send(this.ward.secretary(), this.page + "/proposals", rows).andExpect(status().isFound())
			.andExpect(flash().attribute("message", "rating.proposals.recorded"));

		String table = render(get(this.page).param("year", "2025"), this.ward.inspector());
		assertThat(Html.rows(table))
			.anyMatch((row) -> row.startsWith("Trần Văn An") && row.contains("Hoàn thành xuất sắc nhiệm vụ (92)"));
		assertThat(Html.rows(table)).anyMatch((row) -> row.startsWith("Lê Văn Già") && row.contains("Miễn sinh hoạt"));
		assertThat(this.ratings.memberLevels(this.ward.admin(), this.ward.cellA().id(), 2025).pending()).isEqualTo(2);
		this.mvc.perform(get(this.page + "/proposals").with(as(this.ward.inspector())))
			.andExpect(status().isForbidden());
	}

	private void decide(TestWard ward, int score, RatingLevel level) {
		Long cell = ward.cellA().id();
		RatingView self = this.ratings.recordCell(ward.secretary(), cell, 2025,
				RatingStepCommand.of(RatingStepKind.SELF, score, level), null);
		RatingView proposed = this.ratings.recordCell(ward.secretary(), cell, 2025,
				RatingStepCommand.of(RatingStepKind.PROPOSAL, score, level), self.version());
		this.ratings.recordCell(ward.admin(), cell, 2025,
				RatingStepCommand.decision(score, level, "Đảng ủy phường Thử", null, LocalDate.of(2025, 12, 20), null),
				proposed.version());
	}

	private MockHttpServletRequestBuilder self(String action, CurrentUser user) {
		return post(action).with(as(user))
			.param("year", "2025")
			.param("kind", "SELF")
			.param("score", "80")
			.param("level", "GOOD");
	}

	private org.springframework.test.web.servlet.ResultActions send(CurrentUser user,
			MultiValueMap<String, String> fields) throws Exception {
		return send(user, this.steps, fields);
	}

	private org.springframework.test.web.servlet.ResultActions send(CurrentUser user, String action,
			MultiValueMap<String, String> fields) throws Exception {
		return this.mvc.perform(post(action).with(as(user)).with(csrf()).params(fields));
	}

	private int rows() {
		Integer count = this.jdbc.queryForObject("select count(*) from ratings where ward_id = ?", Integer.class,
				this.ward.id());
		return (count != null) ? count : 0;
	}

	private String render(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
		return this.mvc.perform(request.with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
