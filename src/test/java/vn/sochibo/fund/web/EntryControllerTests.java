package vn.sochibo.fund.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.sochibo.fund.Contribution;
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
import vn.sochibo.fund.web.LedgerPages.EntryRow;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.shared.Money;
import vn.sochibo.support.Html;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.OneTimeTokens;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.fund.Expenditure;
import vn.sochibo.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.sochibo.account.TestPrincipals.as;
import static vn.sochibo.support.OneTimeTokens.oneTimeToken;

/**
 * Posting to a fund's ledger through the web: contributions (by household code or by
 * name), pledges and their payments, expenditures and reversals — what each role may
 * post, what bad input shows, and that a refused posting writes nothing at all.
 */
@IntegrationTest
class EntryControllerTests {

	static final String AMOUNT_FORMAT = "Số tiền không hợp lệ: chỉ gồm chữ số, có thể có dấu chấm phân cách hàng nghìn (ví dụ 1.500.000).";

	/**
	 * The postings of the ledger pages, each with a valid request of the officer of A.
	 */
	enum Posting {

		CONTRIBUTION, PLEDGE, EXPENDITURE, PAYMENT, REVERSAL, BATCH

	}

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
		this.fund = this.funds.create(this.ward.admin(), FundKind.CAMPAIGN, new FundDetails("Bê tông hẻm 49-57",
				"Bê tông hóa hẻm", Money.of(160_000_000), LocalDate.of(2025, 1, 1), null, Set.of()));
		this.householdOfA = this.fixtures.household(this.ward, this.ward.areaA(), "Nguyễn Trường Đồ");
		this.householdOfB = this.fixtures.household(this.ward, this.ward.areaB(), "Phạm Văn Bê");
	}

	static Stream<Arguments> displayChoices() {
		return Stream.of(Arguments.of("ANONYMOUS", "", "Nhà hảo tâm"),
				Arguments.of("FULL_NAME", "", "Nguyễn Trường Đồ"), Arguments.of("INITIALS", "", "N.T.Đ."),
				Arguments.of("HOUSEHOLD_LABEL", "ông", "Hộ ông Đồ, hẻm 49-57"),
				Arguments.of("HOUSEHOLD_LABEL", "", "Hộ Đồ, hẻm 49-57"));
	}

	@ParameterizedTest(name = "{0} {1} → {2}")
	@MethodSource("displayChoices")
	void aContributionByHouseholdCodeGoesToItsReceiptWithTheChosenDisplayName(String display, String honorific,
			String displayName) throws Exception {
		MultiValueMap<String, String> form = contribution();
		form.set("display", display);
		form.set("honorific", honorific);

		MvcResult result = this.mvc.perform(
				post(contributionsUrl()).with(oneTimeToken()).with(as(this.ward.officer())).with(csrf()).params(form))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/funds/" + this.fund.id() + "/receipts/*"))
			.andExpect(flash().attribute("message", "entry.recorded"))
			.andReturn();

		LedgerEntry entry = this.ledger.entry(this.ward.admin(), idFrom(result));
		assertThat(entry.fundId()).isEqualTo(this.fund.id());
		assertThat(entry.kind()).isEqualTo(EntryKind.CONTRIBUTION);
		assertThat(entry.method()).isEqualTo(PaymentMethod.CASH);
		assertThat(entry.amount()).isEqualTo(Money.of(500_000));
		assertThat(entry.date()).isEqualTo(this.today);
		assertThat(entry.householdId()).isEqualTo(this.householdOfA.id());
		assertThat(entry.areaId()).isEqualTo(this.ward.areaA().id());
		assertThat(entry.contributorKind()).isEqualTo(ContributorKind.HOUSEHOLD);
		assertThat(entry.contributorName()).isEqualTo("Nguyễn Trường Đồ");
		assertThat(entry.displayChoice()).isEqualTo(DisplayChoice.valueOf(display));
		assertThat(entry.displayName()).isEqualTo(displayName);
		assertThat(entry.receiptNo()).isNotNull();
		assertThat(entry.receiptYear()).isEqualTo(this.today.getYear());
		assertThat(entry.recordedBy()).isEqualTo(this.ward.officer().username());
		assertThat(this.funds.get(this.ward.admin(), this.fund.id()).raised()).isEqualTo(Money.of(500_000));
	}

	@Test
	void theHouseholdCodeIsFoundWhateverItsCase() throws Exception {
		MultiValueMap<String, String> form = contribution();
		form.set("householdCode", "  " + this.householdOfA.code().toLowerCase() + " ");

		MvcResult result = this.mvc.perform(
				post(contributionsUrl()).with(oneTimeToken()).with(as(this.ward.officer())).with(csrf()).params(form))
			.andExpect(status().isFound())
			.andReturn();

		assertThat(this.ledger.entry(this.ward.admin(), idFrom(result)).householdId())
			.isEqualTo(this.householdOfA.id());
	}

	@Test
	void aNamedContributorIsRecordedWithTheirKind() throws Exception {
		MultiValueMap<String, String> form = contribution();
		form.set("householdCode", "");
		form.set("contributorKind", "BUSINESS");
		form.set("contributorName", "Công ty TNHH Thuận Phát");
		form.set("display", "FULL_NAME");
		form.set("areaId", String.valueOf(this.ward.areaA().id()));
		form.set("method", "BANK_TRANSFER");

		MvcResult result = this.mvc.perform(
				post(contributionsUrl()).with(oneTimeToken()).with(as(this.ward.officer())).with(csrf()).params(form))
			.andExpect(status().isFound())
			.andReturn();

		LedgerEntry entry = this.ledger.entry(this.ward.admin(), idFrom(result));
		assertThat(entry.householdId()).isNull();
		assertThat(entry.contributorKind()).isEqualTo(ContributorKind.BUSINESS);
		assertThat(entry.displayName()).isEqualTo("Công ty TNHH Thuận Phát");
		assertThat(entry.method()).isEqualTo(PaymentMethod.BANK_TRANSFER);
		assertThat(entry.areaId()).isEqualTo(this.ward.areaA().id());
	}

	@Test
	void theReceiptAContributionRedirectsToIsShown() throws Exception {
		MvcResult result = this.mvc
			.perform(post(contributionsUrl()).with(oneTimeToken())
				.with(as(this.ward.officer()))
				.with(csrf())
				.params(contribution()))
			.andExpect(status().isFound())
			.andReturn();

		this.mvc.perform(get(result.getResponse().getRedirectedUrl()).with(as(this.ward.officer())))
			.andExpect(status().isOk());
	}

	@Test
	void theContributionFormPreselectsTheOnlyAreaOfTheOfficer() throws Exception {
		String page = this.mvc.perform(get(contributionsUrl()).with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andExpect(view().name("funds/contribution-form"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.value(page, "areaId")).isEqualTo(String.valueOf(this.ward.areaA().id()));
		assertThat(Html.value(page, "date")).isEqualTo(this.today.toString());
		assertThat(page).doesNotContain("value=\"" + this.ward.areaB().id() + "\">");
		assertThat(Html.labelsWithoutField(page)).isEmpty();
	}

	@Test
	void anUnknownHouseholdCodeIsShownNextToItAndNothingIsWritten() throws Exception {
		assertHouseholdCodeRefused("KV99-0042");
	}

	@Test
	void aHouseholdOfAnotherAreaIsShownAsUnknownAndNothingIsWritten() throws Exception {
		assertHouseholdCodeRefused(this.householdOfB.code());
	}

	@Test
	void aNameOnlyOneHouseholdOfTheOfficersAreasMatchesIsThatHousehold() throws Exception {
		MultiValueMap<String, String> form = contribution();
		form.set("householdCode", "nguyen truong do");

		MvcResult result = this.mvc.perform(
				post(contributionsUrl()).with(oneTimeToken()).with(as(this.ward.officer())).with(csrf()).params(form))
			.andExpect(redirectedUrlPattern("/funds/" + this.fund.id() + "/receipts/*"))
			.andReturn();

		assertThat(this.ledger.entry(this.ward.officer(), idFrom(result)).householdId())
			.isEqualTo(this.householdOfA.id());
	}

	@Test
	void aNameSeveralHouseholdsMatchListsThemNextToTheFieldAndNothingIsWritten() throws Exception {
		HouseholdDetail dong = this.fixtures.household(this.ward, this.ward.areaA(), "Nguyễn Trường Đông");

		assertThat(Html.fieldError(refusedHousehold("Nguyen Truong"), "householdCode"))
			.startsWith("Có nhiều hộ khớp \"Nguyen Truong\": ")
			.contains(this.householdOfA.code() + " Nguyễn Trường Đồ (hẻm 49-57)",
					dong.code() + " Nguyễn Trường Đông (hẻm 49-57)")
			.endsWith("Hãy chọn một hộ trong danh sách gợi ý hoặc nhập mã hộ.");
	}

	@Test
	void theNameOfAHouseholdOfAnotherAreaIsUnknown() throws Exception {
		String page = refusedHousehold("pham van be");

		assertThat(Html.fieldError(page, "householdCode"))
			.isEqualTo("Không tìm thấy hộ có mã hoặc tên này trong các khu của bạn.");
		assertThat(page).doesNotContain(this.householdOfB.headName(), this.householdOfB.code());
	}

	private void assertHouseholdCodeRefused(String code) throws Exception {
		String page = refusedHousehold(code);

		assertThat(Html.fieldError(page, "householdCode"))
			.isEqualTo("Không tìm thấy hộ có mã hoặc tên này trong các khu của bạn.");
		assertThat(page).doesNotContain(this.householdOfB.headName());
	}

	/**
	 * Posts the officer's contribution with this in the household field: the form comes
	 * back with what was typed, and nothing is written.
	 */
	private String refusedHousehold(String typed) throws Exception {
		MultiValueMap<String, String> form = contribution();
		form.set("householdCode", typed);
		LedgerRows before = rows();

		String page = this.mvc.perform(
				post(contributionsUrl()).with(oneTimeToken()).with(as(this.ward.officer())).with(csrf()).params(form))
			.andExpect(status().isOk())
			.andExpect(view().name("funds/contribution-form"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.value(page, "householdCode")).isEqualTo(typed);
		assertThat(rows()).isEqualTo(before);
		return page;
	}

	static Stream<Arguments> badContributions() {
		String positive = "Số tiền phải lớn hơn 0.";
		return Stream.of(Arguments.of("amount", "0", "amount", positive),
				Arguments.of("amount", "-1", "amount", positive),
				Arguments.of("amount", "1,5", "amount", AMOUNT_FORMAT),
				Arguments.of("amount", "abc", "amount", AMOUNT_FORMAT),
				Arguments.of("amount", "1.5000", "amount", AMOUNT_FORMAT),
				Arguments.of("amount", "100.000.000.001", "amount", "Số tiền không được vượt quá 100.000.000.000 đ."),
				Arguments.of("amount", "99999999999999999999", "amount",
						"Số tiền không được vượt quá 100.000.000.000 đ."),
				Arguments.of("amount", "", "amount", "Bắt buộc phải chọn hoặc nhập."),
				Arguments.of("date", "{tomorrow}", "date", "Ngày không được ở tương lai."),
				Arguments.of("date", "1999-12-31", "date", "Ngày không được trước 01/01/2000."),
				Arguments.of("date", "31/12/2025", "date", "Ngày không hợp lệ."),
				Arguments.of("date", "", "date", "Bắt buộc phải chọn hoặc nhập."),
				Arguments.of("method", "GOLD", "method", "Hình thức không hợp lệ."),
				Arguments.of("method", "IN_KIND", "description",
						"Đóng góp bằng hiện vật, ngày công hoặc đất cần có mô tả."),
				Arguments.of("method", "LABOUR", "description",
						"Đóng góp bằng hiện vật, ngày công hoặc đất cần có mô tả."),
				Arguments.of("display", "xyz", "display", "Lựa chọn hiển thị không hợp lệ."),
				Arguments.of("honorific", "ngài", "honorific", "Chỉ chọn \"ông\" hoặc \"bà\"."),
				Arguments.of("description", "x".repeat(501), "description", "Không được quá 500 ký tự."));
	}

	@ParameterizedTest(name = "{0} = \"{1}\" → error on {2}")
	@MethodSource("badContributions")
	void aBadContributionIsShownNextToTheFieldAndNothingIsWritten(String field, String typed, String errorField,
			String message) throws Exception {
		String value = typed.replace("{tomorrow}", this.today.plusDays(1).toString());
		MultiValueMap<String, String> form = contribution();
		form.set(field, value);
		LedgerRows before = rows();

		String page = this.mvc.perform(
				post(contributionsUrl()).with(oneTimeToken()).with(as(this.ward.officer())).with(csrf()).params(form))
			.andExpect(status().isOk())
			.andExpect(view().name("funds/contribution-form"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, errorField)).isEqualTo(message);
		assertThat(rows()).isEqualTo(before);
		assertThat(this.funds.get(this.ward.admin(), this.fund.id())).isEqualTo(this.fund);
	}

	@Test
	void anAmountThatCannotBeReadIsShownAsTyped() throws Exception {
		MultiValueMap<String, String> form = contribution();
		form.set("amount", "1,5");

		String page = this.mvc.perform(
				post(contributionsUrl()).with(oneTimeToken()).with(as(this.ward.officer())).with(csrf()).params(form))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.value(page, "amount")).isEqualTo("1,5");
		assertThat(Html.value(page, "householdCode")).isEqualTo(this.householdOfA.code());
	}

	static Stream<Arguments> contributorRules() {
		return Stream.of(
				Arguments.of("", "FULL_NAME", "contributorName",
						"Hãy nhập tên người hoặc đơn vị đóng góp (hoặc chọn hiển thị ẩn danh)."),
				Arguments.of("Trần Văn Lạ", "HOUSEHOLD_LABEL", "display",
						"Chỉ hộ dân trong sổ mới hiển thị theo tên hộ."),
				Arguments.of("", "ANONYMOUS", "areaId", "Hãy chọn khu dân cư."));
	}

	/**
	 * A contributor typed by name (no household code) who breaks a rule of the ledger.
	 */
	@ParameterizedTest(name = "name \"{0}\", {1} → error on {2}")
	@MethodSource("contributorRules")
	void aContributorBreakingARuleIsShownNextToTheFieldAndNothingIsWritten(String name, String display,
			String errorField, String message) throws Exception {
		MultiValueMap<String, String> form = contribution();
		form.set("householdCode", "");
		form.set("contributorName", name);
		form.set("display", display);
		form.set("areaId", errorField.equals("areaId") ? "" : String.valueOf(this.ward.areaA().id()));
		LedgerRows before = rows();

		String page = this.mvc.perform(
				post(contributionsUrl()).with(oneTimeToken()).with(as(this.ward.officer())).with(csrf()).params(form))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, errorField)).isEqualTo(message);
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void anInKindContributionWithADescriptionIsRecorded() throws Exception {
		MultiValueMap<String, String> form = contribution();
		form.set("method", "IN_KIND");
		form.set("description", "10 bao xi măng");

		MvcResult result = this.mvc.perform(
				post(contributionsUrl()).with(oneTimeToken()).with(as(this.ward.officer())).with(csrf()).params(form))
			.andExpect(status().isFound())
			.andReturn();

		LedgerEntry entry = this.ledger.entry(this.ward.admin(), idFrom(result));
		assertThat(entry.method()).isEqualTo(PaymentMethod.IN_KIND);
		assertThat(entry.description()).isEqualTo("10 bao xi măng");
	}

	@Test
	void anExpenditureWithoutPayeePurposeOrApproverIsRefusedFieldByField() throws Exception {
		MultiValueMap<String, String> form = expenditure();
		form.set("payee", "");
		form.set("purpose", "   ");
		form.remove("approver");
		LedgerRows before = rows();

		String page = this.mvc.perform(
				post(expendituresUrl()).with(oneTimeToken()).with(as(this.ward.officer())).with(csrf()).params(form))
			.andExpect(status().isOk())
			.andExpect(view().name("funds/expenditure-form"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, "payee")).isEqualTo("Không được để trống.");
		assertThat(Html.fieldError(page, "purpose")).isEqualTo("Không được để trống.");
		assertThat(Html.fieldError(page, "approver")).isEqualTo("Không được để trống.");
		assertThat(Html.fieldError(page, "amount")).isNull();
		assertThat(Html.value(page, "voucherNo")).isEqualTo("PC-001");
		assertThat(rows()).isEqualTo(before);
	}

	static Stream<Arguments> badExpenditures() {
		return Stream.of(Arguments.of("amount", "0", "Số tiền phải lớn hơn 0."),
				Arguments.of("amount", "abc", AMOUNT_FORMAT),
				Arguments.of("date", "{tomorrow}", "Ngày không được ở tương lai."),
				Arguments.of("approver", "x".repeat(121), "Không được quá 120 ký tự."));
	}

	@ParameterizedTest
	@EnumSource(value = Posting.class, names = { "CONTRIBUTION", "PLEDGE", "EXPENDITURE", "PAYMENT", "BATCH" })
	void aPostingDatedBeforeTheFundStartsIsShownNextToTheDateAndNothingIsWritten(Posting posting) throws Exception {
		MockHttpServletRequestBuilder request = request(posting, LocalDate.of(2024, 12, 31));
		LedgerRows before = rows();

		String page = this.mvc.perform(request.with(as(this.ward.officer())).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, "date"))
			.isEqualTo("Quỹ bắt đầu từ ngày 01/01/2025; không ghi được bút toán trước ngày đó.");
		assertThat(rows()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0} = \"{1}\"")
	@MethodSource("badExpenditures")
	void aBadExpenditureIsShownNextToTheFieldAndNothingIsWritten(String field, String typed, String message)
			throws Exception {
		MultiValueMap<String, String> form = expenditure();
		form.set(field, typed.replace("{tomorrow}", this.today.plusDays(1).toString()));
		LedgerRows before = rows();

		String page = this.mvc.perform(
				post(expendituresUrl()).with(oneTimeToken()).with(as(this.ward.officer())).with(csrf()).params(form))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, field)).isEqualTo(message);
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void theFormAsksWhetherAnExpenditureSupportsAHouseholdAndPreselectsNeither() throws Exception {
		String page = this.mvc.perform(get(expendituresUrl()).with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Hỗ trợ một hộ gia đình").contains("Chi cho việc chung");
		assertThat(page).doesNotContain("checked=\"checked\"");

		MultiValueMap<String, String> form = expenditure();
		form.remove("householdSupport");
		LedgerRows before = rows();
		String refused = this.mvc.perform(
				post(expendituresUrl()).with(oneTimeToken()).with(as(this.ward.officer())).with(csrf()).params(form))
			.andExpect(status().isOk())
			.andExpect(view().name("funds/expenditure-form"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.fieldError(refused, "householdSupport")).isEqualTo("Bắt buộc phải chọn hoặc nhập.");
		assertThat(Html.value(refused, "payee")).isEqualTo("Công ty Xây dựng Minh Phát");
		assertThat(rows()).isEqualTo(before);
	}

	/**
	 * Support to one household (a house repair): the public ledger, its CSV and its JSON
	 * show the amount and the purpose, never the payee or the area; the staff see both.
	 */
	@Test
	void supportToAHouseholdKeepsItsPayeeAndAreaOffThePublicLedger() throws Exception {
		MultiValueMap<String, String> form = expenditure();
		form.set("payee", "Bà Lâm Thị Riêng Tư");
		form.set("purpose", "Hỗ trợ sửa nhà cho 01 hộ có hoàn cảnh khó khăn");
		form.set("householdSupport", "true");
		this.mvc.perform(
				post(expendituresUrl()).with(oneTimeToken()).with(as(this.ward.officer())).with(csrf()).params(form))
			.andExpect(status().isFound());
		LedgerEntry entry = newest();
		assertThat(entry.payee()).isEqualTo("Bà Lâm Thị Riêng Tư");
		assertThat(entry.areaId()).isEqualTo(this.ward.areaA().id());

		String areaName = this.ward.areaA().name();
		String publicFund = "/public/funds/" + this.fund.id();
		for (String url : new String[] { publicFund, publicFund + "/entries.csv", publicFund + "/entries.json" }) {
			String body = this.mvc.perform(get(url))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			assertThat(body).as(url).contains("Hỗ trợ sửa nhà cho 01 hộ có hoàn cảnh khó khăn");
			assertThat(body).as(url).doesNotContain("Lâm Thị Riêng Tư");
			String shown = url.equals(publicFund) ? rowOf(body, "Hỗ trợ sửa nhà cho 01 hộ") : body;
			assertThat(shown).as(url).contains("Hỗ trợ hộ gia đình").doesNotContain(areaName);
		}
		String staff = this.mvc.perform(get("/funds/" + this.fund.id()).with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(staff).contains("Bà Lâm Thị Riêng Tư");
	}

	@Test
	void spendingOnCommonWorkShowsItsPayeeAndAreaPublicly() throws Exception {
		this.mvc
			.perform(post(expendituresUrl()).with(oneTimeToken())
				.with(as(this.ward.officer()))
				.with(csrf())
				.params(expenditure()))
			.andExpect(status().isFound());

		String body = this.mvc.perform(get("/public/funds/" + this.fund.id()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(rowOf(body, "Mua xi măng")).contains("Công ty Xây dựng Minh Phát")
			.contains(this.ward.areaA().name());
	}

	@Test
	void theDatabaseRefusesAnExpenditureWithoutApproverEvenBehindTheLedger() {
		LedgerEntry spent = this.ledger.spend(this.ward.admin(), Expenditure.commonWork(this.fund.id(), this.today,
				Money.of(1_000), "Công ty A", "Mua vật tư", "PC-9", "Trần Văn Hùng", this.ward.areaA().id()));
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.ledger.spend(this.ward.admin(),
					Expenditure.commonWork(this.fund.id(), this.today, Money.of(1_000), "Công ty A", "Mua vật tư",
							"PC-10", " ", this.ward.areaA().id())))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("entry.approver.required"));

		assertThatExceptionOfType(org.springframework.dao.DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update("""
					insert into ledger_entries (ward_id, fund_id, seq, kind, amount, entry_date, display_name, payee,
					  purpose, public_code, recorded_by, recorded_at, prev_hash, hash)
					select ward_id, fund_id, seq + 1, kind, amount, entry_date, display_name, payee, purpose,
					  'NOAPPROVER' || id, recorded_by, recorded_at, hash, hash
					from ledger_entries where id = ?""", spent.id()))
			.withMessageContaining("ck_ledger_entries_approver");
	}

	@Test
	void anExpenditureIsRecordedAndSpentGoesUp() throws Exception {
		this.mvc
			.perform(post(expendituresUrl()).with(oneTimeToken())
				.with(as(this.ward.officer()))
				.with(csrf())
				.params(expenditure()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/funds/" + this.fund.id()))
			.andExpect(flash().attribute("message", "entry.spent"));

		FundSummary after = this.funds.get(this.ward.admin(), this.fund.id());
		assertThat(after.spent()).isEqualTo(Money.of(3_000_000));
		LedgerEntry entry = newest();
		assertThat(entry.kind()).isEqualTo(EntryKind.EXPENDITURE);
		assertThat(entry.payee()).isEqualTo("Công ty Xây dựng Minh Phát");
		assertThat(entry.purpose()).isEqualTo("Mua xi măng");
		assertThat(entry.voucherNo()).isEqualTo("PC-001");
		assertThat(entry.approver()).isEqualTo("Trần Văn Hùng");
		assertThat(entry.receiptNo()).isNull();
	}

	@ParameterizedTest
	@EnumSource(Posting.class)
	void everyPostingOfTheOfficerOfAreaAIsRecorded(Posting posting) throws Exception {
		MockHttpServletRequestBuilder request = request(posting);
		LedgerRows before = rows();

		int status = this.mvc.perform(request.with(as(this.ward.officer())).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus();

		assertThat(status).isEqualTo(302);
		assertThat(rows().entries()).isEqualTo(before.entries() + 1);
	}

	@ParameterizedTest
	@EnumSource(Posting.class)
	void aFormSentTwiceWithItsTokenIsRecordedOnceAndTheSecondLeadsToTheFirstsResult(Posting posting) throws Exception {
		UUID token = UUID.randomUUID();
		MockHttpServletRequestBuilder request = request(posting).with(oneTimeToken(token))
			.with(as(this.ward.officer()))
			.with(csrf());
		LedgerRows before = rows();

		MvcResult first = this.mvc.perform(request).andExpect(status().isFound()).andReturn();
		MvcResult second = this.mvc.perform(request).andExpect(status().isFound()).andReturn();

		assertThat(rows().entries()).isEqualTo(before.entries() + 1);
		assertThat(rows().batches()).isEqualTo(before.batches() + ((posting == Posting.BATCH) ? 1 : 0));
		assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
		assertThat(second.getFlashMap().get("message"))
			.isEqualTo("submission.repeated." + posting.name().toLowerCase(java.util.Locale.ROOT));
		String page = this.mvc
			.perform(get(second.getResponse().getRedirectedUrl()).with(as(this.ward.officer()))
				.flashAttrs(second.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Biểu mẫu này đã được gửi;").contains("được ghi một lần.");
	}

	@ParameterizedTest
	@EnumSource(Posting.class)
	void aFormSentWithoutItsTokenPostsNothingAndIsShownAgainWithANewOne(Posting posting) throws Exception {
		MockHttpServletRequestBuilder request = request(posting).with((sent) -> {
			sent.removeParameter(OneTimeTokens.FIELD);
			return sent;
		});
		LedgerRows before = rows();

		String page = this.mvc.perform(request.with(as(this.ward.officer())).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(rows()).isEqualTo(before);
		assertThat(page).contains("Biểu mẫu này chưa gửi được vì thiếu mã gửi hợp lệ");
		assertThat(UUID.fromString(Html.value(page, OneTimeTokens.FIELD))).isNotNull();
	}

	@Test
	void aMalformedTokenPostsNothingAndTheFormGetsANewOne() throws Exception {
		LedgerRows before = rows();

		String page = this.mvc
			.perform(post(contributionsUrl()).param(OneTimeTokens.FIELD, "not-a-token")
				.with(as(this.ward.officer()))
				.with(csrf())
				.params(contribution()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(rows()).isEqualTo(before);
		assertThat(page).contains("Biểu mẫu này chưa gửi được vì thiếu mã gửi hợp lệ");
		String renewed = Html.value(page, OneTimeTokens.FIELD);
		assertThat(UUID.fromString(renewed)).isNotNull();
		this.mvc
			.perform(post(contributionsUrl()).param(OneTimeTokens.FIELD, renewed)
				.with(as(this.ward.officer()))
				.with(csrf())
				.params(contribution()))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", "entry.recorded"));
		assertThat(rows().entries()).isEqualTo(before.entries() + 1);
	}

	@Test
	void aFormShownAgainWithErrorsKeepsItsTokenWhichStillPostsOnce() throws Exception {
		String shown = this.mvc.perform(get(contributionsUrl()).with(as(this.ward.officer())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String token = Html.value(shown, OneTimeTokens.FIELD);
		MultiValueMap<String, String> form = contribution();
		form.set("amount", "-5");
		LedgerRows before = rows();

		String refused = this.mvc
			.perform(post(contributionsUrl()).param(OneTimeTokens.FIELD, token)
				.with(as(this.ward.officer()))
				.with(csrf())
				.params(form))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.fieldError(refused, "amount")).isNotNull();
		assertThat(Html.value(refused, OneTimeTokens.FIELD)).isEqualTo(token);
		assertThat(refused).doesNotContain("Biểu mẫu này chưa gửi được");

		for (int i = 0; i < 2; i++) {
			this.mvc
				.perform(post(contributionsUrl()).param(OneTimeTokens.FIELD, token)
					.with(as(this.ward.officer()))
					.with(csrf())
					.params(contribution()))
				.andExpect(status().isFound());
		}
		assertThat(rows().entries()).isEqualTo(before.entries() + 1);
	}

	@Test
	void aTokenUsedByOneFormIsRefusedByAnotherAndPostsNothing() throws Exception {
		UUID token = UUID.randomUUID();
		this.mvc
			.perform(post(contributionsUrl()).with(oneTimeToken(token))
				.with(as(this.ward.officer()))
				.with(csrf())
				.params(contribution()))
			.andExpect(status().isFound());
		LedgerRows before = rows();

		String page = this.mvc
			.perform(post(expendituresUrl()).with(oneTimeToken(token))
				.with(as(this.ward.officer()))
				.with(csrf())
				.params(expenditure()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(rows()).isEqualTo(before);
		assertThat(page).contains("Biểu mẫu này chưa gửi được vì thiếu mã gửi hợp lệ");
		assertThat(Html.value(page, OneTimeTokens.FIELD)).isNotEqualTo(token.toString());
	}

	/**
	 * Two sendings of one form in flight at once: the first holds its token and waits for
	 * the fund (locked here meanwhile), the second waits for the token; when the fund is
	 * released the first posts and the second finds its result.
	 */
	@Test
	void twoSendingsInFlightAtOnceAreRecordedOnce() throws Exception {
		UUID token = UUID.randomUUID();
		MockHttpServletRequestBuilder request = post(contributionsUrl()).with(oneTimeToken(token))
			.with(as(this.ward.officer()))
			.with(csrf())
			.params(contribution());
		LedgerRows before = rows();
		java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
		try (java.sql.Connection lock = this.jdbc.getDataSource().getConnection()) {
			lock.setAutoCommit(false);
			try (var statement = lock.prepareStatement("select id from funds where id = ? for update")) {
				statement.setLong(1, this.fund.id());
				statement.executeQuery().close();
			}
			var first = threads.submit(() -> this.mvc.perform(request).andReturn());
			awaitBlocked(1);
			var second = threads.submit(() -> this.mvc.perform(request).andReturn());
			awaitBlocked(2);
			lock.rollback();

			List<MvcResult> results = List.of(first.get(30, java.util.concurrent.TimeUnit.SECONDS),
					second.get(30, java.util.concurrent.TimeUnit.SECONDS));
			assertThat(results).extracting((result) -> result.getResponse().getStatus()).containsExactly(302, 302);
			assertThat(results).extracting((result) -> result.getFlashMap().get("message"))
				.containsExactlyInAnyOrder("entry.recorded", "submission.repeated.contribution");
			assertThat(results.get(1).getResponse().getRedirectedUrl())
				.isEqualTo(results.get(0).getResponse().getRedirectedUrl());
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(rows().entries()).isEqualTo(before.entries() + 1);
		assertThat(rows().receiptNumbers()).isEqualTo(before.receiptNumbers() + 1);
	}

	/**
	 * Waits (at most 30 s) until this many sessions of the test database wait for a lock.
	 */
	private void awaitBlocked(int sessions) throws InterruptedException {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
		while (true) {
			Long blocked = this.jdbc.queryForObject("""
					select count(*) from pg_stat_activity
					where datname = current_database() and cardinality(pg_blocking_pids(pid)) > 0""", Long.class);
			if (blocked != null && blocked >= sessions) {
				return;
			}
			assertThat(System.nanoTime()).as("sessions waiting for a lock").isLessThan(deadline);
			Thread.onSpinWait();
		}
	}

	@ParameterizedTest
	@EnumSource(Posting.class)
	void theInspectorPostsNothing(Posting posting) throws Exception {
		MockHttpServletRequestBuilder request = request(posting);
		LedgerRows before = rows();

		this.mvc.perform(request.with(as(this.ward.inspector())).with(csrf())).andExpect(status().isForbidden());

		assertThat(rows()).isEqualTo(before);
	}

	@ParameterizedTest
	@EnumSource(Posting.class)
	void aPostingWithoutCsrfTokenIsRefusedAndNothingIsWritten(Posting posting) throws Exception {
		MockHttpServletRequestBuilder request = request(posting);
		LedgerRows before = rows();

		this.mvc.perform(request.with(as(this.ward.officer()))).andExpect(status().isForbidden());

		assertThat(rows()).isEqualTo(before);
	}

	@ParameterizedTest
	@EnumSource(Posting.class)
	void theOfficerOfAreaBCannotPostForAreaA(Posting posting) throws Exception {
		MockHttpServletRequestBuilder request = request(posting);
		LedgerRows before = rows();

		this.mvc.perform(request.with(as(this.ward.officerB())).with(csrf())).andExpect(status().isNotFound());

		assertThat(rows()).isEqualTo(before);
	}

	@ParameterizedTest
	@EnumSource(Posting.class)
	void aFundOfAnotherWardIsNotFoundAndNothingIsWritten(Posting posting) throws Exception {
		TestWard other = this.fixtures.newWard();
		MockHttpServletRequestBuilder request = request(posting);
		LedgerRows before = rows();

		this.mvc.perform(request.with(as(other.admin())).with(csrf())).andExpect(status().isNotFound());

		assertThat(rows()).isEqualTo(before);
		assertThat(LedgerRows.of(this.jdbc, other.id()).entries()).isZero();
	}

	@Test
	void theOfficerOfAreaBCannotReachTheReversalOfAnEntryOfAreaA() throws Exception {
		LedgerEntry entry = contributeInA(2_000_000);
		LedgerRows before = rows();

		this.mvc.perform(get("/funds/entries/" + entry.id() + "/reverse").with(as(this.ward.officerB())))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/funds/entries/" + entry.id() + "/reverse").with(oneTimeToken())
				.with(as(this.ward.officerB()))
				.with(csrf())
				.param("reason", ""))
			.andExpect(status().isNotFound());

		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void theOfficerOfAreaBCannotPayAPledgeOfAreaAWhateverTheAmount() throws Exception {
		LedgerEntry pledge = pledgeInA(10_000_000);
		LedgerRows before = rows();

		this.mvc
			.perform(post("/funds/entries/" + pledge.id() + "/payments/new").with(oneTimeToken())
				.with(as(this.ward.officerB()))
				.with(csrf())
				.param("date", this.today.toString())
				.param("method", "CASH")
				.param("amount", "99.000.000"))
			.andExpect(status().isNotFound());

		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void anEntryOfAHouseholdIsInTheHouseholdsArea() throws Exception {
		MultiValueMap<String, String> form = contribution();
		form.set("householdCode", this.householdOfB.code());
		form.set("areaId", String.valueOf(this.ward.areaA().id()));

		int status = this.mvc
			.perform(
					post(contributionsUrl()).with(oneTimeToken()).with(as(this.ward.admin())).with(csrf()).params(form))
			.andReturn()
			.getResponse()
			.getStatus();

		assertThat(status).isLessThan(500);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from ledger_entries where household_id = ? and area_id is distinct from ?", Long.class,
				this.householdOfB.id(), this.ward.areaB().id()))
			.isZero();
	}

	@Test
	void aReversalWithoutReasonIsShownNextToTheReasonAndNothingIsWritten() throws Exception {
		LedgerEntry entry = contributeInA(2_000_000);
		LedgerRows before = rows();

		String page = this.mvc
			.perform(post("/funds/entries/" + entry.id() + "/reverse").with(oneTimeToken())
				.with(as(this.ward.officer()))
				.with(csrf())
				.param("reason", "   "))
			.andExpect(status().isOk())
			.andExpect(view().name("funds/reversal-form"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, "reason")).isEqualTo("Không được để trống.");
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void anEntryIsReversedOnceAndTheTotalsGoDown() throws Exception {
		LedgerEntry kept = contributeInA(1_000_000);
		LedgerEntry entry = contributeInA(2_000_000);
		assertThat(this.funds.get(this.ward.admin(), this.fund.id()).raised()).isEqualTo(Money.of(3_000_000));

		this.mvc
			.perform(post("/funds/entries/" + entry.id() + "/reverse").with(oneTimeToken())
				.with(as(this.ward.officer()))
				.with(csrf())
				.param("reason", "Ghi nhầm số tiền"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/funds/" + this.fund.id()))
			.andExpect(flash().attribute("message", "entry.reversed"));

		FundSummary after = this.funds.get(this.ward.admin(), this.fund.id());
		assertThat(after.raised()).isEqualTo(Money.of(1_000_000));
		assertThat(after.entryCount()).isEqualTo(3);
		LedgerEntry reversal = newest();
		assertThat(reversal.kind()).isEqualTo(EntryKind.REVERSAL);
		assertThat(reversal.reversesId()).isEqualTo(entry.id());
		assertThat(reversal.reason()).isEqualTo("Ghi nhầm số tiền");
		assertThat(reversal.date()).isEqualTo(this.today);

		String page = this.mvc.perform(get("/funds/" + this.fund.id()).with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<EntryRow> rows = LedgerPages.entryRows(page);
		assertThat(rows).extracting(EntryRow::seq).containsExactly(3, 2, 1);
		assertThat(rows.get(0).text()).contains("Điều chỉnh")
			.contains("Lý do: Ghi nhầm số tiền")
			.contains("−2.000.000 đ");
		assertThat(rows.get(0).struckThrough()).isFalse();
		assertThat(rows.get(1).struckThrough()).isTrue();
		assertThat(rows.get(1).markup()).doesNotContain("/reverse");
		assertThat(rows.get(2).struckThrough()).isFalse();
		assertThat(rows.get(2).markup()).contains("href=\"/funds/entries/" + kept.id() + "/reverse\"");
	}

	@Test
	void anEntryIsNotReversedTwice() throws Exception {
		LedgerEntry entry = contributeInA(2_000_000);
		this.ledger.reverse(this.ward.officer(), entry.id(), "Ghi nhầm");
		LedgerRows before = rows();

		String page = this.mvc
			.perform(post("/funds/entries/" + entry.id() + "/reverse").with(oneTimeToken())
				.with(as(this.ward.officer()))
				.with(csrf())
				.param("reason", "Lần hai"))
			.andExpect(status().isOk())
			.andExpect(view().name("funds/reversal-form"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(LedgerPages.globalErrors(page)).containsExactly("Bút toán này đã được điều chỉnh trước đó.");
		assertThat(Html.value(page, "reason")).isEqualTo("Lần hai");
		assertThat(rows()).isEqualTo(before);
		assertThat(this.funds.get(this.ward.admin(), this.fund.id()).raised()).isEqualTo(Money.ZERO);
	}

	@Test
	void aReversalIsNotReversed() throws Exception {
		LedgerEntry entry = contributeInA(2_000_000);
		LedgerEntry reversal = this.ledger.reverse(this.ward.officer(), entry.id(), "Ghi nhầm");
		LedgerRows before = rows();

		String page = this.mvc
			.perform(post("/funds/entries/" + reversal.id() + "/reverse").with(oneTimeToken())
				.with(as(this.ward.officer()))
				.with(csrf())
				.param("reason", "Đảo của đảo"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(LedgerPages.globalErrors(page)).containsExactly("Không thể điều chỉnh một bút toán điều chỉnh.");
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void anUnknownEntryIsNotFound() throws Exception {
		TestWard other = this.fixtures.newWard();
		LedgerEntry entry = contributeInA(2_000_000);

		this.mvc.perform(get("/funds/entries/" + Long.MAX_VALUE + "/reverse").with(as(this.ward.officer())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/funds/entries/" + entry.id() + "/reverse").with(as(other.admin())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/funds/entries/" + entry.id() + "/payments/new").with(as(this.ward.officer())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/funds/entries/abc/reverse").with(as(this.ward.officer())))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aPledgeIsPaidButNeverBeyondWhatIsOutstanding() throws Exception {
		MultiValueMap<String, String> pledgeForm = contribution();
		pledgeForm.remove("method");
		pledgeForm.set("householdCode", "");
		pledgeForm.set("contributorKind", "BUSINESS");
		pledgeForm.set("contributorName", "Công ty TNHH Thuận Phát");
		pledgeForm.set("display", "FULL_NAME");
		pledgeForm.set("areaId", String.valueOf(this.ward.areaA().id()));
		pledgeForm.set("amount", "10.000.000");
		this.mvc
			.perform(post("/funds/" + this.fund.id() + "/pledges/new").with(oneTimeToken())
				.with(as(this.ward.officer()))
				.with(csrf())
				.params(pledgeForm))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/funds/" + this.fund.id()));
		LedgerEntry pledge = newest();
		assertThat(pledge.kind()).isEqualTo(EntryKind.PLEDGE);
		assertThat(pledge.receiptNo()).isNull();
		assertThat(this.funds.get(this.ward.admin(), this.fund.id()).pledged()).isEqualTo(Money.of(10_000_000));

		MvcResult paid = this.mvc.perform(payment(pledge, "4.000.000").with(as(this.ward.officer())).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/funds/" + this.fund.id() + "/receipts/*"))
			.andReturn();
		LedgerEntry payment = this.ledger.entry(this.ward.admin(), idFrom(paid));
		assertThat(payment.kind()).isEqualTo(EntryKind.PLEDGE_PAYMENT);
		assertThat(payment.pledgeId()).isEqualTo(pledge.id());
		assertThat(payment.displayName()).isEqualTo("Công ty TNHH Thuận Phát");
		assertThat(payment.receiptNo()).isNotNull();
		LedgerRows before = rows();

		String page = this.mvc.perform(payment(pledge, "6.000.001").with(as(this.ward.officer())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("funds/payment-form"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, "amount"))
			.isEqualTo("Số tiền nộp vượt quá số còn lại của khoản đăng ký (6.000.000 đ).");
		assertThat(rows()).isEqualTo(before);
		FundSummary totals = this.funds.get(this.ward.admin(), this.fund.id());
		assertThat(totals.raised()).isEqualTo(Money.of(4_000_000));
		assertThat(totals.pledged()).isEqualTo(Money.of(6_000_000));
	}

	@Test
	void aPaymentOfAnEntryThatIsNoPledgeIsNotFound() throws Exception {
		LedgerEntry contribution = contributeInA(1_000_000);
		LedgerRows before = rows();

		this.mvc.perform(payment(contribution, "1.000").with(as(this.ward.officer())).with(csrf()))
			.andExpect(status().isNotFound());

		assertThat(rows()).isEqualTo(before);
	}

	/**
	 * A valid request of each posting for the officer of area A, on this ward's fund.
	 */
	private MockHttpServletRequestBuilder request(Posting posting) {
		return request(posting, this.today);
	}

	/**
	 * A request of each posting for the officer of area A, on this ward's fund, dated
	 * {@code date} (a reversal is dated today whatever is asked).
	 */
	private MockHttpServletRequestBuilder request(Posting posting, LocalDate date) {
		return switch (posting) {
			case CONTRIBUTION -> {
				MultiValueMap<String, String> form = contribution();
				form.set("householdCode", "");
				form.set("areaId", String.valueOf(this.ward.areaA().id()));
				form.set("date", date.toString());
				yield post(contributionsUrl()).with(oneTimeToken()).params(form);
			}
			case PLEDGE -> post("/funds/" + this.fund.id() + "/pledges/new").with(oneTimeToken())
				.param("date", date.toString())
				.param("amount", "1.000.000")
				.param("areaId", String.valueOf(this.ward.areaA().id()))
				.param("display", "ANONYMOUS");
			case EXPENDITURE -> {
				MultiValueMap<String, String> form = expenditure();
				form.set("date", date.toString());
				yield post(expendituresUrl()).with(oneTimeToken()).params(form);
			}
			case PAYMENT -> payment(pledgeInA(5_000_000), "1.000.000", date);
			case REVERSAL -> post("/funds/entries/" + contributeInA(2_000_000).id() + "/reverse").with(oneTimeToken())
				.param("reason", "Ghi nhầm");
			case BATCH -> post("/funds/" + this.fund.id() + "/batch").with(oneTimeToken())
				.param("controlCount", "1")
				.param("controlTotal", "100.000")
				.param("date", date.toString())
				.param("method", "CASH")
				.param("areaId", String.valueOf(this.ward.areaA().id()))
				.param("lines", "Nguyễn Văn An; 100.000; ten");
		};
	}

	private MockHttpServletRequestBuilder payment(LedgerEntry pledge, String amount) {
		return payment(pledge, amount, this.today);
	}

	private MockHttpServletRequestBuilder payment(LedgerEntry pledge, String amount, LocalDate date) {
		return post("/funds/entries/" + pledge.id() + "/payments/new").with(oneTimeToken())
			.param("date", date.toString())
			.param("method", "CASH")
			.param("amount", amount);
	}

	private MultiValueMap<String, String> contribution() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("date", this.today.toString());
		form.add("amount", "500.000");
		form.add("method", "CASH");
		form.add("description", "");
		form.add("householdCode", this.householdOfA.code());
		form.add("contributorKind", "");
		form.add("contributorName", "");
		form.add("areaId", "");
		form.add("display", "ANONYMOUS");
		form.add("honorific", "");
		return form;
	}

	private MultiValueMap<String, String> expenditure() {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("date", this.today.toString());
		form.add("amount", "3.000.000");
		form.add("voucherNo", "PC-001");
		form.add("payee", "Công ty Xây dựng Minh Phát");
		form.add("purpose", "Mua xi măng");
		form.add("approver", "Trần Văn Hùng");
		form.add("areaId", String.valueOf(this.ward.areaA().id()));
		form.add("householdSupport", "false");
		return form;
	}

	private LedgerEntry contributeInA(long amount) {
		return this.ledger.contribute(this.ward.officer(),
				new Contribution(this.fund.id(), this.today, PaymentMethod.CASH, Money.of(amount),
						this.ward.areaA().id(), null, ContributorKind.PERSON, "Võ Văn Góp", DisplayChoice.INITIALS,
						null, null));
	}

	private LedgerEntry pledgeInA(long amount) {
		return this.ledger.pledge(this.ward.officer(),
				new Contribution(this.fund.id(), this.today, null, Money.of(amount), this.ward.areaA().id(), null,
						ContributorKind.BUSINESS, "Công ty Thuận Phát", DisplayChoice.FULL_NAME, null, null));
	}

	private LedgerEntry newest() {
		List<StaffEntryView> page = this.ledger.staffPage(this.ward.admin(), this.fund.id(), null, 1);
		return page.get(0).entry();
	}

	private String contributionsUrl() {
		return "/funds/" + this.fund.id() + "/contributions/new";
	}

	private String expendituresUrl() {
		return "/funds/" + this.fund.id() + "/expenditures/new";
	}

	/** The table row of a page that holds this text. */
	private static String rowOf(String page, String text) {
		int at = page.indexOf(text);
		assertThat(at).as("page shows " + text).isNotNegative();
		return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
	}

	private LedgerRows rows() {
		return LedgerRows.of(this.jdbc, this.ward.id());
	}

	private static Long idFrom(MvcResult result) {
		String location = result.getResponse().getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

}
