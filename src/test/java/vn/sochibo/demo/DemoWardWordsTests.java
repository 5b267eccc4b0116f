package vn.sochibo.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.unbescape.html.HtmlEscape;

import vn.sochibo.account.TestPrincipals;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Role;
import vn.sochibo.shared.VietnameseText;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every ward its own words: every staff page of Phường Bàn Cờ (seed story 2, units "Khu
 * phố") reachable by links — as its ward admin, its cell secretary and its officer — and
 * every public page of the ward, read the way a person reads them (text, placeholders,
 * tooltips, button labels), may show none of Cái Khế's words (its names, its unit label
 * "Khu vực", its area and household codes, its streets) and no English (raw enum names,
 * missing message keys, words from a list such as "FUND", "head hash", "null").
 */
@SpringBootTest(properties = { "sochibo.admin.password=test-system-admin-password" })
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DemoWardWordsTests {

	private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");

	/**
	 * What is not on screen: scripts, styles, hidden fields, comments; and the choice of
	 * an area's kind, which lists every kind of unit of any ward by design (khu vực among
	 * them).
	 */
	private static final Pattern UNSEEN = Pattern
		.compile(
				"<script\\b.*?</script>|<style\\b.*?</style>|<!--.*?-->|<input\\b[^>]*type=\"hidden\"[^>]*>"
						+ "|<select\\b[^>]*data-every-kind[^>]*>.*?</select>",
				Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

	/** What a person reads in attributes. */
	private static final Pattern READ_ATTRIBUTE = Pattern
		.compile("\\b(placeholder|title|aria-label|alt|data-label)=\"([^\"]*)\"");

	/** The label of an input that is a button. */
	private static final Pattern BUTTON_VALUE = Pattern
		.compile("<input\\b[^>]*type=\"(?:submit|button|reset)\"[^>]*value=\"([^\"]*)\"");

	private static final Pattern TAG = Pattern.compile("<[^>]+>");

	private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

	/** Cái Khế's own words. */
	private static final List<Pattern> FIRST_WARD = List.of(Pattern.compile("(?i)cái khế|caikhe|cai khe", FLAGS),
			Pattern.compile("(?i)khu vực", FLAGS), Pattern.compile("\\bKV\\s?\\d+\\b", FLAGS),
			Pattern.compile("(?i)cần thơ|ninh kiều|trần văn khéo|49-57|9-15", FLAGS));

	/** English on screen. */
	private static final List<Pattern> ENGLISH = List.of(
			Pattern.compile("\\b(FUND|ENTRY|HOUSEHOLD|PROGRAM|GIFT|PROJECT|AREA|CELL|USER|WARD|BATCH|LOAN|"
					+ "DISTRIBUTION|PRINT|RECEIPT|STATUS|MEETING)\\b", FLAGS),
			Pattern.compile("\\b[A-Z]{2,}(_[A-Z]+)+\\b", FLAGS), Pattern.compile("\\?\\?[^?\\s]+\\?\\?", FLAGS),
			Pattern.compile("(?i)\\bhead\\b|\\bhash\\b", FLAGS),
			Pattern.compile("\\b(null|true|false|undefined|NaN)\\b", FLAGS),
			Pattern.compile("\\b(Submit|Save|Cancel|Delete|Edit|Search|Next|Previous|Page|Error|Login|Logout|Sign in|"
					+ "Home|Back|Print|Total|Balance|Status|Date|Amount|Name|Loading|Details|Settings|Dashboard|"
					+ "Welcome|Close|Create|Update|Download|Upload|Filter|Reset|Required|Invalid|Not found|Forbidden|"
					+ "Whitelabel|Exception|Internal Server)\\b", FLAGS));

	/** How many pages of one shape (the same path with other ids) are read. */
	private static final int PER_SHAPE = 2;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Test
	void noPageOfBanCoShowsCaiKhesWordsOrEnglish() throws Exception {
		Long wardId = this.jdbc.queryForObject("select id from wards where name = ?", Long.class, DemoBanCo.WARD_NAME);
		Map<String, String> pages = new LinkedHashMap<>();
		for (String username : List.of(DemoBanCo.ADMIN, DemoBanCo.SECRETARY, DemoBanCo.OFFICER)) {
			pages.putAll(crawl(staff(wardId, username), "/home", username));
		}
		pages.putAll(crawl(null, "/public/wards/" + wardId, "public"));
		assertThat(pages.keySet()).as("pages read")
			.hasSizeGreaterThan(60)
			.anyMatch((page) -> page.contains("/funds/"))
			.anyMatch((page) -> page.contains("/welfare/"))
			.anyMatch((page) -> page.contains("/projects/"))
			.anyMatch((page) -> page.contains("/households/"))
			.anyMatch((page) -> page.contains("/audit"))
			.anyMatch((page) -> page.startsWith("public /public/funds/"));
		// the settings' list of the labels a ward may choose names every label
		String labels = this.messages.getMessage("ward.unitLabel.help", null, VietnameseText.LOCALE);
		pages.replaceAll((page, text) -> text.replace(labels, ""));
		String everything = String.join("\n", pages.values());
		assertThat(everything).as("the ward's own words are there to be seen")
			.contains("Khu phố 4", "Bàn Cờ", "Cán bộ khu phố", "ĐẢNG BỘ PHƯỜNG BÀN CỜ");
		Long fundId = this.jdbc.queryForObject("select min(id) from funds where ward_id = ?", Long.class, wardId);
		String csv = this.mvc.perform(get("/public/funds/" + fundId + "/entries.csv"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		pages.put("public CSV of fund " + fundId, csv.lines().findFirst().orElseThrow());
		assertThat(pages.get("public CSV of fund " + fundId)).contains("Khu phố");

		List<String> found = new ArrayList<>();
		pages.forEach((page, text) -> {
			for (Pattern pattern : concat(FIRST_WARD, ENGLISH)) {
				Matcher matcher = pattern.matcher(text);
				while (matcher.find()) {
					found.add(page + ": «" + context(text, matcher.start(), matcher.end()) + "»");
				}
			}
		});
		assertThat(found).as("words of another ward or English on Bàn Cờ's pages (%d)", found.size()).isEmpty();
	}

	private RequestPostProcessor staff(Long wardId, String username) {
		Map<String, Object> user = this.jdbc.queryForMap("select id, role from app_users where username = ?", username);
		return TestPrincipals.as(new CurrentUser(((Number) user.get("id")).longValue(), wardId, username,
				Role.valueOf((String) user.get("role"))));
	}

	/**
	 * The text of every page reachable by links from {@code start} (at most
	 * {@link #PER_SHAPE} of each shape), keyed by who read which path.
	 */
	private Map<String, String> crawl(RequestPostProcessor as, String start, String who) throws Exception {
		Map<String, String> texts = new LinkedHashMap<>();
		Map<String, Integer> shapes = new HashMap<>();
		Set<String> seen = new LinkedHashSet<>();
		List<String> queue = new ArrayList<>(List.of(start));
		while (!queue.isEmpty() && texts.size() < 300) {
			String path = HtmlEscape.unescapeHtml(queue.remove(0));
			if (!seen.add(path) || skipped(path, as == null)) {
				continue;
			}
			String shape = path.replaceAll("/[^/?]*\\d[^/?]*", "/N").replaceAll("=[^&]*", "=");
			if (shapes.merge(shape, 1, Integer::sum) > PER_SHAPE) {
				continue;
			}
			MvcResult result = this.mvc.perform((as != null) ? get(path).with(as) : get(path)).andReturn();
			int status = result.getResponse().getStatus();
			String location = result.getResponse().getRedirectedUrl();
			if (status / 100 == 3 && location != null && location.startsWith("/")) {
				queue.add(0, location);
				continue;
			}
			assertThat(status).as(who + " GET " + path).isEqualTo(200);
			String type = result.getResponse().getContentType();
			if (type == null || !type.startsWith("text/html")) {
				continue;
			}
			String html = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
			texts.put(who + " " + path, readable(html));
			Matcher links = LINK.matcher(html);
			while (links.find()) {
				queue.add(links.group(1));
			}
		}
		return texts;
	}

	private static boolean skipped(String path, boolean anonymous) {
		if (path.startsWith("/webjars") || path.startsWith("/css") || path.startsWith("/js") || path.startsWith("/img")
				|| path.equals("/favicon.ico") || path.contains("/photos/") || path.contains("/scans/")
				|| path.startsWith("/logout") || path.startsWith("/login")) {
			return true;
		}
		// staff read their pages; the public pages of the ward are read anonymously (the
		// deployment's home page lists every ward)
		return path.equals("/") || anonymous != path.startsWith("/public");
	}

	/** What a person reads on the page. */
	static String readable(String html) {
		String seen = UNSEEN.matcher(html).replaceAll(" ");
		StringBuilder text = new StringBuilder();
		Matcher attributes = READ_ATTRIBUTE.matcher(seen);
		while (attributes.find()) {
			text.append(HtmlEscape.unescapeHtml(attributes.group(2))).append('\n');
		}
		Matcher buttons = BUTTON_VALUE.matcher(seen);
		while (buttons.find()) {
			text.append(HtmlEscape.unescapeHtml(buttons.group(1))).append('\n');
		}
		text.append(HtmlEscape.unescapeHtml(TAG.matcher(seen).replaceAll(" ")));
		return text.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ");
	}

	private static String context(String text, int start, int end) {
		return text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 40))
			.replaceAll("\\s+", " ")
			.strip();
	}

	private static List<Pattern> concat(List<Pattern> first, List<Pattern> second) {
		List<Pattern> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

}
