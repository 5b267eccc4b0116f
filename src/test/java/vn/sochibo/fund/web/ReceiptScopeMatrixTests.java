package vn.sochibo.fund.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.sochibo.fund.Contribution;
import vn.sochibo.fund.ContributorKind;
import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.fund.FundDetails;
import vn.sochibo.fund.FundKind;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.LedgerEntry;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.fund.Receipts;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.Role;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.sochibo.account.TestPrincipals.as;
import static vn.sochibo.fund.web.ReceiptScopeMatrixTests.Outcome.FORBIDDEN;
import static vn.sochibo.fund.web.ReceiptScopeMatrixTests.Outcome.NOT_FOUND;
import static vn.sochibo.fund.web.ReceiptScopeMatrixTests.Outcome.OK;
import static vn.sochibo.fund.web.ReceiptScopeMatrixTests.Outcome.PDF;
import static vn.sochibo.fund.web.ReceiptScopeMatrixTests.Outcome.TO_LOGIN;
import static vn.sochibo.fund.web.ReceiptScopeMatrixTests.Outcome.TO_PRINT;
import static vn.sochibo.fund.web.ReceiptScopeMatrixTests.Outcome.TO_RECEIPT;
import static vn.sochibo.support.OneTimeTokens.oneTimeToken;

/**
 * Every role against every receipt address, for a receipt of area A that was printed once
 * (so print 1 exists and the next one is a copy): who may read it, who may print it, and
 * what everybody else gets (403, 404 or the login page) — with no print recorded, and no
 * line added to the receipt's history, unless the answer is a new print.
 */
@IntegrationTest
@TestInstance(Lifecycle.PER_CLASS)
class ReceiptScopeMatrixTests {

	static final String REAL_NAME = "Lê Thị Kín Đáo";

	/** The columns of the matrix, in this order. */
	enum Endpoint {

		/** GET /funds/receipts: the year's register. */
		REGISTER,
		/** GET the receipt's page. */
		SHOW,
		/** POST …/prints: print as a page. */
		PRINT,
		/** POST …/prints with format=PDF. */
		PRINT_PDF,
		/** GET …/prints/1: the first print again. */
		PRINTED,
		/** GET …/prints/1/pdf. */
		PRINTED_PDF,
		/** GET …/print: the old address that used to print. */
		OLD_PRINT,
		/** GET …/pdf: the old address that used to print a PDF. */
		OLD_PDF

	}

	enum Outcome {

		/** 200 with a page. */
		OK,
		/** 200 with a PDF. */
		PDF,
		/** A print is recorded and the answer is a redirect to it. */
		TO_PRINT,
		/** A redirect to the receipt's page, nothing recorded. */
		TO_RECEIPT,
		/** 403. */
		FORBIDDEN,
		/** 404: the receipt is outside the user's ward or areas. */
		NOT_FOUND,
		/** A redirect to the login page. */
		TO_LOGIN

	}

	enum Who {

		WARD_ADMIN, CELL_SECRETARY_OF_A, OFFICER_OF_A, OFFICER_OF_B, INSPECTOR, SYSTEM_ADMIN, ANONYMOUS,
		WARD_ADMIN_OF_ANOTHER_WARD

	}

	static Stream<Arguments> matrix() {
		Outcome[] printer = { OK, OK, TO_PRINT, TO_PRINT, OK, PDF, TO_RECEIPT, TO_RECEIPT };
		Outcome[] outside = { OK, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND };
		Outcome[] inspector = { OK, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, TO_RECEIPT, TO_RECEIPT };
		Outcome[] none = new Outcome[Endpoint.values().length];
		Outcome[] anonymous = new Outcome[Endpoint.values().length];
		Arrays.fill(none, FORBIDDEN);
		Arrays.fill(anonymous, TO_LOGIN);
		return Stream
			.of(row(Who.WARD_ADMIN, printer), row(Who.CELL_SECRETARY_OF_A, printer), row(Who.OFFICER_OF_A, printer),
					row(Who.OFFICER_OF_B, outside), row(Who.INSPECTOR, inspector), row(Who.SYSTEM_ADMIN, none),
					row(Who.ANONYMOUS, anonymous), row(Who.WARD_ADMIN_OF_ANOTHER_WARD, outside))
			.flatMap(Function.identity());
	}

