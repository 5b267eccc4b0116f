package vn.sochibo.publicsite.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.LedgerEntry;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.publicsite.LedgerScenario;
import vn.sochibo.publicsite.PublicDocuments;
import vn.sochibo.shared.MoneyFormat;
import vn.sochibo.shared.VietnameseDates;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.StatementCounter;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The downloads of a fund's public entries: exactly what the page shows, every page of
 * it; and the cost of the page itself.
 */
@IntegrationTest
class PublicDownloadsTests {

	static final List<String> HEADER = List.of("Số thứ tự trong sổ", "Mã bút toán", "Ngày", "Loại", "Hình thức",
			"Người đóng góp / người nhận", "Khu vực", "Số tiền (đồng)", "Tính vào", "Nội dung chi", "Chứng từ",
			"Số phiếu thu", "Điều chỉnh bút toán (mã)", "Đã bị điều chỉnh bởi (mã)", "Lý do điều chỉnh");

	static final Set<String> JSON_FIELDS = Set.of("seq", "code", "date", "kind", "method", "name", "area", "amount",
			"countsToward", "purpose", "voucher", "receipt", "reverses", "reversedBy", "reason");

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Funds funds;

	@Autowired
	Ledger ledger;

	@Autowired
	MockMvc mvc;

	@Autowired
	StatementCounter statements;

	@Autowired
	Clock clock;

	TestWard ward;

	LedgerScenario scenario;

	LocalDate today;

	String fund;

	@BeforeEach
	void openFund() {
		this.ward = this.fixtures.newWard();
		this.today = LocalDate.now(this.clock);
		this.scenario = new LedgerScenario(this.funds, this.ledger, this.ward, this.today).fund("Quỹ đèn hẻm 27",
				20_000_000L);
		this.fund = "/public/funds/" + this.scenario.fundId();
	}

	@Test
	void theCsvIsAnAttachmentInUtf8WithABomAndAVietnameseHeader() throws Exception {
		LedgerEntry entry = this.scenario.named("Nguyễn Văn An", 1_500_000, this.ward.areaA());

		MvcResult result = this.mvc.perform(get(this.fund + "/entries.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"so-cong-khai-quy-" + this.scenario.fundId() + ".csv\""))
			.andReturn();

		assertThat(result.getResponse().getContentType()).startsWith("text/csv").containsIgnoringCase("utf-8");
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		List<List<String>> rows = csv(result);
		assertThat(rows.get(0)).containsExactlyElementsOf(HEADER);
		assertThat(rows.get(1)).containsExactly(String.valueOf(entry.seq()), entry.publicCode(),
				VietnameseDates.format(entry.date()), "Đóng góp", "Tiền mặt", "Nguyễn Văn An", "Khu vực A", "1500000",
				"Tiền đã thu", "", "", "%06d/%d".formatted(entry.receiptNo(), entry.receiptYear()), "", "", "");
	}

	@Test
	void theCsvHoldsEveryPageOfWhatIsShownWithTheSameFilters() throws Exception {
		for (int i = 1; i <= 60; i++) {
			this.scenario.named("Người Số %02d".formatted(i), 1000, this.ward.areaA());
		}
		this.scenario.named("Khác Tên", 5000, this.ward.areaB());
		this.scenario.anonymous(7000, this.ward.areaA());

		List<List<String>> all = csv(this.mvc.perform(get(this.fund + "/entries.csv")).andReturn());
		List<List<String>> searched = csv(
				this.mvc.perform(get(this.fund + "/entries.csv").param("q", "nguoi so")).andReturn());
		List<List<String>> inAreaA = csv(
				this.mvc.perform(get(this.fund + "/entries.csv").param("area", String.valueOf(this.ward.areaA().id())))
					.andReturn());

		assertThat(all).hasSize(1 + 62);
		assertThat(all.subList(1, all.size())).extracting((row) -> Integer.valueOf(row.get(0)))
			.isSortedAccordingTo((a, b) -> b - a);
		assertThat(searched).hasSize(1 + 60);
		assertThat(searched.subList(1, searched.size()))
			.allSatisfy((row) -> assertThat(row.get(5)).startsWith("Người Số"));
		assertThat(inAreaA).hasSize(1 + 60).noneMatch((row) -> row.get(5).equals("Nhà hảo tâm"));
	}

