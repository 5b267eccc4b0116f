package vn.sochibo.fund.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.sochibo.fund.ContributorKind;
import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.fund.EntryKind;
import vn.sochibo.fund.FundDetails;
import vn.sochibo.fund.FundKind;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.LedgerEntry;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.fund.StaffEntryView;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.support.Html;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.sochibo.account.TestPrincipals.as;
import static vn.sochibo.support.OneTimeTokens.oneTimeToken;

/**
 * Typing in a paper list: it posts only when the control count and total match, every
 * line with the display its contributor chose, all in one batch — or, when anything is
 * wrong, it lists what is wrong and posts nothing at all.
 */
@IntegrationTest
class BatchControllerTests {

	@Autowired
	WardFixtures fixtures;

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

	FundSummary fund;

	HouseholdDetail householdOfA;

	HouseholdDetail householdOfB;

	LocalDate today;

	@BeforeEach
	void newWardWithAFund() {
		this.ward = this.fixtures.newWard();
		this.today = LocalDate.now(this.clock);
		this.fund = this.funds.create(this.ward.admin(), FundKind.CAMPAIGN, new FundDetails("Quỹ Vì người nghèo", null,
				Money.of(50_000_000), LocalDate.of(2025, 1, 1), null, Set.of()));
		this.householdOfA = this.fixtures.household(this.ward, this.ward.areaA(), "Nguyễn Trường Đồ");
		this.householdOfB = this.fixtures.household(this.ward, this.ward.areaB(), "Phạm Văn Bê");
	}

