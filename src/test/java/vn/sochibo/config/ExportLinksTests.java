package vn.sochibo.config;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.sochibo.fund.FundDetails;
import vn.sochibo.fund.FundKind;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.shared.Money;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.support.Xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * Every staff list's "Tải Excel" link carries the list's current filter, and downloads an
 * .xlsx.
 */
@IntegrationTest
class ExportLinksTests {

	private static final Pattern EXPORT_LINK = Pattern.compile(
			"<a [^>]*id=\"(?:exportLink|giftsExportLink)\"[^>]*href=\"([^\"]+)\"|<a [^>]*href=\"([^\"]+)\"[^>]*id=\"(?:exportLink|giftsExportLink)\"");

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Funds funds;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	TestWard ward;

	@BeforeEach
	void newWard() {
		this.ward = this.fixtures.newWard();
	}

	@Test
	void everyListsLinkCarriesItsFilter() throws Exception {
		int year = LocalDate.now(this.clock).getYear();
		String area = this.ward.areaA().id().toString();
		String cell = "/cellwork/" + this.ward.cellA().id();
		FundSummary fund = this.funds.create(this.ward.admin(), FundKind.CAMPAIGN,
				new FundDetails("Quỹ Thử", null, Money.of(1_000_000), LocalDate.of(2025, 1, 1), null, Set.of()));
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("/households?q=ho&area=" + area + "&status=POOR&year=2025",
				"/households/export.xlsx?q=ho&area=" + area + "&status=POOR&year=2025");
		pages.put("/projects?q=hem&status=PROPOSED&area=" + area,
				"/projects/export.xlsx?q=hem&status=PROPOSED&area=" + area);
		pages.put("/welfare/loans?year=" + year + "&area=" + area + "&outcome=PENDING&q=an",
				"/welfare/loans/export.xlsx?year=" + year + "&area=" + area + "&outcome=PENDING&q=an");
		pages.put("/welfare/programs?year=2025", "/welfare/programs/export.xlsx?year=2025");
		pages.put("/funds/receipts?year=2025", "/funds/receipts/export.xlsx?year=2025");
		pages.put("/funds", "/funds/export.xlsx");
		pages.put("/funds/" + fund.id(), "/funds/" + fund.id() + "/entries/export.xlsx");
		pages.put("/areas", "/areas/export.xlsx");
		pages.put("/cells", "/cells/export.xlsx");
		pages.put(cell + "/members?filter=FULL&q=an", cell + "/members/export.xlsx?filter=FULL&q=an");
		pages.put(cell + "/meetings?year=2025", cell + "/meetings/export.xlsx?year=2025");
		pages.put(cell + "/activities?year=" + year + "&month=3&kind=URBAN_ORDER&q=ra",
				cell + "/activities/export.xlsx?year=" + year + "&month=3&kind=URBAN_ORDER&q=ra");
		pages.put("/audit/users/" + this.ward.officer().id(),
				"/audit/users/" + this.ward.officer().id() + "/export.xlsx");

		for (Map.Entry<String, String> page : pages.entrySet()) {
			String html = this.mvc.perform(get(page.getKey()).with(as(this.ward.admin())))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			String link = exportLink(html);
			assertThat(link).as(page.getKey()).isEqualTo(page.getValue());
			Xlsx.of(this.mvc.perform(get(link).with(as(this.ward.admin()))).andExpect(status().isOk()).andReturn());
		}
	}

	@Test
	void theHistoriesLinksLeadToTheirDownloads() throws Exception {
		var household = this.fixtures.household(this.ward, this.ward.areaA(), "Lê Văn Sử");
		FundSummary fund = this.funds.create(this.ward.admin(), FundKind.CAMPAIGN,
				new FundDetails("Quỹ Sử", null, null, LocalDate.of(2025, 1, 1), null, Set.of()));
		Map<String, String> pages = Map.of("/households/" + household.id(),
				"/households/" + household.id() + "/history/export.xlsx", "/funds/" + fund.id(),
				"/funds/" + fund.id() + "/history/export.xlsx");
		for (Map.Entry<String, String> page : pages.entrySet()) {
			String html = this.mvc.perform(get(page.getKey()).with(as(this.ward.admin())))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			Matcher link = Pattern.compile("id=\"historyExportLink\" href=\"([^\"]+)\"").matcher(html);
			assertThat(link.find()).as(page.getKey()).isTrue();
			assertThat(link.group(1)).isEqualTo(page.getValue());
			Xlsx.of(this.mvc.perform(get(link.group(1)).with(as(this.ward.admin())))
				.andExpect(status().isOk())
				.andReturn());
		}
	}

	private static String exportLink(String html) {
		Matcher link = EXPORT_LINK.matcher(html);
		assertThat(link.find()).as("a Tải Excel link").isTrue();
		String href = (link.group(1) != null) ? link.group(1) : link.group(2);
		return href.replace("&amp;", "&");
	}

}
