package vn.sochibo.household.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * {@code GET /households/suggestions}: the JSON the household picker of the forms reads.
 */
@IntegrationTest
class HouseholdSuggestionControllerTests {

	@Autowired
	WardFixtures fixtures;

	@Autowired
	MockMvc mvc;

	TestWard ward;

	HouseholdDetail an;

	@BeforeEach
	void newWard() {
		this.ward = this.fixtures.newWard();
		this.an = this.fixtures.household(this.ward, this.ward.areaA(), "Nguyễn Văn An");
		this.fixtures.household(this.ward, this.ward.areaB(), "Nguyễn Văn Bình");
	}

	@Test
	void anOfficerGetsTheMatchingHouseholdsOfTheirAreasAsJson() throws Exception {
		this.mvc.perform(get("/households/suggestions").param("q", "nguyen van").with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")))
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].id").value(this.an.id()))
			.andExpect(jsonPath("$[0].code").value(this.an.code()))
			.andExpect(jsonPath("$[0].headName").value("Nguyễn Văn An"))
			.andExpect(jsonPath("$[0].alley").value("hẻm 49-57"))
			.andExpect(jsonPath("$[0].areaLabel").value("A – Khu vực A"))
			.andExpect(jsonPath("$[0].phone").doesNotExist());
	}

	@Test
	void theAreasOfTheFormNarrowTheScope() throws Exception {
		this.mvc
			.perform(get("/households/suggestions").param("q", "nguyen")
				.param("area", String.valueOf(this.ward.areaB().id()))
				.with(as(this.ward.admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].headName").value("Nguyễn Văn Bình"));
		this.mvc
			.perform(get("/households/suggestions").param("q", "nguyen")
				.param("area", this.ward.areaA().id() + "," + this.ward.areaB().id())
				.with(as(this.ward.admin())))
			.andExpect(jsonPath("$", hasSize(2)));
		this.mvc
			.perform(get("/households/suggestions").param("q", "nguyen")
				.param("area", String.valueOf(this.ward.areaB().id()))
				.with(as(this.ward.officer())))
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void anotherWardsUserGetsNone() throws Exception {
		TestWard other = this.fixtures.newWard();

		this.mvc.perform(get("/households/suggestions").param("q", "nguyen van").with(as(other.admin())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void shortLongAndMissingTextGetAnEmptyList() throws Exception {
		for (String q : new String[] { "", "n", "x".repeat(101), "nguyen ".repeat(50) }) {
			this.mvc.perform(get("/households/suggestions").param("q", q).with(as(this.ward.officer())))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$", hasSize(0)));
		}
		this.mvc.perform(get("/households/suggestions").with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void anAreaThatIsNoNumberIsABadRequest() throws Exception {
		this.mvc.perform(
				get("/households/suggestions").param("q", "nguyen").param("area", "abc").with(as(this.ward.officer())))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anonymousIsSentToLogin() throws Exception {
		this.mvc.perform(get("/households/suggestions").param("q", "nguyen"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void anInspectorWhoWritesNothingIsRefused() throws Exception {
		this.mvc.perform(get("/households/suggestions").param("q", "nguyen").with(as(this.ward.inspector())))
			.andExpect(status().isForbidden());
	}

}
