package vn.sochibo.fund.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.sochibo.fund.Contribution;
import vn.sochibo.fund.ContributorKind;
import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.fund.Expenditure;
import vn.sochibo.fund.FundDetails;
import vn.sochibo.fund.FundKind;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.LedgerEntry;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
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
 * A fund's ledger as .xlsx: every entry (more than a page), newest first as on the fund's
 * page, money as numbers, dates as dates, real names only of the user's areas; another
 * ward's fund not found.
 */
@IntegrationTest
class FundEntriesExportTests {

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

	LocalDate today;

	@BeforeEach
	void newWardWithAFund() {
		this.ward = this.fixtures.newWard();
		this.today = LocalDate.now(this.clock);
		this.fund = this.funds.create(this.ward.admin(), FundKind.CAMPAIGN, new FundDetails("Quỹ Vì người nghèo",
				"Giúp hộ nghèo đón Tết", Money.of(160_000_000), LocalDate.of(2025, 1, 1), null, Set.of()));
	}

	@Test
	void everyEntryNewestFirstWithTypedCells() throws Exception {
		for (int i = 1; i <= FundController.PAGE_SIZE + 3; i++) {
			contribute(this.ward.areaA().id(), 1_000 * i, "Người góp " + i, DisplayChoice.FULL_NAME);
		}
		LedgerEntry cement = this.ledger.contribute(this.ward.officer(),
				new Contribution(this.fund.id(), this.today, PaymentMethod.IN_KIND, Money.of(500_000),
						this.ward.areaA().id(), null, ContributorKind.PERSON, "Trần Thị Bình", DisplayChoice.FULL_NAME,
						null, "=10 bao xi măng"));
		this.ledger.spend(this.ward.admin(), Expenditure.commonWork(this.fund.id(), this.today, Money.of(300_000),
				"Công ty Minh Phát", "Mua cát", "PC-1", "Trần Văn Hùng", this.ward.areaA().id()));
		this.ledger.reverse(this.ward.admin(), cement.id(), "Ghi nhầm");

		Xlsx xlsx = export(this.ward.officer());

		int entries = FundController.PAGE_SIZE + 6;
		assertThat(xlsx.body()).hasSize(entries);
		assertThat(xlsx.column(0)).first().isEqualTo(Integer.toString(entries));
		assertThat(xlsx.body().stream().map((row) -> row.getCell(0).asNumber().intValue()))
			.isSortedAccordingTo((a, b) -> b - a);
		assertThat(xlsx.title()).contains(this.ward.ward().name())
			.contains("Sổ thu chi")
			.contains("Quỹ Vì người nghèo")
			.contains("ngày " + this.today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		assertThat(xlsx.headers()).startsWith("STT", "Ngày", "Loại", "Hình thức", "Người đóng góp / nơi nhận");

		Row reversal = xlsx.body().get(0);
		Xlsx.assertText(reversal, 2, "Điều chỉnh");
		Xlsx.assertMoney(reversal, 8, -500_000);
		assertThat(Xlsx.text(reversal, 6)).contains("Ghi nhầm");
		Row spent = xlsx.body().get(1);
		Xlsx.assertText(spent, 2, "Chi");
		Xlsx.assertMoney(spent, 8, -300_000);
		Row goods = xlsx.body().get(2);
		Xlsx.assertText(goods, 3, "Hiện vật");
		Xlsx.assertText(goods, 6, "=10 bao xi măng");
		Xlsx.assertMoney(goods, 8, 500_000);
		Xlsx.assertText(goods, 10, "Có");
		Row first = xlsx.body().get(entries - 1);
		Xlsx.assertDate(first, 1, this.today);
		Xlsx.assertText(first, 4, "Người góp 1");
		Xlsx.assertMoney(first, 8, 1_000);
		Xlsx.assertText(first, 7, this.ward.areaA().name());
		Xlsx.assertText(first, 10, "Không");
	}

	@Test
	void realNamesOnlyOfTheUsersAreas() throws Exception {
		contribute(this.ward.areaA().id(), 100_000, "Nguyễn Văn Kín", DisplayChoice.ANONYMOUS);

		Row ofOfficer = export(this.ward.officer()).body().get(0);
		Xlsx.assertText(ofOfficer, 4, "Nhà hảo tâm");
		Xlsx.assertText(ofOfficer, 5, "Nguyễn Văn Kín");
		Row ofOfficerB = export(this.ward.officerB()).body().get(0);
		Xlsx.assertText(ofOfficerB, 4, "Nhà hảo tâm");
		assertThat(Xlsx.text(ofOfficerB, 5)).isEmpty();
	}

	@Test
	void aFundOfAnotherWardOrUnknownIsNotFoundAndBadIdsAreBadRequests() throws Exception {
		TestWard other = this.fixtures.newWard();
		this.mvc.perform(get("/funds/" + this.fund.id() + "/entries/export.xlsx").with(as(other.admin())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/funds/99999999/entries/export.xlsx").with(as(this.ward.admin())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/funds/abc/entries/export.xlsx").with(as(this.ward.admin())))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/funds/" + this.fund.id() + "/entries/export.xlsx")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theFundsWholeHistoryWithItsEntries() throws Exception {
		for (int i = 1; i <= 55; i++) {
			contribute(this.ward.areaA().id(), 1_000 * i, "Người góp " + i, DisplayChoice.FULL_NAME);
		}
		String path = "/funds/" + this.fund.id() + "/history/export.xlsx";

		Xlsx xlsx = Xlsx
			.of(this.mvc.perform(get(path).with(as(this.ward.inspector()))).andExpect(status().isOk()).andReturn());

		assertThat(xlsx.title()).contains("Lịch sử của quỹ").contains("Quỹ Vì người nghèo");
		assertThat(xlsx.headers()).startsWith("Thời gian", "Người thực hiện", "Bản ghi");
		assertThat(xlsx.body().stream().filter((row) -> Xlsx.text(row, 2).startsWith("Bút toán #"))).hasSize(55);
		assertThat(xlsx.column(1)).contains(this.ward.admin().username());
		assertThat(Xlsx.text(xlsx.body().get(xlsx.body().size() - 1), 2)).isEqualTo("Quỹ #" + this.fund.id());
		TestWard other = this.fixtures.newWard();
		this.mvc.perform(get(path).with(as(other.admin()))).andExpect(status().isNotFound());
	}

	private Xlsx export(CurrentUser user) throws Exception {
		return Xlsx.of(this.mvc.perform(get("/funds/" + this.fund.id() + "/entries/export.xlsx").with(as(user)))
			.andExpect(status().isOk())
			.andReturn());
	}

	private void contribute(Long areaId, long amount, String name, DisplayChoice display) {
		this.ledger.contribute(this.ward.admin(), new Contribution(this.fund.id(), this.today, PaymentMethod.CASH,
				Money.of(amount), areaId, null, ContributorKind.PERSON, name, display, null, null));
	}

}