	@Test
	void theBlankListOfAnAreaHasItsHouseholdsEmptyColumnsAndTheFundsQrCode() throws Exception {
		String page = this.mvc.perform(get(batchUrl() + "/blank").with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andExpect(view().name("funds/blank-list"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("DANH SÁCH ĐÓNG GÓP")
			.contains("Quỹ Vì người nghèo")
			.contains(this.householdOfA.code())
			.contains("Nguyễn Trường Đồ")
			.doesNotContain("Phạm Văn Bê")
			.doesNotContain("0909123456")
			.contains("☐ Họ tên ☐ Viết tắt ☐ Tên hộ ☐ Nhà hảo tâm")
			.contains("Tổng số tiền")
			.contains("<svg")
			.contains("/public/funds/" + this.fund.id());

		this.mvc
			.perform(get(batchUrl() + "/blank").param("area", String.valueOf(this.ward.areaB().id()))
				.with(as(this.ward.officer())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(batchUrl() + "/blank").with(as(this.ward.inspector()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/funds/999999999/batch/blank").with(as(this.ward.admin())))
			.andExpect(status().isNotFound());
		String choose = this.mvc.perform(get(batchUrl() + "/blank").with(as(this.ward.admin())))
			.andExpect(status().isOk())
			.andExpect(view().name("funds/blank-choose"))
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(choose).contains("area=" + this.ward.areaA().id()).contains("area=" + this.ward.areaB().id());
		assertThat(this.mvc
			.perform(get(batchUrl() + "/blank").param("area", String.valueOf(this.ward.areaB().id()))
				.with(as(this.ward.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("Phạm Văn Bê")
			.doesNotContain("Nguyễn Trường Đồ");
	}

	@Test
	void theFormPreselectsTheOnlyAreaOfTheOfficerAndToday() throws Exception {
		String page = this.mvc.perform(get(batchUrl()).with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andExpect(view().name("funds/batch"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.value(page, "areaId")).isEqualTo(String.valueOf(this.ward.areaA().id()));
		assertThat(Html.value(page, "date")).isEqualTo(this.today.toString());
		assertThat(Html.labelsWithoutField(page)).isEmpty();
		assertThat(LedgerPages.batchProblems(page)).isEmpty();
	}

	@Test
	void aGoodBatchPostsEveryLineWithItsDisplayNameInOneBatch() throws Exception {
		MultiValueMap<String, String> form = batch(3, "800.000", this.householdOfA.code() + "; 500.000; ho",
				"Nguyễn Văn An\t200.000\tten", "; 100.000; an");
		form.set("note", "Danh sách tổ 3");

		this.mvc.perform(post(batchUrl()).with(oneTimeToken()).with(as(this.ward.officer())).with(csrf()).params(form))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/funds/" + this.fund.id()))
			.andExpect(flash().attribute("message", "batch.posted"))
			.andExpect(flash().attribute("postedCount", 3));

		List<LedgerEntry> entries = entries();
		assertThat(entries).hasSize(3);
		assertThat(entries).extracting(LedgerEntry::displayName)
			.containsExactly("Hộ Đồ, hẻm 49-57", "Nguyễn Văn An", "Nhà hảo tâm");
		assertThat(entries).extracting(LedgerEntry::amount)
			.containsExactly(Money.of(500_000), Money.of(200_000), Money.of(100_000));
		assertThat(entries).extracting(LedgerEntry::displayChoice)
			.containsExactly(DisplayChoice.HOUSEHOLD_LABEL, DisplayChoice.FULL_NAME, DisplayChoice.ANONYMOUS);
		assertThat(entries.get(0).householdId()).isEqualTo(this.householdOfA.id());
		assertThat(entries.get(0).contributorKind()).isEqualTo(ContributorKind.HOUSEHOLD);
		assertThat(entries.get(1).householdId()).isNull();
		assertThat(entries.get(1).contributorKind()).isEqualTo(ContributorKind.PERSON);
		assertThat(entries.get(1).contributorName()).isEqualTo("Nguyễn Văn An");
		assertThat(entries.get(2).contributorName()).isNull();
		assertThat(entries).allSatisfy((entry) -> {
			assertThat(entry.kind()).isEqualTo(EntryKind.CONTRIBUTION);
			assertThat(entry.method()).isEqualTo(PaymentMethod.CASH);
			assertThat(entry.date()).isEqualTo(this.today);
			assertThat(entry.areaId()).isEqualTo(this.ward.areaA().id());
			assertThat(entry.receiptNo()).isNotNull();
			assertThat(entry.batchId()).isNotNull().isEqualTo(entries.get(0).batchId());
		});
		List<Map<String, Object>> batches = this.jdbc.queryForList(
				"select id, control_count, control_total, note, recorded_by from ledger_batches where fund_id = ?",
				this.fund.id());
		assertThat(batches).singleElement().satisfies((row) -> {
			assertThat(row.get("id")).isEqualTo(entries.get(0).batchId());
			assertThat(row.get("control_count")).isEqualTo(3);
			assertThat(Money.of((BigDecimal) row.get("control_total"))).isEqualTo(Money.of(800_000));
			assertThat(row.get("note")).isEqualTo("Danh sách tổ 3");
			assertThat(row.get("recorded_by")).isEqualTo(this.ward.officer().username());
		});
		assertThat(this.funds.get(this.ward.admin(), this.fund.id()).raised()).isEqualTo(Money.of(800_000));
	}

	@Test
	void aMismatchedCountIsShownWithBothNumbersAndNothingIsWritten() throws Exception {
		LedgerRows before = rows();

		String page = refused(this.ward.officer(),
				batch(4, "600.000", "Lê Văn Một; 100.000; ten", "Lê Văn Hai; 200.000; ten", "; 300.000"));

		assertThat(Html.fieldError(page, "controlCount")).isEqualTo("Số dòng kiểm soát (4) khác số dòng đã nhập (3).");
		assertThat(Html.value(page, "controlCount")).isEqualTo("4");
		assertThat(Html.value(page, "lines")).contains("Lê Văn Hai; 200.000; ten");
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void aMismatchedTotalIsShownWithBothAmountsAndNothingIsWritten() throws Exception {
		LedgerRows before = rows();

		String page = refused(this.ward.officer(),
				batch(3, "650.000", "Lê Văn Một; 100.000; ten", "Lê Văn Hai; 200.000; ten", "; 300.000"));

		assertThat(Html.fieldError(page, "controlTotal"))
			.isEqualTo("Tổng tiền kiểm soát (650.000 đ) khác tổng đã nhập (600.000 đ).");
		assertThat(Html.fieldError(page, "controlCount")).isNull();
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void linesThatCannotBeReadAreListedByNumberAndNothingIsWritten() throws Exception {
		LedgerRows before = rows();

		String page = refused(this.ward.officer(), batch(4, "400.000", "Lê Văn Một; 100.000; ten",
				"Lê Văn Hai; abc; ten", "Lê Văn Ba; 100.000; xyz", "Lê Văn Bốn"));

		assertThat(LedgerPages.batchProblems(page)).containsExactly("Dòng 2: số tiền không hợp lệ.",
				"Dòng 3: cột hiển thị chỉ nhận ten, viettat, ho hoặc an.",
				"Dòng 4: cần ít nhất hai cột: tên hoặc mã hộ; số tiền.");
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void aLineTheLedgerRefusesIsListedByNumberAndNothingIsWritten() throws Exception {
		LedgerRows before = rows();

		String page = refused(this.ward.officer(),
				batch(3, "199.995", "Lê Văn Một; 100.000; ten", "Lê Văn Hai; -5; ten", "Lê Văn Ba; 100.000; ten"));

		assertThat(LedgerPages.batchProblems(page)).containsExactly("Dòng 2: Số tiền phải lớn hơn 0.");
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void blankLinesAreSkippedAndDoNotCount() throws Exception {
		this.mvc
			.perform(post(batchUrl()).with(oneTimeToken())
				.with(as(this.ward.officer()))
				.with(csrf())
				.params(batch(2, "300.000", "Lê Văn Một; 100.000; ten", "", "   ", "Lê Văn Hai; 200.000; viettat")))
			.andExpect(status().isFound());

		assertThat(entries()).extracting(LedgerEntry::displayName).containsExactly("Lê Văn Một", "L.V.H.");
	}

	@Test
	void aHouseholdOfAnotherAreaIsListedAndNothingIsWritten() throws Exception {
		LedgerRows before = rows();

		String page = refused(this.ward.officer(),
				batch(2, "300.000", "Lê Văn Một; 100.000; ten", this.householdOfB.code() + "; 200.000; ten"));

		assertThat(LedgerPages.batchProblems(page)).singleElement().asString().startsWith("Dòng 2: ");
		assertThat(page).doesNotContain(this.householdOfB.headName());
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void anEntryOfAHouseholdIsInTheHouseholdsArea() throws Exception {
		this.mvc.perform(post(batchUrl()).with(oneTimeToken())
			.with(as(this.ward.admin()))
			.with(csrf())
			.params(batch(1, "200.000", this.householdOfB.code() + "; 200.000; ho")));

		assertThat(this.jdbc.queryForObject(
				"select count(*) from ledger_entries where household_id = ? and area_id is distinct from ?", Long.class,
				this.householdOfB.id(), this.ward.areaB().id()))
			.isZero();
	}

	@Test
	void aBatchOfNothingIsRefusedWithAMessageNotAConflict() throws Exception {
		LedgerRows before = rows();

		String page = refused(this.ward.officer(), batch(1, "0", "Lê Văn Một; 0; ten"));

		List<String> shown = new ArrayList<>(LedgerPages.batchProblems(page));
		shown.add(Html.fieldError(page, "controlTotal"));
		assertThat(shown).filteredOn(Objects::nonNull).isNotEmpty();
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void badControlFiguresAreShownNextToTheirFields() throws Exception {
		LedgerRows before = rows();
		MultiValueMap<String, String> form = batch(1, "abc", "Lê Văn Một; 100.000; ten");
		form.set("controlCount", "1001");

		String page = refused(this.ward.officer(), form);

		assertThat(Html.fieldError(page, "controlCount")).isEqualTo("Giá trị lớn nhất là 1.000.");
		assertThat(Html.fieldError(page, "controlTotal")).isEqualTo(
				"Số tiền không hợp lệ: chỉ gồm chữ số, có thể có dấu chấm phân cách hàng nghìn (ví dụ 1.500.000).");
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void aListOfGoodsIsRefusedNextToTheMethodAndNothingIsWritten() throws Exception {
		LedgerRows before = rows();
		MultiValueMap<String, String> form = batch(1, "100.000", "Lê Văn Một; 100.000; ten");
		form.set("method", "IN_KIND");

		String page = refused(this.ward.officer(), form);

		assertThat(Html.fieldError(page, "method")).isEqualTo(
				"Danh sách giấy chỉ ghi tiền mặt hoặc chuyển khoản; hiện vật, ngày công, đất hãy ghi từng khoản kèm mô tả.");
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void theInspectorPostsNoBatch() throws Exception {
		LedgerRows before = rows();

		this.mvc.perform(get(batchUrl()).with(as(this.ward.inspector()))).andExpect(status().isForbidden());
		this.mvc
			.perform(post(batchUrl()).with(oneTimeToken())
				.with(as(this.ward.inspector()))
				.with(csrf())
				.params(batch(1, "100.000", "Lê Văn Một; 100.000; ten")))
			.andExpect(status().isForbidden());

		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void theOfficerOfAreaBPostsNoBatchForAreaA() throws Exception {
		LedgerRows before = rows();

		this.mvc
			.perform(post(batchUrl()).with(oneTimeToken())
				.with(as(this.ward.officerB()))
				.with(csrf())
				.params(batch(1, "100.000", "Lê Văn Một; 100.000; ten")))
			.andExpect(status().isNotFound());

		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void aBatchWithoutCsrfTokenIsRefusedAndNothingIsWritten() throws Exception {
		LedgerRows before = rows();

		this.mvc
			.perform(post(batchUrl()).with(oneTimeToken())
				.with(as(this.ward.officer()))
				.params(batch(1, "100.000", "Lê Văn Một; 100.000")))
			.andExpect(status().isForbidden());

		assertThat(rows()).isEqualTo(before);
	}

	private String refused(CurrentUser user, MultiValueMap<String, String> form) throws Exception {
		return this.mvc.perform(post(batchUrl()).with(oneTimeToken()).with(as(user)).with(csrf()).params(form))
			.andExpect(status().isOk())
			.andExpect(view().name("funds/batch"))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private MultiValueMap<String, String> batch(int count, String total, String... lines) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("controlCount", String.valueOf(count));
		form.add("controlTotal", total);
		form.add("date", this.today.toString());
		form.add("method", "CASH");
		form.add("areaId", String.valueOf(this.ward.areaA().id()));
		form.add("note", "");
		form.add("lines", String.join("\n", lines));
		return form;
	}

	/**
	 * The fund's entries in the order they were posted.
	 */
	private List<LedgerEntry> entries() {
		return this.ledger.staffPage(this.ward.admin(), this.fund.id(), null, 100)
			.stream()
			.map(StaffEntryView::entry)
			.sorted(Comparator.comparingInt(LedgerEntry::seq))
			.toList();
	}

	private String batchUrl() {
		return "/funds/" + this.fund.id() + "/batch";
	}

	private LedgerRows rows() {
		return LedgerRows.of(this.jdbc, this.ward.id());
	}

}
