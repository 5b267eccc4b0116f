package vn.sochibo.household.web;

import java.time.Clock;
import java.time.Year;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.HouseholdDetails;
import vn.sochibo.household.Households;
import vn.sochibo.household.PolicySubtype;
import vn.sochibo.household.ProposalOutcome;
import vn.sochibo.household.ProposalRow;
import vn.sochibo.household.StatusDetails;
import vn.sochibo.household.StatusKind;
import vn.sochibo.household.StatusReviews;
import vn.sochibo.household.StatusView;
import vn.sochibo.support.Html;
import vn.sochibo.support.IntegrationTest;
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
 * The review pages and the end of a lasting status through the web stack: security (other
 * area 404, inspector 403, missing CSRF 403), bulk confirmation, bad input shown next to
 * the field with nothing written.
 */
@IntegrationTest
class StatusReviewControllerTests {

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Households households;

	@Autowired
	StatusReviews reviews;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	TestWard ward;

	int year;

	HouseholdDetail an;

	HouseholdDetail binh;

	String sheetUrl;

	@BeforeEach
	void build() {
		this.ward = this.fixtures.newWard();
		this.year = Year.now(this.clock).getValue();
		this.an = household("Trần Văn An");
		this.binh = household("Lê Thị Bình");
		for (HouseholdDetail household : List.of(this.an, this.binh)) {
			this.households.addStatus(this.ward.admin(), household.id(),
					new StatusDetails(this.year - 1, StatusKind.POOR, null, "Nghị định 07/2021/NĐ-CP", "QĐ cũ", null));
		}
		this.sheetUrl = "/households/reviews/" + this.year + "/areas/" + this.ward.areaA().id();
	}

	@Test
	void theOfficerStartsTheReviewAndConfirmsTheTickedHouseholds() throws Exception {
		this.mvc.perform(post(this.sheetUrl + "/start").with(as(this.ward.officer())).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(this.sheetUrl))
			.andExpect(flash().attribute("message", "review.started"));
		String page = page(this.sheetUrl);
		assertThat(page).contains("Trần Văn An").contains("Lê Thị Bình").contains("2 hộ chờ xác nhận");
		List<ProposalRow> rows = rows();

		this.mvc
			.perform(post(this.sheetUrl + "/confirm").with(as(this.ward.officer()))
				.with(csrf())
				.param("proposalIds", String.valueOf(rows.get(0).id()), String.valueOf(rows.get(1).id()))
				.param("kinds[" + rows.get(1).id() + "]", "NEAR_POOR")
				.param("decisionRef", "QĐ số 40/QĐ-UBND")
				.param("standard", ""))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl(this.sheetUrl));

