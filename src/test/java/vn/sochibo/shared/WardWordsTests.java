package vn.sochibo.shared;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

class WardWordsTests {

	@AfterEach
	void noRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void fillsTheUnitLabelAndThePlaceName() {
		WardWords banCo = new WardWords("Khu phố", "Bàn Cờ");

		assertThat(banCo.fill("Cán bộ %unit% · %Unit% · ĐẢNG BỘ PHƯỜNG %PLACE% · %place%, ngày"))
			.isEqualTo("Cán bộ khu phố · Khu phố · ĐẢNG BỘ PHƯỜNG BÀN CỜ · Bàn Cờ, ngày");
		assertThat(new WardWords("tổ dân phố", null).fill("%Unit% 3 · 50% · %place%"))
			.isEqualTo("Tổ dân phố 3 · 50% · [tên phường]");
		assertThat(new WardWords(" ", null).unitLabel()).isEqualTo("Khu dân cư");
		assertThat(banCo.fill(null)).isNull();
	}

	@Test
	void theWordsOfTheRequestAreTheLastUsedAndNoneOutsideARequest() {
		assertThat(WardWords.current()).isEqualTo(WardWords.NONE);
		WardWords.use(new WardWords("Khu phố", "Bàn Cờ"));
		assertThat(WardWords.current()).isEqualTo(WardWords.NONE);

		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
		assertThat(WardWords.current()).isEqualTo(WardWords.NONE);
		WardWords.use(new WardWords("Khu vực", "Cái Khế"));
		WardWords.use(new WardWords("Khu phố", "Bàn Cờ"));
		assertThat(WardWords.current().unitLabel()).isEqualTo("Khu phố");
	}

}
