package vn.sochibo.household.web;

import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.HouseholdQuery;
import vn.sochibo.household.Households;
import vn.sochibo.household.StatusDetails;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Role;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.sochibo.account.TestPrincipals.as;
import static vn.sochibo.household.web.HouseholdScopeMatrixTests.Outcome.FORBIDDEN;
import static vn.sochibo.household.web.HouseholdScopeMatrixTests.Outcome.NOT_FOUND;
import static vn.sochibo.household.web.HouseholdScopeMatrixTests.Outcome.OK;
import static vn.sochibo.household.web.HouseholdScopeMatrixTests.Outcome.TO_LOGIN;
import static vn.sochibo.household.web.HouseholdScopeMatrixTests.Outcome.TO_RECORD;

/**
 * Every role against every household endpoint, for a household of area A: who may read
 * it, who may change it, and what everybody else gets (403, 404 or the login page) — with
 * nothing changed when a write is refused.
 */
@IntegrationTest
@TestInstance(Lifecycle.PER_CLASS)
class HouseholdScopeMatrixTests {

	/** The columns of the matrix, in this order. */
	enum Endpoint {

		LIST, DETAIL, NEW_FORM, CREATE, EDIT_FORM, UPDATE, ADD_STATUS, REMOVE_STATUS;

		boolean writes() {
			return this == CREATE || this == UPDATE || this == ADD_STATUS || this == REMOVE_STATUS;
		}

	}

	enum Outcome {

		/** 200 with the page. */
		OK,
		/** The change is made and the answer is a redirect to the household. */
		TO_RECORD,
		/** 403. */
		FORBIDDEN,
		/** 404: the household (or its area) is outside the user's scope. */
		NOT_FOUND,
		/** A redirect to the login page. */
		TO_LOGIN

	}

	enum Who {

		WARD_ADMIN, CELL_SECRETARY_OF_A, OFFICER_OF_A, OFFICER_OF_B, INSPECTOR, SYSTEM_ADMIN, ANONYMOUS,
		WARD_ADMIN_OF_ANOTHER_WARD

	}

