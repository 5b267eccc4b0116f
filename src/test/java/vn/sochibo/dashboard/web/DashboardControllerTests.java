package vn.sochibo.dashboard.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.sochibo.fund.ContributorKind;
import vn.sochibo.fund.Contribution;
import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.fund.Expenditure;
import vn.sochibo.fund.FundDetails;
import vn.sochibo.fund.FundKind;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.FundingSource;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.LedgerFigures;
import vn.sochibo.fund.LedgerYear;
import vn.sochibo.fund.LedgerYear.Flows;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.Households;
import vn.sochibo.household.StatusDetails;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.MoneyFormat;
import vn.sochibo.support.Html;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.StatementCounter;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.welfare.GiftDetails;
import vn.sochibo.welfare.GiftItem;
import vn.sochibo.welfare.Gifts;
import vn.sochibo.welfare.Occasion;
import vn.sochibo.welfare.ProgramDetails;
import vn.sochibo.welfare.ProgramSource;
import vn.sochibo.welfare.ProgramView;
import vn.sochibo.welfare.WelfareFigures;
import vn.sochibo.welfare.WelfarePrograms;
import vn.sochibo.welfare.WelfareYear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * The staff home: each role sees its scope (an officer of area A never sees area B's
 * money, nor any cell's work; a secretary their cell's), every table is its owner's year
 * figure, each downloads as CSV with the same numbers, a bad year is a 4xx, and a request
 * costs the same statements whatever the size of the records.
 */
@IntegrationTest
class DashboardControllerTests {

	static final int YEAR = 2025;

	@Autowired
	MockMvc mvc;

	@Autowired
	WardFixtures wards;

	@Autowired
	Funds funds;

	@Autowired
	Ledger ledger;

	@Autowired
	LedgerFigures ledgerFigures;

	@Autowired
	WelfarePrograms programs;

	@Autowired
	Gifts gifts;

	@Autowired
	WelfareFigures welfareFigures;

	@Autowired
	StatementCounter statements;

	@Autowired
	Households households;

	@Autowired
	Clock clock;

	TestWard ward;

	HouseholdDetail inA;

	HouseholdDetail inB;

	@BeforeEach
	void postTheYears() {
		this.ward = this.wards.newWard();
		this.inA = this.wards.household(this.ward, this.ward.areaA(), "Nguyễn Văn An");
		this.inB = this.wards.household(this.ward, this.ward.areaB(), "Trần Thị Bình");
		Long areaA = this.ward.areaA().id();
		Long areaB = this.ward.areaB().id();
		FundSummary alley = this.funds.create(this.ward.admin(), FundKind.CAMPAIGN, new FundDetails("Bê tông hẻm khu A",
				null, Money.of(10_000_000), LocalDate.of(2024, 1, 1), null, Set.of(areaA)));
		FundSummary lights = this.funds.create(this.ward.admin(), FundKind.CAMPAIGN,
				new FundDetails("Đèn hẻm khu B", null, null, LocalDate.of(2024, 1, 1), null, Set.of(areaB)));
		give(alley, LocalDate.of(2024, 11, 2), PaymentMethod.CASH, 400_000, null, this.inA.id(),
				ContributorKind.PERSON);
		spend(alley, LocalDate.of(2024, 12, 1), 100_000, areaA);
		give(alley, LocalDate.of(YEAR, 3, 5), PaymentMethod.CASH, 1_000_000, null, this.inA.id(),
				ContributorKind.PERSON);
		give(alley, LocalDate.of(YEAR, 4, 1), PaymentMethod.BANK_TRANSFER, 3_000_000, areaA, null,
				ContributorKind.STATE);
		give(alley, LocalDate.of(YEAR, 4, 2), PaymentMethod.IN_KIND, 500_000, areaA, null, ContributorKind.PERSON);
		spend(alley, LocalDate.of(YEAR, 5, 10), 300_000, areaA);
		give(lights, LocalDate.of(YEAR, 3, 1), PaymentMethod.CASH, 7_000_000, areaB, null, ContributorKind.PERSON);
	}

