package vn.sochibo.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.json.JsonMapper;

import vn.sochibo.publicsite.PublicDocuments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The privacy rule, checked on the demonstration data of seed story 1: every public page,
 * CSV and JSON of the demo ward is fetched, and none may contain a phone number, an
 * address, a household code, a welfare status, a user's login name, a Party member's
 * name, or the real name of a contributor who did not choose to be shown by full name.
 */
@SpringBootTest(properties = { "sochibo.admin.password=test-system-admin-password" })
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DemoPrivacyTests {

	private static final Pattern LINK = Pattern.compile("href=\"(/public/[^\"#]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void noPublicOutputOfTheDemoWardContainsAPrivateValue() throws Exception {
		Long wardId = this.jdbc.queryForObject("select id from wards where name = ?", Long.class, DemoData.WARD_NAME);
		List<String> outputs = crawl("/public/wards/" + wardId);
		List<Long> fundIds = this.jdbc.queryForList("select id from funds where ward_id = ?", Long.class, wardId);
		assertThat(fundIds).hasSizeGreaterThan(3);
		for (Long fundId : fundIds) {
			int entries = this.jdbc.queryForObject("select entry_count from funds where id = ?", Integer.class, fundId);
			String csv = fetch("/public/funds/" + fundId + "/entries.csv");
			assertThat(PublicDocuments.csv(csv.substring(1))).as("fund %d's CSV", fundId).hasSize(1 + entries);
			outputs.add(csv);
			String json = fetch("/public/funds/" + fundId + "/entries.json");
			assertThat(JsonMapper.shared().readTree(json).size()).as("fund %d's JSON", fundId).isEqualTo(entries);
			outputs.add(json);
		}
		List<String> codes = this.jdbc.queryForList("select public_code from ledger_entries where ward_id = ?",
				String.class, wardId);
		assertThat(codes).hasSizeGreaterThan(200);
		for (String code : codes) {
			String entry = fetch("/public/entries/" + code);
			assertThat(entry).as("the page of entry " + code).contains(code).contains(DemoData.WARD_NAME);
			outputs.add(entry);
		}
		assertThat(outputs).hasSizeGreaterThan(250);
		String everything = String.join("\n", outputs);
		assertThat(everything).contains("160.000.000 đ", "Nhà hảo tâm");

		Set<String> publicNames = new HashSet<>(this.jdbc
			.queryForList("select display_name from ledger_entries where ward_id = ?", String.class, wardId));
		List<String> secrets = new ArrayList<>();
		List<String> phones = this.jdbc
			.queryForList("select phone from households where ward_id = ? and phone is not null", String.class, wardId);
		List<String> addresses = this.jdbc.queryForList("select address from households where ward_id = ?",
				String.class, wardId);
		List<String> householdCodes = this.jdbc.queryForList("select code from households where ward_id = ?",
				String.class, wardId);
		List<String> hiddenNames = this.jdbc
			.queryForList("""
					select distinct e.contributor_name from ledger_entries e
					where e.ward_id = ? and e.contributor_name is not null and e.display_choice <> 'FULL_NAME'""",
					String.class, wardId)
			.stream()
			.filter((name) -> !publicNames.contains(name))
			.toList();
		// every kind of private value is there to be looked for
		assertThat(phones).isNotEmpty();
		assertThat(addresses).hasSizeGreaterThan(300);
		assertThat(householdCodes).hasSizeGreaterThan(300);
		assertThat(hiddenNames).isNotEmpty();
		secrets.addAll(phones);
		secrets.addAll(addresses);
		secrets.addAll(householdCodes);
		secrets.addAll(hiddenNames);
		// Party membership is sensitive: no member's name is on a public page, unless the
		// same person chose to be named for a contribution (then it names a contributor).
		List<String> memberNames = this.jdbc
			.queryForList("select full_name from party_members where ward_id = ?", String.class, wardId)
			.stream()
			.filter((name) -> !publicNames.contains(name))
			.toList();
		assertThat(memberNames).hasSizeGreaterThan(20);
		secrets.addAll(memberNames);
		secrets.addAll(List.of("Hộ nghèo", "Hộ cận nghèo", "Gia đình chính sách", "Nạn nhân chất độc da cam",
				"Người khuyết tật", "Người cao tuổi sống một mình"));

		assertThat(secrets).hasSizeGreaterThan(700);
		for (String secret : secrets) {
			assertThat(everything).as("a private value on a public page").doesNotContain(secret);
		}
		List<String> usernames = this.jdbc.queryForList("select username from app_users where ward_id = ?",
				String.class, wardId);
		assertThat(usernames).contains("bithu", "canbo");
		for (String username : usernames) {
			assertThat(everything).doesNotContainPattern("\\b" + Pattern.quote(username) + "\\b");
		}
	}

	/**
	 * Every public page reachable by links from the ward's page, following the keyset
	 * "next page" links as well.
	 */
	private List<String> crawl(String start) throws Exception {
		List<String> pages = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<String> queue = new ArrayList<>(List.of(start));
		while (!queue.isEmpty() && pages.size() < 400) {
			String path = queue.remove(0).replace("&amp;", "&");
			if (!seen.add(path) || path.contains("/photos/")) {
				continue;
			}
			String body = fetch(path);
			if (!path.contains(".csv") && !path.contains(".json")) {
				// a page of the ward, rendered (an error page or an empty answer fails
				// here)
				assertThat(body).as(path)
					.contains("<html")
					.contains(path.startsWith("/public/lookup") ? "Tra cứu đóng góp" : DemoData.WARD_NAME);
			}
			pages.add(body);
			Matcher links = LINK.matcher(body);
			while (links.find()) {
				queue.add(links.group(1));
			}
		}
		return pages;
	}

	/**
	 * A public address's answer, which must be a 200.
	 */
	private String fetch(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path)).andReturn();
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
