package vn.sochibo.setup.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.sochibo.account.Accounts;
import vn.sochibo.fund.FundDetails;
import vn.sochibo.fund.FundKind;
import vn.sochibo.fund.Funds;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Role;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.ward.WardSettings;
import vn.sochibo.ward.WardView;
import vn.sochibo.ward.Wards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * A new ward admin's first page: the steps to set up, in order, each marked done from the
 * ward's data; once all are done the login lands on the dashboard.
 */
@IntegrationTest
class StartControllerTests {

	private static final Pattern STEP = Pattern
		.compile("<li class=\"[^\"]*\\b(step-done|step-todo)\\b[^\"]*\" id=\"step-(\\w+)\"");

	private static final List<String> ORDER = List.of("settings", "areas", "cells", "users", "households", "funds");

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Accounts accounts;

	@Autowired
	Wards wards;

	@Autowired
	Funds funds;

	@Autowired
	MockMvc mvc;

	@Test
	void aNewWardsAdminLandsOnTheStepsInOrderNoneDone() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		CurrentUser system = new CurrentUser(null, null, "test", Role.SYSTEM_ADMIN);
		this.accounts.createWard(system,
				new WardSettings("Phường Mới " + suffix, "Tỉnh Gia Lai", "Tổ dân phố", "ĐẢNG BỘ PHƯỜNG MỚI", "Mới"),
				"moi-" + suffix, "Quản Trị Mới", WardFixtures.PASSWORD);
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(formLogin().user("moi-" + suffix).password(WardFixtures.PASSWORD))
			.andExpect(redirectedUrl("/home"))
			.andReturn()
			.getRequest()
			.getSession(false);

		this.mvc.perform(get("/home").session(session)).andExpect(redirectedUrl("/start"));
		String page = this.mvc.perform(get("/start").session(session))
			.andExpect(status().isOk())
			.andExpect(view().name("start"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(steps(page)).containsExactly("settings:todo", "areas:todo", "cells:todo", "users:todo",
				"households:todo", "funds:todo");
		assertThat(page).contains("<title>Bắt đầu · Sổ Chi Bộ</title>")
			.contains(">Khu dân cư: các tổ dân phố</a>")
			.contains(">Chi bộ và tổ dân phố phụ trách</a>")
			.contains("Địa chỉ trang công khai (cho mã QR), cấp ủy cấp trên, tên gọi đơn vị dân cư.")
			.contains("href=\"/settings\"")
			.contains("href=\"/areas\"")
			.contains("href=\"/cells\"")
			.contains("href=\"/users\"")
			.contains("href=\"/households\"")
			.contains("href=\"/funds\"")
			.contains("Chưa làm")
			.doesNotContain("Đã xong");
	}

	@Test
	void eachStepIsDoneWhenItsDataExists() throws Exception {
		TestWard ward = this.fixtures.newWard();

		String first = start(ward);
		assertThat(steps(first)).containsExactly("settings:todo", "areas:done", "cells:done", "users:done",
				"households:todo", "funds:todo");
		assertThat(first).contains("id=\"public-address-missing\"")
			.contains(
					"Cho đến khi địa chỉ được cài đặt, mã QR trên phiếu thu và bảng công khai dùng địa chỉ đang mở: http://localhost");

		this.fixtures.household(ward, ward.areaA(), "Nguyễn Văn Một");
		assertThat(steps(start(ward))).containsExactly("settings:todo", "areas:done", "cells:done", "users:done",
				"households:done", "funds:todo");
		this.mvc.perform(get("/home").with(as(ward.admin()))).andExpect(redirectedUrl("/start"));
	}

	@Test
	void aWardSetUpInFullLandsOnTheDashboardAndTheStepsAreAllDone() throws Exception {
		TestWard ward = this.fixtures.newWard();
		WardView current = ward.ward();
		this.wards.updateSettings(ward.admin(), new WardSettings(current.name(), current.province(),
				current.unitLabel(), current.superiorBody(), current.placeName(), "https://sochibo.example.vn"), 0);
		this.fixtures.household(ward, ward.areaA(), "Nguyễn Văn Hai");
		this.funds.create(ward.admin(), FundKind.CAMPAIGN,
				new FundDetails("Quỹ Vì người nghèo", null, null, LocalDate.of(2025, 1, 1), null, Set.of()));

		this.mvc.perform(get("/home").with(as(ward.admin()))).andExpect(redirectedUrl("/dashboard"));
		String page = start(ward);
		assertThat(steps(page)).containsExactlyElementsOf(ORDER.stream().map((step) -> step + ":done").toList());
		assertThat(page).contains("Phường đã được cài đặt xong các bước ban đầu.")
			.doesNotContain("Chưa làm")
			.doesNotContain("public-address-missing");
	}

	@Test
	void onlyTheWardAdminHasTheStepsAndOthersLandOnTheDashboard() throws Exception {
		TestWard ward = this.fixtures.newWard();

		for (CurrentUser user : List.of(ward.secretary(), ward.officer(), ward.inspector())) {
			this.mvc.perform(get("/start").with(as(user))).andExpect(status().isForbidden());
			this.mvc.perform(get("/home").with(as(user))).andExpect(redirectedUrl("/dashboard"));
		}
		this.mvc.perform(get("/start").with(as(new CurrentUser(-1L, null, "sysadmin", Role.SYSTEM_ADMIN))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/start")).andExpect(redirectedUrl("/login"));
	}

	private String start(TestWard ward) throws Exception {
		return this.mvc.perform(get("/start").with(as(ward.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private static List<String> steps(String page) {
		List<String> steps = new ArrayList<>();
		Matcher matcher = STEP.matcher(page);
		while (matcher.find()) {
			steps.add(matcher.group(2) + ":" + matcher.group(1).substring("step-".length()));
		}
		return steps;
	}

}
