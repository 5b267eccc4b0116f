package vn.sochibo.demo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both demonstration wards have the public address their QR codes lead to
 * ({@code SOCHIBO_PUBLIC_URL}, by default {@code http://localhost:8080}) — a local one,
 * which the demonstration, being a local deployment, allows.
 */
@SpringBootTest(properties = { "sochibo.admin.password=test-system-admin-password" })
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DemoPublicAddressTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoPublicAddress address;

	@Value("${sochibo.demo.public-url}")
	String publicUrl;

	@Test
	void bothDemoWardsHaveThePublicAddress() {
		List<String> addresses = this.jdbc.queryForList("select public_base_url from wards where name in (?, ?)",
				String.class, DemoData.WARD_NAME, DemoChiLang.WARD_NAME);

		assertThat(addresses).hasSize(2).containsOnly(this.publicUrl.replaceAll("/+$", ""));
		assertThat(addresses.get(0)).matches("https?://.+");
	}

	@Test
	void aDemoWardMadeBeforeItHadAnAddressGetsItOnTheNextStart() {
		this.jdbc.update("update wards set public_base_url = null where name = ?", DemoChiLang.WARD_NAME);

		this.address.giveToOlderWard(DemoChiLang.WARD_NAME);

		assertThat(this.jdbc.queryForObject("select public_base_url from wards where name = ?", String.class,
				DemoChiLang.WARD_NAME))
			.isEqualTo(this.publicUrl.replaceAll("/+$", ""));
	}

}
