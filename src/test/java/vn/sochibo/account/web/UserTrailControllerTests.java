package vn.sochibo.account.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
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
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.Role;
import vn.sochibo.support.Html;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * A user's trail — everything they changed, money included — read page by page by the
 * ward admin and by the inspector (who manages no user account); nobody else reads it,
 * and another ward's user does not exist.
 */
@IntegrationTest
class UserTrailControllerTests {

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Funds funds;

	@Autowired
	Ledger ledger;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	TestWard ward;

	FundSummary fund;

	@BeforeEach
	void newWardWithAFund() {
		this.ward = this.fixtures.newWard();
		this.fund = this.funds.create(this.ward.admin(), FundKind.CAMPAIGN,
				new FundDetails("Quỹ Vì người nghèo", null, null, LocalDate.of(2025, 1, 1), null, Set.of()));
	}

	@Test
	void theInspectorReadsWhatAnOfficerPosted() throws Exception {
		contribute(5_000_000);

		String list = page(this.ward.inspector(), "/audit/users");
		String trail = page(this.ward.inspector(), "/audit/users/" + this.ward.officer().id());

		assertThat(list).contains("href=\"/audit/users/" + this.ward.officer().id() + "\"")
			.contains(this.ward.officer().username());
		assertThat(trail).contains(this.ward.officer().username()).contains("Các thay đổi do người này thực hiện");
		assertThat(Html.rows(trail)).anySatisfy((row) -> assertThat(row).contains("Bút toán #")
			.contains("Quỹ #" + this.fund.id())
			.contains("Ghi thu")
			.contains("Số 1 · 5.000.000 đ · Tiền mặt · Nhà hảo tâm"));
		assertThat(trail).contains("href=\"/funds/" + this.fund.id() + "\"")
			.doesNotContain("href=\"/users/" + this.ward.officer().id() + "\"");
		assertThat(page(this.ward.admin(), "/audit/users/" + this.ward.officer().id()))
			.contains("href=\"/users/" + this.ward.officer().id() + "\"");
	}

	@Test
	void theTrailComesPageByPage() throws Exception {
		for (int i = 1; i <= 53; i++) {
			contribute(1_000 * i);
		}

		String first = page(this.ward.inspector(), "/audit/users/" + this.ward.officer().id());
		String second = page(this.ward.inspector(), "/audit/users/" + this.ward.officer().id() + "?page=1");

		assertThat(first).contains("Trang 1/2 · 53 bản ghi").contains("Số 53 · 53.000 đ").doesNotContain("Số 3 · ");
		assertThat(second).contains("Trang 2/2 · 53 bản ghi")
			.contains("Số 3 · 3.000 đ")
			.contains("Số 1 · 1.000 đ")
			.doesNotContain("Số 4 · ");
	}

	@Test
	void anotherWardsUserIsNotFound() throws Exception {
		TestWard other = this.fixtures.newWard();

		this.mvc.perform(get("/audit/users/" + other.officer().id()).with(as(this.ward.inspector())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/audit/users/" + other.officer().id()).with(as(this.ward.admin())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/audit/users/" + this.ward.officer().id()).with(as(other.inspector())))
			.andExpect(status().isNotFound());
		assertThat(page(other.inspector(), "/audit/users")).doesNotContain(this.ward.officer().username());
	}

	@Test
	void onlyTheWardAdminAndTheInspectorReadTrails() throws Exception {
		CurrentUser system = new CurrentUser(null, null, "sysadmin", Role.SYSTEM_ADMIN);
		for (CurrentUser refused : new CurrentUser[] { this.ward.officer(), this.ward.officerB(), this.ward.secretary(),
				system }) {
			this.mvc.perform(get("/audit/users").with(as(refused))).andExpect(status().isForbidden());
			this.mvc.perform(get("/audit/users/" + this.ward.officer().id()).with(as(refused)))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/audit/users/" + this.ward.officer().id())).andExpect(redirectedUrl("/login"));
	}

	@Test
	void userManagementStaysTheWardAdmins() throws Exception {
		this.mvc.perform(get("/users/" + this.ward.officer().id()).with(as(this.ward.inspector())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/users").with(as(this.ward.inspector()))).andExpect(status().isForbidden());

		String account = page(this.ward.admin(), "/users/" + this.ward.officer().id());
		assertThat(account).contains("href=\"/audit/users/" + this.ward.officer().id() + "\"")
			.contains("Lịch sử thay đổi")
			.contains("Tạo mới");
	}

	@Test
	void theNavigationLeadsAuditReadersToTheTrails() throws Exception {
		assertThat(page(this.ward.inspector(), "/funds")).contains("href=\"/audit/users\"");
		assertThat(page(this.ward.admin(), "/funds")).contains("href=\"/audit/users\"");
		assertThat(page(this.ward.officer(), "/funds")).doesNotContain("href=\"/audit/users\"");
	}

	private void contribute(long amount) {
		this.ledger.contribute(this.ward.officer(),
				new Contribution(this.fund.id(), LocalDate.now(this.clock), PaymentMethod.CASH, Money.of(amount),
						this.ward.areaA().id(), null, null, null, DisplayChoice.ANONYMOUS, null, null));
	}

	private String page(CurrentUser user, String path) throws Exception {
		return this.mvc.perform(get(path).with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