	private static Stream<Arguments> row(Who who, Outcome... outcomes) {
		Endpoint[] endpoints = Endpoint.values();
		assertThat(outcomes).hasSameSizeAs(endpoints);
		return Arrays.stream(endpoints).map((endpoint) -> Arguments.of(who, endpoint, outcomes[endpoint.ordinal()]));
	}

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Funds funds;

	@Autowired
	Ledger ledger;

	@Autowired
	Receipts receipts;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	TestWard ward;

	TestWard otherWard;

	FundSummary fund;

	LocalDate today;

	@BeforeAll
	void wards() {
		this.ward = this.fixtures.newWard();
		this.otherWard = this.fixtures.newWard();
		this.today = LocalDate.now(this.clock);
		this.fund = this.funds.create(this.ward.admin(), FundKind.CAMPAIGN,
				new FundDetails("Quỹ Vì người nghèo", null, null, LocalDate.of(2025, 1, 1), null, Set.of()));
	}

	@ParameterizedTest(name = "{0} {1} → {2}")
	@MethodSource("matrix")
	void everyRoleGetsExactlyWhatItMay(Who who, Endpoint endpoint, Outcome expected) throws Exception {
		LedgerEntry entry = printedOnceReceiptOfA();
		int printsBefore = prints(entry);
		int historyBefore = historyLines(entry);

		MvcResult result = this.mvc.perform(request(endpoint, entry).with(principal(who))).andReturn();

		int status = result.getResponse().getStatus();
		String location = result.getResponse().getRedirectedUrl();
		String receiptPath = receiptPath(entry);
		switch (expected) {
			case OK -> {
				assertThat(status).isEqualTo(200);
				assertThat(result.getResponse().getContentType()).startsWith("text/html");
			}
			case PDF -> {
				assertThat(status).isEqualTo(200);
				assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
				assertThat(new String(result.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
			}
			case TO_PRINT -> {
				assertThat(status).isEqualTo(302);
				int next = printsBefore + 1;
				assertThat(location)
					.isEqualTo(receiptPath + "/prints/" + next + ((endpoint == Endpoint.PRINT_PDF) ? "/pdf" : ""));
				assertThat(prints(entry)).isEqualTo(next);
				assertThat(historyLines(entry)).isEqualTo(historyBefore + 1);
			}
			case TO_RECEIPT -> {
				assertThat(status).isEqualTo(302);
				assertThat(location).isEqualTo(receiptPath);
			}
			case FORBIDDEN -> assertThat(status).isEqualTo(403);
			case NOT_FOUND -> assertThat(status).isEqualTo(404);
			case TO_LOGIN -> {
				assertThat(status).isEqualTo(302);
				assertThat(location).endsWith("/login");
			}
		}
		if (expected != TO_PRINT) {
			assertThat(prints(entry)).isEqualTo(printsBefore);
			assertThat(historyLines(entry)).isEqualTo(historyBefore);
		}
		if (expected == OK && endpoint != Endpoint.REGISTER) {
			assertThat(result.getResponse().getContentAsString()).contains(REAL_NAME);
		}
	}

	/**
	 * A print without the form's CSRF token is refused before anything else, whoever
	 * sends it, and records nothing.
	 */
	@ParameterizedTest(name = "{0}")
	@EnumSource(Who.class)
	void aPrintWithoutCsrfTokenIsRefusedAndRecordsNothing(Who who) throws Exception {
		LedgerEntry entry = printedOnceReceiptOfA();

		for (String format : new String[] { "HTML", "PDF" }) {
			int status = this.mvc
				.perform(post(receiptPath(entry) + "/prints").with(oneTimeToken())
					.param("format", format)
					.with(principal(who)))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).isEqualTo(403);
		}

		assertThat(prints(entry)).isEqualTo(1);
	}

	static Stream<Arguments> wardWide() {
		return Stream.of(Arguments.of(Who.WARD_ADMIN, OK, TO_PRINT),
				Arguments.of(Who.CELL_SECRETARY_OF_A, OK, NOT_FOUND), Arguments.of(Who.OFFICER_OF_A, OK, NOT_FOUND),
				Arguments.of(Who.OFFICER_OF_B, OK, NOT_FOUND), Arguments.of(Who.INSPECTOR, OK, FORBIDDEN),
				Arguments.of(Who.WARD_ADMIN_OF_ANOTHER_WARD, NOT_FOUND, NOT_FOUND));
	}

	/**
	 * A receipt of no area (posted by the ward admin) is read by all of the ward's staff,
	 * like the fund page shows it, but acted on — printed — only by whole-ward users.
	 */
	@ParameterizedTest(name = "{0}: show → {1}, print → {2}")
	@MethodSource("wardWide")
	void aReceiptOfNoAreaIsReadByTheWardAndPrintedOnlyByWholeWardUsers(Who who, Outcome show, Outcome print)
			throws Exception {
		LedgerEntry entry = this.ledger.contribute(this.ward.admin(), new Contribution(this.fund.id(), this.today,
				PaymentMethod.CASH, Money.of(300_000), null, null, null, null, DisplayChoice.ANONYMOUS, null, null));

		int shown = this.mvc.perform(get(receiptPath(entry)).with(principal(who)))
			.andReturn()
			.getResponse()
			.getStatus();
		MvcResult printed = this.mvc
			.perform(post(receiptPath(entry) + "/prints").with(oneTimeToken()).with(csrf()).with(principal(who)))
			.andReturn();

		assertThat(shown).isEqualTo((show == OK) ? 200 : 404);
		switch (print) {
			case TO_PRINT -> {
				assertThat(printed.getResponse().getRedirectedUrl()).isEqualTo(receiptPath(entry) + "/prints/1");
				assertThat(prints(entry)).isEqualTo(1);
			}
			case NOT_FOUND -> assertThat(printed.getResponse().getStatus()).isEqualTo(404);
			case FORBIDDEN -> assertThat(printed.getResponse().getStatus()).isEqualTo(403);
			default -> throw new IllegalStateException(print.name());
		}
		if (print != TO_PRINT) {
			assertThat(prints(entry)).isZero();
		}
	}

	private MockHttpServletRequestBuilder request(Endpoint endpoint, LedgerEntry entry) {
		String path = receiptPath(entry);
		return switch (endpoint) {
			case REGISTER -> get("/funds/receipts").param("year", String.valueOf(this.today.getYear()));
			case SHOW -> get(path);
			case PRINT -> post(path + "/prints").with(oneTimeToken()).with(csrf());
			case PRINT_PDF -> post(path + "/prints").with(oneTimeToken()).param("format", "PDF").with(csrf());
			case PRINTED -> get(path + "/prints/1");
			case PRINTED_PDF -> get(path + "/prints/1/pdf");
			case OLD_PRINT -> get(path + "/print");
			case OLD_PDF -> get(path + "/pdf");
		};
	}

	private RequestPostProcessor principal(Who who) {
		return switch (who) {
			case WARD_ADMIN -> as(this.ward.admin());
			case CELL_SECRETARY_OF_A -> as(this.ward.secretary());
			case OFFICER_OF_A -> as(this.ward.officer());
			case OFFICER_OF_B -> as(this.ward.officerB());
			case INSPECTOR -> as(this.ward.inspector());
			case SYSTEM_ADMIN -> as(new CurrentUser(null, null, "sysadmin", Role.SYSTEM_ADMIN));
			case ANONYMOUS -> (request) -> request;
			case WARD_ADMIN_OF_ANOTHER_WARD -> as(this.otherWard.admin());
		};
	}

	/**
	 * A contribution of area A by a named giver who chose to stay anonymous in public,
	 * printed once by the officer who took it.
	 */
	private LedgerEntry printedOnceReceiptOfA() {
		LedgerEntry entry = this.ledger.contribute(this.ward.officer(),
				new Contribution(this.fund.id(), this.today, PaymentMethod.CASH, Money.of(500_000),
						this.ward.areaA().id(), null, ContributorKind.PERSON, REAL_NAME, DisplayChoice.ANONYMOUS, null,
						null));
		this.receipts.print(this.ward.officer(), this.fund.id(), entry.id());
		return entry;
	}

	private String receiptPath(LedgerEntry entry) {
		return "/funds/" + entry.fundId() + "/receipts/" + entry.id();
	}

	private int prints(LedgerEntry entry) {
		return this.jdbc.queryForObject("select count(*) from receipt_prints where entry_id = ?", Integer.class,
				entry.id());
	}

	private int historyLines(LedgerEntry entry) {
		return this.jdbc.queryForObject(
				"select count(*) from audit_events where entity_type = 'LEDGER_ENTRY' and entity_id = ?", Integer.class,
				entry.id());
	}

}
