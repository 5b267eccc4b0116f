package vn.sochibo.publicsite.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.sochibo.fund.Contribution;
import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.fund.FundDetails;
import vn.sochibo.fund.FundKind;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.shared.Money;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * The public fund page is kept for anonymous readers only until the next posting, and is
 * never kept for a logged-in user.
 */
@IntegrationTest
class PublicPageCacheTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Funds funds;

	@Autowired
	Ledger ledger;

	@Autowired
	Clock clock;

	@Test
	void aNewEntryShowsAtOnceAndStaffPagesAreNeverShared() throws Exception {
		TestWard ward = this.fixtures.newWard();
		FundSummary fund = this.funds.create(ward.admin(), FundKind.CAMPAIGN,
				new FundDetails("Quỹ thử bộ đệm", null, null, LocalDate.of(2025, 1, 1), null, Set.of()));
		contribute(ward, fund, 1_234_000);
		String path = "/public/funds/" + fund.id();

		assertThat(page(path)).contains("1.234.000 đ");
		assertThat(page(path)).contains("1.234.000 đ");
		contribute(ward, fund, 4_321_000);
		assertThat(page(path)).contains("5.555.000 đ");
		assertThat(page(path + "/entries.csv")).contains("4321000");

		String staff = this.mvc.perform(get(path).with(as(ward.admin())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(staff).contains(ward.admin().username());
		assertThat(page(path)).contains("5.555.000 đ").doesNotContain(ward.admin().username());
	}

	private void contribute(TestWard ward, FundSummary fund, long amount) {
		this.ledger.contribute(ward.admin(), new Contribution(fund.id(), LocalDate.now(this.clock), PaymentMethod.CASH,
				Money.of(amount), ward.areaA().id(), null, null, null, DisplayChoice.ANONYMOUS, null, null));
	}

	private String page(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

}
