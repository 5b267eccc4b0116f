package vn.sochibo.fund.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.sochibo.fund.Contribution;
import vn.sochibo.fund.ContributorKind;
import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.fund.Expenditure;
import vn.sochibo.fund.FundDetails;
import vn.sochibo.fund.FundEdit;
import vn.sochibo.fund.FundKind;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.LedgerEntry;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.fund.web.LedgerPages.EntryRow;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.MoneyFormat;
import vn.sochibo.shared.Role;
import vn.sochibo.support.Browser;
import vn.sochibo.support.Browser.Page;
import vn.sochibo.support.Html;
import vn.sochibo.support.ServerTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * The fund pages through the whole web stack: who reads them, who creates and edits funds
 * (and for which areas), what bad input shows, and the keyset pages of a fund's entries.
 * Error pages are checked on the real server, because only a servlet container renders
 * them.
 */
@ServerTest
class FundControllerTests {

	static final String FUND_NAME = "Quỹ Vì người nghèo";

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

	@LocalServerPort
	int port;

	TestWard ward;

	FundSummary fund;

	LocalDate today;

	@BeforeEach
	void newWardWithAFund() {
		this.ward = this.fixtures.newWard();
		this.today = LocalDate.now(this.clock);
		this.fund = this.funds.create(this.ward.admin(), FundKind.CAMPAIGN, new FundDetails(FUND_NAME,
				"Giúp hộ nghèo đón Tết", Money.of(160_000_000), LocalDate.of(2025, 1, 1), null, Set.of()));
	}

