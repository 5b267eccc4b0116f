package vn.sochibo.publicsite.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.support.Browser;
import vn.sochibo.support.Browser.Page;
import vn.sochibo.support.ServerTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What anyone reaches without logging in, and the error pages as a real servlet container
 * renders them: in Vietnamese, in the site's layout, with nothing technical in them.
 */
@ServerTest
class PublicAndErrorPagesTests {

	@Autowired
	WardFixtures fixtures;

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	TestWard ward;

	Browser browser;

	@BeforeEach
	void setUp() {
		this.ward = this.fixtures.newWard();
		this.browser = new Browser(this.port);
	}

	@Test
	void theHomePageIsOpenAndListsTheWards() {
		Page page = this.browser.get("/");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"vi\">")
			.contains("Sổ Chi Bộ — thông tin công khai")
			.contains(this.ward.ward().name())
			.contains("Cán bộ đăng nhập");
	}

	@Test
	void theHomePageShowsNoPrivateData() {
		HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaA(), "Phan Văn Riêng Tư");

		Page page = this.browser.get("/");

		// the home page itself, listing the ward (an error page would show nothing
		// either)
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Sổ Chi Bộ — thông tin công khai").contains(this.ward.ward().name());
		assertThat(page.body()).doesNotContain(household.headName())
			.doesNotContain(household.phone())
			.doesNotContain(household.address());
	}

	@Test
	void healthIsUpWithoutLoginAndWithoutDetails() throws Exception {
		this.mvc.perform(get("/actuator/health").accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components").doesNotExist());
	}

	@Test
	void otherActuatorEndpointsAreNotOpen() {
		Page page = this.browser.get("/actuator/env");

		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).endsWith("/login");
	}

	@Test
	void aPageThatNeedsLoginSendsToTheLoginPage() {
		Page page = this.browser.get("/households");

		assertThat(page.status()).isEqualTo(302);
		assertThat(page.location()).endsWith("/login");
	}

	@Test
	void anUnknownPublicPageIsTheNotFoundPageInVietnamese() {
		Page page = this.browser.get("/public/khong-co-trang-nay");

		assertThat(page.status()).isEqualTo(404);
		assertErrorPage(page, "Không tìm thấy",
				"Trang hoặc bản ghi này không tồn tại, hoặc nằm ngoài phạm vi được giao cho bạn.");
		assertThat(page.body()).contains("Đăng nhập");
	}

	@Test
	void anUnknownPageOfALoggedInUserIsTheNotFoundPageInVietnamese() {
		this.browser.logIn(this.ward.officer().username(), WardFixtures.PASSWORD);

		Page page = this.browser.get("/khong-co-trang-nay");

		assertThat(page.status()).isEqualTo(404);
		assertErrorPage(page, "Không tìm thấy",
				"Trang hoặc bản ghi này không tồn tại, hoặc nằm ngoài phạm vi được giao cho bạn.");
		assertThat(page.body()).contains(this.ward.officer().username());
	}

	@Test
	void aHouseholdOutsideTheOfficersAreaIsTheSameNotFoundPage() {
		HouseholdDetail ofB = this.fixtures.household(this.ward, this.ward.areaB(), "Hoàng Văn Khu Bê");
		this.browser.logIn(this.ward.officer().username(), WardFixtures.PASSWORD);

		Page page = this.browser.get("/households/" + ofB.id());

		assertThat(page.status()).isEqualTo(404);
		assertErrorPage(page, "Không tìm thấy",
				"Trang hoặc bản ghi này không tồn tại, hoặc nằm ngoài phạm vi được giao cho bạn.");
		assertThat(page.body()).doesNotContain(ofB.headName());
	}

	@Test
	void aPageOfAnotherRoleIsTheForbiddenPageInVietnamese() {
		this.browser.logIn(this.ward.officer().username(), WardFixtures.PASSWORD);

		Page page = this.browser.get("/users");

		assertThat(page.status()).isEqualTo(403);
		assertErrorPage(page, "Không có quyền truy cập",
				"Bạn không có quyền thực hiện thao tác này, hoặc phiên làm việc đã hết hạn");
	}

	@Test
	void aFormPostedWithoutTokenIsTheForbiddenPageInVietnamese() {
		this.browser.logIn(this.ward.officer().username(), WardFixtures.PASSWORD);

		Page page = this.browser.postWithoutToken("/households/new", Map.of("headName", "Không Token", "address",
				"1 hẻm 2", "areaId", String.valueOf(this.ward.areaA().id()), "members", "2"));

		assertThat(page.status()).isEqualTo(403);
		assertErrorPage(page, "Không có quyền truy cập",
				"Bạn không có quyền thực hiện thao tác này, hoặc phiên làm việc đã hết hạn");
	}

	@Test
	void aMethodThatIsNotSupportedIsExplainedInVietnamese() {
		HouseholdDetail household = this.fixtures.household(this.ward, this.ward.areaA(), "Tạ Văn Phương Thức");
		this.browser.logIn(this.ward.officer().username(), WardFixtures.PASSWORD);

		Page page = this.browser.get("/households/" + household.id() + "/statuses");

		assertThat(page.status()).isEqualTo(405);
		assertErrorPage(page, "Thao tác không được hỗ trợ", "Trang này không nhận thao tác đó.");
	}

	@Test
	void aBadIdIsTheBadRequestPageInVietnamese() {
		this.browser.logIn(this.ward.officer().username(), WardFixtures.PASSWORD);

		Page page = this.browser.get("/areas/mot");

		assertThat(page.status()).isEqualTo(400);
		assertErrorPage(page, "Yêu cầu không hợp lệ",
				"Dữ liệu gửi lên không đúng định dạng (ví dụ một mã số không phải là số).");
	}

	@Test
	void anUploadOverTheLimitIsThePageThatSaysSoInVietnamese() throws Exception {
		byte[] big = new byte[11 * 1024 * 1024];
		String boundary = "sochibo-test-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"scan\"; filename=\"quet.png\"\r\n"
				+ "Content-Type: image/png\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/welfare/gifts/1/signed"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, big, tail)))
			.build();

		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).isEqualTo(413);
		assertErrorPage(new Page(response.statusCode(), response.body(), null), "Tệp tải lên quá lớn",
				"mỗi tệp tối đa 10 MB");
	}

	private static void assertErrorPage(Page page, String title, String text) {
		assertThat(page.body()).contains("<html lang=\"vi\">")
			.contains("<title>" + title + " · Sổ Chi Bộ</title>")
			.contains(text)
			.contains("Về trang chủ")
			.doesNotContainIgnoringCase("exception")
			.doesNotContain("Whitelabel")
			.doesNotContain("at org.");
	}

}