		assertThat(rows()).extracting(ProposalRow::outcome).containsOnly(ProposalOutcome.CONFIRMED);
		assertThat(rows()).extracting(ProposalRow::confirmedKind)
			.containsExactly(rows.get(0).proposedKind(), StatusKind.NEAR_POOR);
		assertThat(page(this.sheetUrl)).contains("QĐ số 40/QĐ-UBND").contains("0 hộ chờ xác nhận");
		assertThat(page("/households/reviews?year=" + this.year)).contains("Khu vực A").contains("Đã rà soát xong");
	}

	@Test
	void confirmingNothingOrTooLongADecisionIsShownOnTheScreenAndWritesNothing() throws Exception {
		this.reviews.start(this.ward.officer(), this.year, this.ward.areaA().id());

		String none = this.mvc.perform(
				post(this.sheetUrl + "/confirm").with(as(this.ward.officer())).with(csrf()).param("decisionRef", "QĐ"))
			.andExpect(status().isOk())
			.andExpect(view().name("households/review"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(none).contains("Hãy chọn ít nhất một hộ để xác nhận.");

		String tooLong = this.mvc
			.perform(post(this.sheetUrl + "/confirm").with(as(this.ward.officer()))
				.with(csrf())
				.param("proposalIds", String.valueOf(rows().get(0).id()))
				.param("decisionRef", "Q".repeat(161)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.fieldError(tooLong, "decisionRef")).isEqualTo("Không được quá 160 ký tự.");
		assertThat(Html.value(tooLong, "decisionRef")).isEqualTo("Q".repeat(161));
		assertThat(rows()).extracting(ProposalRow::outcome).containsOnly(ProposalOutcome.PROPOSED);
	}

	@Test
	void endingWithoutAReasonIsShownNextToTheFieldAndWritesNothing() throws Exception {
		this.reviews.start(this.ward.officer(), this.year, this.ward.areaA().id());
		Long id = rows().get(0).id();

		String page = this.mvc
			.perform(post(this.sheetUrl + "/proposals/" + id + "/end").with(as(this.ward.officer()))
				.with(csrf())
				.param("reason", "  "))
			.andExpect(status().isOk())
			.andExpect(view().name("households/review"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains("Không được để trống.");
		assertThat(rows()).extracting(ProposalRow::outcome).containsOnly(ProposalOutcome.PROPOSED);

		this.mvc
			.perform(post(this.sheetUrl + "/proposals/" + id + "/end").with(as(this.ward.officer()))
				.with(csrf())
				.param("reason", "Thu nhập vượt chuẩn"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", "review.ended"));
		assertThat(page(this.sheetUrl)).contains("Thu nhập vượt chuẩn");
	}

	@Test
	void anOfficerOfAnotherAreaGetsNotFoundAndTheInspectorMayOnlyRead() throws Exception {
		this.reviews.start(this.ward.officer(), this.year, this.ward.areaA().id());
		Long id = rows().get(0).id();

		this.mvc.perform(get(this.sheetUrl).with(as(this.ward.officerB()))).andExpect(status().isNotFound());
		this.mvc.perform(post(this.sheetUrl + "/start").with(as(this.ward.officerB())).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(this.sheetUrl + "/confirm").with(as(this.ward.officerB()))
				.with(csrf())
				.param("proposalIds", String.valueOf(id)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(this.sheetUrl + "/proposals/" + id + "/end").with(as(this.ward.officerB()))
				.with(csrf())
				.param("reason", "khác khu"))
			.andExpect(status().isNotFound());

		String read = page(this.sheetUrl, this.ward.inspector());
		assertThat(read).contains("Trần Văn An").doesNotContain("/confirm\"").doesNotContain("/start\"");
		this.mvc
			.perform(post(this.sheetUrl + "/confirm").with(as(this.ward.inspector()))
				.with(csrf())
				.param("proposalIds", String.valueOf(id)))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(this.sheetUrl + "/start").with(as(this.ward.inspector())).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(this.sheetUrl + "/confirm").with(as(this.ward.officer()))
				.param("proposalIds", String.valueOf(id)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(get("/households/reviews/" + (this.year + 5) + "/areas/" + this.ward.areaA().id())
				.with(as(this.ward.officer())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/households/reviews/abc/areas/1").with(as(this.ward.officer())))
			.andExpect(status().isBadRequest());

		assertThat(rows()).extracting(ProposalRow::outcome).containsOnly(ProposalOutcome.PROPOSED);
	}

	@Test
	void aLastingStatusIsEndedFromTheHouseholdsPage() throws Exception {
		this.households.addStatus(this.ward.admin(), this.an.id(), new StatusDetails(this.year - 4,
				StatusKind.POLICY_FAMILY, PolicySubtype.MARTYR_FAMILY, null, "QĐ 7", null));
		Long statusId = policyStatus().id();
		String url = "/households/" + this.an.id() + "/statuses/" + statusId + "/end";
		assertThat(page("/households/" + this.an.id())).contains((this.year - 4) + " – nay").contains(url);

		String missing = this.mvc
			.perform(post(url).with(as(this.ward.officer()))
				.with(csrf())
				.param("lastYear", String.valueOf(this.year))
				.param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(view().name("households/detail"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(missing).contains("Không được để trống.");
		String tooEarly = this.mvc
			.perform(post(url).with(as(this.ward.officer()))
				.with(csrf())
				.param("lastYear", String.valueOf(this.year - 6))
				.param("reason", "Chuyển đi"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tooEarly).contains("Năm cuối không được trước năm bắt đầu " + (this.year - 4) + ".");
		assertThat(policyStatus().open()).isTrue();
		this.mvc
			.perform(post(url).with(as(this.ward.inspector()))
				.with(csrf())
				.param("lastYear", String.valueOf(this.year))
				.param("reason", "Chuyển đi"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(url).with(as(this.ward.officerB()))
				.with(csrf())
				.param("lastYear", String.valueOf(this.year))
				.param("reason", "Chuyển đi"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post(url).with(as(this.ward.officer())).param("lastYear", "2025").param("reason", "x"))
			.andExpect(status().isForbidden());
		assertThat(policyStatus().open()).isTrue();

		this.mvc
			.perform(post(url).with(as(this.ward.officer()))
				.with(csrf())
				.param("lastYear", String.valueOf(this.year - 1))
				.param("reason", "Chuyển đi nơi khác"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", "status.ended"));
		assertThat(policyStatus().endYear()).isEqualTo(this.year - 1);
		assertThat(page("/households/" + this.an.id())).contains((this.year - 4) + " – " + (this.year - 1))
			.contains("Chuyển đi nơi khác")
			.doesNotContain(url);
	}

	private StatusView policyStatus() {
		return this.households.get(this.ward.admin(), this.an.id())
			.statuses()
			.stream()
			.filter((status) -> status.kind() == StatusKind.POLICY_FAMILY)
			.findFirst()
			.orElseThrow();
	}

	private List<ProposalRow> rows() {
		return this.reviews.sheet(this.ward.admin(), this.year, this.ward.areaA().id()).rows();
	}

	private String page(String url) throws Exception {
		return page(url, this.ward.officer());
	}

	private String page(String url, vn.sochibo.shared.CurrentUser user) throws Exception {
		return this.mvc.perform(get(url).with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private HouseholdDetail household(String name) {
		return this.households.create(this.ward.admin(), new HouseholdDetails(null, name,
				"9 hẻm 49-57 đường Trần Văn Khéo", "hẻm 49-57", this.ward.areaA().id(), 2, null, null));
	}

}
