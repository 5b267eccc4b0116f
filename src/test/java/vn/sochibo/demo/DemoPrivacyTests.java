package vn.sochibo.demo;

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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The privacy rule, checked on the demonstration data of seed story 1: every public page,
 * CSV and JSON of the demo ward is fetched, and none may contain a phone number, an
 * address, a household code, a welfare status, a user's login name, or the real name of a
 * contributor who did not choose to be shown by full name.
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
		for (Long fundId : this.jdbc.queryForList("select id from funds where ward_id = ?", Long.class, wardId)) {
			outputs.add(fetch("/public/funds/" + fundId + "/entries.csv"));
			outputs.add(fetch("/public/funds/" + fundId + "/entries.json"));
		}
		for (String code : this.jdbc.queryForList("select public_code from ledger_entries where ward_id = ?",
				String.class, wardId)) {
			outputs.add(fetch("/public/entries/" + code));
		}
		assertThat(outputs).hasSizeGreaterThan(250);
		String everything = String.join("\n", outputs);
		assertThat(everything).contains("160.000.000 đ", "Nhà hảo tâm");

		Set<String> publicNames = new HashSet<>(this.jdbc
			.queryForList("select display_name from ledger_entries where ward_id = ?", String.class, wardId));
		List<String> secrets = new ArrayList<>();
		secrets.addAll(this.jdbc.queryForList("select phone from households where ward_id = ? and phone is not null",
				String.class, wardId));
		secrets
			.addAll(this.jdbc.queryForList("select address from households where ward_id = ?", String.class, wardId));
		secrets.addAll(this.jdbc.queryForList("select code from households where ward_id = ?", String.class, wardId));
		this.jdbc
			.queryForList("""
					select distinct e.contributor_name from ledger_entries e
					where e.ward_id = ? and e.contributor_name is not null and e.display_choice <> 'FULL_NAME'""",
					String.class, wardId)
			.stream()
			.filter((name) -> !publicNames.contains(name))
			.forEach(secrets::add);
		secrets.addAll(List.of("Hộ nghèo", "Hộ cận nghèo", "Gia đình chính sách", "Nạn nhân chất độc da cam",
				"Người khuyết tật", "Người cao tuổi sống một mình"));

		assertThat(secrets).hasSizeGreaterThan(700);
		for (String secret : secrets) {
			assertThat(everything).as("a private value on a public page").doesNotContain(secret);
		}
		for (String username : this.jdbc.queryForList("select username from app_users where ward_id = ?", String.class,
				wardId)) {
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
			pages.add(body);
			Matcher links = LINK.matcher(body);
			while (links.find()) {
				queue.add(links.group(1));
			}
		}
		return pages;
	}

	private String fetch(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString();
	}

}
