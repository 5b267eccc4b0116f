package vn.sochibo.account.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
import vn.sochibo.publicsite.PublicDocuments;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.Role;
import vn.sochibo.support.Html;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.ward.WardView;
import vn.sochibo.ward.Wards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.sochibo.account.TestPrincipals.as;
import static vn.sochibo.support.OneTimeTokens.oneTimeToken;

/**
 * The system admin's screens: only the system admin lists wards and creates a ward with
 * its first admin, in one step, all or nothing.
 */
@IntegrationTest
class SystemWardControllerTests {

	static final CurrentUser SYSTEM_ADMIN = new CurrentUser(null, null, "sysadmin", Role.SYSTEM_ADMIN);

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Wards wards;

	@Autowired
	MockMvc mvc;

	@Autowired
	Funds funds;

	@Autowired
	Ledger ledger;

	@Autowired
	Clock clock;

	String suffix;

	@BeforeEach
	void suffix() {
		this.suffix = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void theSystemAdminCreatesAWardWhoseAdminCanLogIn() throws Exception {
		String form = this.mvc.perform(get("/system/wards/new").with(as(SYSTEM_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(view().name("system/ward-form"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.labelsWithoutField(form)).isEmpty();
		assertThat(Html.controlCount(form, "ward.name")).isEqualTo(1);

		this.mvc.perform(newWard("Phường Cái Khế " + this.suffix, "quantri-" + this.suffix, "mật khẩu quản trị"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/system/wards"))
			.andExpect(flash().attribute("message", "ward.created"));

		WardView created = ward("Phường Cái Khế " + this.suffix);
		assertThat(created.province()).isEqualTo("Thành phố Cần Thơ");
		assertThat(created.unitLabel()).isEqualTo("Khu vực");
		assertThat(created.superiorBody()).isEqualTo("ĐẢNG BỘ PHƯỜNG CÁI KHẾ");
		assertThat(created.placeName()).isEqualTo("Cái Khế");
		this.mvc.perform(get("/system/wards").with(as(SYSTEM_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Phường Cái Khế " + this.suffix)));
		this.mvc.perform(formLogin().user("quantri-" + this.suffix).password("mật khẩu quản trị"))
			.andExpect(redirectedUrl("/home"))
			.andExpect(authenticated().withRoles("WARD_ADMIN"));
	}

	@Test
	void nobodyElseListsOrCreatesWards() throws Exception {
		TestWard ward = this.fixtures.newWard();
		List<WardView> before = this.wards.publicList();

		for (CurrentUser user : ward.wardUsers()) {
			this.mvc.perform(get("/system/wards").with(as(user))).andExpect(status().isForbidden());
			this.mvc.perform(get("/system/wards/new").with(as(user))).andExpect(status().isForbidden());
			this.mvc
				.perform(newWard("Phường Lạ " + this.suffix, "la-" + this.suffix, "mật khẩu quản trị").with(as(user)))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/system/wards")).andExpect(redirectedUrl("/login"));

		assertThat(this.wards.publicList()).isEqualTo(before);
	}

	@Test
	void anEmptyWardNameIsShownNextToTheNestedField() throws Exception {
		assertRefused(newWard("", "rong-" + this.suffix, "mật khẩu quản trị"), "ward.name", "Không được để trống.");
	}

	@Test
	void aFirstAdminPasswordOfNineCharactersIsRefused() throws Exception {
		assertRefused(newWard("Phường Ngắn " + this.suffix, "ngan-" + this.suffix, "123456789"), "adminPassword",
				"Mật khẩu phải có ít nhất 10 ký tự.");
		assertThat(this.wards.publicList()).noneMatch((ward) -> ward.name().equals("Phường Ngắn " + this.suffix));
	}

	@Test
	void aWardThatExistsIsRefused() throws Exception {
		TestWard existing = this.fixtures.newWard();

		assertRefused(newWard(existing.ward().name(), "trung-" + this.suffix, "mật khẩu quản trị"), "ward.name",
				"Phường này đã có trong hệ thống.");
	}

	@Test
	void aFirstAdminNameInUseIsRefused() throws Exception {
		TestWard existing = this.fixtures.newWard();

		assertRefused(newWard("Phường Trùng Tên " + this.suffix, existing.admin().username(), "mật khẩu quản trị"),
				"adminUsername", "Tên đăng nhập này đã được dùng.");
		assertThat(this.wards.publicList()).noneMatch((ward) -> ward.name().equals("Phường Trùng Tên " + this.suffix));
	}

	@Test
	void theFormAsksForThePublicAddress() throws Exception {
		String form = this.mvc.perform(get("/system/wards/new").with(as(SYSTEM_ADMIN)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.controlCount(form, "ward.publicBaseUrl")).isEqualTo(1);
		assertThat(form).contains("Địa chỉ trang công khai (cho mã QR)");
	}

	@Test
	void aNewWardWithoutAPublicAddressIsRefused() throws Exception {
		assertRefused(newWard("Phường Không Địa Chỉ " + this.suffix, "khong-" + this.suffix, "mật khẩu quản trị", null),
				"ward.publicBaseUrl",
				"Hãy nhập địa chỉ trang công khai của phường: mã QR trên phiếu thu và bảng công khai dẫn tới địa chỉ này.");
		assertRefused(newWard("Phường Trống " + this.suffix, "trong-" + this.suffix, "mật khẩu quản trị", "  "),
				"ward.publicBaseUrl",
				"Hãy nhập địa chỉ trang công khai của phường: mã QR trên phiếu thu và bảng công khai dẫn tới địa chỉ này.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "sochibo.caikhe.vn", "ftp://caikhe.vn", "https://caikhe.vn/?q=1", "javascript:alert(1)" })
	void aPublicAddressThatIsNoWebAddressIsRefused(String address) throws Exception {
		assertRefused(newWard("Phường Sai " + this.suffix, "sai-" + this.suffix, "mật khẩu quản trị", address),
				"ward.publicBaseUrl",
				"Địa chỉ phải bắt đầu bằng http:// hoặc https://, ví dụ https://congkhai.ten-phuong.vn");
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost:8080", "http://127.0.0.1", "https://LOCALHOST/so-chi-bo",
			"http://127.0.1.1:8080/", "http://[::1]:8080", "http://0.0.0.0:8080" })
	void aPublicAddressOnTheServersOwnMachineIsRefused(String address) throws Exception {
		assertRefused(newWard("Phường Cục Bộ " + this.suffix, "cucbo-" + this.suffix, "mật khẩu quản trị", address),
				"ward.publicBaseUrl",
				"Địa chỉ này chỉ mở được trên chính máy chủ (localhost, 127.0.0.1): mã QR dẫn tới đó không mở được trên điện thoại của người dân. Hãy nhập địa chỉ mà người dân truy cập được, ví dụ https://congkhai.ten-phuong.vn");
	}

	@Test
	void aGoodPublicAddressIsStoredAndTheReceiptsQrCodeLeadsThere() throws Exception {
		this.mvc
			.perform(newWard("Phường Có Địa Chỉ " + this.suffix, "codiachi-" + this.suffix, "mật khẩu quản trị",
					"https://congkhai.phuongmoi.vn/"))
			.andExpect(redirectedUrl("/system/wards"));
		WardView created = ward("Phường Có Địa Chỉ " + this.suffix);
		assertThat(created.publicBaseUrl()).isEqualTo("https://congkhai.phuongmoi.vn");
		this.mvc.perform(get("/system/wards/" + created.id()).with(as(SYSTEM_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">https://congkhai.phuongmoi.vn</dd>")));

		CurrentUser admin = new CurrentUser(null, created.id(), "codiachi-" + this.suffix, Role.WARD_ADMIN);
		FundSummary fund = this.funds.create(admin, FundKind.CAMPAIGN,
				new FundDetails("Quỹ Vì người nghèo", null, null, LocalDate.of(2025, 1, 1), null, Set.of()));
		LedgerEntry entry = this.ledger.contribute(admin,
				new Contribution(fund.id(), LocalDate.now(this.clock), PaymentMethod.CASH, Money.of(300_000), null,
						null, ContributorKind.PERSON, "Nguyễn Văn Bình", DisplayChoice.ANONYMOUS, null, null));
		String receipt = "/funds/" + fund.id() + "/receipts/" + entry.id();
		String printed = this.mvc.perform(post(receipt + "/prints").with(oneTimeToken()).with(csrf()).with(as(admin)))
			.andExpect(status().isFound())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String page = this.mvc.perform(get(printed).with(as(admin)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(PublicDocuments.qrText(page))
			.isEqualTo("https://congkhai.phuongmoi.vn/public/entries/" + entry.publicCode());
		assertThat(page).contains("https://congkhai.phuongmoi.vn/public/lookup");
	}

	private void assertRefused(MockHttpServletRequestBuilder request, String field, String message) throws Exception {
		List<WardView> before = this.wards.publicList();

		String page = this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(view().name("system/ward-form"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(page, field)).isEqualTo(message);
		assertThat(Html.value(page, "ward.province")).isEqualTo("Thành phố Cần Thơ");
		assertThat(page).doesNotContain("mật khẩu quản trị");
		assertThat(this.wards.publicList()).isEqualTo(before);
	}

	private MockHttpServletRequestBuilder newWard(String name, String adminUsername, String adminPassword) {
		return newWard(name, adminUsername, adminPassword, "https://sochibo.caikhe.vn");
	}

	private MockHttpServletRequestBuilder newWard(String name, String adminUsername, String adminPassword,
			String publicBaseUrl) {
		MockHttpServletRequestBuilder request = post("/system/wards/new");
		if (publicBaseUrl != null) {
			request.param("ward.publicBaseUrl", publicBaseUrl);
		}
		return request.with(as(SYSTEM_ADMIN))
			.with(csrf())
			.param("ward.name", name)
			.param("ward.province", "Thành phố Cần Thơ")
			.param("ward.unitLabel", "Khu vực")
			.param("ward.superiorBody", "ĐẢNG BỘ PHƯỜNG CÁI KHẾ")
			.param("ward.placeName", "Cái Khế")
			.param("adminUsername", adminUsername)
			.param("adminFullName", "Quản Trị Phường")
			.param("adminPassword", adminPassword);
	}

	private WardView ward(String name) {
		return this.wards.publicList()
			.stream()
			.filter((ward) -> ward.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no ward named " + name));
	}

}
