package vn.sochibo.account.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.fund.Contribution;
import vn.sochibo.fund.ContributorKind;
import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.fund.FundDetails;
import vn.sochibo.fund.FundKind;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.household.HouseholdDetails;
import vn.sochibo.household.Households;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.Role;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.support.Xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * A user's audit trail as .xlsx: every line (more than a page), newest first, the time as
 * a date-time cell, values as text even when they look like formulas; only for the ward
 * admin and the inspector, another ward's user not found.
 */
@IntegrationTest
class UserTrailExportTests {

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Funds funds;

	@Autowired
	Ledger ledger;

	@Autowired
	Households households;

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
	void everyLineOfTheTrailNewestFirst() throws Exception {
		LocalDateTime before = LocalDateTime.now(this.clock).withSecond(0).withNano(0).minusMinutes(1);
		for (int i = 1; i <= AuditTrail.PAGE_SIZE + 3; i++) {
			this.ledger.contribute(this.ward.officer(),
					new Contribution(this.fund.id(), LocalDate.now(this.clock), PaymentMethod.CASH, Money.of(1_000 * i),
							this.ward.areaA().id(), null, ContributorKind.PERSON, "Người góp", DisplayChoice.FULL_NAME,
							null, null));
		}
		this.households.create(this.ward.officer(), new HouseholdDetails(null, "=HYPERLINK(\"x\")", "1 hẻm 9", null,
				this.ward.areaA().id(), 2, null, null));

		Xlsx xlsx = export(this.ward.inspector(), this.ward.officer());

		assertThat(xlsx.title()).contains(this.ward.ward().name()).contains(this.ward.officer().username());
		assertThat(xlsx.headers()).containsExactly("Thời gian", "Người thực hiện", "Bản ghi", "Nội dung", "Trường",
				"Giá trị cũ", "Giá trị mới");
		assertThat(xlsx.body()).hasSizeGreaterThan(AuditTrail.PAGE_SIZE + 3);
		Row newest = xlsx.body().get(0);
		assertThat(Xlsx.text(newest, 2)).startsWith("Hộ dân #");
		Xlsx.assertText(newest, 1, this.ward.officer().username());
		assertThat(xlsx.body().stream().map((row) -> Xlsx.text(row, 5) + Xlsx.text(row, 6)))
			.anySatisfy((text) -> assertThat(text).contains("=HYPERLINK(\"x\")"));
		xlsx.body()
			.stream()
			.filter((row) -> Xlsx.text(row, 6).equals("=HYPERLINK(\"x\")"))
			.forEach((row) -> Xlsx.assertText(row, 6, "=HYPERLINK(\"x\")"));
		assertThat(newest.getCell(0).getType()).isEqualTo(CellType.NUMBER);
		assertThat(newest.getCell(0).asDate()).isAfterOrEqualTo(before);
		Row oldest = xlsx.body().get(xlsx.body().size() - 1);
		assertThat(Xlsx.text(oldest, 2)).contains("Quỹ #" + this.fund.id());
		assertThat(xlsx.body().stream().filter((row) -> Xlsx.text(row, 2).contains("Quỹ #" + this.fund.id())))
			.hasSizeGreaterThanOrEqualTo(AuditTrail.PAGE_SIZE + 3);
		assertThat(export(this.ward.admin(), this.ward.officer()).body()).hasSize(xlsx.body().size());
	}

	@Test
	void onlyTheWardAdminAndTheInspectorAndNeverAnotherWardsUser() throws Exception {
		String path = "/audit/users/" + this.ward.officer().id() + "/export.xlsx";
		CurrentUser system = new CurrentUser(null, null, "sysadmin", Role.SYSTEM_ADMIN);
		for (CurrentUser refused : new CurrentUser[] { this.ward.officer(), this.ward.secretary(), system }) {
			this.mvc.perform(get(path).with(as(refused))).andExpect(status().isForbidden());
		}
		TestWard other = this.fixtures.newWard();
		this.mvc.perform(get(path).with(as(other.admin()))).andExpect(status().isNotFound());
		this.mvc.perform(get("/audit/users/abc/export.xlsx").with(as(this.ward.admin())))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
	}

	private Xlsx export(CurrentUser viewer, CurrentUser actor) throws Exception {
		return Xlsx.of(this.mvc.perform(get("/audit/users/" + actor.id() + "/export.xlsx").with(as(viewer)))
			.andExpect(status().isOk())
			.andReturn());
	}

}