	@Test
	void incomeRowsLessTheirReversalsAddUpToWhatThePageSaysWasRaised() throws Exception {
		LedgerEntry first = this.scenario.named("Nguyễn Văn An", 1_500_000, this.ward.areaA());
		this.scenario.anonymous(700_000, this.ward.areaB());
		this.scenario.namedOn(this.today, "Lê Văn Công", 800_000, this.ward.areaA(), PaymentMethod.LABOUR);
		LedgerEntry pledge = this.scenario.pledge("Công ty Thuận Phát", DisplayChoice.FULL_NAME, 10_000_000,
				this.ward.areaA());
		LedgerEntry payment = this.scenario.pay(pledge, 4_000_000);
		this.scenario.pay(pledge, 1_000_000);
		LedgerEntry spending = this.scenario.spend(2_000_000, "Công ty Minh Phát", "Mua cát", "Trần Văn Hùng");
		this.scenario.spend(300_000, "Điện lực", "Tiền điện", "Trần Văn Hùng");
		this.scenario.reverse(first, "Ghi trùng");
		this.scenario.reverse(payment, "Chuyển khoản bị trả lại");
		this.scenario.reverse(spending, "Sai chứng từ");

		String page = this.mvc.perform(get(this.fund)).andReturn().getResponse().getContentAsString();
		List<List<String>> rows = csv(this.mvc.perform(get(this.fund + "/entries.csv")).andReturn());
		rows = rows.subList(1, rows.size());
		Map<String, List<String>> byCode = rows.stream().collect(Collectors.toMap((row) -> row.get(1), (row) -> row));

		// money: contributions and payments in cash or by transfer (the labour is goods)
		java.util.function.Predicate<List<String>> money = (
				row) -> List.of("Đóng góp", "Nộp theo đăng ký").contains(row.get(3))
						&& List.of("Tiền mặt", "Chuyển khoản").contains(row.get(4));
		long income = sum(rows, money);
		long reversedIncome = sum(rows,
				(row) -> row.get(3).equals("Điều chỉnh") && money.test(byCode.get(row.get(12))));
		long spent = sum(rows, (row) -> row.get(3).equals("Chi"));
		long reversedSpent = sum(rows,
				(row) -> row.get(3).equals("Điều chỉnh") && byCode.get(row.get(12)).get(3).equals("Chi"));
		assertThat(money(income - reversedIncome)).isEqualTo(between(page, "id=\"total-raised\">", "<"))
			.isEqualTo("1.700.000 đ");
		assertThat(between(page, "id=\"total-in-kind\">", "<")).isEqualTo("800.000 đ");
		assertThat(money(spent - reversedSpent)).isEqualTo(between(page, "id=\"total-spent\">", "<"))
			.isEqualTo("300.000 đ");
		// the same, from the "counts toward" column alone
		long raised = sum(rows, (row) -> row.get(8).equals("Tiền đã thu") && !row.get(3).equals("Điều chỉnh"))
				- sum(rows, (row) -> row.get(8).equals("Tiền đã thu") && row.get(3).equals("Điều chỉnh"));
		assertThat(money(raised)).isEqualTo("1.700.000 đ");
		// reversed rows name their reversal, reversals the entry they cancel, with a
		// positive amount
		List<String> reversal = rows.stream()
			.filter((row) -> row.get(12).equals(first.publicCode()))
			.findFirst()
			.orElseThrow();
		assertThat(reversal.get(3)).isEqualTo("Điều chỉnh");
		assertThat(reversal.get(7)).isEqualTo("1500000");
		assertThat(reversal.get(14)).isEqualTo("Ghi trùng");
		assertThat(byCode.get(first.publicCode()).get(13)).isEqualTo(reversal.get(1));
		assertThat(page).contains("Cách cộng sổ").contains("Một dòng „Điều chỉnh“ hủy đúng một bút toán");
	}

	@Test
	void goodsCountTowardTheirOwnTotalInTheDownloadsAndTheirReversalToo() throws Exception {
		this.scenario.named("Nguyễn Văn An", 1_000_000, this.ward.areaA());
		LedgerEntry cement = this.scenario.namedOn(this.today, "Trần Thị Bình", 500_000, this.ward.areaA(),
				PaymentMethod.IN_KIND);
		this.scenario.spend(300_000, "Công ty Minh Phát", "Mua cát", "Trần Văn Hùng");

		List<List<String>> rows = csv(this.mvc.perform(get(this.fund + "/entries.csv")).andReturn());
		rows = rows.subList(1, rows.size());
		assertThat(rows).extracting((row) -> row.get(3), (row) -> row.get(4), (row) -> row.get(7), (row) -> row.get(8))
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Chi", "", "300000", "Đã chi"),
					org.assertj.core.groups.Tuple.tuple("Đóng góp", "Hiện vật", "500000",
							"Hiện vật, ngày công, đất (ước tính)"),
					org.assertj.core.groups.Tuple.tuple("Đóng góp", "Tiền mặt", "1000000", "Tiền đã thu"));
		JsonNode json = JsonMapper.shared()
			.readTree(new String(this.mvc.perform(get(this.fund + "/entries.json"))
				.andReturn()
				.getResponse()
				.getContentAsByteArray(), StandardCharsets.UTF_8));
		assertThat(json.get(1).get("countsToward").asString()).isEqualTo("Hiện vật, ngày công, đất (ước tính)");
		assertThat(json.get(1).get("amount").asLong()).isEqualTo(500_000L);
		assertThat(json.get(2).get("countsToward").asString()).isEqualTo("Tiền đã thu");

		LedgerEntry reversal = this.scenario.reverse(cement, "Ghi nhầm số bao");

