package vn.sochibo.publicsite.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.sochibo.cellwork.MemberDetails;
import vn.sochibo.cellwork.Members;
import vn.sochibo.cellwork.NewMember;
import vn.sochibo.cellwork.Sex;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.StatusKind;
import vn.sochibo.publicsite.PublicDocuments;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.VietnameseText;
import vn.sochibo.support.Html;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.welfare.GiftRow;
import vn.sochibo.welfare.Gifts;
import vn.sochibo.welfare.MemberGroup;
import vn.sochibo.welfare.Occasion;
import vn.sochibo.welfare.ProgramDetails;
import vn.sochibo.welfare.ProgramSource;
import vn.sochibo.welfare.ProgramView;
import vn.sochibo.welfare.WelfarePrograms;
import vn.sochibo.welfare.web.WelfareWorld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Gift recipients are never public: after a distribution paid from a fund (every gift an
 * expenditure of the fund's public ledger), a gift cancelled with a reason that names its
 * household, and a program of a named sponsor, no public page, download or entry of the
 * ward shows a recipient's name, address, household code or phone, a welfare status, the
 * sponsor or the staff — while the ward page shows each program's count and total.
 *
 * <p>
 * The program names are neutral on purpose: a status label in a program's name would be
 * public by choice.
 */
@IntegrationTest
@TestInstance(Lifecycle.PER_CLASS)
class PublicWelfarePrivacyTests {

	static final String PROGRAM = "Quà Tết An Khang";

	static final String SPONSORED = "Quà Trung thu thiếu nhi";

	/** A program for the Party members of cell A with 40 years in the Party. */
	static final String FOR_MEMBERS = "Thăm hỏi mùa xuân";

	@Autowired
	Gifts gifts;

	@Autowired
	ApplicationContext context;

	@Autowired
	WelfarePrograms programs;

	@Autowired
	Members members;

	@Autowired
	MockMvc mvc;

	WelfareWorld world;

	FundSummary fund;

	/** What must never be public. */
	final List<String> secrets = new ArrayList<>();

	@BeforeAll
	void aWardThatGaveGiftsFromItsPublicFund() {
		this.world = new WelfareWorld(this.context);
		var ward = this.world.ward;
		int year = this.world.year;
		HouseholdDetail bon = this.world.household(ward.areaA(), "Lý Văn Bốn", "17/4 hẻm 88 đường Ba Tháng Hai", year,
				StatusKind.POOR);
		HouseholdDetail nam = this.world.household(ward.areaA(), "Đoàn Thị Năm", "23/9 hẻm 91 đường Mậu Thân", year,
				StatusKind.NEAR_POOR);
		HouseholdDetail sau = this.world.household(ward.areaA(), "Quách Văn Sáu", "41/2 hẻm 12 đường Nguyễn Trãi", year,
				StatusKind.POLICY_FAMILY);
		HouseholdDetail bay = this.world.household(ward.areaB(), "Mạc Thị Bảy", "9/9 hẻm 5 đường Trần Hưng Đạo", year,
				StatusKind.POOR);
		for (HouseholdDetail household : List.of(bon, nam, sau, bay)) {
			this.secrets
				.addAll(List.of(household.headName(), household.address(), household.code(), household.phone()));
		}
		this.secrets.addAll(List.of("Hộ nghèo", "Hộ cận nghèo", "cận nghèo", "Gia đình chính sách", "Thương binh",
				"QĐ 15/QĐ-UBND", "Công ty Tài Trợ", "Người Trao Quà", "hẻm 88", "Trùng với hộ"));
		for (var user : ward.wardUsers()) {
			this.secrets.add(user.username());
		}

		this.fund = this.world.fund("Quỹ An sinh phường", 20_000_000);
		ProgramView program = this.world.fundProgram(PROGRAM, this.fund.id(), StatusKind.POOR, StatusKind.NEAR_POOR,
				StatusKind.POLICY_FAMILY);
		this.world.distribute(ward.officer(), program, 500_000, bon, nam, sau);
		GiftRow mistaken = this.world.give(ward.admin(), program, bay, 700_000);
		this.gifts.cancel(ward.admin(), mistaken.id(), "Trùng với hộ Mạc Thị Bảy ở 9/9 hẻm 5 đường Trần Hưng Đạo");

		ProgramView sponsored = this.world.program(SPONSORED, year, ProgramSource.SPONSOR, null, StatusKind.POOR);
		this.world.give(ward.officer(), sponsored, bon, 200_000);

		// A Party member's home: who is a member is private, like who received.
		HouseholdDetail tam = this.world.household(ward.areaA(), "Lâm Văn Tám", "8/8 hẻm 30 đường Lê Lợi", year, null);
		this.members.register(ward.admin(), ward.cellA().id(),
				new NewMember(
						new MemberDetails("Lâm Văn Tám", 1948, Sex.MALE, LocalDate.of(1970, 2, 3),
								LocalDate.of(1971, 2, 3), null, "09.123456", null, null, tam.code(), null),
						LocalDate.of(2020, 1, 1), null));
		this.secrets.addAll(List.of(tam.headName(), tam.address(), tam.code(), tam.phone(), "09.123456",
				"Đảng viên từ 40 năm tuổi Đảng", "Dành cho đảng viên"));
		ProgramView forMembers = this.programs.create(ward.admin(),
				new ProgramDetails(FOR_MEMBERS, Occasion.TET, year, LocalDate.of(year, 1, 20), Set.of(),
						Money.of(1_000_000), ProgramSource.CELL, null, ward.cellA().id(), null, null, Set.of(), null,
						MemberGroup.YEARS_40));
		this.world.distribute(ward.secretary(), forMembers, 400_000, tam);
	}

	@Test
	void theWardPageShowsEachProgramsCountAndTotalOnly() throws Exception {
		String page = html("/public/wards/" + this.world.ward.id());

		List<String> rows = Html.rows(page);
		assertThat(rows).anySatisfy((row) -> assertThat(row).contains(PROGRAM)
			.contains("Quỹ An sinh phường")
			.contains("3 suất quà")
			.contains("1.500.000 đ"));
		assertThat(rows).anySatisfy((row) -> assertThat(row).contains(SPONSORED)
			.contains("Nhà tài trợ")
			.contains("1 suất quà")
			.contains("200.000 đ"));
		assertThat(rows).anySatisfy((row) -> assertThat(row).contains(FOR_MEMBERS)
			.contains("Chi bộ A")
			.contains("1 suất quà")
			.contains("400.000 đ"));
		assertThat(page).contains("Danh sách người nhận không công khai");
	}

	@Test
	void theWardsYearInFiguresShowsTheYearsGiftsByProgramAsCountsAndTotals() throws Exception {
		int year = this.world.year;
		String page = html("/public/wards/" + this.world.ward.id() + "?year=" + year);

		int start = page.indexOf("id=\"year-gifts\"");
		assertThat(start).isPositive();
		List<String> rows = Html.rows(page.substring(start, page.indexOf("</table>", start)));
		assertThat(rows).contains("Chương trình | Số suất | Trị giá |")
			.anySatisfy((row) -> assertThat(row).startsWith(PROGRAM).endsWith("| 3 | 1.500.000 đ |"))
			.anySatisfy((row) -> assertThat(row).startsWith(SPONSORED).endsWith("| 1 | 200.000 đ |"))
			.anySatisfy((row) -> assertThat(row).startsWith(FOR_MEMBERS).endsWith("| 1 | 400.000 đ |"))
			.contains("Tổng cộng | 5 | 2.100.000 đ |");
		assertThat(page).contains("Năm " + year + " qua các con số");
		String before = html("/public/wards/" + this.world.ward.id() + "?year=" + (year - 1));
		assertThat(before).contains("Năm " + (year - 1) + " qua các con số").doesNotContain("id=\"year-gifts\"");
	}

	@Test
	void theFundsPublicLedgerShowsTheSpendingWithoutRecipients() throws Exception {
		String page = html("/public/funds/" + this.fund.id() + "?side=chi");

		assertThat(page).contains(PROGRAM).contains("500.000 đ").contains("700.000 đ");
		assertThat(page).contains("Hỗ trợ hộ gia đình")
			.contains("Hủy suất quà PQ-")
			.contains("lý do ghi trong sổ phúc lợi, không công khai");
	}

	@Test
	void noPublicAddressShowsARecipientAStatusOrTheStaff() throws Exception {
		Map<String, String> documents = fetchEverything();

		assertThat(documents).hasSizeGreaterThan(15);
		assertThat(this.world.ward.wardUsers()).isNotEmpty();
		assertThat(this.secrets).hasSizeGreaterThan(20);
		for (Map.Entry<String, String> document : documents.entrySet()) {
			String text = document.getValue();
			PublicDocuments.assertRendered(document.getKey(), text, shownBy(document.getKey()));
			String bare = VietnameseText.searchKey(text);
			for (String secret : this.secrets) {
				assertThat(text).as("%s shows %s", document.getKey(), secret).doesNotContainIgnoringCase(secret);
				assertThat(bare).as("%s shows %s without accents", document.getKey(), secret)
					.doesNotContain(VietnameseText.searchKey(secret));
			}
		}
	}

	/**
	 * Every public address of the ward: its page, the fund's page with filters, the
	 * downloads, the poster, the verification, each entry and the lookup of its code.
	 */
	private Map<String, String> fetchEverything() throws Exception {
		Map<String, String> documents = new LinkedHashMap<>();
		String fund = "/public/funds/" + this.fund.id();
		Long areaA = this.world.ward.areaA().id();
		Long areaB = this.world.ward.areaB().id();
		List<String> paths = new ArrayList<>(List.of("/", "/public/wards/" + this.world.ward.id(),
				"/public/wards/" + this.world.ward.id() + "?year=" + (this.world.year - 1), fund, fund + "?side=chi",
				fund + "?side=thu", fund + "?area=" + areaA, fund + "?area=" + areaB, fund + "?q=qua", fund + "/verify",
				fund + "/poster", "/public/lookup"));
		for (String query : List.of("", "?side=chi", "?area=" + areaA)) {
			paths.add(fund + "/entries.csv" + query);
			paths.add(fund + "/entries.json" + query);
		}
		for (String path : paths) {
			documents.put(path, body(path));
		}
		List<String> codes = new ArrayList<>();
		for (JsonNode entry : JsonMapper.shared().readTree(documents.get(fund + "/entries.json"))) {
			codes.add(entry.get("code").asString());
		}
		assertThat(codes).hasSize(1 + 3 + 1 + 1);
		for (String code : codes) {
			documents.put("/public/entries/" + code, html("/public/entries/" + code));
			String location = this.mvc.perform(get("/public/lookup").param("code", code))
				.andExpect(status().isFound())
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			documents.put("/public/lookup?code=" + code, html(location));
		}
		return documents;
	}

	/**
	 * What a public document of the ward must show to count as rendered.
	 */
	private String shownBy(String path) {
		if (path.equals("/")) {
			return this.world.ward.ward().name();
		}
		if (path.startsWith("/public/entries/") || path.startsWith("/public/lookup?code=")) {
			return path.substring(path.lastIndexOf('/') + 1).replace("lookup?code=", "");
		}
		return path.equals("/public/lookup") ? "Tra cứu đóng góp" : "Quỹ An sinh phường";
	}

	private String html(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private String body(String path) throws Exception {
		MvcResult result = this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