	@Test
	void anonymousIsSentToLogIn() throws Exception {
		this.mvc.perform(get("/dashboard")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/dashboard/tables/tien-theo-thang.csv")).andExpect(redirectedUrl("/login"));
		// the system admin reads no ward's records: their home stays the wards
		vn.sochibo.shared.CurrentUser system = new vn.sochibo.shared.CurrentUser(-1L, null, "sysadmin",
				vn.sochibo.shared.Role.SYSTEM_ADMIN);
		this.mvc.perform(get("/dashboard").with(as(system))).andExpect(status().isForbidden());
		this.mvc.perform(get("/dashboard/tables/tien-theo-thang.csv").with(as(system)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/home").with(as(system))).andExpect(redirectedUrl("/system/wards"));
	}

	@Test
	void theHomeOfTheStaffIsTheDashboard() throws Exception {
		for (var user : List.of(this.ward.officer(), this.ward.secretary(), this.ward.inspector())) {
			this.mvc.perform(get("/home").with(as(user))).andExpect(redirectedUrl("/dashboard"));
		}
	}

	@Test
	void theWardAdminSeesTheWholeWardsMoneyByMonthAsTheLedgersFiguresSayYearAgainstYear() throws Exception {
		String page = page(this.ward.admin(), YEAR);

		List<String> rows = tableRows(page, "tien-theo-thang");
		LedgerYear year = this.ledgerFigures.wardYear(this.ward.admin(), YEAR);
		LedgerYear before = this.ledgerFigures.wardYear(this.ward.admin(), YEAR - 1);
		assertThat(rows).containsExactlyElementsOf(expectedMonthRows(year, before));
		// residents of both areas in March; the state budget and goods in April; 2024's
		// November on the same axis
		assertThat(rows.get(3)).startsWith("Tháng 3 | 0 đ | 8.000.000 đ | 0 đ | 8.000.000 đ | 0 đ | 0 đ |");
		assertThat(rows.get(4)).startsWith("Tháng 4 | 3.000.000 đ | 0 đ | 0 đ | 3.000.000 đ | 500.000 đ | 0 đ |");
		assertThat(rows.get(11)).isEqualTo("Tháng 11 | 0 đ | 0 đ | 0 đ | 0 đ | 0 đ | 0 đ | 400.000 đ | 0 đ |");
		assertThat(rows.get(13)).startsWith(
				"Cả năm | 3.000.000 đ | 8.000.000 đ | 0 đ | 11.000.000 đ | 500.000 đ | 300.000 đ | 400.000 đ | 100.000 đ");
		// the fund with a target, against it: 4.500.000 of 10.000.000 (money and goods)
		assertThat(tableRows(page, "quy-so-voi-muc-tieu")).containsExactly(
				"Quỹ | Mục tiêu | Đã vận động | Đạt | Vận động trong năm 2025 |",
				"Bê tông hẻm khu A | 10.000.000 đ | 4.900.000 đ | 49,0% | 4.500.000 đ |");
		assertThat(page).contains("data-chart=")
			.containsPattern("/webjars/chart\\.js/[0-9.]+/dist/chart\\.umd\\.min\\.js");
		assertThat(tableRows(page, "hoat-dong-theo-chi-bo")).extracting((row) -> row.split(" \\| ")[0])
			.containsExactly("Chi bộ", "Chi bộ A", "Chi bộ B");
		// the inspector reads the whole ward too
		assertThat(tableRows(page(this.ward.inspector(), YEAR), "tien-theo-thang")).isEqualTo(rows);
	}

	@Test
	void anOfficerOfAreaASeesOnlyAreaAsMoneyAndNoCellsWork() throws Exception {
		String page = page(this.ward.officer(), YEAR);

		List<String> rows = tableRows(page, "tien-theo-thang");
		assertThat(rows).containsExactlyElementsOf(
				expectedMonthRows(this.ledgerFigures.year(this.ward.officer(), Set.of(this.ward.areaA().id()), YEAR),
						this.ledgerFigures.year(this.ward.officer(), Set.of(this.ward.areaA().id()), YEAR - 1)));
		assertThat(rows.get(3)).startsWith("Tháng 3 | 0 đ | 1.000.000 đ | 0 đ | 1.000.000 đ |");
		assertThat(page).doesNotContain("7.000.000 đ").doesNotContain("8.000.000 đ").doesNotContain("Đèn hẻm khu B");
		assertThat(page).doesNotContain("hoat-dong-theo-chi-bo")
			.doesNotContain("du-hop-theo-chi-bo")
			.doesNotContain("kien-nghi")
			.doesNotContain("Chi bộ A");
		this.mvc
			.perform(get("/dashboard/tables/hoat-dong-theo-chi-bo.csv").param("year", "2025")
				.with(as(this.ward.officer())))
			.andExpect(status().isNotFound());

		String other = page(this.ward.officerB(), YEAR);
		assertThat(tableRows(other, "tien-theo-thang").get(3)).startsWith("Tháng 3 | 0 đ | 7.000.000 đ |");
		assertThat(other).doesNotContain("Bê tông hẻm khu A");
	}

	@Test
	void aSecretarySeesTheirCellsAreasAndTheirCellsWorkOnly() throws Exception {
		String page = page(this.ward.secretary(), YEAR);

		assertThat(tableRows(page, "tien-theo-thang").get(3)).startsWith("Tháng 3 | 0 đ | 1.000.000 đ |");
		assertThat(page).doesNotContain("7.000.000 đ");
		for (String table : List.of("hoat-dong-theo-chi-bo", "du-hop-theo-chi-bo", "kien-nghi-nhiem-vu-theo-chi-bo")) {
			assertThat(tableRows(page, table)).as(table).hasSize(2).last().asString().startsWith("Chi bộ A |");
		}
		assertThat(page).doesNotContain("Chi bộ B");
	}

	@Test
	void theGiftsByProgramAreWelfaresFiguresOfTheScope() throws Exception {
		int thisYear = LocalDate.now(this.clock).getYear();
		ProgramView program = this.programs.create(this.ward.admin(),
				new ProgramDetails("Quà Tết hộ khó khăn", Occasion.TET, thisYear, LocalDate.now(this.clock),
						Set.of(StatusKind.POOR, StatusKind.NEAR_POOR), Money.of(20_000_000), ProgramSource.FRONT, null,
						null, null, "Quà Tết", Set.of(), null));
		for (HouseholdDetail household : List.of(this.inA, this.inB)) {
			this.households.addStatus(this.ward.admin(), household.id(), new StatusDetails(thisYear, StatusKind.POOR,
					null, "Nghị định 07/2021/NĐ-CP", "QĐ 12/QĐ-UBND", null));
		}
		give(program, this.inA, GiftItem.NECESSITIES, 350_000);
		give(program, this.inB, GiftItem.CASH, 500_000);

		String all = page(this.ward.admin(), thisYear);
		WelfareYear welfare = this.welfareFigures.year(this.ward.admin(),
				Set.of(this.ward.areaA().id(), this.ward.areaB().id()), thisYear);
		assertThat(welfare.gifts()).isEqualTo(2);
		assertThat(tableRows(all, "qua-theo-chuong-trinh")).containsExactly(
				"Chương trình | Số suất | Số hộ nhận | Trị giá |", "Quà Tết hộ khó khăn | 2 | 2 | 850.000 đ |",
				"Tổng cộng | 2 | 2 | " + MoneyFormat.format(welfare.value()) + " |");
		assertThat(tableRows(all, "qua-theo-loai")).containsExactly("Loại quà, hỗ trợ | Số suất | Trị giá |",
				"Nhu yếu phẩm | 1 | 350.000 đ |", "Tiền mặt | 1 | 500.000 đ |", "Tổng cộng | 2 | 850.000 đ |");

		String officer = page(this.ward.officer(), thisYear);
		assertThat(tableRows(officer, "qua-theo-chuong-trinh")).contains("Quà Tết hộ khó khăn | 1 | 1 | 350.000 đ |");
		assertThat(tableRows(officer, "qua-theo-loai")).doesNotContain("Tiền mặt | 1 | 500.000 đ |");
	}

	@Test
	void eachTableDownloadsAsCsvWithItsNumbersAndAVietnameseHeader() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/dashboard/tables/tien-theo-thang.csv").param("year", "2025").with(as(this.ward.admin())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"tien-theo-thang-2025.csv\""))
			.andReturn();
		assertThat(result.getResponse().getContentType()).startsWith("text/csv");
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
		assertThat(lines.get(0)).isEqualTo("Tháng,Ngân sách nhà nước,Nhân dân,Nhà tài trợ,Tổng tiền vận động 2025,"
				+ "Hiện vật 2025 (ước tính),Đã chi 2025,Tổng tiền vận động 2024,Đã chi 2024");
		LedgerYear year = this.ledgerFigures.wardYear(this.ward.admin(), YEAR);
		Flows april = year.months().get(3).flows();
		assertThat(lines.get(4)).isEqualTo("Tháng 4," + april.of(FundingSource.STATE_BUDGET).amount() + ",0,0,"
				+ april.raised().amount() + "," + april.inKind().amount() + ",0,0,0");
		assertThat(lines.get(4)).isEqualTo("Tháng 4,3000000,0,0,3000000,500000,0,0,0");
		assertThat(lines).hasSize(14).last().isEqualTo("Cả năm,3000000,8000000,0,11000000,500000,300000,400000,100000");

		String targets = this.mvc
			.perform(get("/dashboard/tables/quy-so-voi-muc-tieu.csv").param("year", "2025").with(as(this.ward.admin())))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(targets.lines().toList()).contains("Bê tông hẻm khu A,10000000,4900000,\"49,0\",4500000");
	}

