package vn.sochibo.welfare.web;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.MultiValueMap;

import vn.sochibo.fund.FundSummary;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.support.Html;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.welfare.DistributionView;
import vn.sochibo.welfare.ProgramSource;
import vn.sochibo.welfare.ProgramView;
import vn.sochibo.welfare.web.WelfareWorld.Rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.sochibo.account.TestPrincipals.as;
import static vn.sochibo.support.OneTimeTokens.oneTimeToken;

/**
 * Distributing a program's gifts in one action, through the whole web stack: the review
 * lists the households eligible in the program's year, a post writes every gift or none
 * (no ledger entry either), a household that already got the program's gift needs its own
 * confirmation, the coverage view shrinks as gifts are given, the signing lists and the
 * signed scan. One ward serves the class; each test makes its own program.
 */
@IntegrationTest
@TestInstance(Lifecycle.PER_CLASS)
class DistributionControllerTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	WelfareWorld world;

	WelfareWorld other;

	/** Poor in the programs' year, area A. */
	HouseholdDetail an;

	/** Near-poor in the programs' year, area A. */
	HouseholdDetail binh;

	/** Poor in the programs' year, area A. */
	HouseholdDetail cuong;

	/** Poor the year before the programs' year only, area A. */
	HouseholdDetail cu;

	/** Poor in the programs' year, area B. */
	HouseholdDetail be;

	FundSummary fund;

	int programCount;

	@BeforeAll
	void aWardWithHouseholdsAndAFund() {
		this.world = newWorld();
		var ward = this.world.ward;
		this.an = this.world.household(ward.areaA(), "Nguyễn Văn An", StatusKind.POOR);
		this.binh = this.world.household(ward.areaA(), "Trần Thị Bình", StatusKind.NEAR_POOR);
		this.cuong = this.world.household(ward.areaA(), "Lê Văn Cường", StatusKind.POOR);
		this.cu = this.world.household(ward.areaA(), "Phạm Văn Cũ", "5 hẻm 88 đường Ba Tháng Hai", this.world.year - 1,
				StatusKind.POOR);
		this.be = this.world.household(ward.areaB(), "Võ Thị Bé", StatusKind.POOR);
		this.fund = this.world.fund("Quỹ An sinh cuối năm", 100_000_000);
		this.other = newWorld();
	}

	@Test
	void anonymousIsSentToLoginAndWritesNothing() throws Exception {
		ProgramView program = program();
		DistributionView distribution = this.world.distribute(this.world.ward.admin(), program, 300_000, this.an);
		Rows before = this.world.rows();

		for (String path : List.of("/welfare/programs/" + program.id() + "/distribute",
				"/welfare/programs/" + program.id() + "/coverage", "/welfare/distributions/" + distribution.id(),
				"/welfare/distributions/" + distribution.id() + "/signing-list",
				"/welfare/programs/" + program.id() + "/signing-list")) {
			this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}
		this.mvc
			.perform(post("/welfare/programs/" + program.id() + "/distribute").with(oneTimeToken())
				.with(csrf())
				.param("householdIds", String.valueOf(this.binh.id()))
				.param("item", "GIFT_PACKAGE")
				.param("quantity", "1")
				.param("value", "300.000")
				.param("date", this.world.year + "-01-25")
				.param("deliveredBy", "Ai Đó"))
			.andExpect(redirectedUrl("/login"));
		assertThat(this.world.rows()).isEqualTo(before);
	}

	@Test
	void aDistributionSentTwiceWithItsTokenIsPostedOnceAndTheSecondLeadsToIt() throws Exception {
		ProgramView program = fundProgram();
		String token = Html.value(review(program, this.world.ward.officer()), "submissionToken");
		Rows before = this.world.rows();

		MvcResult first = this.mvc
			.perform(post("/welfare/programs/" + program.id() + "/distribute").param("submissionToken", token)
				.with(as(this.world.ward.officer()))
				.with(csrf())
				.params(validForm(program, this.an, this.binh)))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", "distribution.posted"))
			.andReturn();
		MvcResult second = this.mvc
			.perform(post("/welfare/programs/" + program.id() + "/distribute").param("submissionToken", token)
				.with(as(this.world.ward.officer()))
				.with(csrf())
				.params(validForm(program, this.an, this.binh)))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", "submission.repeated.distribution"))
			.andReturn();

		assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
		Rows after = this.world.rows();
		assertThat(after.distributions()).isEqualTo(before.distributions() + 1);
		assertThat(after.gifts()).isEqualTo(before.gifts() + 2);
		assertThat(after.ledgerEntries()).isEqualTo(before.ledgerEntries() + 2);
		String shown = this.mvc
			.perform(get(second.getResponse().getRedirectedUrl()).with(as(this.world.ward.officer()))
				.flashAttrs(second.getFlashMap()))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(shown).contains("Biểu mẫu này đã được gửi; đợt trao quà đã được ghi nhận một lần.");
	}

	@Test
	void aDistributionSentWithoutItsTokenPostsNothing() throws Exception {
		ProgramView program = fundProgram();
		Rows before = this.world.rows();

		String html = this.mvc
			.perform(post("/welfare/programs/" + program.id() + "/distribute").with(as(this.world.ward.officer()))
				.with(csrf())
				.params(validForm(program, this.an)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(html).contains("Biểu mẫu này chưa gửi được vì thiếu mã gửi hợp lệ");
		assertThat(java.util.UUID.fromString(Html.value(html, "submissionToken"))).isNotNull();
		assertThat(this.world.rows()).isEqualTo(before);
	}

	@Test
	void theReviewListsTheHouseholdsEligibleInTheProgramsYearWithinTheUsersAreas() throws Exception {
		ProgramView program = program();

		String ofOfficer = review(program, this.world.ward.officer());
		assertThat(ofOfficer).contains("Trao quà: " + program.name()).contains("Ghi nhận trao quà");
		assertThat(ticked(ofOfficer, program)).containsExactlyInAnyOrder(this.an.id(), this.binh.id(), this.cuong.id());
		assertThat(ofOfficer).contains("Nguyễn Văn An")
			.contains("Trần Thị Bình")
			.contains("Lê Văn Cường")
			.doesNotContain("Phạm Văn Cũ")
			.doesNotContain("Võ Thị Bé");

		String ofAdmin = review(program, this.world.ward.admin());
		assertThat(ticked(ofAdmin, program)).containsExactlyInAnyOrder(this.an.id(), this.binh.id(), this.cuong.id(),
				this.be.id());
		assertThat(ofAdmin).doesNotContain("Phạm Văn Cũ");

		String nearPoorOnly = this.mvc
			.perform(get("/welfare/programs/" + program.id() + "/distribute").param("status", "NEAR_POOR")
				.with(as(this.world.ward.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(ticked(nearPoorOnly, program)).containsExactly(this.binh.id());
	}

	@Test
	void aHouseholdPoorOnlyTheYearBeforeIsNotListed() throws Exception {
		ProgramView lastYears = this.world.program("Quà năm trước " + ++this.programCount, this.world.year - 1,
				ProgramSource.FRONT, null, StatusKind.POOR);

		String html = review(lastYears, this.world.ward.officer());

		assertThat(ticked(html, lastYears)).containsExactly(this.cu.id());
		assertThat(html).contains("Phạm Văn Cũ").doesNotContain("Nguyễn Văn An");
	}

	@Test
	void theInspectorReadsButNeverDistributes() throws Exception {
		ProgramView program = program();
		DistributionView distribution = this.world.distribute(this.world.ward.admin(), program, 300_000, this.an);
		CurrentUser inspector = this.world.ward.inspector();
		Rows before = this.world.rows();

		this.mvc.perform(get("/welfare/programs/" + program.id() + "/distribute").with(as(inspector)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/welfare/programs/" + program.id() + "/distribute").with(oneTimeToken())
				.with(as(inspector))
				.with(csrf())
				.params(validForm(program, this.binh)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/welfare/distributions/" + distribution.id() + "/signed").with(as(inspector))
				.with(csrf())
				.param("signedOn", this.world.today.toString()))
			.andExpect(status().isForbidden());
		assertThat(this.world.rows()).isEqualTo(before);

		assertThat(page("/welfare/programs/" + program.id() + "/coverage", inspector)).contains("Hộ chưa nhận quà")
			.doesNotContain("href=\"/welfare/programs/" + program.id() + "/distribute");
		assertThat(page("/welfare/distributions/" + distribution.id(), inspector)).contains("Nguyễn Văn An")
			.doesNotContain("/signed\"");
		assertThat(page("/welfare/distributions/" + distribution.id() + "/signing-list", inspector))
			.contains("Nguyễn Văn An");
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefusedAndWritesNothing() throws Exception {
		ProgramView program = fundProgram();
		Rows before = this.world.rows();

		this.mvc
			.perform(post("/welfare/programs/" + program.id() + "/distribute").with(oneTimeToken())
				.with(as(this.world.ward.officer()))
				.params(validForm(program, this.an)))
			.andExpect(status().isForbidden());

		assertThat(this.world.rows()).isEqualTo(before);
	}

	@Test
	void postingTheReviewedListGivesEveryHouseholdAndShowsTheDistribution() throws Exception {
		ProgramView program = fundProgram();
		Rows before = this.world.rows();
		FundSummary fundBefore = this.world.fundNow(this.fund.id());
		MultiValueMap<String, String> form = WelfarePages.distributionForm(review(program, this.world.ward.officer()),
				program.id());
		form.set("value", "500.000");

		MvcResult result = this.mvc
			.perform(post("/welfare/programs/" + program.id() + "/distribute").with(oneTimeToken())
				.with(as(this.world.ward.officer()))
				.with(csrf())
				.params(form))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/welfare/distributions/{id}"))
			.andExpect(flash().attribute("message", "distribution.posted"))
			.andExpect(flash().attribute("messageArgs", List.of(3, "1.500.000 đ")))
			.andReturn();

		Rows after = this.world.rows();
		assertThat(after.gifts()).isEqualTo(before.gifts() + 3);
		assertThat(after.distributions()).isEqualTo(before.distributions() + 1);
		assertThat(after.ledgerEntries()).isEqualTo(before.ledgerEntries() + 3);
		assertThat(this.world.fundNow(this.fund.id()).spent())
			.isEqualTo(fundBefore.spent().plus(vn.sochibo.shared.Money.of(1_500_000)));

		String page = this.mvc
			.perform(get(result.getResponse().getRedirectedUrl()).with(as(this.world.ward.officer()))
				.flashAttrs(result.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Đã ghi nhận 3 suất quà, tổng giá trị 1.500.000 đ.")
			.contains("3 suất · 1.500.000 đ")
			.contains("Nguyễn Văn An")
			.contains("Trần Thị Bình")
			.contains("Lê Văn Cường");
		assertThat(page("/welfare/programs/" + program.id(), this.world.ward.officer())).contains("3 suất · 3 hộ")
			.contains("1.500.000 đ");
	}

	static Stream<Arguments> badDistributions() {
		return Stream.of(Arguments.of("value", "0", "value", "Giá trị phải lớn hơn 0."),
				Arguments.of("value", "-500.000", "value", "Giá trị phải lớn hơn 0."),
				Arguments.of("value", "abc", "value", "Số tiền không hợp lệ"),
				Arguments.of("value", "2.000.000.000", "value",
						"Giá trị một suất không được vượt quá 1.000.000.000 đ."),
				Arguments.of("quantity", "0", "quantity", "Số lượng phải từ 1 trở lên."),
				Arguments.of("date", "LAST_YEAR-12-01", "date", "Ngày trao phải thuộc năm YEAR của chương trình."),
				Arguments.of("householdIds", null, "householdIds", "Chưa chọn hộ nào: hãy đánh dấu các hộ nhận quà."),
				Arguments.of("householdIds", "abc", "householdIds", "không hợp lệ"));
	}

	@ParameterizedTest(name = "{0}={1}")
	@MethodSource("badDistributions")
	void badInputShowsAVietnameseMessageAndWritesNothing(String field, String value, String errorField, String message)
			throws Exception {
		ProgramView program = fundProgram();
		MultiValueMap<String, String> form = validForm(program, this.an, this.binh);
		form.remove(field);
		if (value != null) {
			form.add(field, value.replace("LAST_YEAR", String.valueOf(this.world.year - 1)));
		}
		Rows before = this.world.rows();

		String html = postRefused(program, this.world.ward.officer(), form);

		String expected = message.replace("YEAR", String.valueOf(this.world.year));
		if ("householdIds".equals(errorField)) {
			assertThat(WelfarePages.errors(html)).anySatisfy((error) -> assertThat(error).contains(expected));
		}
		else {
			assertThat(Html.fieldError(html, errorField)).isNotNull().contains(expected);
		}
		assertThat(html).contains("Nguyễn Văn An").contains("Lê Văn Cường");
		assertThat(this.world.rows()).isEqualTo(before);
	}

	@Test
	void aDateBeforeTheProgramIsShownNextToTheDateAndWritesNothing() throws Exception {
		ProgramView program = fundProgram();
		MultiValueMap<String, String> form = validForm(program, this.an);
		form.set("date", program.date().minusDays(1).toString());
		Rows before = this.world.rows();

		String html = postRefused(program, this.world.ward.officer(), form);

		assertThat(Html.fieldError(html, "date")).isEqualTo(
				"Chương trình tổ chức từ ngày 20/01/" + this.world.year + "; không ghi được quà trao trước ngày đó.");
		assertThat(this.world.rows()).isEqualTo(before);
	}

	@Test
	void aDateInTheFutureIsRefused() throws Exception {
		int nextYear = this.world.today.getYear() + 1;
		ProgramView next = this.world.program("Quà năm sau " + ++this.programCount, nextYear, ProgramSource.FRONT, null,
				StatusKind.POOR);
		MultiValueMap<String, String> form = validForm(next, this.an);
		form.set("date", next.date().toString());
		Rows before = this.world.rows();

		String html = postRefused(next, this.world.ward.officer(), form);

		assertThat(Html.fieldError(html, "date")).isEqualTo("Ngày trao không được ở tương lai.");
		assertThat(this.world.rows()).isEqualTo(before);
	}

	@Test
	void aTamperedListWithAHouseholdOfAnotherAreaWritesNothingAtAll() throws Exception {
		ProgramView program = fundProgram();
		MultiValueMap<String, String> form = WelfarePages.distributionForm(review(program, this.world.ward.officer()),
				program.id());
		form.set("value", "500.000");
		form.add("householdIds", String.valueOf(this.be.id()));
		Rows before = this.world.rows();
		FundSummary fundBefore = this.world.fundNow(this.fund.id());

		String html = postRefused(program, this.world.ward.officer(), form);

		assertThat(WelfarePages.errors(html)).anySatisfy((error) -> assertThat(error)
			.contains("Có 1 hộ trong danh sách không thuộc đối tượng của chương trình năm " + this.world.year)
			.contains("Không hộ nào được ghi"));
		assertThat(html).doesNotContain("Võ Thị Bé");
		assertThat(this.world.rows()).isEqualTo(before);
		assertThat(this.world.fundNow(this.fund.id()).spent()).isEqualTo(fundBefore.spent());
	}

	@Test
	void aHouseholdNotEligibleInTheProgramsYearWritesNothing() throws Exception {
		ProgramView program = fundProgram();
		Rows before = this.world.rows();

		String html = postRefused(program, this.world.ward.admin(), validForm(program, this.an, this.cu));

		assertThat(WelfarePages.errors(html)).anySatisfy((error) -> assertThat(error).contains("Có 1 hộ"));
		assertThat(this.world.rows()).isEqualTo(before);
	}

	@Test
	void aHouseholdThatAlreadyReceivedIsFlaggedAndNeedsItsOwnConfirmation() throws Exception {
		ProgramView program = fundProgram();
		this.world.distribute(this.world.ward.officer(), program, 500_000, this.an);

		String html = review(program, this.world.ward.officer());
		assertThat(ticked(html, program)).containsExactlyInAnyOrder(this.binh.id(), this.cuong.id());
		assertThat(html).contains("Đã nhận 1 suất của chương trình").contains("Xác nhận trao thêm");

		MultiValueMap<String, String> form = validForm(program, this.an, this.binh);
		Rows before = this.world.rows();
		String refused = postRefused(program, this.world.ward.officer(), form);
		assertThat(WelfarePages.errors(refused)).anySatisfy(
				(error) -> assertThat(error).contains("Các hộ sau đã nhận quà của chương trình này: Nguyễn Văn An")
					.contains("Không hộ nào được ghi"));
		assertThat(this.world.rows()).isEqualTo(before);

		form.add("confirmedDuplicates", String.valueOf(this.an.id()));
		this.mvc
			.perform(post("/welfare/programs/" + program.id() + "/distribute").with(oneTimeToken())
				.with(as(this.world.ward.officer()))
				.with(csrf())
				.params(form))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("messageArgs", List.of(2, "1.000.000 đ")));
		assertThat(this.world.rows().gifts()).isEqualTo(before.gifts() + 2);
	}

	@Test
	void aDistributionBeyondTheFundsBalanceIsRefusedAndWritesNothing() throws Exception {
		FundSummary small = this.world.fund("Quỹ nhỏ " + ++this.programCount, 1_000_000);
		ProgramView program = this.world.program("Quà từ quỹ nhỏ " + this.programCount, this.world.year,
				ProgramSource.FUND, small.id(), StatusKind.POOR, StatusKind.NEAR_POOR);
		Rows before = this.world.rows();

		String html = postRefused(program, this.world.ward.officer(),
				validForm(program, this.an, this.binh, this.cuong));

		assertThat(WelfarePages.errors(html))
			.anySatisfy((error) -> assertThat(error).contains("chỉ còn 1.000.000 đ, không đủ chi 1.500.000 đ"));
		assertThat(this.world.rows()).isEqualTo(before);
		assertThat(this.world.fundNow(small.id()).spent().isPositive()).isFalse();
	}

	@Test
	void theCoverageListsTheUncoveredAndShrinksAfterADistribution() throws Exception {
		ProgramView program = program();
		CurrentUser officer = this.world.ward.officer();

		String before = page("/welfare/programs/" + program.id() + "/coverage", officer);
		assertThat(before).contains("Hộ thuộc đối tượng chưa nhận: " + program.name());
		assertThat(uncovered(before)).containsExactlyInAnyOrder(this.an.headName(), this.binh.headName(),
				this.cuong.headName());
		assertThat(uncovered(page("/welfare/programs/" + program.id() + "/coverage?status=NEAR_POOR", officer)))
			.containsExactly(this.binh.headName());
		assertThat(uncovered(page("/welfare/programs/" + program.id() + "/coverage", this.world.ward.admin())))
			.contains(this.be.headName());

		this.world.distribute(officer, program, 300_000, this.an, this.cuong);

		String after = page("/welfare/programs/" + program.id() + "/coverage", officer);
		assertThat(uncovered(after)).containsExactly(this.binh.headName());
		assertThat(Html.text(after.substring(after.indexOf("id=\"uncoveredCount\"") + 20,
				after.indexOf("</span>", after.indexOf("id=\"uncoveredCount\"")))))
			.isEqualTo("1");

		this.world.distribute(officer, program, 300_000, this.binh);
		assertThat(page("/welfare/programs/" + program.id() + "/coverage", officer))
			.contains("Mọi hộ thuộc đối tượng trong lựa chọn này đều đã nhận quà.");
	}

	@Test
	void anOfficerOfAnotherAreaAnotherWardOrAnUnknownIdFindsNoDistribution() throws Exception {
		ProgramView program = program();
		DistributionView ofA = this.world.distribute(this.world.ward.officer(), program, 300_000, this.an);
		ProgramView foreignProgram = this.other.program("Quà phường bên", StatusKind.POOR);
		HouseholdDetail foreignHousehold = this.other.household(this.other.ward.areaA(), "Người Phường Bên",
				StatusKind.POOR);
		DistributionView foreign = this.other.distribute(this.other.ward.admin(), foreignProgram, 100_000,
				foreignHousehold);
		Rows before = this.world.rows();

		CurrentUser officerB = this.world.ward.officerB();
		for (String path : List.of("/welfare/distributions/" + ofA.id(),
				"/welfare/distributions/" + ofA.id() + "/signing-list")) {
			this.mvc.perform(get(path).with(as(officerB))).andExpect(status().isNotFound());
		}
		this.mvc
			.perform(post("/welfare/distributions/" + ofA.id() + "/signed").with(as(officerB))
				.with(csrf())
				.param("signedOn", this.world.today.toString()))
			.andExpect(status().isNotFound());
		for (Long id : List.of(foreign.id(), Long.MAX_VALUE)) {
			this.mvc.perform(get("/welfare/distributions/" + id).with(as(this.world.ward.admin())))
				.andExpect(status().isNotFound());
			this.mvc.perform(get("/welfare/distributions/" + id + "/signing-list").with(as(this.world.ward.admin())))
				.andExpect(status().isNotFound());
			this.mvc
				.perform(post("/welfare/distributions/" + id + "/signed").with(as(this.world.ward.admin()))
					.with(csrf())
					.param("signedOn", this.world.today.toString()))
				.andExpect(status().isNotFound());
		}
		this.mvc
			.perform(post("/welfare/programs/" + foreignProgram.id() + "/distribute").with(oneTimeToken())
				.with(as(this.world.ward.admin()))
				.with(csrf())
				.params(validForm(foreignProgram, this.an)))
			.andExpect(status().isNotFound());
		assertThat(this.world.rows()).isEqualTo(before);
		assertThat(page("/welfare/distributions/" + ofA.id(), this.world.ward.officer())).contains("Nguyễn Văn An");
	}

	@Test
	void theSigningListsNameTheRecipientsForStaff() throws Exception {
		ProgramView program = program();
		DistributionView distribution = this.world.distribute(this.world.ward.admin(), program, 400_000, this.an,
				this.binh, this.be);

		String ofDistribution = page("/welfare/distributions/" + distribution.id() + "/signing-list",
				this.world.ward.admin());
		assertThat(ofDistribution).contains("DANH SÁCH KÝ NHẬN")
			.contains(program.name())
			.contains("Nguyễn Văn An")
			.contains("Trần Thị Bình")
			.contains("Võ Thị Bé")
			.contains(this.an.address())
			.contains("Cộng: 3 suất")
			.contains("1.200.000 đ")
			.contains("Tài liệu nội bộ – không công khai");

		String ofOfficer = page("/welfare/programs/" + program.id() + "/signing-list", this.world.ward.officer());
		assertThat(ofOfficer).contains("Nguyễn Văn An").contains("Trần Thị Bình").doesNotContain("Võ Thị Bé");
	}

	@Test
	void aSignedListWithAPngScanServesTheScan() throws Exception {
		ProgramView program = program();
		DistributionView distribution = this.world.distribute(this.world.ward.officer(), program, 300_000, this.an,
				this.binh);
		Rows before = this.world.rows();

		this.mvc
			.perform(multipart("/welfare/distributions/" + distribution.id() + "/signed")
				.file(new MockMultipartFile("scan", "danh-sach-ky.png", "image/png", PNG))
				.param("signedOn", this.world.today.toString())
				.with(as(this.world.ward.officer()))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/welfare/distributions/" + distribution.id()))
			.andExpect(flash().attribute("message", "distribution.signed"))
			.andExpect(flash().attribute("messageArgs", List.of(2)));

		assertThat(this.world.rows().scans()).isEqualTo(before.scans() + 1);
		String page = page("/welfare/distributions/" + distribution.id(), this.world.ward.officer());
		assertThat(page).contains("Đã ký nhận").doesNotContain("Chưa ký nhận");
		Matcher scan = Pattern.compile("href=\"(/welfare/scans/\\d+)\"").matcher(page);
		assertThat(scan.find()).isTrue();
		this.mvc.perform(get(scan.group(1)).with(as(this.world.ward.officer())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(content().bytes(PNG));
		this.mvc.perform(get(scan.group(1)).with(as(this.world.ward.officerB()))).andExpect(status().isNotFound());
		this.mvc.perform(get(scan.group(1))).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aTextFileAsScanIsRefusedWithAVietnameseMessage() throws Exception {
		ProgramView program = program();
		DistributionView distribution = this.world.distribute(this.world.ward.officer(), program, 300_000, this.an);
		Rows before = this.world.rows();

		String html = this.mvc
			.perform(multipart("/welfare/distributions/" + distribution.id() + "/signed")
				.file(new MockMultipartFile("scan", "ky-nhan.png", "image/png",
						"không phải ảnh".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.param("signedOn", this.world.today.toString())
				.with(as(this.world.ward.officer()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("welfare/distributions/detail"))
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(Html.fieldError(html, "scan")).isEqualTo("Tệp quét phải là ảnh JPEG, PNG, WebP hoặc tệp PDF.");
		assertThat(this.world.rows()).isEqualTo(before);
		assertThat(html).contains("Chưa ký nhận");
	}

	private ProgramView program() {
		return this.world.program("Quà Tết An Khang " + ++this.programCount, StatusKind.POOR, StatusKind.NEAR_POOR);
	}

	private ProgramView fundProgram() {
		return this.world.fundProgram("Quà từ quỹ " + ++this.programCount, this.fund.id(), StatusKind.POOR,
				StatusKind.NEAR_POOR);
	}

	private MultiValueMap<String, String> validForm(ProgramView program, HouseholdDetail... recipients) {
		MultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
		for (HouseholdDetail household : recipients) {
			form.add("householdIds", String.valueOf(household.id()));
		}
		form.add("item", "GIFT_PACKAGE");
		form.add("itemNote", "10 kg gạo");
		form.add("quantity", "1");
		form.add("value", "500.000");
		form.add("date", program.year() + "-01-25");
		form.add("deliveredBy", "Người Trao Quà");
		return form;
	}

	private String postRefused(ProgramView program, CurrentUser user, MultiValueMap<String, String> form)
			throws Exception {
		return this.mvc
			.perform(post("/welfare/programs/" + program.id() + "/distribute").with(oneTimeToken())
				.with(as(user))
				.with(csrf())
				.params(form))
			.andExpect(status().isOk())
			.andExpect(view().name("welfare/distributions/review"))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String review(ProgramView program, CurrentUser user) throws Exception {
		return page("/welfare/programs/" + program.id() + "/distribute", user);
	}

	/**
	 * The households ticked in a review's list.
	 */
	private static List<Long> ticked(String html, ProgramView program) {
		return WelfarePages.distributionForm(html, program.id())
			.getOrDefault("householdIds", List.of())
			.stream()
			.map(Long::valueOf)
			.toList();
	}

	/**
	 * The head names listed by a coverage page.
	 */
	private static List<String> uncovered(String html) {
		int table = html.indexOf("id=\"uncovered\"");
		if (table < 0) {
			return List.of();
		}
		String body = html.substring(html.indexOf("<tbody>", table), html.indexOf("</tbody>", table));
		Matcher name = Pattern.compile("<a href=\"/welfare/households/\\d+\">([^<]*)</a>").matcher(body);
		List<String> names = new java.util.ArrayList<>();
		while (name.find()) {
			names.add(Html.text(name.group(1)));
		}
		return names;
	}

	private String page(String path, CurrentUser user) throws Exception {
		return this.mvc.perform(get(path).with(as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private WelfareWorld newWorld() {
		return new WelfareWorld(this.context);
	}

}
