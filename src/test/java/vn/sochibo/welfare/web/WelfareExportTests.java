package vn.sochibo.welfare.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.Xlsx;
import vn.sochibo.welfare.GiftRow;
import vn.sochibo.welfare.Gifts;
import vn.sochibo.welfare.LoanOutcome;
import vn.sochibo.welfare.LoanPurpose;
import vn.sochibo.welfare.LoanReferralDetails;
import vn.sochibo.welfare.LoanReferralOutcome;
import vn.sochibo.welfare.LoanReferralView;
import vn.sochibo.welfare.LoanReferrals;
import vn.sochibo.welfare.ProgramView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * The welfare lists as .xlsx: the programs (of a year), a program's gifts (all of them,
 * beyond the page's newest {@value Gifts#LIST_LIMIT}), its coverage, and the loan
 * referrals exactly as filtered — each within the user's areas, money as numbers, dates
 * as dates; bad filters refused as the lists refuse them.
 */
@IntegrationTest
class WelfareExportTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	Gifts gifts;

	@Autowired
	LoanReferrals loans;

	WelfareWorld world;

	@BeforeEach
	void newWorld() {
		this.world = new WelfareWorld(this.context);
	}

	@Test
	void theProgramsOfAYear() throws Exception {
		this.world.program("Quà Tết năm nay", StatusKind.POOR);
		this.world.program("=Quà Tết năm trước", this.world.year - 1, vn.sochibo.welfare.ProgramSource.SPONSOR, null,
				StatusKind.NEAR_POOR);

		Xlsx all = export(this.world.ward.officer(), "/welfare/programs/export.xlsx");
		assertThat(all.column(0)).containsExactlyInAnyOrder("Quà Tết năm nay", "=Quà Tết năm trước");
		Xlsx ofYear = export(this.world.ward.officer(), "/welfare/programs/export.xlsx?year=" + this.world.year);
		assertThat(ofYear.column(0)).containsExactly("Quà Tết năm nay");
		assertThat(ofYear.title()).contains("Phúc lợi").contains("năm " + this.world.year);
		Row row = ofYear.body().get(0);
		Xlsx.assertText(row, 1, "Tết Nguyên đán");
		Xlsx.assertDate(row, 3, LocalDate.of(this.world.year, 1, 20));
		Xlsx.assertMoney(row, 9, 0);
		Xlsx.assertMoney(row, 10, 50_000_000);
		Xlsx.assertText(
				export(this.world.ward.officer(), "/welfare/programs/export.xlsx?year=" + (this.world.year - 1)).body()
					.get(0),
				0, "=Quà Tết năm trước");
		this.mvc.perform(get("/welfare/programs/export.xlsx?year=abc").with(as(this.world.ward.officer())))
			.andExpect(status().isBadRequest());
	}

	@Test
	void everyGiftOfAProgramInTheUsersAreasNotOnlyTheNewest() throws Exception {
		ProgramView program = this.world.program("Quà Tết", StatusKind.POOR);
		List<HouseholdDetail> inA = new ArrayList<>();
		for (int i = 0; i < Gifts.LIST_LIMIT + 2; i++) {
			inA.add(this.world.household(this.world.ward.areaA(), "Hộ A " + i, StatusKind.POOR));
		}
		this.world.distribute(this.world.ward.admin(), program, 500_000, inA.toArray(HouseholdDetail[]::new));
		HouseholdDetail inB = this.world.household(this.world.ward.areaB(), "Hộ B", StatusKind.POOR);
		GiftRow ofB = this.world.give(this.world.ward.admin(), program, inB, 400_000);
		this.gifts.cancel(this.world.ward.admin(), ofB.id(), "Trùng suất");

		String path = "/welfare/programs/" + program.id() + "/gifts/export.xlsx";
		Xlsx ofAdmin = export(this.world.ward.admin(), path);
		assertThat(ofAdmin.body()).hasSize(Gifts.LIST_LIMIT + 3);
		assertThat(ofAdmin.title()).contains("Các suất quà").contains("Quà Tết");
		Xlsx ofOfficer = export(this.world.ward.officer(), path);
		assertThat(ofOfficer.body()).hasSize(Gifts.LIST_LIMIT + 2);
		assertThat(ofOfficer.column(2)).doesNotContain("Hộ B").contains("Hộ A 0", "Hộ A " + (Gifts.LIST_LIMIT + 1));
		Row gift = ofOfficer.body().get(0);
		Xlsx.assertDate(gift, 0, LocalDate.of(this.world.year, 1, 25));
		Xlsx.assertText(gift, 5, "Phần quà");
		Xlsx.assertMoney(gift, 8, 500_000);
		Xlsx.assertText(gift, 10, "Chưa ký nhận");
		Row cancelled = export(this.world.ward.officerB(), path).body().get(0);
		Xlsx.assertText(cancelled, 2, "Hộ B");
		Xlsx.assertText(cancelled, 12, "Đã hủy: Trùng suất");

		WelfareWorld other = new WelfareWorld(this.context);
		this.mvc.perform(get(path).with(as(other.ward.admin()))).andExpect(status().isNotFound());
		this.mvc.perform(get("/welfare/programs/abc/gifts/export.xlsx").with(as(this.world.ward.admin())))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theCoverageHoldsTheEligibleHouseholdsThatGotNothing() throws Exception {
		ProgramView program = this.world.program("Quà Tết", StatusKind.POOR, StatusKind.NEAR_POOR);
		HouseholdDetail given = this.world.household(this.world.ward.areaA(), "Đã Nhận", StatusKind.POOR);
		this.world.household(this.world.ward.areaA(), "Chưa Nhận Một", StatusKind.POOR);
		this.world.household(this.world.ward.areaA(), "=Chưa Nhận Hai", StatusKind.NEAR_POOR);
		this.world.household(this.world.ward.areaB(), "Chưa Nhận Khu B", StatusKind.POOR);
		this.world.give(this.world.ward.admin(), program, given, 300_000);

		String path = "/welfare/programs/" + program.id() + "/coverage/export.xlsx";
		assertThat(export(this.world.ward.officer(), path).column(2)).containsExactlyInAnyOrder("Chưa Nhận Một",
				"=Chưa Nhận Hai");
		assertThat(export(this.world.ward.admin(), path).column(2)).containsExactlyInAnyOrder("Chưa Nhận Một",
				"=Chưa Nhận Hai", "Chưa Nhận Khu B");
		Xlsx poorOfA = export(this.world.ward.admin(), path + "?status=POOR&area=" + this.world.ward.areaA().id());
		assertThat(poorOfA.column(2)).containsExactly("Chưa Nhận Một");
		assertThat(poorOfA.column(5)).containsExactly("Hộ nghèo");
		assertThat(poorOfA.title()).contains("Quà Tết").contains("Hộ nghèo").contains(this.world.ward.areaA().label());
		assertThat(poorOfA.headers().get(5)).isEqualTo("Diện năm " + this.world.year);
		this.mvc.perform(get(path + "?status=RICH").with(as(this.world.ward.admin())))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theLoanReferralsExactlyAsFiltered() throws Exception {
		HouseholdDetail inA = this.world.household(this.world.ward.areaA(), "Vay Khu A", null);
		HouseholdDetail inB = this.world.household(this.world.ward.areaB(), "Vay Khu B", null);
		LocalDate day = LocalDate.of(this.world.year, 3, 1);
		for (int i = 0; i < LoanReferralController.PAGE_SIZE + 2; i++) {
			refer(inA, 1_000_000 + i, day.plusDays(i));
		}
		LoanReferralView approved = refer(inB, 30_000_000, day);
		this.loans.recordOutcome(this.world.ward.admin(), approved.id(),
				new LoanReferralOutcome(LoanOutcome.APPROVED, Money.of(25_000_000), day.plusDays(10)),
				approved.version());

		Xlsx ofOfficer = export(this.world.ward.officer(), "/welfare/loans/export.xlsx");
		assertThat(ofOfficer.body()).hasSize(LoanReferralController.PAGE_SIZE + 2);
		assertThat(ofOfficer.column(2)).containsOnly("Vay Khu A");
		Row newest = ofOfficer.body().get(0);
		Xlsx.assertDate(newest, 0, day.plusDays(LoanReferralController.PAGE_SIZE + 1));
		Xlsx.assertMoney(newest, 5, 1_000_000 + LoanReferralController.PAGE_SIZE + 1);
		Xlsx.assertText(newest, 6, "Chờ kết quả");

		Xlsx granted = export(this.world.ward.admin(), "/welfare/loans/export.xlsx?outcome=APPROVED&year="
				+ this.world.year + "&area=" + this.world.ward.areaB().id());
		assertThat(granted.column(2)).containsExactly("Vay Khu B");
		Xlsx.assertMoney(granted.body().get(0), 7, 25_000_000);
		Xlsx.assertDate(granted.body().get(0), 8, day.plusDays(10));
		assertThat(granted.title()).contains("Được vay").contains("năm " + this.world.year);
		assertThat(export(this.world.ward.admin(), "/welfare/loans/export.xlsx?year=1800").body()).isEmpty();
		for (String bad : List.of("outcome=RICH", "year=abc", "area=abc")) {
			this.mvc.perform(get("/welfare/loans/export.xlsx?" + bad).with(as(this.world.ward.admin())))
				.andExpect(status().isBadRequest());
		}
		this.mvc.perform(get("/welfare/loans/export.xlsx")).andExpect(redirectedUrl("/login"));
	}

	private LoanReferralView refer(HouseholdDetail household, long amount, LocalDate date) {
		return this.loans.create(this.world.ward.admin(), new LoanReferralDetails(household.id(),
				LoanPurpose.POOR_HOUSEHOLD, null, Money.of(amount), date, null));
	}

	private Xlsx export(CurrentUser user, String path) throws Exception {
		return Xlsx.of(this.mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn());
	}

}
