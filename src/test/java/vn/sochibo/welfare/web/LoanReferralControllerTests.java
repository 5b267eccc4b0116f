package vn.sochibo.welfare.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.ServletContext;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.MoneyFormat;
import vn.sochibo.shared.VietnameseDates;
import vn.sochibo.shared.VietnameseText;
import vn.sochibo.support.Browser;
import vn.sochibo.support.Browser.Page;
import vn.sochibo.support.Html;
import vn.sochibo.support.ServerTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.welfare.LoanOutcome;
import vn.sochibo.welfare.LoanPurpose;
import vn.sochibo.welfare.LoanReferralDetails;
import vn.sochibo.welfare.LoanReferralOutcome;
import vn.sochibo.welfare.LoanReferralView;
import vn.sochibo.welfare.LoanReferrals;

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
 * The loan referral pages through the whole web stack: security, binding, validation, the
 * service and the templates. The conflict page is checked on the real server.
 */
@ServerTest
class LoanReferralControllerTests {

	private static final Pattern FORM = Pattern.compile("<form\\b.*?</form>", Pattern.DOTALL);

	private static final Pattern NAME = Pattern.compile("<(?:input|select|textarea)\\b[^>]*\\bname=\"([^\"]+)\"");

	@Autowired
	WardFixtures wards;

	@Autowired
	LoanReferrals loans;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	SpringTemplateEngine templates;

	@Autowired
	ApplicationContext context;

	@Autowired
	ConversionService mvcConversionService;

	@Autowired
	ServletContext servletContext;

	@LocalServerPort
	int port;

	TestWard ward;

	HouseholdDetail inA;

	HouseholdDetail inB;

	LocalDate today;

	@BeforeEach
	void newWard() {
		this.ward = this.wards.newWard();
		this.inA = this.wards.household(this.ward, this.ward.areaA(), "Nguyễn Văn Nghèo");
		this.inB = this.wards.household(this.ward, this.ward.areaB(), "Trần Thị Bích");
		this.today = LocalDate.now(this.clock);
	}

