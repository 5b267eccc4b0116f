package vn.sochibo.cellwork.web;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.sochibo.cellwork.MemberView;
import vn.sochibo.cellwork.Members;
import vn.sochibo.support.Html;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.MemberFixtures;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * The member pages through the web stack: who reaches them, the form's rules beside their
 * fields, escaping, and the move of a member that keeps the history.
 */
@IntegrationTest
class MemberControllerTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WardFixtures wards;

	@Autowired
	MemberFixtures fixtures;

	@Autowired
	Members members;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	TestWard ward;

	@BeforeEach
	void newWard() {
		this.ward = this.wards.newWard();
	}

	@Test
	void anonymousIsSentToLoginAndOfficersMayNotSeeMembersAtAll() throws Exception {
		MemberView member = this.fixtures.member(this.ward, this.ward.cellA(), "Nguyễn Văn Thọ");
		String list = "/cellwork/" + this.ward.cellA().id() + "/members";

		this.mvc.perform(get(list)).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/cellwork")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get(list).with(as(this.ward.officer()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/cellwork/members/" + member.id()).with(as(this.ward.officer())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/cellwork").with(as(this.ward.officer()))).andExpect(status().isForbidden());
		String officerHome = this.mvc.perform(get("/households").with(as(this.ward.officer())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(officerHome).doesNotContain("/cellwork");
	}

	@Test
	void theSecretarySeesOnlyTheirCellAndTheInspectorReadsWithoutWriting() throws Exception {
		MemberView inA = this.fixtures.member(this.ward, this.ward.cellA(), "Nguyễn Văn Thọ");
		MemberView inB = this.fixtures.member(this.ward, this.ward.cellB(), "Trần Thị Bích");

		this.mvc.perform(get("/cellwork").with(as(this.ward.secretary())))
			.andExpect(redirectedUrl("/cellwork/" + this.ward.cellA().id()));
		String page = this.mvc
			.perform(get("/cellwork/" + this.ward.cellA().id() + "/members").with(as(this.ward.secretary())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Nguyễn Văn Thọ").doesNotContain("Trần Thị Bích").contains("Thêm đảng viên");
		this.mvc.perform(get("/cellwork/" + this.ward.cellB().id() + "/members").with(as(this.ward.secretary())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/cellwork/members/" + inB.id()).with(as(this.ward.secretary())))
			.andExpect(status().isNotFound());
		String inspector = this.mvc.perform(get("/cellwork/members/" + inA.id()).with(as(this.ward.inspector())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(inspector).contains("Nguyễn Văn Thọ").doesNotContain("/edit").doesNotContain("/move");
		this.mvc
			.perform(post("/cellwork/" + this.ward.cellA().id() + "/members/new").with(as(this.ward.inspector()))
				.with(csrf())
				.params(valid("Lê Văn Mới")))
			.andExpect(status().isForbidden());
		TestWard other = this.wards.newWard();
		this.mvc.perform(get("/cellwork/members/" + inA.id()).with(as(other.admin()))).andExpect(status().isNotFound());
		this.mvc.perform(get("/cellwork/" + this.ward.cellA().id() + "/members").with(as(other.admin())))
			.andExpect(status().isNotFound());
	}

	@Test
	void aNewMemberIsRecordedAndTheirNameIsShownEscaped() throws Exception {
		String name = "<script>alert(1)</script> Văn Út";
		String location = this.mvc
			.perform(post("/cellwork/" + this.ward.cellA().id() + "/members/new").with(as(this.ward.secretary()))
				.with(csrf())
				.params(valid(name)))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(location).startsWith("/cellwork/members/");

		String page = this.mvc.perform(get(location).with(as(this.ward.secretary())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; Văn Út").doesNotContain("<script>alert");
		assertThat(page).contains("Chính thức từ 19/05/1976");
	}

	@Test
	void badInputIsShownBesideItsFieldAndNothingIsWritten() throws Exception {
		MultiValueMap<String, String> future = valid("Lê Văn Tương Lai");
		future.set("joinedOn", LocalDate.now(this.clock).plusDays(3).toString());
		MultiValueMap<String, String> young = valid("Lê Văn Trẻ");
		young.set("birthYear", "1970");
		young.set("joinedOn", "1980-01-01");
		MultiValueMap<String, String> letters = valid("Lê Văn Chữ");
		letters.set("birthYear", "một chín năm mươi");
		MultiValueMap<String, String> tooLong = valid("L".repeat(121));
		MultiValueMap<String, String> fullWithoutDate = valid("Lê Văn Thiếu Ngày");
		fullWithoutDate.remove("officialOn");

		assertThat(refused(future, "joinedOn")).isEqualTo("Ngày này chưa đến.");
		assertThat(refused(young, "joinedOn")).contains("18 tuổi");
		assertThat(refused(letters, "birthYear")).isNotBlank();
		assertThat(refused(tooLong, "fullName")).isNotBlank();
		assertThat(refused(fullWithoutDate, "officialOn")).isEqualTo("Đảng viên chính thức: hãy nhập ngày chính thức.");
		assertThat(this.jdbc.queryForObject("select count(*) from party_members where ward_id = ?", Long.class,
				this.ward.id()))
			.isZero();
		this.mvc
			.perform(post("/cellwork/" + this.ward.cellA().id() + "/members/new").with(as(this.ward.secretary()))
				.params(valid("Không CSRF")))
			.andExpect(status().isForbidden());
	}

	@Test
	void aMoveOutEndsThePeriodAndTheMemberIsListedAmongTheFormer() throws Exception {
		MemberView member = this.fixtures.member(this.ward, this.ward.cellA(), "Phạm Văn Đi");
		LocalDate day = LocalDate.now(this.clock).minusDays(2);
		MultiValueMap<String, String> move = new LinkedMultiValueMap<>();
		move.add("state", "MOVED_OUT");
		move.add("date", day.toString());
		move.add("version", String.valueOf(member.version()));

		String missingPlace = this.mvc
			.perform(post("/cellwork/members/" + member.id() + "/move").with(as(this.ward.secretary()))
				.with(csrf())
				.params(move))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.fieldError(missingPlace, "wentTo")).isEqualTo("Hãy nhập nơi chuyển sinh hoạt đến.");

		move.add("wentTo", "Chi bộ Khu vực 3, phường An Hòa");
		this.mvc
			.perform(post("/cellwork/members/" + member.id() + "/move").with(as(this.ward.secretary()))
				.with(csrf())
				.params(move))
			.andExpect(redirectedUrl("/cellwork/members/" + member.id()));
		String former = this.mvc
			.perform(get("/cellwork/" + this.ward.cellA().id() + "/members").param("filter", "FORMER")
				.with(as(this.ward.secretary())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(former).contains("Phạm Văn Đi").contains("Chi bộ Khu vực 3, phường An Hòa");
		String current = this.mvc
			.perform(get("/cellwork/" + this.ward.cellA().id() + "/members").with(as(this.ward.secretary())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(current).doesNotContain("Phạm Văn Đi");
	}

	private String refused(MultiValueMap<String, String> fields, String field) throws Exception {
		String page = this.mvc
			.perform(post("/cellwork/" + this.ward.cellA().id() + "/members/new").with(as(this.ward.secretary()))
				.with(csrf())
				.params(fields))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Html.fieldError(page, field);
	}

	private static MultiValueMap<String, String> valid(String name) {
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		fields.add("fullName", name);
		fields.add("birthYear", "1950");
		fields.add("sex", "MALE");
		fields.add("joinedOn", "1975-05-19");
		fields.add("full", "true");
		fields.add("officialOn", "1976-05-19");
		fields.add("since", "2020-01-01");
		return fields;
	}

}
