package vn.sochibo.publicsite.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.sochibo.fund.Contribution;
import vn.sochibo.fund.ContributorKind;
import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.fund.Expenditure;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.fund.LedgerEntry;
import vn.sochibo.fund.PaymentMethod;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.HouseholdDetails;
import vn.sochibo.household.Households;
import vn.sochibo.household.PolicySubtype;
import vn.sochibo.household.StatusDetails;
import vn.sochibo.household.StatusKind;
import vn.sochibo.publicsite.LedgerScenario;
import vn.sochibo.publicsite.PublicDocuments;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.VietnameseText;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * No public page, CSV or JSON ever shows personal data: phone numbers, addresses,
 * household codes or ids, welfare statuses, the users who recorded or approved, the real
 * name behind a display choice other than the full name — nor an area or anything else
 * that links anonymous entries to each other or to a person.
 *
 * <p>
 * A ward is built through the services as officers would build it; then every public
 * address is fetched and searched for each private value, as typed and accent-free.
 */
@IntegrationTest
class PublicPrivacyTests {

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Households households;

	@Autowired
	Funds funds;

	@Autowired
	Ledger ledger;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	TestWard ward;

	LocalDate today;

	LedgerScenario scenario;

	/** What must never be public. */
	final List<String> secrets = new ArrayList<>();

	/** Every entry posted, by public code. */
	final Map<String, LedgerEntry> entries = new LinkedHashMap<>();

	LedgerEntry anonymousOfHousehold;

	LedgerEntry secondAnonymousOfHousehold;

	@BeforeEach
	void buildAWardWithPrivateLives() {
		this.ward = this.fixtures.newWard();
		this.today = LocalDate.now(this.clock);
		this.scenario = new LedgerScenario(this.funds, this.ledger, this.ward, this.today)
			.fund("Bê tông hẻm 49-57 năm nay", 160_000_000L);
		Long fundId = this.scenario.fundId();

		HouseholdDetail labelled = household("Nguyễn Trường Đồ", "12/3A hẻm 49-57 đường Trần Văn Khéo", "0911222333",
				StatusKind.POOR, null);
		HouseholdDetail hidden = household("Phạm Thị Kín Đáo", "45/7 hẻm 49-57 đường Mậu Thân", "0944555666",
				StatusKind.NEAR_POOR, null);
		HouseholdDetail initialled = household("Võ Văn Tắt", "88/1 hẻm 49-57 đường Cách Mạng", "0977888999",
				StatusKind.POLICY_FAMILY, PolicySubtype.MARTYR_FAMILY);
		HouseholdDetail named = household("Lê Công Khai", "101 hẻm 49-57 đường Nguyễn Trãi", "0933444555",
				StatusKind.AGENT_ORANGE, null);
		this.secrets.addAll(List.of(labelled.headName(), hidden.headName(), initialled.headName()));
		for (HouseholdDetail household : List.of(labelled, hidden, initialled, named)) {
			this.secrets.addAll(List.of(household.address(), household.phone(), household.code()));
		}
		this.secrets.addAll(List.of("Hộ nghèo", "Hộ cận nghèo", "cận nghèo", "Gia đình chính sách", "Thân nhân liệt sĩ",
				"chất độc da cam", "Người khuyết tật", "Ghi chú riêng tư của hộ"));
		this.secrets.addAll(List.of("0911 222 333", "091 1222 333"));

		post(this.scenario.household(labelled, DisplayChoice.HOUSEHOLD_LABEL, 5_000_000));
		this.anonymousOfHousehold = post(this.scenario.household(hidden, DisplayChoice.ANONYMOUS, 3_000_000));
		this.secondAnonymousOfHousehold = post(this.scenario.household(hidden, DisplayChoice.ANONYMOUS, 1_000_000));
		post(this.scenario.household(initialled, DisplayChoice.INITIALS, 2_000_000));
		post(this.scenario.household(named, DisplayChoice.FULL_NAME, 4_000_000));
		post(this.scenario.household(labelled, null, 600_000));

		// people who are not in the register
		post(this.ledger.contribute(this.ward.admin(),
				new Contribution(fundId, this.today, PaymentMethod.CASH, Money.of(10_000_000), this.ward.areaB().id(),
						null, ContributorKind.PERSON, "Đặng Văn Giấu Tên", DisplayChoice.ANONYMOUS, null, null)));
		post(this.ledger.contribute(this.ward.admin(),
				new Contribution(fundId, this.today, PaymentMethod.IN_KIND, Money.of(2_500_000), this.ward.areaB().id(),
						null, ContributorKind.PERSON, "Hoàng Thị Ẩn Danh", DisplayChoice.INITIALS, null,
						"20 bao xi măng")));
		this.secrets.addAll(List.of("Đặng Văn Giấu Tên", "Hoàng Thị Ẩn Danh"));

		// a pledge of an anonymous sponsor, paid twice, one payment reversed
		LedgerEntry pledge = post(this.scenario.pledge("Công ty Bí Mật Kinh Doanh", DisplayChoice.ANONYMOUS, 20_000_000,
				this.ward.areaA()));
		LedgerEntry payment = post(this.scenario.pay(pledge, 5_000_000));
		post(this.scenario.pay(pledge, 3_000_000));
		post(this.scenario.reverse(payment, "Chuyển khoản bị ngân hàng trả lại"));
		this.secrets.add("Công ty Bí Mật Kinh Doanh");

		// spending, approved by someone whose name is not public
		LedgerEntry spending = post(this.ledger.spend(this.ward.admin(),
				Expenditure.commonWork(fundId, this.today, Money.of(15_000_000), "Công ty Xây dựng Minh Phát",
						"Mua xi măng, cát", "PC-07", "Trần Văn Duyệt Chi", this.ward.areaA().id())));
		post(this.scenario.spend(1_000_000, "Tổ thợ hồ", "Tiền công", "Trần Văn Duyệt Chi"));
		post(this.scenario.reverse(spending, "Sai số tiền trên chứng từ"));
		post(this.scenario.reverse(this.anonymousOfHousehold, "Hộ đóng trùng"));
		this.secrets.add("Trần Văn Duyệt Chi");

		// the users who recorded all this
		for (var user : this.ward.wardUsers()) {
			this.secrets.add(user.username());
		}
	}