	static Stream<Arguments> matrix() {
		return Stream
			.of(row(Who.WARD_ADMIN, OK, OK, OK, TO_RECORD, OK, TO_RECORD, TO_RECORD, TO_RECORD),
					row(Who.CELL_SECRETARY_OF_A, OK, OK, OK, TO_RECORD, OK, TO_RECORD, TO_RECORD, TO_RECORD),
					row(Who.OFFICER_OF_A, OK, OK, OK, TO_RECORD, OK, TO_RECORD, TO_RECORD, TO_RECORD),
					row(Who.OFFICER_OF_B, OK, NOT_FOUND, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND),
					row(Who.INSPECTOR, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
					row(Who.SYSTEM_ADMIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
							FORBIDDEN),
					row(Who.ANONYMOUS, TO_LOGIN, TO_LOGIN, TO_LOGIN, TO_LOGIN, TO_LOGIN, TO_LOGIN, TO_LOGIN, TO_LOGIN),
					row(Who.WARD_ADMIN_OF_ANOTHER_WARD, OK, NOT_FOUND, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
							NOT_FOUND))
			.flatMap(Function.identity());
	}

	private static Stream<Arguments> row(Who who, Outcome... outcomes) {
		Endpoint[] endpoints = Endpoint.values();
		assertThat(outcomes).hasSameSizeAs(endpoints);
		return Arrays.stream(endpoints).map((endpoint) -> Arguments.of(who, endpoint, outcomes[endpoint.ordinal()]));
	}

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Households households;

	@Autowired
	MockMvc mvc;

	TestWard ward;

	TestWard otherWard;

	HouseholdDetail householdOfB;

	@BeforeAll
	void wards() {
		this.ward = this.fixtures.newWard();
		this.otherWard = this.fixtures.newWard();
		this.householdOfB = this.fixtures.household(this.ward, this.ward.areaB(), "Hộ Khu Bê Riêng");
	}

	@ParameterizedTest(name = "{0} {1} → {2}")
	@MethodSource("matrix")
	void everyRoleGetsExactlyWhatItMay(Who who, Endpoint endpoint, Outcome expected) throws Exception {
		HouseholdDetail household = householdOfAWithAStatus();
		long countBefore = householdCount();
		String newName = "Hộ Mới " + UUID.randomUUID().toString().substring(0, 8);

		MvcResult result = this.mvc.perform(request(endpoint, household, newName).with(principal(who))).andReturn();

		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		switch (expected) {
			case OK -> assertThat(status).isEqualTo(200);
			case FORBIDDEN -> assertThat(status).isEqualTo(403);
			case NOT_FOUND -> assertThat(status).isEqualTo(404);
			case TO_LOGIN -> {
				assertThat(status).isEqualTo(302);
				assertThat(location).endsWith("/login");
			}
			case TO_RECORD -> {
				assertThat(status).isEqualTo(302);
				assertThat(location).matches("/households/\\d+");
				assertChangeMade(endpoint, household, newName, location);
			}
		}
		if (endpoint.writes() && expected != TO_RECORD) {
			assertThat(this.households.get(this.ward.admin(), household.id())).isEqualTo(household);
			assertThat(householdCount()).isEqualTo(countBefore);
			assertThat(householdCount(this.otherWard)).isZero();
		}
	}

	static Stream<Arguments> refusedWritesWithBadInput() {
		return Stream.of(Arguments.of(Who.INSPECTOR, Endpoint.CREATE, FORBIDDEN),
				Arguments.of(Who.INSPECTOR, Endpoint.UPDATE, FORBIDDEN),
				Arguments.of(Who.INSPECTOR, Endpoint.ADD_STATUS, FORBIDDEN),
				Arguments.of(Who.OFFICER_OF_B, Endpoint.UPDATE, NOT_FOUND),
				Arguments.of(Who.OFFICER_OF_B, Endpoint.ADD_STATUS, NOT_FOUND),
				Arguments.of(Who.WARD_ADMIN_OF_ANOTHER_WARD, Endpoint.UPDATE, NOT_FOUND),
				Arguments.of(Who.WARD_ADMIN_OF_ANOTHER_WARD, Endpoint.ADD_STATUS, NOT_FOUND));
	}

	/**
	 * A user who may not make a change is refused before their input is looked at: bad
	 * input must not get them the form (nor tell them the record exists).
	 */
	@ParameterizedTest(name = "{0} {1} with bad input → {2}")
	@MethodSource("refusedWritesWithBadInput")
	void aRefusedWriteIsRefusedEvenWithBadInput(Who who, Endpoint endpoint, Outcome expected) throws Exception {
		HouseholdDetail household = householdOfAWithAStatus();
		long countBefore = householdCount();

		int status = this.mvc.perform(request(endpoint, household, "").with(principal(who)))
			.andReturn()
			.getResponse()
			.getStatus();

		assertThat(status).isEqualTo((expected == FORBIDDEN) ? 403 : 404);
		assertThat(this.households.get(this.ward.admin(), household.id())).isEqualTo(household);
		assertThat(householdCount()).isEqualTo(countBefore);
	}

	@Test
	void theOfficerOfAreaASeesNoHouseholdOfAreaB() throws Exception {
		HouseholdDetail ofA = householdOfAWithAStatus();

		String page = this.mvc.perform(get("/households").with(as(this.ward.officer())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String search = this.mvc.perform(get("/households").param("q", "Hộ Khu Bê").with(as(this.ward.officer())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String filtered = this.mvc
			.perform(get("/households").param("area", String.valueOf(this.ward.areaB().id()))
				.with(as(this.ward.officer())))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains(ofA.headName()).doesNotContain(this.householdOfB.headName());
		assertThat(search).doesNotContain(this.householdOfB.headName());
		assertThat(filtered).doesNotContain(this.householdOfB.headName());
	}

	@Test
	void theInspectorSeesTheHouseholdsOfBothAreas() throws Exception {
		HouseholdDetail ofA = householdOfAWithAStatus();

		String page = this.mvc.perform(get("/households").with(as(this.ward.inspector())))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).contains(ofA.headName()).contains(this.householdOfB.headName());
	}

	@Test
	void theWardAdminOfAnotherWardSeesNoneOfThisWard() throws Exception {
		HouseholdDetail ofA = householdOfAWithAStatus();

		String page = this.mvc.perform(get("/households").with(as(this.otherWard.admin())))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(page).doesNotContain(ofA.headName()).doesNotContain(this.householdOfB.headName());
	}

	/**
	 * The request of an endpoint; an empty new name makes the input of a write bad.
	 */
	private MockHttpServletRequestBuilder request(Endpoint endpoint, HouseholdDetail household, String newName) {
		String path = "/households/" + household.id();
		return switch (endpoint) {
			case LIST -> get("/households");
			case DETAIL -> get(path);
			case NEW_FORM -> get("/households/new");
			case CREATE -> post("/households/new").with(csrf())
				.param("headName", newName)
				.param("address", "7 hẻm 12 đường Mậu Thân")
				.param("areaId", String.valueOf(this.ward.areaA().id()))
				.param("members", "3");
			case EDIT_FORM -> get(path + "/edit");
			case UPDATE -> post(path + "/edit").with(csrf())
				.param("code", household.code())
				.param("headName", newName)
				.param("address", household.address())
				.param("alley", household.alley())
				.param("areaId", String.valueOf(household.areaId()))
				.param("members", String.valueOf(household.members()))
				.param("phone", household.phone())
				.param("version", String.valueOf(household.version()));
			case ADD_STATUS -> post(path + "/statuses").with(csrf())
				.param("year", newName.isEmpty() ? "" : "2025")
				.param("kind", "DISABILITY");
			case REMOVE_STATUS -> post(path + "/statuses/" + household.statuses().get(0).id() + "/remove").with(csrf());
		};
	}

	private void assertChangeMade(Endpoint endpoint, HouseholdDetail household, String newName, String location) {
		if (endpoint == Endpoint.CREATE) {
			Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
			HouseholdDetail created = this.households.get(this.ward.admin(), id);
			assertThat(created.headName()).isEqualTo(newName);
			assertThat(created.areaId()).isEqualTo(this.ward.areaA().id());
			return;
		}
		assertThat(location).isEqualTo("/households/" + household.id());
		HouseholdDetail after = this.households.get(this.ward.admin(), household.id());
		switch (endpoint) {
			case UPDATE -> assertThat(after.headName()).isEqualTo(newName);
			case ADD_STATUS -> assertThat(after.statuses()).extracting((status) -> status.kind())
				.containsExactlyInAnyOrder(StatusKind.POOR, StatusKind.DISABILITY);
			case REMOVE_STATUS -> assertThat(after.statuses()).isEmpty();
			default -> throw new IllegalStateException(endpoint + " does not write");
		}
	}

	private RequestPostProcessor principal(Who who) {
		return switch (who) {
			case WARD_ADMIN -> as(this.ward.admin());
			case CELL_SECRETARY_OF_A -> as(this.ward.secretary());
			case OFFICER_OF_A -> as(this.ward.officer());
			case OFFICER_OF_B -> as(this.ward.officerB());
			case INSPECTOR -> as(this.ward.inspector());
			case SYSTEM_ADMIN -> as(new CurrentUser(null, null, "sysadmin", Role.SYSTEM_ADMIN));
			case ANONYMOUS -> (request) -> request;
			case WARD_ADMIN_OF_ANOTHER_WARD -> as(this.otherWard.admin());
		};
	}

	private HouseholdDetail householdOfAWithAStatus() {
		HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaA(),
				"Hộ Khu A " + UUID.randomUUID().toString().substring(0, 8));
		this.households.addStatus(this.ward.admin(), household.id(),
				new StatusDetails(2024, StatusKind.POOR, null, null, "QĐ 5/2024", null));
		return this.households.get(this.ward.admin(), household.id());
	}

	private long householdCount() {
		return householdCount(this.ward);
	}

	private long householdCount(TestWard ofWard) {
		return this.households.list(ofWard.admin(), new HouseholdQuery(null, null, null, null), PageRequest.of(0, 1))
			.getTotalElements();
	}

}
