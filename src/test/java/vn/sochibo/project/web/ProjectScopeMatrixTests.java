package vn.sochibo.project.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.sochibo.household.Households;
import vn.sochibo.project.ProjectDetail;
import vn.sochibo.project.ProjectFixtures;
import vn.sochibo.project.ProjectStatus;
import vn.sochibo.project.Projects;
import vn.sochibo.project.UpdateDetails;
import vn.sochibo.project.UploadedPhoto;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Role;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.sochibo.account.TestPrincipals.as;
import static vn.sochibo.project.web.ProjectScopeMatrixTests.Outcome.FORBIDDEN;
import static vn.sochibo.project.web.ProjectScopeMatrixTests.Outcome.NOT_FOUND;
import static vn.sochibo.project.web.ProjectScopeMatrixTests.Outcome.OK;
import static vn.sochibo.project.web.ProjectScopeMatrixTests.Outcome.TO_LOGIN;
import static vn.sochibo.project.web.ProjectScopeMatrixTests.Outcome.TO_RECORD;

/**
 * Every role against every project endpoint, for a project of area A: who may read it,
 * who may change it, and what everybody else gets (403, 404 or the login page) — with
 * nothing changed when a write is refused.
 */
@IntegrationTest
@TestInstance(Lifecycle.PER_CLASS)
class ProjectScopeMatrixTests {

	/** The columns of the matrix, in this order. */
	enum Endpoint {

		LIST, DETAIL, PHOTO, NEW_FORM, CREATE, EDIT_FORM, UPDATE, STATUS, MEETING, BOARD, TIMELINE, PLAN_FORM, PLAN,
		REMOVE_UPDATE;

		boolean writes() {
			return this == CREATE || this == UPDATE || this == STATUS || this == MEETING || this == BOARD
					|| this == TIMELINE || this == PLAN || this == REMOVE_UPDATE;
		}

	}

	enum Outcome {

		/** 200 with the page. */
		OK,
		/** The change is made and the answer is a redirect to the project. */
		TO_RECORD,
		/** 403. */
		FORBIDDEN,
		/** 404: the project (or its area) is outside the user's scope. */
		NOT_FOUND,
		/** A redirect to the login page. */
		TO_LOGIN

	}

	enum Who {

		WARD_ADMIN, CELL_SECRETARY_OF_A, OFFICER_OF_A, OFFICER_OF_B, INSPECTOR, SYSTEM_ADMIN, ANONYMOUS,
		WARD_ADMIN_OF_ANOTHER_WARD

	}

	static Stream<Arguments> matrix() {
		Outcome[] writer = { OK, OK, OK, OK, TO_RECORD, OK, TO_RECORD, TO_RECORD, TO_RECORD, TO_RECORD, TO_RECORD, OK,
				TO_RECORD, TO_RECORD };
		Outcome[] outside = { OK, NOT_FOUND, NOT_FOUND, OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND,
				NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND };
		Outcome[] none = new Outcome[Endpoint.values().length];
		Outcome[] inspector = { OK, OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
				FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN };
		Outcome[] anonymous = new Outcome[Endpoint.values().length];
		Arrays.fill(none, FORBIDDEN);
		Arrays.fill(anonymous, TO_LOGIN);
		return Stream
			.of(row(Who.WARD_ADMIN, writer), row(Who.CELL_SECRETARY_OF_A, writer), row(Who.OFFICER_OF_A, writer),
					row(Who.OFFICER_OF_B, outside), row(Who.INSPECTOR, inspector), row(Who.SYSTEM_ADMIN, none),
					row(Who.ANONYMOUS, anonymous), row(Who.WARD_ADMIN_OF_ANOTHER_WARD, outside))
			.flatMap(Function.identity());
	}

	private static Stream<Arguments> row(Who who, Outcome... outcomes) {
		Endpoint[] endpoints = Endpoint.values();
		assertThat(outcomes).hasSameSizeAs(endpoints);
		return Arrays.stream(endpoints).map((endpoint) -> Arguments.of(who, endpoint, outcomes[endpoint.ordinal()]));
	}

	@Autowired
	WardFixtures wards;

	@Autowired
	Projects projects;

	@Autowired
	Households households;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	ProjectFixtures fixtures;

	TestWard ward;

	TestWard otherWard;

	LocalDate today;

	@BeforeAll
	void wards() {
		this.fixtures = new ProjectFixtures(this.projects, this.wards, this.households, this.clock);
		this.ward = this.wards.newWard();
		this.otherWard = this.wards.newWard();
		this.fixtures.households(this.ward, this.ward.areaA(), 3);
		this.today = LocalDate.now(this.clock);
	}