		List<List<String>> after = csv(this.mvc.perform(get(this.fund + "/entries.csv")).andReturn());
		List<String> row = after.stream()
			.filter((r) -> r.get(1).equals(reversal.publicCode()))
			.findFirst()
			.orElseThrow();
		assertThat(row.get(3)).isEqualTo("Điều chỉnh");
		assertThat(row.get(8)).isEqualTo("Hiện vật, ngày công, đất (ước tính)");
		assertThat(row.get(12)).isEqualTo(cement.publicCode());
	}

	@Test
	void theJsonHasTheSameFieldsWithWholeNumberAmounts() throws Exception {
		LedgerEntry gift = this.scenario.anonymous(700_000, this.ward.areaB());
		LedgerEntry spending = this.scenario.spend(2_000_000, "Công ty Minh Phát", "Mua cát", "Trần Văn Hùng");
		LedgerEntry reversal = this.scenario.reverse(gift, "Ghi trùng");

		MvcResult result = this.mvc.perform(get(this.fund + "/entries.json").param("side", "thu"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					"attachment; filename=\"so-cong-khai-quy-" + this.scenario.fundId() + ".json\""))
			.andReturn();

		assertThat(result.getResponse().getContentType()).startsWith("application/json");
		JsonNode array = JsonMapper.shared()
			.readTree(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
		assertThat(array.isArray()).isTrue();
		assertThat(array.size()).isEqualTo(2);
		for (JsonNode entry : array) {
			assertThat(entry.propertyNames()).containsExactlyInAnyOrderElementsOf(JSON_FIELDS);
			assertThat(entry.get("amount").isIntegralNumber()).isTrue();
		}
		JsonNode first = array.get(0);
		assertThat(first.get("code").asString()).isEqualTo(reversal.publicCode());
		assertThat(first.get("kind").asString()).isEqualTo("Điều chỉnh");
		assertThat(first.get("amount").asLong()).isEqualTo(700_000L);
		assertThat(first.get("reverses").asString()).isEqualTo(gift.publicCode());
		assertThat(first.get("area").isNull()).isTrue();
		JsonNode second = array.get(1);
		assertThat(second.get("name").asString()).isEqualTo("Nhà hảo tâm");
		assertThat(second.get("date").asString()).isEqualTo(VietnameseDates.format(gift.date()));
		assertThat(second.get("reversedBy").asString()).isEqualTo(reversal.publicCode());
		assertThat(array.toString()).doesNotContain(spending.publicCode());
	}

	@Test
	void textThatASpreadsheetWouldRunIsNotAFormula() throws Exception {
		this.scenario.named("=HYPERLINK(\"http://x\",\"bấm\")", 1000, this.ward.areaA());

		List<List<String>> rows = csv(this.mvc.perform(get(this.fund + "/entries.csv")).andReturn());

		assertThat(rows.get(1).get(5)).isEqualTo("'=HYPERLINK(\"http://x\",\"bấm\")");
	}

	@Test
	void anUnknownFundHasNoDownload() throws Exception {
		this.mvc.perform(get("/public/funds/987654321/entries.csv"))
			.andExpect(status().isNotFound())
			.andExpect(header().doesNotExist("Content-Disposition"));
		this.mvc.perform(get("/public/funds/987654321/entries.json"))
			.andExpect(status().isNotFound())
			.andExpect(header().doesNotExist("Content-Disposition"));
	}

	@Test
	void theFundPageCostsTheSameQueriesWhateverTheLedgersLength() throws Exception {
		this.scenario.anonymous(1000, this.ward.areaA());
		int few = statementsOf(this.fund);
		for (int i = 0; i < 120; i++) {
			this.scenario.named("Người Số " + i, 1000, this.ward.areaA());
		}
		this.scenario.spend(500, "Công ty Minh Phát", "Mua cát", "Trần Văn Hùng");

		int many = statementsOf(this.fund);
		int filtered = statementsOf(this.fund + "?side=thu&q=nguoi&before=100");

		assertThat(many).isEqualTo(few).isLessThanOrEqualTo(8);
		assertThat(filtered).isEqualTo(few);
	}

	private int statementsOf(String path) throws Exception {
		this.statements.reset();
		this.mvc.perform(get(path)).andExpect(status().isOk());
		return this.statements.count();
	}

	private static List<List<String>> csv(MvcResult result) {
		String text = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		return PublicDocuments.csv(text.startsWith("\uFEFF") ? text.substring(1) : text);
	}

	private static long sum(List<List<String>> rows, java.util.function.Predicate<List<String>> which) {
		return rows.stream().filter(which).mapToLong((row) -> Long.parseLong(row.get(7))).sum();
	}

	private static String money(long amount) {
		return MoneyFormat.format(vn.sochibo.shared.Money.of(BigDecimal.valueOf(amount)));
	}

	private static String between(String text, String start, String end) {
		int from = text.indexOf(start) + start.length();
		return text.substring(from, text.indexOf(end, from));
	}

}