	@Test
	void noPublicAddressShowsAnyPrivateValue() throws Exception {
		Map<String, String> documents = fetchEverything();

		assertThat(documents).hasSizeGreaterThan(30);
		assertThat(this.secrets).hasSizeGreaterThan(20)
			.containsAll(this.ward.wardUsers().stream().map((user) -> user.username()).toList());
		assertThat(this.ward.wardUsers()).isNotEmpty();
		for (Map.Entry<String, String> document : documents.entrySet()) {
			String text = document.getValue();
			PublicDocuments.assertRendered(document.getKey(), text, shownBy(document.getKey()));
			String bare = VietnameseText.searchKey(text);
			for (String secret : this.secrets) {
				assertThat(text).as("%s shows %s", document.getKey(), secret).doesNotContainIgnoringCase(secret);
				assertThat(bare).as("%s shows %s without accents", document.getKey(), secret)
					.doesNotContain(VietnameseText.searchKey(secret));
			}
			assertThat(text).as(document.getKey())
				.doesNotContainIgnoringCase("household")
				.doesNotContain("recorded")
				.doesNotContain("approver");
		}
	}

	@Test
	void theChosenPublicNamesAreWhatIsShown() throws Exception {
		String page = html("/public/funds/" + this.scenario.fundId());

		assertThat(page).contains("Hộ ông Đồ, hẻm 49-57")
			.contains("V.V.T.")
			.contains("Lê Công Khai")
			.contains("H.T.Ẩ.")
			.contains("Nhà hảo tâm")
			.contains("Công ty Xây dựng Minh Phát")
			.contains("PC-07");
	}

	@Test
	void anonymousEntriesShowNoAreaAnywhere() throws Exception {
		String fund = "/public/funds/" + this.scenario.fundId();
		List<LedgerEntry> anonymous = this.entries.values()
			.stream()
			.filter((entry) -> entry.displayChoice() == DisplayChoice.ANONYMOUS)
			.toList();
		assertThat(anonymous).hasSizeGreaterThanOrEqualTo(4);

		List<String> rows = vn.sochibo.support.Html.rows(html(fund));
		// the page shows areas (so their absence below means something)...
		assertThat(rows).anySatisfy((row) -> assertThat(row).contains("Hộ ông Đồ").contains("Khu vực A"));
		// ...but not on an anonymous entry's row
		assertThat(rows).filteredOn((row) -> row.contains("Nhà hảo tâm"))
			.hasSizeGreaterThanOrEqualTo(anonymous.size())
			.allSatisfy((row) -> assertThat(row).doesNotContain("Khu vực"));
		assertThat(html(fund + "?area=" + this.ward.areaA().id())).contains("Hộ ông Đồ").doesNotContain("Nhà hảo tâm");
		assertThat(html(fund + "?area=" + this.ward.areaB().id())).contains("H.T.Ẩ.").doesNotContain("Nhà hảo tâm");
		List<List<String>> csv = csv(fund + "/entries.csv");
		assertThat(csv.subList(1, csv.size())).filteredOn((row) -> row.get(5).equals("Nhà hảo tâm"))
			.hasSize(anonymous.size())
			.allSatisfy((row) -> assertThat(row.get(6)).isEmpty());
		assertThat(csv.subList(1, csv.size())).anySatisfy((row) -> assertThat(row.get(6)).isEqualTo("Khu vực A"));
		List<JsonNode> json = new ArrayList<>();
		json(fund + "/entries.json").forEach(json::add);
		assertThat(json).filteredOn((entry) -> entry.get("name").asString().equals("Nhà hảo tâm"))
			.hasSize(anonymous.size())
			.allSatisfy((entry) -> assertThat(entry.get("area").isNull()).as(entry.toString()).isTrue());
		for (LedgerEntry entry : anonymous) {
			assertThat(html("/public/entries/" + entry.publicCode())).contains(entry.publicCode())
				.contains("Nhà hảo tâm")
				.doesNotContain("Khu vực");
		}
	}

