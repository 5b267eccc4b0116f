package vn.sochibo.demo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.sochibo.account.TestPrincipals;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Seed story 1's gifts to the elderly Party members of Chi bộ Khu vực 11 on the demo
 * data: no household carries a made-up "Party member" status any more; the members' Tết
 * packages and the 95th-anniversary visits are programs for the cell's members with 40
 * years in the Party, given to exactly the homes of such members on the cell's roll; the
 * story's 88 packages still add up; and the area officer sees neither the programs nor,
 * on a member's household page, that a member lives there.
 */
@SpringBootTest(properties = { "sochibo.admin.password=test-system-admin-password" })
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DemoMemberGiftsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theElderlyMembersGiftsGoToTheirHomesFromTheCellsRoll() {
		Long wardId = wardId();
		assertThat(this.jdbc
			.queryForObject("select count(*) from household_statuses s join households h on h.id = s.household_id"
					+ " where h.ward_id = ? and s.kind = 'OTHER'", Integer.class, wardId))
			.isZero();
		List<Map<String, Object>> programs = this.jdbc.queryForList(
				"select id, name from welfare_programs where ward_id = ? and party_members = 'YEARS_40' order by program_date",
				wardId);
		assertThat(programs).extracting((row) -> row.get("name"))
			.containsExactly(DemoWelfare.TET_MEMBERS,
					"Thăm, tặng quà đảng viên cao tuổi nhân kỷ niệm 95 năm Ngày thành lập Đảng (03/02/1930 – 03/02/2025)");
		for (Map<String, Object> program : programs) {
			List<Long> recipients = this.jdbc.queryForList(
					"select household_id from welfare_gifts where program_id = ? and cancelled_at is null order by 1",
					Long.class, program.get("id"));
			List<Long> homes = this.jdbc.queryForList("""
					select distinct m.household_id from party_members m
					join party_member_cells p on p.member_id = m.id
					join welfare_programs w on w.id = ? and w.cell_id = p.cell_id
					where p.valid_from <= w.program_date and (p.valid_to is null or p.valid_to >= w.program_date)
					  and m.household_id is not null and m.joined_on <= w.program_date - interval '40 years'
					order by 1""", Long.class, program.get("id"));
			assertThat(recipients).as((String) program.get("name")).hasSize(30).isEqualTo(homes);
		}
		Integer packages = this.jdbc.queryForObject("""
				select count(*) from welfare_gifts g join welfare_programs p on p.id = g.program_id
				where p.ward_id = ? and g.cancelled_at is null and g.item = 'GIFT_PACKAGE'
				  and p.occasion in ('TET', 'JULY_27', 'OTHER') and p.source in ('CELL', 'SPONSOR')""", Integer.class,
				wardId);
		assertThat(packages).isEqualTo(88);
	}

	@Test
	void theAreaOfficerSeesNeitherTheProgramsNorThatAMemberLivesInAHousehold() throws Exception {
		Long wardId = wardId();
		Long program = this.jdbc.queryForObject("select id from welfare_programs where ward_id = ? and name = ?",
				Long.class, wardId, DemoWelfare.TET_MEMBERS);
		Long home = this.jdbc.queryForObject(
				"select household_id from welfare_gifts where program_id = ? order by id limit 1", Long.class, program);

		this.mvc.perform(get("/welfare/programs/" + program).with(staff(wardId, "canbo")))
			.andExpect(status().isNotFound());
		String list = page("/welfare/programs?year=2025", staff(wardId, "canbo"));
		assertThat(list).contains(DemoWelfare.TET_PACKAGES).doesNotContain(DemoWelfare.TET_MEMBERS);
		assertThat(page("/welfare/households/" + home, staff(wardId, "canbo"))).doesNotContainIgnoringCase("đảng viên");
		assertThat(page("/households/" + home, staff(wardId, "canbo"))).doesNotContainIgnoringCase("đảng viên");

		assertThat(page("/welfare/programs?year=2025", staff(wardId, "bithu"))).contains(DemoWelfare.TET_MEMBERS);
		assertThat(page("/welfare/households/" + home, staff(wardId, "bithu"))).contains(DemoWelfare.TET_MEMBERS);
	}

	private Long wardId() {
		return this.jdbc.queryForObject("select id from wards where name = ?", Long.class, DemoData.WARD_NAME);
	}

	private String page(String path, RequestPostProcessor user) throws Exception {
		return this.mvc.perform(get(path).with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private RequestPostProcessor staff(Long wardId, String username) {
		Map<String, Object> user = this.jdbc.queryForMap("select id, role from app_users where username = ?", username);
		return TestPrincipals.as(new CurrentUser(((Number) user.get("id")).longValue(), wardId, username,
				Role.valueOf((String) user.get("role"))));
	}

}