	@ParameterizedTest(name = "{0} {1} → {2}")
	@MethodSource("matrix")
	void everyRoleGetsExactlyWhatItMay(Who who, Endpoint endpoint, Outcome expected) throws Exception {
		ProjectDetail project = projectOfAWithAPhoto();
		int projectsBefore = count("projects", this.ward);
		String newName = "Công trình " + UUID.randomUUID().toString().substring(0, 8);

		MvcResult result = this.mvc.perform(request(endpoint, project, newName).with(principal(who))).andReturn();

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
				assertThat(location).matches("/projects/\\d+");
				assertChangeMade(endpoint, project, newName, location);
			}
		}
		if (endpoint.writes() && expected != TO_RECORD) {
			assertThat(this.projects.get(this.ward.admin(), project.id())).isEqualTo(project);
			assertThat(count("projects", this.ward)).isEqualTo(projectsBefore);
			assertThat(count("projects", this.otherWard)).isZero();
			assertThat(count("funds", this.otherWard)).isZero();
		}
	}

	static Stream<Arguments> refusedWritesWithBadInput() {
		return Stream.of(Endpoint.values())
			.filter(Endpoint::writes)
			.flatMap((endpoint) -> Stream.of(Arguments.of(Who.INSPECTOR, endpoint, FORBIDDEN),
					Arguments.of(Who.OFFICER_OF_B, endpoint, NOT_FOUND),
					Arguments.of(Who.WARD_ADMIN_OF_ANOTHER_WARD, endpoint, NOT_FOUND)));
	}

	/**
	 * A user who may not make a change is refused before their input is looked at: bad
	 * input must not get them the form (nor tell them the project exists).
	 */
	@ParameterizedTest(name = "{0} {1} with bad input → {2}")
	@MethodSource("refusedWritesWithBadInput")
	void aRefusedWriteIsRefusedEvenWithBadInput(Who who, Endpoint endpoint, Outcome expected) throws Exception {
		ProjectDetail project = projectOfAWithAPhoto();

		int status = this.mvc.perform(request(endpoint, project, "").with(principal(who)))
			.andReturn()
			.getResponse()
			.getStatus();

		if (endpoint == Endpoint.CREATE && expected == NOT_FOUND) {
			// Creating names no project: a bad form is shown again, in the user's own
			// areas.
			assertThat(status).isIn(200, 404);
		}
		else {
			assertThat(status).isEqualTo((expected == FORBIDDEN) ? 403 : 404);
		}
		assertThat(this.projects.get(this.ward.admin(), project.id())).isEqualTo(project);
	}

	/**
	 * The request of an endpoint; an empty new name makes the input of a write bad.
	 */
	private AbstractMockHttpServletRequestBuilder<?> request(Endpoint endpoint, ProjectDetail project, String newName) {
		String path = "/projects/" + project.id();
		boolean bad = newName.isEmpty();
		return switch (endpoint) {
			case LIST -> get("/projects");
			case DETAIL -> get(path);
			case PHOTO -> get(path + "/photos/" + project.updates().get(0).photoIds().get(0));
			case NEW_FORM -> get("/projects/new");
			case CREATE -> post("/projects/new").with(csrf())
				.param("kind", "DRAINAGE")
				.param("name", newName)
				.param("areaId", String.valueOf(this.ward.areaA().id()));
			case EDIT_FORM -> get(path + "/edit");
			case UPDATE -> post(path + "/edit").with(csrf())
				.param("kind", project.kind().name())
				.param("name", newName)
				.param("progress", "0")
				.param("version", String.valueOf(project.version()));
			case STATUS -> post(path + "/status").with(csrf()).param("target", bad ? "" : "CONSULTING");
			case MEETING -> post(path + "/meetings").with(csrf())
				.param("meetingDate", bad ? "" : this.today.toString())
				.param("householdsPresent", "3")
				.param("householdsAgreeing", "2");
			case BOARD -> post(path + "/board").with(csrf()).param("memberName", newName);
			case TIMELINE -> multipart(path + "/updates")
				.file(new MockMultipartFile("photos", "a.png", "image/png", ProjectFixtures.png(100)))
				.with(csrf())
				.param("updateDate", this.today.toString())
				.param("updateText", newName);
			case PLAN_FORM -> get(path + "/plan");
			case PLAN -> post(path + "/plan").with(csrf())
				.param("residents", bad ? "-1" : "1.000.000")
				.param("version", String.valueOf(project.version()));
			case REMOVE_UPDATE -> post(path + "/updates/" + project.updates().get(0).id() + "/remove").with(csrf());
		};
	}

	private void assertChangeMade(Endpoint endpoint, ProjectDetail project, String newName, String location) {
		if (endpoint == Endpoint.CREATE) {
			Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
			ProjectDetail created = this.projects.get(this.ward.admin(), id);
			assertThat(created.name()).isEqualTo(newName);
			assertThat(created.areaId()).isEqualTo(this.ward.areaA().id());
			return;
		}
		assertThat(location).isEqualTo("/projects/" + project.id());
		ProjectDetail after = this.projects.get(this.ward.admin(), project.id());
		switch (endpoint) {
			case UPDATE -> assertThat(after.name()).isEqualTo(newName);
			case STATUS -> assertThat(after.status()).isEqualTo(ProjectStatus.CONSULTING);
			case MEETING -> assertThat(after.meetings()).hasSize(1);
			case BOARD -> assertThat(after.board()).extracting((member) -> member.name()).containsExactly(newName);
			case TIMELINE -> assertThat(after.updates()).hasSize(2);
			case PLAN -> assertThat(after.funding().hasPlan()).isTrue();
			case REMOVE_UPDATE -> assertThat(after.updates()).isEmpty();
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

	private ProjectDetail projectOfAWithAPhoto() {
		ProjectDetail project = this.fixtures.create(this.ward, this.ward.areaA());
		this.projects.addUpdate(this.ward.admin(), project.id(), new UpdateDetails(this.today, "Khảo sát hiện trạng",
				null, List.of(new UploadedPhoto("hien-trang.png", ProjectFixtures.png(200)))));
		return this.projects.get(this.ward.admin(), project.id());
	}

	private int count(String table, TestWard ofWard) {
		return this.jdbc.queryForObject("select count(*) from " + table + " where ward_id = ?", Integer.class,
				ofWard.id());
	}

}