	@Test
	void twoAnonymousGiftsOfOneHouseholdShareNothingButWhatEveryGiftHas() throws Exception {
		Map<String, JsonNode> byCode = new LinkedHashMap<>();
		for (JsonNode entry : json("/public/funds/" + this.scenario.fundId() + "/entries.json")) {
			byCode.put(entry.get("code").asString(), entry);
		}
		JsonNode first = byCode.get(this.anonymousOfHousehold.publicCode());
		JsonNode second = byCode.get(this.secondAnonymousOfHousehold.publicCode());

		List<String> shared = new ArrayList<>();
		for (String field : first.propertyNames()) {
			if (first.get(field).equals(second.get(field)) && !first.get(field).isNull()) {
				shared.add(field);
			}
		}
		assertThat(Set.of("name", "kind", "method", "countsToward", "date")).containsAll(shared);
		assertThat(first.get("code").asString()).isNotEqualTo(second.get("code").asString());
	}

	/**
	 * Every public address of the ward, with filters, downloads, each entry's page and
	 * the lookup of each code.
	 */
	private Map<String, String> fetchEverything() throws Exception {
		Map<String, String> documents = new LinkedHashMap<>();
		String fund = "/public/funds/" + this.scenario.fundId();
		List<String> paths = new ArrayList<>(List.of("/", "/public/wards/" + this.ward.id(), fund, fund + "?side=thu",
				fund + "?side=chi", fund + "?area=" + this.ward.areaA().id(), fund + "?area=" + this.ward.areaB().id(),
				fund + "?q=nha hao tam", fund + "?q=nguyen", fund + "?q=pham",
				fund + "?from=2025-01-01&to=" + this.today, fund + "/verify", fund + "/poster", "/public/lookup"));
		for (String query : List.of("", "?side=thu", "?side=chi", "?area=" + this.ward.areaA().id())) {
			paths.add(fund + "/entries.csv" + query);
			paths.add(fund + "/entries.json" + query);
		}
		for (String path : paths) {
			MvcResult result = this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
			documents.put(path, new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
		}
		for (String code : this.entries.keySet()) {
			documents.put("/public/entries/" + code, html("/public/entries/" + code));
			String location = this.mvc.perform(get("/public/lookup").param("code", code.toUpperCase()))
				.andExpect(status().isFound())
				.andReturn()
				.getResponse()
				.getRedirectedUrl();
			assertThat(location).isEqualTo("/public/entries/" + code);
		}
		return documents;
	}

	/**
	 * What a public document of the ward must show to count as rendered.
	 */
	private String shownBy(String path) {
		if (path.equals("/")) {
			return this.ward.ward().name();
		}
		if (path.startsWith("/public/entries/")) {
			return path.substring("/public/entries/".length());
		}
		return path.equals("/public/lookup") ? "Tra cứu đóng góp" : "Bê tông hẻm 49-57 năm nay";
	}

	private HouseholdDetail household(String head, String address, String phone, StatusKind status,
			PolicySubtype subtype) {
		HouseholdDetail household = this.households.create(this.ward.admin(), new HouseholdDetails(null, head, address,
				"hẻm 49-57", this.ward.areaA().id(), 4, phone, "Ghi chú riêng tư của hộ"));
		this.households.addStatus(this.ward.admin(), household.id(), new StatusDetails(this.today.getYear(), status,
				subtype, "Nghị định 07/2021", "QĐ 123/QĐ-UBND", "Đã xác minh"));
		return household;
	}

	private LedgerEntry post(LedgerEntry entry) {
		this.entries.put(entry.publicCode(), entry);
		return entry;
	}

	private String html(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private List<List<String>> csv(String path) throws Exception {
		String text = new String(this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		return PublicDocuments.csv(text.substring(1));
	}

	private JsonNode json(String path) throws Exception {
		return JsonMapper.shared()
			.readTree(new String(this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray(), StandardCharsets.UTF_8));
	}

}