	@Test
	void anonymousIsSentToLogin() throws Exception {
		LoanReferralView referral = create(this.inA, 10_000_000, this.today);
		this.mvc.perform(get("/welfare/loans")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/welfare/loans/" + referral.id())).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/welfare/loans/new")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theRenderedFormRecordsAReferralThatItsPageShowsWithItsHistory() throws Exception {
		String form = render(get("/welfare/loans/new").param("household", String.valueOf(this.inA.id())),
				this.ward.officer());
		assertThat(Html.value(form, "householdCode")).isEqualTo(this.inA.code());
		assertThat(Html.value(form, "referralDate")).isEqualTo(this.today.toString());
		assertThat(form).contains("Nguyễn Văn Nghèo").doesNotContain("??");
		assertThat(Html.labelsWithoutField(form)).isEmpty();
		assertEachFieldOnce(form);
		MultiValueMap<String, String> fields = Html.formFields(form, "/welfare/loans/new");
		fields.set("purpose", "STUDENT");
		fields.set("purposeNote", "con học năm nhất Đại học Cần Thơ");
		fields.set("amountRequested", "50.000.000");
		fields.set("note", "Hội Phụ nữ đề xuất");

		MvcResult result = this.mvc
			.perform(post("/welfare/loans/new").with(as(this.ward.officer())).with(csrf()).params(fields))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/welfare/loans/{id}"))
			.andExpect(flash().attribute("message", "loan.created"))
			.andReturn();

		Long id = idFrom(result);
		LoanReferralView created = this.loans.get(this.ward.admin(), id);
		assertThat(created.householdId()).isEqualTo(this.inA.id());
		assertThat(created.purpose()).isEqualTo(LoanPurpose.STUDENT);
		assertThat(created.amountRequested()).isEqualTo(Money.of(50_000_000));
		assertThat(created.referralDate()).isEqualTo(this.today);
		String page = this.mvc
			.perform(get("/welfare/loans/" + id).with(as(this.ward.officer())).flashAttr("message", "loan.created"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.text(page)).contains("Đã ghi nhận việc giới thiệu vay vốn.")
			.contains(this.inA.code() + " – Nguyễn Văn Nghèo")
			.contains("Học sinh, sinh viên có hoàn cảnh khó khăn – con học năm nhất Đại học Cần Thơ")
			.contains("50.000.000 đ")
			.contains("Chờ kết quả")
			.contains("Hội Phụ nữ đề xuất");
		assertThat(Html.rows(page)).anyMatch((row) -> row.contains("Tạo mới") && row.contains("Số tiền đề nghị vay")
				&& row.contains("50.000.000 đ"));
		assertThat(page).doesNotContain("??");
		assertThat(Html.labelsWithoutField(page)).isEmpty();
		assertEachFieldOnce(page);
	}

	static Stream<Arguments> badReferralInput() {
		LocalDate today = LocalDate.now();
		return Stream.of(
				Arguments.of("householdCode", "KHONG-CO-0001",
						"Không tìm thấy hộ có mã hoặc tên này trong khu vực bạn phụ trách."),
				Arguments.of("householdCode", "", "Không được để trống."),
				Arguments.of("householdCode", "K".repeat(31), "Không được quá 30 ký tự."),
				Arguments.of("purpose", "", "Bắt buộc phải chọn hoặc nhập."),
				Arguments.of("purpose", "CASINO", "Giá trị không hợp lệ."),
				Arguments.of("purposeNote", "g".repeat(201), "Không được quá 200 ký tự."),
				Arguments.of("amountRequested", "", "Bắt buộc phải chọn hoặc nhập."),
				Arguments.of("amountRequested", "0", "Số tiền phải lớn hơn 0."),
				Arguments.of("amountRequested", "-5.000.000", "Số tiền phải lớn hơn 0."),
				Arguments.of("amountRequested", "10.000.000.001", "Số tiền không được vượt quá 10.000.000.000 đ."),
				Arguments.of("amountRequested", "99999999999999999999999",
						"Số tiền không được vượt quá 10.000.000.000 đ."),
				Arguments.of("amountRequested", "mười triệu",
						"Số tiền không hợp lệ: chỉ gồm chữ số, có thể có dấu chấm phân cách hàng nghìn (ví dụ 1.500.000)."),
				Arguments.of("amountRequested", "1,5",
						"Số tiền không hợp lệ: chỉ gồm chữ số, có thể có dấu chấm phân cách hàng nghìn (ví dụ 1.500.000)."),
				Arguments.of("referralDate", today.plusDays(2).toString(), "Ngày không được sau hôm nay."),
				Arguments.of("referralDate", "1999-12-31", "Ngày không được trước 01/01/2000."),
				Arguments.of("referralDate", "2025-02-30", "Ngày không hợp lệ."),
				Arguments.of("referralDate", "", "Bắt buộc phải chọn hoặc nhập."),
				Arguments.of("note", "n".repeat(1001), "Không được quá 1.000 ký tự."));
	}

	@ParameterizedTest(name = "{0} = \"{1}\"")
	@MethodSource("badReferralInput")
	void badReferralInputIsShownNextToTheFieldAndNothingIsWritten(String field, String typed, String message)
			throws Exception {
		int before = count();
		Map<String, String> form = validForm();
		form.put(field, typed);

		String page = this.mvc.perform(createRequest(this.ward.officer(), form).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("welfare/loans/form"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, field)).isEqualTo(message);
		if (!field.equals("purpose")) {
			// What was typed stays (an amount that reads as one is written back the
			// Vietnamese way).
			assertThat(Html.value(page, field)).isEqualTo(shown(typed));
		}
		assertThat(Html.value(page, "householdCode")).isEqualTo(form.get("householdCode"));
		assertThat(page).contains("Vui lòng sửa các lỗi được đánh dấu bên dưới.");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void anOtherProgrammeNeedsItsNameAndAHouseholdOutsideTheScopeIsUnknown() throws Exception {
		Map<String, String> other = validForm();
		other.put("purpose", "OTHER");
		String page = this.mvc.perform(createRequest(this.ward.officer(), other).with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.fieldError(page, "purposeNote"))
			.isEqualTo("Hãy ghi rõ chương trình vay khi chọn \"Chương trình khác\".");

		TestWard otherWard = this.wards.newWard();
		// Codes are the ward's own: the other ward's second household of area B has a
		// code unused here.
		this.wards.household(otherWard, otherWard.areaB(), "Lê Văn Một");
		HouseholdDetail elsewhere = this.wards.household(otherWard, otherWard.areaB(), "Lê Văn Khác");
		for (String code : List.of(this.inB.code(), elsewhere.code())) {
			Map<String, String> form = validForm();
			form.put("householdCode", code);
			String refused = this.mvc.perform(createRequest(this.ward.officer(), form).with(csrf()))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(Html.fieldError(refused, "householdCode"))
				.isEqualTo("Không tìm thấy hộ có mã hoặc tên này trong khu vực bạn phụ trách.");
			assertThat(refused).doesNotContain("Trần Thị Bích").doesNotContain("Lê Văn Khác");
		}
		assertThat(count()).isZero();
	}

	@Test
	void htmlInTextIsKeptAsText() throws Exception {
		Map<String, String> form = validForm();
		form.put("purpose", "OTHER");
		form.put("purposeNote", "<b>sửa nhà</b>");
		form.put("note", "<script>alert('x')</script>");
		MvcResult result = this.mvc.perform(createRequest(this.ward.officer(), form).with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		Long id = idFrom(result);

		assertThat(this.loans.get(this.ward.admin(), id).note()).isEqualTo("<script>alert('x')</script>");
		String page = render(get("/welfare/loans/" + id), this.ward.officer());
		assertThat(page).doesNotContain("<script>alert").doesNotContain("<b>sửa nhà</b>");
		assertThat(Html.text(page)).contains("<script>alert('x')</script>").contains("<b>sửa nhà</b>");
	}

	@Test
	void theOutcomeIsRecordedThroughTheRenderedFormAndShownWithItsHistory() throws Exception {
		LoanReferralView referral = create(this.inA, 40_000_000, this.today.minusDays(10));
		String page = render(get("/welfare/loans/" + referral.id()), this.ward.secretary());
		String action = "/welfare/loans/" + referral.id() + "/outcome";
		MultiValueMap<String, String> fields = Html.formFields(page, action);
		assertThat(fields.getFirst("outcome")).isEqualTo("PENDING");
		assertThat(fields.getFirst("version")).isEqualTo(String.valueOf(referral.version()));
		fields.set("outcome", "APPROVED");
		fields.set("amountApproved", "45.000.000");
		fields.set("outcomeDate", this.today.toString());

		this.mvc.perform(post(action).with(as(this.ward.secretary())).with(csrf()).params(fields))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/welfare/loans/" + referral.id()))
			.andExpect(flash().attribute("message", "loan.outcome.recorded"));

		LoanReferralView after = this.loans.get(this.ward.admin(), referral.id());
		assertThat(after.outcome()).isEqualTo(LoanOutcome.APPROVED);
		assertThat(after.amountApproved()).isEqualTo(Money.of(45_000_000));
		assertThat(after.outcomeDate()).isEqualTo(this.today);
		String shown = render(get("/welfare/loans/" + referral.id()), this.ward.inspector());
		assertThat(Html.text(shown)).contains("Được vay").contains("45.000.000 đ");
		assertThat(Html.rows(shown)).anyMatch((row) -> row.contains("Sửa") && row.contains("Kết quả")
				&& row.contains("Chờ kết quả") && row.contains("Được vay"));
		// The inspector reads, and gets no form.
		assertThat(shown).doesNotContain("action=\"" + action + "\"");
		String again = render(get("/welfare/loans/" + referral.id()), this.ward.officer());
		assertThat(Html.value(again, "amountApproved")).isEqualTo("45.000.000 đ");
	}

	static Stream<Arguments> badOutcomeInput() {
		LocalDate today = LocalDate.now();
		String date = today.toString();
		return Stream.of(
				Arguments.of("REFUSED", "1.000.000", date, "amountApproved",
						"Chỉ ghi số tiền được vay khi kết quả là \"Được vay\"."),
				Arguments.of("APPROVED", "", date, "amountApproved", "Hãy nhập số tiền ngân hàng cho vay."),
				Arguments.of("APPROVED", "0", date, "amountApproved", "Số tiền phải lớn hơn 0."),
				Arguments.of("APPROVED", "-1", date, "amountApproved", "Số tiền phải lớn hơn 0."),
				Arguments.of("APPROVED", "10.000.000.001", date, "amountApproved",
						"Số tiền không được vượt quá 10.000.000.000 đ."),
				Arguments.of("APPROVED", "1.000.000", today.minusDays(11).toString(), "outcomeDate",
						"Ngày có kết quả không được trước ngày giới thiệu ("
								+ VietnameseDates.format(today.minusDays(10)) + ")."),
				Arguments.of("WITHDRAWN", "", today.plusDays(2).toString(), "outcomeDate",
						"Ngày không được sau hôm nay."),
				Arguments.of("REFUSED", "", "", "outcomeDate", "Hãy nhập ngày có kết quả."),
				Arguments.of("PENDING", "", date, "outcomeDate", "Hồ sơ còn chờ kết quả thì chưa có ngày kết quả."),
				Arguments.of("", "", date, "outcome", "Bắt buộc phải chọn hoặc nhập."),
				Arguments.of("GRANTED", "", date, "outcome", "Giá trị không hợp lệ."));
	}

	@ParameterizedTest(name = "{0} {1} {2}: {3}")
	@MethodSource("badOutcomeInput")
	void badOutcomeInputIsShownNextToTheFieldAndNothingChanges(String outcome, String amount, String date, String field,
			String message) throws Exception {
		LoanReferralView referral = create(this.inA, 40_000_000, this.today.minusDays(10));

		String page = this.mvc
			.perform(post("/welfare/loans/" + referral.id() + "/outcome").with(as(this.ward.officer()))
				.with(csrf())
				.param("outcome", outcome)
				.param("amountApproved", amount)
				.param("outcomeDate", date)
				.param("version", String.valueOf(referral.version())))
			.andExpect(status().isOk())
			.andExpect(view().name("welfare/loans/detail"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, field)).isEqualTo(message);
		assertThat(Html.value(page, "amountApproved")).isEqualTo(shown(amount));
		assertThat(this.loans.get(this.ward.admin(), referral.id())).isEqualTo(referral);
	}

	@Test
	void aReferralOutsideTheScopeIsNotFoundAndAnInspectorIsRefused() throws Exception {
		LoanReferralView referral = create(this.inA, 10_000_000, this.today);
		TestWard other = this.wards.newWard();
		String outcome = "/welfare/loans/" + referral.id() + "/outcome";
		int before = count();

		for (CurrentUser stranger : List.of(this.ward.officerB(), other.admin(), other.officer())) {
			this.mvc.perform(get("/welfare/loans/" + referral.id()).with(as(stranger)))
				.andExpect(status().isNotFound());
			this.mvc.perform(outcomeRequest(outcome, stranger, referral.version()).with(csrf()))
				.andExpect(status().isNotFound());
		}
		this.mvc
			.perform(get("/welfare/loans/new").param("household", String.valueOf(this.inA.id()))
				.with(as(this.ward.officerB())))
			.andExpect(status().isNotFound());
		String listOfB = render(get("/welfare/loans"), this.ward.officerB());
		assertThat(listOfB).doesNotContain("Nguyễn Văn Nghèo").doesNotContain(this.inA.code());

		String inspectorList = render(get("/welfare/loans"), this.ward.inspector());
		assertThat(inspectorList).contains("Nguyễn Văn Nghèo").doesNotContain("href=\"/welfare/loans/new\"");
		render(get("/welfare/loans/" + referral.id()), this.ward.inspector());
		this.mvc.perform(get("/welfare/loans/new").with(as(this.ward.inspector()))).andExpect(status().isForbidden());
		this.mvc.perform(createRequest(this.ward.inspector(), validForm()).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(outcomeRequest(outcome, this.ward.inspector(), referral.version()).with(csrf()))
			.andExpect(status().isForbidden());

		assertThat(count()).isEqualTo(before);
		assertThat(this.loans.get(this.ward.admin(), referral.id())).isEqualTo(referral);
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefusedAndWritesNothing() throws Exception {
		LoanReferralView referral = create(this.inA, 10_000_000, this.today);
		int before = count();

		this.mvc.perform(createRequest(this.ward.officer(), validForm())).andExpect(status().isForbidden());
		this.mvc
			.perform(outcomeRequest("/welfare/loans/" + referral.id() + "/outcome", this.ward.officer(),
					referral.version()))
			.andExpect(status().isForbidden());

		assertThat(count()).isEqualTo(before);
		assertThat(this.loans.get(this.ward.admin(), referral.id())).isEqualTo(referral);
	}

	@Test
	void theListFiltersAndTotalsWhatItShows() throws Exception {
		HouseholdDetail second = this.wards.household(this.ward, this.ward.areaA(), "Lê Thị Hoa");
		LocalDate lastYear = this.today.minusYears(1).withMonth(3).withDayOfMonth(15);
		LoanReferralView old = create(this.inA, 2_000_000_000, lastYear);
		this.loans.recordOutcome(this.ward.admin(), old.id(),
				new LoanReferralOutcome(LoanOutcome.APPROVED, Money.of(1_500_000_000), lastYear.plusDays(20)),
				old.version());
		create(second, 1_200_000_000, this.today);
		create(this.inB, 300_000_000, this.today);

		String all = render(get("/welfare/loans"), this.ward.admin());
		assertThat(totals(all)).containsExactly("3", "3.500.000.000 đ", "1.500.000.000 đ");
		assertThat(tableRows(all)).hasSize(3);
		assertThat(all).doesNotContain("??");
		assertThat(Html.labelsWithoutField(all)).isEmpty();

		String thisYear = render(get("/welfare/loans").param("year", String.valueOf(this.today.getYear())),
				this.ward.admin());
		assertThat(totals(thisYear)).containsExactly("2", "1.500.000.000 đ", "0 đ");
		assertThat(Html.value(thisYear, "year")).isEqualTo(String.valueOf(this.today.getYear()));

		String areaB = render(get("/welfare/loans").param("area", String.valueOf(this.ward.areaB().id())),
				this.ward.admin());
		assertThat(tableRows(areaB)).singleElement().asString().contains("Trần Thị Bích");

		String approved = render(get("/welfare/loans").param("outcome", "APPROVED"), this.ward.admin());
		assertThat(tableRows(approved)).singleElement()
			.asString()
			.contains("Nguyễn Văn Nghèo")
			.contains("2.000.000.000 đ")
			.contains("1.500.000.000 đ");

		String byName = render(get("/welfare/loans").param("q", "le thi hoa"), this.ward.admin());
		assertThat(tableRows(byName)).singleElement().asString().contains("Lê Thị Hoa");
		assertThat(Html.value(byName, "q")).isEqualTo("le thi hoa");

		String none = render(get("/welfare/loans").param("q", "không có ai"), this.ward.admin());
		assertThat(totals(none)).containsExactly("0", "0 đ", "0 đ");
		assertThat(Html.text(none)).contains("Chưa có hồ sơ giới thiệu vay nào.");

		// The officer of area A: only area A's referrals, only area A in the filter.
		String officer = render(get("/welfare/loans"), this.ward.officer());
		assertThat(totals(officer)).containsExactly("2", "3.200.000.000 đ", "1.500.000.000 đ");
		assertThat(officer).contains("value=\"" + this.ward.areaA().id() + "\"")
			.doesNotContain("value=\"" + this.ward.areaB().id() + "\"");

		this.mvc.perform(get("/welfare/loans").param("year", "năm nay").with(as(this.ward.admin())))
			.andExpect(status().isBadRequest());
		assertThat(totals(render(get("/welfare/loans").param("year", "999999999"), this.ward.admin())))
			.containsExactly("0", "0 đ", "0 đ");
	}

	@Test
	void theListIsPaginatedByTwentyFive() throws Exception {
		for (int i = 0; i < 26; i++) {
			create(this.inA, 1_000_000, this.today.minusDays(i));
		}
		String first = render(get("/welfare/loans"), this.ward.admin());
		assertThat(tableRows(first)).hasSize(25);
		assertThat(Html.text(first)).contains("Trang 1/2 · 26 bản ghi");
		assertThat(totals(first)).containsExactly("26", "26.000.000 đ", "0 đ");
		String second = render(get("/welfare/loans").param("page", "1"), this.ward.admin());
		assertThat(tableRows(second)).hasSize(1);
	}

	@Test
	void aStaleOutcomeShowsTheConflictPageAndChangesNothing() throws Exception {
		LoanReferralView referral = create(this.inA, 10_000_000, this.today);
		LoanReferralView current = this.loans.recordOutcome(this.ward.admin(), referral.id(),
				new LoanReferralOutcome(LoanOutcome.REFUSED, null, this.today), referral.version());

		Browser browser = new Browser(this.port).logIn(this.ward.officer().username(), WardFixtures.PASSWORD);
		browser.get("/welfare/loans/" + referral.id());
		Page page = browser.post("/welfare/loans/" + referral.id() + "/outcome",
				Map.of("outcome", "APPROVED", "amountApproved", "5.000.000", "outcomeDate", this.today.toString(),
						"version", String.valueOf(referral.version())));

		assertThat(page.status()).isEqualTo(409);
		assertThat(page.body()).contains("Bản ghi đã bị người khác thay đổi");
		assertThat(this.loans.get(this.ward.admin(), referral.id())).isEqualTo(current);
	}

	@Test
	void theHouseholdFragmentListsAHouseholdsReferralsNewestFirst() {
		LoanReferralView older = create(this.inA, 10_000_000, this.today.minusDays(30));
		this.loans.recordOutcome(this.ward.admin(), older.id(),
				new LoanReferralOutcome(LoanOutcome.APPROVED, Money.of(8_000_000), this.today.minusDays(5)),
				older.version());
		LoanReferralView newer = create(this.inA, 20_000_000, this.today);
		create(this.inB, 30_000_000, this.today);

		String html = fragment(this.loans.ofHousehold(this.ward.officer(), this.inA.id()));
		List<String> rows = Html.rows(html);
		assertThat(rows).hasSize(3);
		assertThat(rows.get(1)).contains("20.000.000 đ").contains("Chờ kết quả");
		assertThat(rows.get(2)).contains("10.000.000 đ").contains("Được vay").contains("8.000.000 đ");
		assertThat(html).contains("href=\"/welfare/loans/" + newer.id() + "\"").doesNotContain("30.000.000");
		assertThat(Html.text(fragment(List.of()))).contains("Hộ chưa được giới thiệu vay vốn lần nào.");
	}

	/** A typed value as the form shows it again: amounts the Vietnamese way. */
	private static String shown(String typed) {
		try {
			return MoneyFormat.format(MoneyFormat.parse(typed));
		}
		catch (IllegalArgumentException ex) {
			return typed;
		}
	}

	private String fragment(List<LoanReferralView> referrals) {
		MockHttpServletRequest request = new MockHttpServletRequest(this.servletContext, "GET", "/households/1");
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(this.servletContext)
			.buildExchange(request, new MockHttpServletResponse()), VietnameseText.LOCALE);
		context.setVariable("loans", referrals);
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(this.context, this.mvcConversionService));
		return this.templates.process("welfare/loans/parts", Set.of("householdLoans"), context);
	}

	/**
	 * Number of referrals, amount asked, amount lent, as the totals at the top show them.
	 */
	private static List<String> totals(String html) {
		List<String> values = new ArrayList<>();
		for (String id : List.of("loan-count", "loan-requested", "loan-approved")) {
			Matcher value = Pattern.compile("id=\"" + id + "\"[^>]*>(.*?)</div>", Pattern.DOTALL).matcher(html);
			assertThat(value.find()).as(id).isTrue();
			values.add(Html.text(value.group(1)));
		}
		return values;
	}

	private static List<String> tableRows(String html) {
		int table = html.indexOf("id=\"loans\"");
		if (table < 0) {
			return List.of();
		}
		List<String> rows = Html.rows(html.substring(table, html.indexOf("</table>", table)));
		return rows.subList(1, rows.size());
	}

	private static void assertEachFieldOnce(String html) {
		Matcher form = FORM.matcher(html);
		while (form.find()) {
			List<String> names = new ArrayList<>();
			Matcher name = NAME.matcher(form.group());
			while (name.find()) {
				if (!name.group(1).startsWith("_")) {
					names.add(name.group(1));
				}
			}
			assertThat(names).doesNotHaveDuplicates();
		}
	}

	private String render(MockHttpServletRequestBuilder request, CurrentUser user) throws Exception {
		return this.mvc.perform(request.with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private LoanReferralView create(HouseholdDetail household, long amount, LocalDate date) {
		return this.loans.create(this.ward.admin(), new LoanReferralDetails(household.id(), LoanPurpose.POOR_HOUSEHOLD,
				null, Money.of(amount), date, null));
	}

	private MockHttpServletRequestBuilder createRequest(CurrentUser user, Map<String, String> form) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		form.forEach(params::add);
		return post("/welfare/loans/new").with(as(user)).params(params);
	}

	private MockHttpServletRequestBuilder outcomeRequest(String action, CurrentUser user, Integer version) {
		return post(action).with(as(user))
			.param("outcome", "REFUSED")
			.param("outcomeDate", this.today.toString())
			.param("version", String.valueOf(version));
	}

	private Map<String, String> validForm() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("householdCode", this.inA.code());
		form.put("purpose", "POOR_HOUSEHOLD");
		form.put("purposeNote", "");
		form.put("amountRequested", "50.000.000");
		form.put("referralDate", this.today.toString());
		form.put("note", "");
		return form;
	}

	private static Long idFrom(MvcResult result) {
		String location = result.getResponse().getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	private int count() {
		return this.jdbc.queryForObject("select count(*) from loan_referrals where ward_id = ?", Integer.class,
				this.ward.id());
	}

}
