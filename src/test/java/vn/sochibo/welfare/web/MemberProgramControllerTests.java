package vn.sochibo.welfare.web;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.sochibo.cellwork.MemberDetails;
import vn.sochibo.cellwork.Members;
import vn.sochibo.cellwork.NewMember;
import vn.sochibo.cellwork.Sex;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.Xlsx;
import vn.sochibo.welfare.DistributionView;
import vn.sochibo.welfare.GiftRow;
import vn.sochibo.welfare.Gifts;
import vn.sochibo.welfare.MemberGroup;
import vn.sochibo.welfare.Occasion;
import vn.sochibo.welfare.ProgramDetails;
import vn.sochibo.welfare.ProgramSource;
import vn.sochibo.welfare.ProgramView;
import vn.sochibo.welfare.WelfarePrograms;
import vn.sochibo.welfare.web.WelfareWorld.Rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * A program for a cell's Party members through the web stack: an officer of the area
 * finds it nowhere (404 for its pages, its gifts and distributions; absent from the list
 * and from the household's page), the cell's secretary and the ward's admin and inspector
 * see it; the form refuses a group of members on a program that is not a cell's, or of
 * another cell than the secretary's, and writes nothing.
 */
@IntegrationTest
@TestInstance(Lifecycle.PER_CLASS)
class MemberProgramControllerTests {

	static final String NAME = "Thăm đảng viên cao tuổi dịp Tết";

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	WelfarePrograms programs;

	@Autowired
	Gifts gifts;

	@Autowired
	Members members;

	WelfareWorld world;

	WelfareWorld other;

	HouseholdDetail veteranHome;

	ProgramView program;

	DistributionView distribution;

	GiftRow gift;

	@BeforeAll
	void aProgramForTheElderlyMembersOfCellAWithOneGift() {
		this.world = new WelfareWorld(this.context);
		this.other = new WelfareWorld(this.context);
		this.veteranHome = this.world.household(this.world.ward.areaA(), "Trần Văn Cựu Chiến", null);
		MemberDetails details = new MemberDetails("Trần Văn Cựu Chiến", 1945, Sex.MALE, LocalDate.of(1970, 5, 19),
				LocalDate.of(1971, 5, 19), null, null, null, null, this.veteranHome.code(), null);
		this.members.register(this.world.ward.admin(), this.world.ward.cellA().id(),
				new NewMember(details, LocalDate.of(2020, 1, 1), null));
		this.program = this.programs.create(this.world.ward.admin(), details(NAME, this.world.ward.cellA().id()));
		this.distribution = this.world.distribute(this.world.ward.secretary(), this.program, 500_000, this.veteranHome);
		this.gift = this.gifts.ofProgram(this.world.ward.admin(), this.program.id()).get(0);
	}

	private ProgramDetails details(String name, Long cellId) {
		return new ProgramDetails(name, Occasion.TET, this.world.year, LocalDate.of(this.world.year, 1, 20), Set.of(),
				Money.of(5_000_000), ProgramSource.CELL, null, cellId, null, null, Set.of(), null,
				MemberGroup.YEARS_40);
	}

	@Test
	void anonymousIsSentToLogin() throws Exception {
		for (String path : new String[] { "/welfare/programs/" + this.program.id(), "/welfare/gifts/" + this.gift.id(),
				"/welfare/households/" + this.veteranHome.id() }) {
			this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void anOfficerOfTheAreaFindsTheProgramNowhere() throws Exception {
		CurrentUser officer = this.world.ward.officer();
		Long id = this.program.id();
		for (String path : new String[] { "/welfare/programs/" + id, "/welfare/programs/" + id + "/coverage",
				"/welfare/programs/" + id + "/distribute", "/welfare/programs/" + id + "/gifts/new",
				"/welfare/programs/" + id + "/signing-list", "/welfare/gifts/" + this.gift.id(),
				"/welfare/distributions/" + this.distribution.id(),
				"/welfare/distributions/" + this.distribution.id() + "/signing-list" }) {
			this.mvc.perform(get(path).with(as(officer))).andExpect(status().isNotFound());
		}
		assertThat(page("/welfare/programs", officer)).doesNotContain(NAME)
			.doesNotContain("href=\"/welfare/programs/" + id + "\"");
		assertThat(page("/welfare/households/" + this.veteranHome.id(), officer)).contains("Trần Văn Cựu Chiến")
			.doesNotContain(NAME)
			.doesNotContain("500.000");
		assertThat(page("/households/" + this.veteranHome.id(), officer)).doesNotContain(NAME)
			.doesNotContain("Đảng viên");
	}

	@Test
	void anOfficersDownloadsLeaveTheProgramOutAndTheSecretarysHoldIt() throws Exception {
		CurrentUser officer = this.world.ward.officer();
		Long id = this.program.id();
		for (String path : new String[] { "/welfare/programs/" + id + "/gifts/export.xlsx",
				"/welfare/programs/" + id + "/coverage/export.xlsx" }) {
			this.mvc.perform(get(path).with(as(officer))).andExpect(status().isNotFound());
		}
		assertThat(download("/welfare/programs/export.xlsx", officer).column(0)).doesNotContain(NAME);
		assertThat(download("/welfare/programs/export.xlsx", this.world.ward.secretary()).column(0)).contains(NAME);
		assertThat(download("/welfare/programs/" + id + "/gifts/export.xlsx", this.world.ward.secretary()).column(2))
			.containsExactly("Trần Văn Cựu Chiến");
	}

	private Xlsx download(String path, CurrentUser user) throws Exception {
		return Xlsx.of(this.mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn());
	}

	@Test
	void anOfficersGiftOrCancellationIsNotFoundAndWritesNothing() throws Exception {
		Rows before = this.world.rows();
		CurrentUser officer = this.world.ward.officer();

		this.mvc
			.perform(post("/welfare/programs/" + this.program.id() + "/gifts/new").with(as(officer))
				.with(csrf())
				.param("householdCode", this.veteranHome.code())
				.param("item", "GIFT_PACKAGE")
				.param("quantity", "1")
				.param("value", "300.000")
				.param("date", this.world.year + "-01-25")
				.param("deliveredBy", "Cán bộ khu vực")
				.param("confirmDuplicate", "true"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/welfare/gifts/" + this.gift.id() + "/cancel").with(as(officer))
				.with(csrf())
				.param("reason", "Nhầm"))
			.andExpect(status().isNotFound());

		assertThat(this.world.rows()).isEqualTo(before);
	}

	@Test
	void theSecretaryTheAdminAndTheInspectorSeeItWithItsGroupOfMembers() throws Exception {
		for (CurrentUser user : new CurrentUser[] { this.world.ward.secretary(), this.world.ward.admin(),
				this.world.ward.inspector() }) {
			assertThat(page("/welfare/programs", user)).as(user.username())
				.contains(NAME)
				.contains("Đảng viên từ 40 năm tuổi Đảng");
			assertThat(page("/welfare/programs/" + this.program.id(), user)).as(user.username())
				.contains(NAME)
				.contains("Đảng viên từ 40 năm tuổi Đảng – Chi bộ A")
				.contains("Hộ đảng viên chưa nhận: 0");
			assertThat(page("/welfare/households/" + this.veteranHome.id(), user)).as(user.username()).contains(NAME);
			assertThat(page("/welfare/gifts/" + this.gift.id(), user)).as(user.username()).contains(NAME);
		}
	}

	@Test
	void anotherWardsAdminFindsItNowhere() throws Exception {
		CurrentUser foreign = this.other.ward.admin();
		this.mvc.perform(get("/welfare/programs/" + this.program.id()).with(as(foreign)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/welfare/gifts/" + this.gift.id()).with(as(foreign))).andExpect(status().isNotFound());
		assertThat(page("/welfare/programs", foreign)).doesNotContain(NAME);
	}

	@Test
	void theSecretaryCreatesAProgramForTheMembersOfTheirCell() throws Exception {
		Rows before = this.world.rows();

		MvcResult result = this.mvc
			.perform(post("/welfare/programs/new").with(as(this.world.ward.secretary()))
				.with(csrf())
				.params(form("<b>Quà 95 năm</b>", "CELL", this.world.ward.cellA().id())))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/welfare/programs/{id}"))
			.andExpect(flash().attribute("message", "program.created"))
			.andReturn();

		assertThat(this.world.rows().programs()).isEqualTo(before.programs() + 1);
		String location = result.getResponse().getRedirectedUrl();
		ProgramView created = this.programs.get(this.world.ward.admin(),
				Long.valueOf(location.substring(location.lastIndexOf('/') + 1)));
		assertThat(created.memberGroup()).isEqualTo(MemberGroup.YEARS_40);
		assertThat(created.targets()).isEmpty();
		assertThat(page(location, this.world.ward.secretary())).contains("&lt;b&gt;Quà 95 năm&lt;/b&gt;")
			.doesNotContain("<b>Quà 95 năm</b>");
		this.mvc.perform(get(location).with(as(this.world.ward.officer()))).andExpect(status().isNotFound());
	}

	@Test
	void aGroupOfMembersOnAProgramNotOfACellOrOfAnotherCellIsShownBesideTheFieldAndWritesNothing() throws Exception {
		Rows before = this.world.rows();

		this.mvc
			.perform(post("/welfare/programs/new").with(as(this.world.ward.admin()))
				.with(csrf())
				.params(form("Quà Mặt trận cho đảng viên", "FRONT", null)))
			.andExpect(status().isOk())
			.andExpect(view().name("welfare/programs/form"))
			.andExpect(content().string(containsString("Chương trình dành cho đảng viên phải có nguồn là chi bộ.")));
		this.mvc
			.perform(post("/welfare/programs/new").with(as(this.world.ward.secretary()))
				.with(csrf())
				.params(form("Quà đảng viên chi bộ khác", "CELL", this.world.ward.cellB().id())))
			.andExpect(status().isOk())
			.andExpect(view().name("welfare/programs/form"))
			.andExpect(content()
				.string(containsString("Chỉ lập được chương trình cho đảng viên của chi bộ mà bạn phụ trách.")));

		assertThat(this.world.rows()).isEqualTo(before);
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefusedAndWritesNothing() throws Exception {
		Rows before = this.world.rows();

		this.mvc
			.perform(post("/welfare/programs/new").with(as(this.world.ward.secretary()))
				.params(form("Quà không token", "CELL", this.world.ward.cellA().id())))
			.andExpect(status().isForbidden());

		assertThat(this.world.rows()).isEqualTo(before);
	}

	private MultiValueMap<String, String> form(String name, String source, Long cellId) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("name", name);
		form.add("occasion", "OTHER");
		form.add("year", String.valueOf(this.world.year));
		form.add("date", this.world.year + "-02-03");
		form.add("budget", "3.000.000");
		form.add("source", source);
		if (cellId != null) {
			form.add("cellId", String.valueOf(cellId));
		}
		form.add("memberGroup", "YEARS_40");
		form.add("areaIds", String.valueOf(this.world.ward.areaA().id()));
		return form;
	}

	private String page(String path, CurrentUser user) throws Exception {
		return this.mvc.perform(get(path).with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