	@Test
	void aYearThatIsNoYearOfRecordsIsNotFoundNeverAnError() throws Exception {
		int next = LocalDate.now(this.clock).getYear() + 1;
		for (String year : List.of("1999", String.valueOf(next), "-5", "99999999999")) {
			int status = this.mvc.perform(get("/dashboard").param("year", year).with(as(this.ward.admin())))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(year).isBetween(400, 499);
		}
		this.mvc.perform(get("/dashboard").param("year", "1999").with(as(this.ward.admin())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/dashboard").param("year", "hai nghìn").with(as(this.ward.admin())))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/dashboard/tables/khong-co.csv").with(as(this.ward.admin())))
			.andExpect(status().isNotFound());
		String page = page(this.ward.admin(), 2000);
		assertThat(page).contains("Năm 2000 qua các con số");
	}

	@Test
	void theWardsPublicPageShowsTheYearInFiguresAndNoHousehold() throws Exception {
		String page = this.mvc.perform(get("/public/wards/" + this.ward.id()).param("year", "2025"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		LedgerYear year = this.ledgerFigures.publicYear(this.ward.id(), YEAR);
		assertThat(page).contains("Năm 2025 qua các con số");
		int start = page.indexOf("id=\"year-money\"");
		assertThat(Html.rows(page.substring(start, page.indexOf("</table>", start)))).containsExactly(
				"Nguồn | Số tiền |", "Từ ngân sách nhà nước | 3.000.000 đ |", "Từ nhân dân | 8.000.000 đ |",
				"Từ nhà tài trợ | 0 đ |", "Tiền vận động được | " + MoneyFormat.format(year.total().raised()) + " |",
				"Hiện vật, ngày công, đất (giá trị ước tính) | 500.000 đ |", "Đã chi | 300.000 đ |");
		assertThat(page).doesNotContain(this.inA.headName())
			.doesNotContain(this.inA.code())
			.doesNotContain(this.inB.headName())
			.doesNotContain("Chi bộ A");
		for (String bad : List.of("1999", String.valueOf(LocalDate.now(this.clock).getYear() + 1))) {
			this.mvc.perform(get("/public/wards/" + this.ward.id()).param("year", bad))
				.andExpect(status().isNotFound());
		}
		this.mvc.perform(get("/public/wards/" + this.ward.id()).param("year", "năm ngoái"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aRequestCostsTheSameStatementsForASmallOrALargerLedger() throws Exception {
		int officerBefore = statementsFor(this.ward.officer());
		int secretaryBefore = statementsFor(this.ward.secretary());
		int adminBefore = statementsFor(this.ward.admin());
		FundSummary more = this.funds.create(this.ward.admin(), FundKind.CAMPAIGN, new FundDetails("Quỹ thêm", null,
				Money.of(5_000_000), LocalDate.of(2024, 1, 1), null, Set.of(this.ward.areaA().id())));
		for (int month = 1; month <= 12; month++) {
			give(more, LocalDate.of(YEAR, month, 3), PaymentMethod.CASH, 10_000 * month, this.ward.areaA().id(), null,
					ContributorKind.PERSON);
			spend(more, LocalDate.of(YEAR, month, 20), 1_000, this.ward.areaA().id());
		}
		for (int i = 0; i < 5; i++) {
			this.wards.household(this.ward, this.ward.areaA(), "Hộ thêm " + i);
		}
		assertThat(statementsFor(this.ward.officer())).isEqualTo(officerBefore);
		assertThat(statementsFor(this.ward.secretary())).isEqualTo(secretaryBefore);
		assertThat(statementsFor(this.ward.admin())).isEqualTo(adminBefore);
		System.out.printf("dashboard statements: officer %d, secretary (1 cell) %d, ward admin (2 cells) %d%n",
				officerBefore, secretaryBefore, adminBefore);
	}

	private int statementsFor(vn.sochibo.shared.CurrentUser user) throws Exception {
		page(user, YEAR);
		this.statements.reset();
		page(user, YEAR);
		return this.statements.count();
	}

	static List<String> expectedMonthRows(LedgerYear year, LedgerYear before) {
		List<String> rows = new ArrayList<>();
		rows.add("Tháng | Ngân sách nhà nước | Nhân dân | Nhà tài trợ | Tổng tiền vận động " + year.year()
				+ " | Hiện vật " + year.year() + " (ước tính) | Đã chi " + year.year() + " | Tổng tiền vận động "
				+ before.year() + " | Đã chi " + before.year() + " |");
		for (int i = 0; i < 12; i++) {
			rows.add(monthRow("Tháng " + (i + 1), year.months().get(i).flows(), before.months().get(i).flows()));
		}
		rows.add(monthRow("Cả năm", year.total(), before.total()));
		return rows;
	}

	private static String monthRow(String label, Flows flows, Flows before) {
		return String.join(" | ", label, MoneyFormat.format(flows.of(FundingSource.STATE_BUDGET)),
				MoneyFormat.format(flows.of(FundingSource.RESIDENTS)),
				MoneyFormat.format(flows.of(FundingSource.SPONSORS)), MoneyFormat.format(flows.raised()),
				MoneyFormat.format(flows.inKind()), MoneyFormat.format(flows.spent()),
				MoneyFormat.format(before.raised()), MoneyFormat.format(before.spent())) + " |";
	}

	private String page(vn.sochibo.shared.CurrentUser user, int year) throws Exception {
		return this.mvc.perform(get("/dashboard").param("year", String.valueOf(year)).with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The rows of the table of that name, its header first. */
	static List<String> tableRows(String page, String name) {
		int start = page.indexOf("id=\"" + name + "-table\"");
		assertThat(start).as("table " + name).isPositive();
		int end = page.indexOf("</table>", start);
		return Html.rows(page.substring(start, end));
	}

	private void give(FundSummary fund, LocalDate date, PaymentMethod method, long amount, Long areaId,
			Long householdId, ContributorKind kind) {
		String name = (householdId != null) ? null : (kind == ContributorKind.STATE) ? "Ngân sách phường" : "Người góp";
		this.ledger.contribute(this.ward.admin(), new Contribution(fund.id(), date, method, Money.of(amount), areaId,
				householdId, kind, name, DisplayChoice.ANONYMOUS, null, method.isInKind() ? "10 bao xi măng" : null));
	}

	private void spend(FundSummary fund, LocalDate date, long amount, Long areaId) {
		this.ledger.spend(this.ward.admin(), Expenditure.commonWork(fund.id(), date, Money.of(amount),
				"Công ty Xây dựng Hưng Phát", "Mua xi măng, đá", "PC 01", "Trần Văn Hùng", areaId));
	}

	private void give(ProgramView program, HouseholdDetail household, GiftItem item, long value) {
		this.gifts.give(this.ward.admin(), program.id(), household.code(),
				new GiftDetails(item, "Quà Tết", 1, Money.of(value), LocalDate.now(this.clock), "Trần Thị Trao", null),
				true);
	}

}
