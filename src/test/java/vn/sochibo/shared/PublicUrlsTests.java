package vn.sochibo.shared;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one builder of absolute public addresses (the receipt's QR code, the poster's): the
 * ward's public base address when usable, else the address the request came to.
 */
class PublicUrlsTests {

	@BeforeEach
	void aRequestToTheOfficeServer() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sochibo/funds/7/receipts/9/print");
		request.setScheme("http");
		request.setServerName("10.0.0.5");
		request.setServerPort(8080);
		request.setContextPath("/sochibo");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void theWardsPublicAddressComesFirst() {
		assertThat(PublicUrls.absolute("https://congkhai.caikhe.vn", "/public/entries/abc"))
			.isEqualTo("https://congkhai.caikhe.vn/public/entries/abc");
		assertThat(PublicUrls.absolute("https://congkhai.caikhe.vn/", "/public/funds/7"))
			.isEqualTo("https://congkhai.caikhe.vn/public/funds/7");
		assertThat(PublicUrls.absolute(" https://caikhe.cantho.gov.vn:8443/so-chi-bo// ", "/public/funds/7"))
			.isEqualTo("https://caikhe.cantho.gov.vn:8443/so-chi-bo/public/funds/7");
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "congkhai.caikhe.vn", "javascript:alert(1)", "https://caikhe.vn/?q=1",
			"https://cai khe.vn", "ftp://caikhe.vn" })
	void withoutAUsableOneTheAddressOfTheRequestIsUsed(String base) {
		assertThat(PublicUrls.absolute(base, "/public/entries/abc"))
			.isEqualTo("http://10.0.0.5:8080/sochibo/public/entries/abc");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://sochibo.caikhe.vn", "http://10.0.0.5:8080", "https://caikhe.vn/so-chi-bo/" })
	void theSettingsFormAcceptsWhatTheBuilderUses(String base) {
		assertThat(base).matches(PublicUrls.BASE_URL);
		assertThat(PublicUrls.absolute(base, "/x")).startsWith(base.replaceAll("/$", ""));
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost", "http://localhost:8080/", "HTTPS://LocalHost/so-chi-bo",
			"http://127.0.0.1", "http://127.0.1.1:8080", "http://app.localhost:8080", "http://[::1]:8080",
			"http://0.0.0.0:8080", "http://admin@localhost:8080", "http://localhost.:8080" })
	void anAddressOnTheServersOwnMachineIsRecognised(String base) {
		assertThat(PublicUrls.pointsToThisMachine(base)).isTrue();
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "https://sochibo.caikhe.vn", "http://10.0.0.5:8080", "http://192.168.1.20",
			"https://localhost.caikhe.vn", "https://caikhe.vn/localhost", "http://127.0.0.1.nip.io", "localhost",
			"ftp://localhost" })
	void anyOtherAddressIsNot(String base) {
		assertThat(PublicUrls.pointsToThisMachine(base)).isFalse();
	}

}