	@Test
	void anonymousIsSentToLogin() throws Exception {
		this.mvc.perform(get("/funds")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/funds/" + this.fund.id())).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/funds/new")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/funds/" + this.fund.id() + "/edit")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/funds/new").with(csrf()).params(validForm("Quỹ Ẩn Danh")))
			.andExpect(redirectedUrl("/login"));
		assertThat(fundCount()).isEqualTo(1);
	}

	@Test
	void theSystemAdminSeesNoFund() throws Exception {
		CurrentUser system = new CurrentUser(null, null, "sysadmin", Role.SYSTEM_ADMIN);

		this.mvc.perform(get("/funds").with(as(system))).andExpect(status().isForbidden());
		this.mvc.perform(get("/funds/" + this.fund.id()).with(as(system))).andExpect(status().isForbidden());
	}

	@ParameterizedTest
	@EnumSource(Staff.class)
	void theListAndTheDetailRenderForEveryWardRole(Staff staff) throws Exception {
		contribute(1_500_000, "Trần Văn Góp", DisplayChoice.FULL_NAME);
		CurrentUser user = staff.of(this.ward);

		String list = this.mvc.perform(get("/funds").with(as(user)))
			.andExpect(status().isOk())
			.andExpect(view().name("funds/list"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).contains("href=\"/funds/" + this.fund.id() + "\"");
		assertThat(Html.rows(list)).anySatisfy((row) -> assertThat(row).contains(FUND_NAME)
			.contains("160.000.000 đ | 1.500.000 đ | 0 đ | 0 đ | 1.500.000 đ"));

		String detail = this.mvc.perform(get("/funds/" + this.fund.id()).with(as(user)))
			.andExpect(status().isOk())
			.andExpect(view().name("funds/detail"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(detail).contains(FUND_NAME)
			.contains("Giúp hộ nghèo đón Tết")
			.contains(this.funds.get(user, this.fund.id()).headHash());
		assertThat(LedgerPages.entryRows(detail)).singleElement()
			.satisfies((row) -> assertThat(row.text()).contains("Trần Văn Góp").contains("1.500.000 đ"));
	}

	@Test
	void theInspectorSeesNoButtonThatPostsOrEdits() throws Exception {
		LedgerEntry contribution = contribute(1_500_000, "Trần Văn Góp", DisplayChoice.FULL_NAME);
		LedgerEntry pledge = this.ledger.pledge(this.ward.officer(),
				new Contribution(this.fund.id(), this.today, null, Money.of(5_000_000), this.ward.areaA().id(), null,
						ContributorKind.BUSINESS, "Công ty Thuận Phát", DisplayChoice.FULL_NAME, null, null));
		String id = String.valueOf(this.fund.id());
		List<String> postingLinks = List.of("/funds/" + id + "/contributions/new", "/funds/" + id + "/batch",
				"/funds/" + id + "/pledges/new", "/funds/" + id + "/expenditures/new",
				"/funds/entries/" + contribution.id() + "/reverse", "/funds/entries/" + pledge.id() + "/reverse",
				"/funds/entries/" + pledge.id() + "/payments/new");

		String ofInspector = detailPage(this.ward.inspector());
		String ofOfficer = detailPage(this.ward.officer());
		String ofAdmin = detailPage(this.ward.admin());

		for (String link : postingLinks) {
			assertThat(ofInspector).doesNotContain("href=\"" + link + "\"");
			assertThat(ofOfficer).contains("href=\"" + link + "\"");
		}
		assertThat(ofInspector).doesNotContain("href=\"/funds/" + id + "/edit\"");
		assertThat(ofOfficer).doesNotContain("href=\"/funds/" + id + "/edit\"");
		assertThat(ofAdmin).contains("href=\"/funds/" + id + "/edit\"");
		assertThat(listPage(this.ward.inspector())).doesNotContain("href=\"/funds/new\"");
		assertThat(listPage(this.ward.officer())).doesNotContain("href=\"/funds/new\"");
		assertThat(listPage(this.ward.secretary())).contains("href=\"/funds/new\"");
	}

	@Test
	void theStaffPagesShowGoodsApartFromMoneyAndOutOfTheBalance() throws Exception {
		contribute(1_000_000, "Nguyễn Văn An", DisplayChoice.FULL_NAME);
		LedgerEntry cement = this.ledger.contribute(this.ward.officer(),
				new Contribution(this.fund.id(), this.today, PaymentMethod.IN_KIND, Money.of(500_000),
						this.ward.areaA().id(), null, ContributorKind.PERSON, "Trần Thị Bình", DisplayChoice.FULL_NAME,
						null, "10 bao xi măng"));
		this.ledger.spend(this.ward.admin(), Expenditure.commonWork(this.fund.id(), this.today, Money.of(300_000),
				"Công ty Minh Phát", "Mua cát", "PC-1", "Trần Văn Hùng", this.ward.areaA().id()));

		String detail = detailPage(this.ward.officer());
		assertThat(between(detail, "id=\"total-raised\">", "<")).isEqualTo("1.000.000 đ");
		assertThat(between(detail, "id=\"total-in-kind\">", "<")).isEqualTo("500.000 đ");
		assertThat(between(detail, "id=\"total-spent\">", "<")).isEqualTo("300.000 đ");
		assertThat(between(detail, "id=\"total-balance\">", "<")).isEqualTo("700.000 đ");
		assertThat(Html.text(detail).replaceAll("\\s+", " "))
			.contains("Đã vận động 1.000.000 đ tiền và 500.000 đ hiện vật (ước tính)")
			.contains("10 bao xi măng");
		String list = Html.rows(listPage(this.ward.officer()))
			.stream()
			.filter((row) -> row.contains(FUND_NAME))
			.findFirst()
			.orElseThrow();
		assertThat(list).contains("160.000.000 đ | 1.000.000 đ | 500.000 đ | 300.000 đ | 700.000 đ");

		this.ledger.reverse(this.ward.admin(), cement.id(), "Ghi nhầm");

		String reversed = detailPage(this.ward.officer());
		assertThat(reversed).doesNotContain("id=\"total-in-kind\"");
		assertThat(between(reversed, "id=\"total-balance\">", "<")).isEqualTo("700.000 đ");
		assertThat(Html.rows(listPage(this.ward.officer())).stream().filter((row) -> row.contains(FUND_NAME)))
			.singleElement()
			.asString()
			.contains("160.000.000 đ | 1.000.000 đ | 0 đ | 300.000 đ | 700.000 đ");
	}

	private static String between(String text, String start, String end) {
		int from = text.indexOf(start) + start.length();
		return text.substring(from, text.indexOf(end, from));
	}

	@Test
	void theRealNameOfAContributorShowsOnlyToUsersOfTheirArea() throws Exception {
		contribute(2_000_000, "Lê Thị Kín Đáo", DisplayChoice.ANONYMOUS);

		assertThat(detailPage(this.ward.officer())).contains("Lê Thị Kín Đáo").contains("Nhà hảo tâm");
		assertThat(detailPage(this.ward.inspector())).contains("Lê Thị Kín Đáo");
		assertThat(detailPage(this.ward.officerB())).doesNotContain("Lê Thị Kín Đáo").contains("Nhà hảo tâm");
	}

	@ParameterizedTest
	@EnumSource(value = Staff.class, names = { "OFFICER_OF_A", "OFFICER_OF_B", "INSPECTOR" })
	void onlyTheWardAdminAndTheSecretaryCreateOrEditFunds(Staff staff) throws Exception {
		CurrentUser user = staff.of(this.ward);
		FundEdit before = this.funds.getForEdit(this.ward.admin(), this.fund.id());
		MultiValueMap<String, String> edit = formOf(before);
		edit.set("name", "Quỹ Đổi Tên");

		this.mvc.perform(get("/funds/new").with(as(user))).andExpect(status().isForbidden());
		this.mvc.perform(post("/funds/new").with(as(user)).with(csrf()).params(validForm("Quỹ Của Cán Bộ")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/funds/" + this.fund.id() + "/edit").with(as(user))).andExpect(status().isForbidden());
		this.mvc.perform(post("/funds/" + this.fund.id() + "/edit").with(as(user)).with(csrf()).params(edit))
			.andExpect(status().isForbidden());

		assertThat(fundCount()).isEqualTo(1);
		assertThat(this.funds.getForEdit(this.ward.admin(), this.fund.id())).isEqualTo(before);
	}

	@Test
	void theWardAdminCreatesAFundForTheWholeWard() throws Exception {
		this.mvc.perform(get("/funds/new").with(as(this.ward.admin())))
			.andExpect(status().isOk())
			.andExpect(view().name("funds/form"));

		MvcResult result = this.mvc
			.perform(post("/funds/new").with(as(this.ward.admin())).with(csrf()).params(validForm("Quỹ Đền ơn")))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/funds/{id:\\d+}"))
			.andExpect(flash().attribute("message", "fund.created"))
			.andReturn();

		FundEdit created = this.funds.getForEdit(this.ward.admin(), idFrom(result));
		assertThat(created.fund().name()).isEqualTo("Quỹ Đền ơn");
		assertThat(created.fund().kind()).isEqualTo(FundKind.CAMPAIGN);
		assertThat(created.fund().purpose()).isEqualTo("Tặng quà gia đình chính sách");
		assertThat(created.fund().target()).isEqualTo(Money.of(50_000_000));
		assertThat(created.fund().startsOn()).isEqualTo(LocalDate.of(2025, 7, 1));
		assertThat(created.fund().endsOn()).isEqualTo(LocalDate.of(2025, 7, 27));
		assertThat(created.areaIds()).isEmpty();
		assertThat(created.fund().raised()).isEqualTo(Money.ZERO);
	}

	@Test
	void aFundWithoutTargetHasNone() throws Exception {
		MultiValueMap<String, String> form = validForm("Quỹ Không Mục Tiêu");
		form.set("target", "");

		MvcResult result = this.mvc.perform(post("/funds/new").with(as(this.ward.admin())).with(csrf()).params(form))
			.andExpect(status().isFound())
			.andReturn();

		FundSummary created = this.funds.get(this.ward.admin(), idFrom(result));
		assertThat(created.target()).isNull();
		assertThat(created.progressPercent()).isNull();
	}

	@Test
	void theSecretaryCreatesAFundForTheAreaOfTheirCell() throws Exception {
		MultiValueMap<String, String> form = validForm("Quỹ Khu A");
		form.add("areaIds", String.valueOf(this.ward.areaA().id()));

		MvcResult result = this.mvc
			.perform(post("/funds/new").with(as(this.ward.secretary())).with(csrf()).params(form))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/funds/{id:\\d+}"))
			.andReturn();

		assertThat(this.funds.getForEdit(this.ward.admin(), idFrom(result)).areaIds())
			.containsExactly(this.ward.areaA().id());
	}

	@Test
	void theSecretaryCannotCreateAFundForTheWholeWard() throws Exception {
		String page = this.mvc.perform(
				post("/funds/new").with(as(this.ward.secretary())).with(csrf()).params(validForm("Quỹ Toàn Phường")))
			.andExpect(status().isOk())
			.andExpect(view().name("funds/form"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, "areaIds")).isEqualTo("Hãy chọn ít nhất một khu dân cư của bạn.");
		assertThat(Html.value(page, "name")).isEqualTo("Quỹ Toàn Phường");
		assertThat(fundCount()).isEqualTo(1);
	}

	@Test
	void anAreaOutsideTheUsersScopeIsNotFoundAndNothingIsWritten() throws Exception {
		TestWard other = this.fixtures.newWard();
		assertAreaRefused(this.ward.secretary(), this.ward.areaB().id());
		assertAreaRefused(this.ward.secretary(), other.areaA().id());
		assertAreaRefused(this.ward.admin(), other.areaA().id());
		assertAreaRefused(this.ward.admin(), Long.MAX_VALUE);
	}

	private void assertAreaRefused(CurrentUser user, Long areaId) throws Exception {
		MultiValueMap<String, String> form = validForm("Quỹ Khu Lạ " + areaId);
		form.add("areaIds", String.valueOf(areaId));

		this.mvc.perform(post("/funds/new").with(as(user)).with(csrf()).params(form)).andExpect(status().isNotFound());

		assertThat(fundCount()).isEqualTo(1);
	}

	@Test
	void aFundOfAnotherWardIsNotFoundAndUnchanged() throws Exception {
		TestWard other = this.fixtures.newWard();
		FundEdit before = this.funds.getForEdit(this.ward.admin(), this.fund.id());
		MultiValueMap<String, String> edit = formOf(before);
		edit.set("name", "Quỹ Bị Chiếm");

		this.mvc.perform(get("/funds/" + this.fund.id()).with(as(other.admin()))).andExpect(status().isNotFound());
		this.mvc.perform(get("/funds/" + this.fund.id()).with(as(other.inspector()))).andExpect(status().isNotFound());
		this.mvc.perform(get("/funds/" + this.fund.id() + "/edit").with(as(other.admin())))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/funds/" + this.fund.id() + "/edit").with(as(other.admin())).with(csrf()).params(edit))
			.andExpect(status().isNotFound());

		assertThat(this.funds.getForEdit(this.ward.admin(), this.fund.id())).isEqualTo(before);
		assertThat(listPage(other.admin())).doesNotContain(FUND_NAME);
	}

	@Test
	void anUnknownFundIsTheNotFoundPageInVietnamese() throws Exception {
		TestWard other = this.fixtures.newWard();
		Browser browser = new Browser(this.port).logIn(other.admin().username(), WardFixtures.PASSWORD);

		Page page = browser.get("/funds/" + this.fund.id());

		assertThat(page.status()).isEqualTo(404);
		assertThat(page.body()).contains("<html lang=\"vi\">")
			.contains("Trang hoặc bản ghi này không tồn tại, hoặc nằm ngoài phạm vi được giao cho bạn.")
			.doesNotContain(FUND_NAME);
		assertThat(browser.get("/funds/abc").status()).isEqualTo(400);
	}

	static Stream<Arguments> badFundInput() {
		String money = "Số tiền không hợp lệ: chỉ gồm chữ số, có thể có dấu chấm phân cách hàng nghìn (ví dụ 1.500.000).";
		return Stream.of(Arguments.of("name", "", "Không được để trống."),
				Arguments.of("name", "x".repeat(201), "Không được quá 200 ký tự."),
				Arguments.of("name", FUND_NAME.toUpperCase(), "Phường đã có quỹ mang tên này."),
				Arguments.of("target", "1,5", money), Arguments.of("target", "abc", money),
				Arguments.of("target", "1.5000", money), Arguments.of("target", "-5", "Mục tiêu phải lớn hơn 0."),
				Arguments.of("target", "0", "Mục tiêu phải lớn hơn 0."),
				Arguments.of("endsOn", "2024-12-31", "Ngày kết thúc phải sau ngày bắt đầu."),
				Arguments.of("startsOn", "", "Bắt buộc phải chọn hoặc nhập."),
				Arguments.of("startsOn", "31/12/2025", "Ngày không hợp lệ."),
				Arguments.of("endsOn", "2025-02-30", "Ngày không hợp lệ."));
	}

	@ParameterizedTest(name = "{0} = \"{1}\"")
	@MethodSource("badFundInput")
	void badInputOfANewFundIsShownNextToTheFieldAndNothingIsWritten(String field, String typed, String message)
			throws Exception {
		MultiValueMap<String, String> form = validForm("Quỹ Mới");
		form.set("startsOn", "2025-01-01");
		form.set(field, typed);

		String page = this.mvc.perform(post("/funds/new").with(as(this.ward.admin())).with(csrf()).params(form))
			.andExpect(status().isOk())
			.andExpect(view().name("funds/form"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, field)).isEqualTo(message);
		assertKept(page, field, typed);
		assertThat(Html.labelsWithoutField(page)).isEmpty();
		assertThat(fundCount()).isEqualTo(1);
	}

	@ParameterizedTest(name = "{0} = \"{1}\"")
	@MethodSource("badFundInput")
	void badInputOfAnEditIsShownNextToTheFieldAndNothingChanges(String field, String typed, String message)
			throws Exception {
		this.funds.create(this.ward.admin(), FundKind.CAMPAIGN,
				new FundDetails("Quỹ Mới", null, null, LocalDate.of(2025, 1, 1), null, Set.of()));
		FundEdit other = this.funds.list(this.ward.admin())
			.stream()
			.filter((candidate) -> candidate.name().equals("Quỹ Mới"))
			.map((candidate) -> this.funds.getForEdit(this.ward.admin(), candidate.id()))
			.findFirst()
			.orElseThrow();
		MultiValueMap<String, String> form = formOf(other);
		form.set(field, typed);

		String page = this.mvc
			.perform(
					post("/funds/" + other.fund().id() + "/edit").with(as(this.ward.admin())).with(csrf()).params(form))
			.andExpect(status().isOk())
			.andExpect(view().name("funds/form"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, field)).isEqualTo(message);
		assertKept(page, field, typed);
		assertThat(this.funds.getForEdit(this.ward.admin(), other.fund().id())).isEqualTo(other);
	}

	/**
	 * The form shows what was typed: exactly, or, for an amount it could read, the same
	 * amount.
	 */
	private static void assertKept(String page, String field, String typed) {
		String shown = Html.value(page, field);
		if (field.equals("target") && typed.matches("-?\\d+")) {
			assertThat(MoneyFormat.parse(shown)).isEqualTo(MoneyFormat.parse(typed));
		}
		else {
			assertThat(shown).isEqualTo(typed);
		}
	}

	@Test
	void anAbsurdTargetIsShownNextToTheFieldNotAsAConflict() throws Exception {
		MultiValueMap<String, String> form = validForm("Quỹ Khổng Lồ");
		form.set("target", "100.000.000.001");

		String page = this.mvc.perform(post("/funds/new").with(as(this.ward.admin())).with(csrf()).params(form))
			.andExpect(status().isOk())
			.andExpect(view().name("funds/form"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, "target")).isNotBlank();
		assertThat(fundCount()).isEqualTo(1);
	}

	@Test
	void scriptInTheNameIsStoredAsTypedAndShownAsText() throws Exception {
		String script = "<script>alert(1)</script>";

		MvcResult result = this.mvc
			.perform(post("/funds/new").with(as(this.ward.admin())).with(csrf()).params(validForm(script)))
			.andExpect(status().isFound())
			.andReturn();

		assertThat(this.funds.get(this.ward.admin(), idFrom(result)).name()).isEqualTo(script);
		assertThat(detailPage(this.ward.admin(), idFrom(result))).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain(script);
		assertThat(listPage(this.ward.officer())).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain(script);
	}

	@Test
	void anEditIsSavedAndItsHistoryShowsTheFieldWithOldAndNewValue() throws Exception {
		FundEdit before = this.funds.getForEdit(this.ward.admin(), this.fund.id());
		String editPage = this.mvc.perform(get("/funds/" + this.fund.id() + "/edit").with(as(this.ward.admin())))
			.andExpect(status().isOk())
			.andExpect(view().name("funds/form"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		MultiValueMap<String, String> form = Html.formFields(editPage, "/funds/" + this.fund.id() + "/edit");
		assertThat(form.getFirst("name")).isEqualTo(FUND_NAME);
		assertThat(form.getFirst("version")).isEqualTo(String.valueOf(before.version()));
		form.set("target", "200.000.000");
		form.set("name", "Quỹ Vì người nghèo 2025");
		form.set("areaIds", String.valueOf(this.ward.areaA().id()));

		this.mvc
			.perform(post("/funds/" + this.fund.id() + "/edit").with(as(this.ward.admin())).with(csrf()).params(form))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/funds/" + this.fund.id()))
			.andExpect(flash().attribute("message", "fund.updated"));

		FundEdit after = this.funds.getForEdit(this.ward.admin(), this.fund.id());
		assertThat(after.fund().name()).isEqualTo("Quỹ Vì người nghèo 2025");
		assertThat(after.fund().target()).isEqualTo(Money.of(200_000_000));
		assertThat(after.fund().purpose()).isEqualTo(before.fund().purpose());
		assertThat(after.fund().startsOn()).isEqualTo(before.fund().startsOn());
		assertThat(after.areaIds()).containsExactly(this.ward.areaA().id());
		assertThat(Html.rows(detailPage(this.ward.admin())))
			.anySatisfy((row) -> assertThat(row).contains(this.ward.admin().username())
				.contains("Sửa")
				.contains("Mục tiêu")
				.contains("160.000.000 đ | 200.000.000 đ"));
	}

	@Test
	void theSecretaryCannotEditAFundOfAnotherCellsArea() throws Exception {
		FundSummary ofB = this.funds.create(this.ward.admin(), FundKind.CAMPAIGN, new FundDetails("Quỹ Khu B", null,
				Money.of(10_000_000), LocalDate.of(2025, 1, 1), null, Set.of(this.ward.areaB().id())));
		FundEdit before = this.funds.getForEdit(this.ward.admin(), ofB.id());
		MultiValueMap<String, String> taken = formOf(before);
		taken.set("name", "Quỹ Khu A Chiếm");
		taken.set("areaIds", String.valueOf(this.ward.areaA().id()));

		this.mvc
			.perform(post("/funds/" + ofB.id() + "/edit").with(as(this.ward.secretary())).with(csrf()).params(taken))
			.andExpect(status().isNotFound());

		assertThat(this.funds.getForEdit(this.ward.admin(), ofB.id())).isEqualTo(before);
	}

	@Test
	void aStaleEditIsRefusedWithTheConflictPageAndChangesNothing() throws Exception {
		FundEdit stale = this.funds.getForEdit(this.ward.admin(), this.fund.id());
		MultiValueMap<String, String> staleForm = formOf(stale);
		staleForm.set("name", "Quỹ Sửa Sau");
		this.funds.update(this.ward.admin(), this.fund.id(), new FundDetails("Quỹ Sửa Trước", stale.fund().purpose(),
				stale.fund().target(), stale.fund().startsOn(), null, Set.of()), stale.version());
		FundEdit current = this.funds.getForEdit(this.ward.admin(), this.fund.id());

		this.mvc.perform(
				post("/funds/" + this.fund.id() + "/edit").with(as(this.ward.admin())).with(csrf()).params(staleForm))
			.andExpect(status().isConflict());
		assertThat(this.funds.getForEdit(this.ward.admin(), this.fund.id())).isEqualTo(current);

		Browser browser = new Browser(this.port).logIn(this.ward.admin().username(), WardFixtures.PASSWORD);
		browser.get("/funds/" + this.fund.id() + "/edit");
		Page page = browser.post("/funds/" + this.fund.id() + "/edit", staleForm.toSingleValueMap());
		assertThat(page.status()).isEqualTo(409);
		assertThat(page.body()).contains("Bản ghi đã bị người khác thay đổi")
			.contains("Trong lúc bạn đang sửa, một người khác đã lưu thay đổi cho bản ghi này.");
		assertThat(this.funds.getForEdit(this.ward.admin(), this.fund.id())).isEqualTo(current);
	}

	@Test
	void aPostWithoutCsrfTokenIsRefusedAndNothingIsWritten() throws Exception {
		FundEdit before = this.funds.getForEdit(this.ward.admin(), this.fund.id());
		MultiValueMap<String, String> edit = formOf(before);
		edit.set("name", "Quỹ Không Token");

		this.mvc.perform(post("/funds/new").with(as(this.ward.admin())).params(validForm("Quỹ Không Token")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/funds/" + this.fund.id() + "/edit").with(as(this.ward.admin())).params(edit))
			.andExpect(status().isForbidden());

		assertThat(fundCount()).isEqualTo(1);
		assertThat(this.funds.getForEdit(this.ward.admin(), this.fund.id())).isEqualTo(before);
	}

	@Test
	void theEntriesArePagedByPositionFiftyAtATimeNewestFirst() throws Exception {
		for (int i = 1; i <= 60; i++) {
			contribute(1_000 + i, "Người góp %02d".formatted(i), DisplayChoice.FULL_NAME);
		}

		String first = detailPage(this.ward.inspector());
		List<EntryRow> firstRows = LedgerPages.entryRows(first);
		assertThat(firstRows).hasSize(FundController.PAGE_SIZE);
		assertThat(firstRows.get(0).seq()).isEqualTo(60);
		assertThat(firstRows.get(0).text()).contains("Người góp 60").contains("1.060 đ");
		assertThat(firstRows.get(49).seq()).isEqualTo(11);
		assertThat(first).contains("href=\"/funds/" + this.fund.id() + "?before=11\">Cũ hơn</a>");

		String second = this.mvc
			.perform(get("/funds/" + this.fund.id()).param("before", "11").with(as(this.ward.inspector())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<EntryRow> secondRows = LedgerPages.entryRows(second);
		assertThat(secondRows).extracting(EntryRow::seq).containsExactly(10, 9, 8, 7, 6, 5, 4, 3, 2, 1);
		assertThat(secondRows.get(9).text()).contains("Người góp 01").contains("1.001 đ");
		assertThat(second).doesNotContain("Cũ hơn").contains("href=\"/funds/" + this.fund.id() + "\">Mới nhất</a>");
	}

	@Test
	void aFullPageWithNothingOlderHasNoOlderLink() throws Exception {
		for (int i = 1; i <= FundController.PAGE_SIZE; i++) {
			contribute(1_000 + i, "Người góp %02d".formatted(i), DisplayChoice.FULL_NAME);
		}

		String page = detailPage(this.ward.officer());

		assertThat(LedgerPages.entryRows(page)).hasSize(FundController.PAGE_SIZE);
		assertThat(page).doesNotContain("Cũ hơn").doesNotContain("Mới nhất");
	}

	@Test
	void aBadPagePositionIsABadRequestNotAServerError() throws Exception {
		this.mvc.perform(get("/funds/" + this.fund.id()).param("before", "abc").with(as(this.ward.officer())))
			.andExpect(status().isBadRequest());
		this.mvc.perform(get("/funds/" + this.fund.id()).param("before", "-3").with(as(this.ward.officer())))
			.andExpect(status().isOk());
	}

	private LedgerEntry contribute(long amount, String name, DisplayChoice display) {
		return this.ledger.contribute(this.ward.officer(),
				new Contribution(this.fund.id(), this.today, PaymentMethod.CASH, Money.of(amount),
						this.ward.areaA().id(), null, ContributorKind.PERSON, name, display, null, null));
	}

	private String detailPage(CurrentUser user) throws Exception {
		return detailPage(user, this.fund.id());
	}

	private String detailPage(CurrentUser user, Long fundId) throws Exception {
		return this.mvc.perform(get("/funds/" + fundId).with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String listPage(CurrentUser user) throws Exception {
		return this.mvc.perform(get("/funds").with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static MultiValueMap<String, String> validForm(String name) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("name", name);
		form.add("purpose", "Tặng quà gia đình chính sách");
		form.add("target", "50.000.000");
		form.add("startsOn", "2025-07-01");
		form.add("endsOn", "2025-07-27");
		return form;
	}

	private static MultiValueMap<String, String> formOf(FundEdit edit) {
		FundSummary fund = edit.fund();
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("name", fund.name());
		form.add("purpose", (fund.purpose() != null) ? fund.purpose() : "");
		form.add("target", (fund.target() != null) ? MoneyFormat.group(fund.target().amount()) : "");
		form.add("startsOn", fund.startsOn().toString());
		form.add("endsOn", (fund.endsOn() != null) ? fund.endsOn().toString() : "");
		edit.areaIds().forEach((areaId) -> form.add("areaIds", String.valueOf(areaId)));
		form.add("version", String.valueOf(edit.version()));
		return form;
	}

	private long fundCount() {
		return this.funds.list(this.ward.admin()).size();
	}

	private static Long idFrom(MvcResult result) {
		String location = result.getResponse().getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

}
