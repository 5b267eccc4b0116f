package vn.sochibo.config;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.sochibo.household.HouseholdDetail;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * What MockMvc posts cannot see: the HTML the pages actually render.
 *
 * <p>
 * Every form page renders each of its fields once. (A fragment named like an HTML tag —
 * {@code forms :: input} — also selects every {@code <input>} of the fragment file, so
 * the browser posted each field twice: "5,1" for members, "Nguyễn Trường Đồ," for a name.
 * MockMvc posts never see that; this test reads the rendered HTML.)
 */
@IntegrationTest
class PageRenderingTests {

	private static final Pattern FORM = Pattern.compile("<form\\b.*?</form>", Pattern.DOTALL);

	private static final Pattern FIELD = Pattern.compile("<(?:input|select|textarea)\\b[^>]*>");

	private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]+)\"");

	/** Check boxes and radio buttons share a name by design (one per choice). */
	private static final Pattern CHOICE = Pattern.compile("\\btype=\"(?:checkbox|radio)\"");

	@Autowired
	WardFixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	Households households;

	@Autowired
	Clock clock;

	@Test
	void everyFormRendersEachFieldOnce() throws Exception {
		TestWard ward = this.fixtures.newWard();
		HouseholdDetail household = this.fixtures.household(ward, ward.areaA(), "Nguyễn Trường Đồ");
		List<String> wardPages = List.of("/households/new", "/households/" + household.id(),
				"/households/" + household.id() + "/edit", "/areas/new", "/areas/" + ward.areaB().id(),
				"/areas/" + ward.areaB().id() + "/edit", "/cells/new", "/cells/" + ward.cellA().id() + "/edit",
				"/users/new", "/users/" + ward.officer().id(), "/users/" + ward.officer().id() + "/edit", "/settings",
				"/account/password", "/start", "/dashboard");

		for (String page : wardPages) {
			assertEachFieldOnce(page, as(ward.admin()));
		}
		CurrentUser system = new CurrentUser(-1L, null, "sysadmin", Role.SYSTEM_ADMIN);
		for (String page : List.of("/system/wards/new", "/system/wards/" + ward.id(),
				"/system/wards/" + ward.id() + "/edit",
				"/system/wards/" + ward.id() + "/admins/" + ward.admin().id() + "/password", "/account/password")) {
			assertEachFieldOnce(page, as(system));
		}
	}

	@Test
	void yearsAreWrittenWithoutAThousandsSeparator() throws Exception {
		TestWard ward = this.fixtures.newWard();
		HouseholdDetail household = this.fixtures.household(ward, ward.areaA(), "Nguyễn Văn Nghèo");
		this.households.addStatus(ward.officer(), household.id(),
				new StatusDetails(2025, StatusKind.POOR, null, null, null, null));
		int thisYear = Year.now(this.clock).getValue();

		String list = render(get("/households"), ward.officer());
		String listOf2025 = render(get("/households").param("year", "2025"), ward.officer());
		String duplicate = render(post("/households/" + household.id() + "/statuses").param("year", "2025")
			.param("kind", "POOR")
			.with(csrf()), ward.officer());
		String outOfRange = render(post("/households/" + household.id() + "/statuses").param("year", "1900")
			.param("kind", "POOR")
			.with(csrf()), ward.officer());

		// Without a year, the list shows the latest year that has statuses.
		assertThat(list).contains("Diện hộ năm 2025<");
		assertThat(listOf2025).contains("Diện hộ năm 2025<");
		assertThat(duplicate).contains("Hộ này đã có diện này trong năm 2025.");
		assertThat(outOfRange).contains("Năm phải từ 1945 đến " + (thisYear + 1) + ".");
		String dashboard = render(get("/dashboard").param("year", "2025"), ward.officer());
		assertThat(dashboard).contains("Năm 2025 qua các con số")
			.contains("năm 2025 so với năm 2024")
			.doesNotContain("2.025")
			.doesNotContain("2.024");
	}

	private String render(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
		return this.mvc.perform(request.with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private void assertEachFieldOnce(String page, RequestPostProcessor user) throws Exception {
		String html = this.mvc.perform(get(page).with(user))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher form = FORM.matcher(html);
		int forms = 0;
		while (form.find()) {
			forms++;
			List<String> names = new ArrayList<>();
			Matcher field = FIELD.matcher(form.group());
			while (field.find()) {
				Matcher name = NAME.matcher(field.group());
				if (name.find() && !CHOICE.matcher(field.group()).find() && !name.group(1).startsWith("_")) {
					names.add(name.group(1));
				}
			}
			assertThat(names).as("fields of a form of %s", page).doesNotHaveDuplicates();
		}
		assertThat(forms).as("forms of %s", page).isPositive();
	}

}
