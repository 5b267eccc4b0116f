package vn.sochibo.publicsite.web;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.LedgerEntry;
import vn.sochibo.publicsite.LedgerScenario;
import vn.sochibo.publicsite.PublicDocuments;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sochibo.account.TestPrincipals.as;
import static vn.sochibo.support.OneTimeTokens.oneTimeToken;

/**
 * The two QR codes that leave the screen — on a printed receipt and on the notice-board
 * poster — build their addresses the same way (one builder): under the ward's public
 * address when it has one, else under the address the page was asked for.
 */
@IntegrationTest
class PublicAddressesTests {

	@Autowired
	WardFixtures wards;

	@Autowired
	Funds funds;

	@Autowired
	Ledger ledger;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	TestWard ward;

	LedgerScenario scenario;

	LedgerEntry entry;

	@BeforeEach
	void aContribution() {
		this.ward = this.wards.newWard();
		this.scenario = new LedgerScenario(this.funds, this.ledger, this.ward, LocalDate.now(this.clock))
			.fund("Quỹ Vì người nghèo", null);
		this.entry = this.scenario.named("Nguyễn Văn An", 500_000, this.ward.areaA());
	}

	@Test
	void bothUseTheWardsPublicAddressWhenItHasOne() throws Exception {
		this.jdbc.update("update wards set public_base_url = ? where id = ?", "https://congkhai.caikhe.vn/",
				this.ward.id());

		assertThat(PublicDocuments.qrText(receipt()))
			.isEqualTo("https://congkhai.caikhe.vn/public/entries/" + this.entry.publicCode());
		assertThat(PublicDocuments.qrText(poster()))
			.isEqualTo("https://congkhai.caikhe.vn/public/funds/" + this.scenario.fundId());
	}

	@Test
	void bothUseTheAddressThePageWasAskedForOtherwise() throws Exception {
		assertThat(PublicDocuments.qrText(receipt()))
			.isEqualTo("http://10.0.0.5:8080/public/entries/" + this.entry.publicCode());
		assertThat(PublicDocuments.qrText(poster()))
			.isEqualTo("http://10.0.0.5:8080/public/funds/" + this.scenario.fundId());
	}

	private String receipt() throws Exception {
		String receipt = "/funds/" + this.scenario.fundId() + "/receipts/" + this.entry.id();
		String printed = this.mvc
			.perform(post(receipt + "/prints").with(oneTimeToken())
				.with(csrf())
				.with(as(this.ward.admin()))
				.with(officeServer()))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return this.mvc.perform(get(printed).with(as(this.ward.admin())).with(officeServer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String poster() throws Exception {
		return this.mvc.perform(get("/public/funds/" + this.scenario.fundId() + "/poster").with(officeServer()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static RequestPostProcessor officeServer() {
		return (request) -> {
			request.setScheme("http");
			request.setServerName("10.0.0.5");
			request.setServerPort(8080);
			return request;
		};
	}

}
