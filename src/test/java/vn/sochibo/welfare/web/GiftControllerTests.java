package vn.sochibo.welfare.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.sochibo.fund.FundSummary;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.support.Html;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.welfare.GiftRow;
import vn.sochibo.welfare.Gifts;
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
 * One gift at a time through the whole web stack: giving it to a household typed by its
 * code (which must be in the user's areas and eligible in the program's year), its page,
 * cancelling it (a fund's spending goes back), the signed receipt and its scan, and a
 * household's history. One ward serves the class; each test makes its own program.
 */
@IntegrationTest
@TestInstance(Lifecycle.PER_CLASS)
class GiftControllerTests {

	static final byte[] PNG = DistributionControllerTests.PNG;

	@Autowired
	Gifts gifts;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	WelfareWorld world;

	WelfareWorld other;

	/** Poor in the programs' year, area A. */
	HouseholdDetail hoa;

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
		this.hoa = this.world.household(ward.areaA(), "Đỗ Thị Hoa", StatusKind.POOR);
		this.cu = this.world.household(ward.areaA(), "Phạm Văn Cũ", "5 hẻm 88 đường Ba Tháng Hai", this.world.year - 1,
				StatusKind.POOR);
		this.be = this.world.household(ward.areaB(), "Võ Thị Bé", StatusKind.POOR);
		this.fund = this.world.fund("Quỹ An sinh cuối năm", 100_000_000);
		this.other = newWorld();
	}

	@Test
	void anonymousIsSentToLoginAndWritesNothing() throws Exception {
		ProgramView program = fundProgram();
		GiftRow gift = this.world.give(this.world.ward.officer(), program, this.hoa, 500_000);
		Rows before = this.world.rows();

		for (String path : List.of("/welfare/programs/" + program.id() + "/gifts/new", "/welfare/gifts/" + gift.id(),
				"/welfare/households/" + this.hoa.id())) {
			this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}
		this.mvc
			.perform(post("/welfare/programs/" + program.id() + "/gifts/new").with(oneTimeToken())
				.with(csrf())
				.params(validForm(program)))
			.andExpect(redirectedUrl("/login"));
		this.mvc.perform(post("/welfare/gifts/" + gift.id() + "/cancel").with(csrf()).param("reason", "Nhầm"))
			.andExpect(redirectedUrl("/login"));
		assertThat(this.world.rows()).isEqualTo(before);
	}

	@Test
	void theFormRendersInVietnameseForTheUsersWhoGive() throws Exception {
		ProgramView program = fundProgram();
		for (CurrentUser user : List.of(this.world.ward.admin(), this.world.ward.secretary(),
				this.world.ward.officer())) {
			String html = page("/welfare/programs/" + program.id() + "/gifts/new?household=" + this.hoa.code(), user);
			assertThat(html).as(user.username())
				.contains("Trao quà cho một hộ")
				.contains("Mã hộ")
				.contains("Quỹ An sinh cuối năm");
			assertThat(Html.value(html, "householdCode")).isEqualTo(this.hoa.code());
			assertThat(Html.value(html, "date")).isEqualTo(program.date().toString());
		}
	}

	@Test
	void theInspectorReadsButNeverGivesCancelsOrSigns() throws Exception {
		ProgramView program = fundProgram();
		GiftRow gift = this.world.give(this.world.ward.officer(), program, this.hoa, 500_000);
		CurrentUser inspector = this.world.ward.inspector();
		Rows before = this.world.rows();

		this.mvc.perform(get("/welfare/programs/" + program.id() + "/gifts/new").with(as(inspector)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/welfare/programs/" + program.id() + "/gifts/new").with(oneTimeToken())
				.with(as(inspector))
				.with(csrf())
				.params(validForm(program)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/welfare/gifts/" + gift.id() + "/cancel").with(as(inspector))
				.with(csrf())
				.param("reason", "Thanh tra hủy"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/welfare/gifts/" + gift.id() + "/signed")
				.file(new MockMultipartFile("scan", "ky.png", "image/png", PNG))
				.param("signedOn", this.world.today.toString())
				.with(as(inspector))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.world.rows()).isEqualTo(before);

		String html = page("/welfare/gifts/" + gift.id(), inspector);
		assertThat(html).contains("Đỗ Thị Hoa").contains("Chưa ký nhận").doesNotContain("/cancel\"");
		assertThat(page("/welfare/households/" + this.hoa.id(), inspector)).contains(program.name());
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefusedAndWritesNothing() throws Exception {
		ProgramView program = fundProgram();
		GiftRow gift = this.world.give(this.world.ward.officer(), program, this.hoa, 500_000);
		Rows before = this.world.rows();

		this.mvc
			.perform(post("/welfare/programs/" + program.id() + "/gifts/new").with(oneTimeToken())
				.with(as(this.world.ward.officer()))
				.params(validForm(program)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/welfare/gifts/" + gift.id() + "/cancel").with(as(this.world.ward.officer()))
				.param("reason", "Nhầm"))
			.andExpect(status().isForbidden());

		assertThat(this.world.rows()).isEqualTo(before);
		assertThat(this.gifts.get(this.world.ward.officer(), gift.id()).cancelled()).isFalse();
	}

	@Test
	void aValidGiftIsRecordedSpentFromTheFundAndShown() throws Exception {
		ProgramView program = fundProgram();
		Rows before = this.world.rows();
		Money spentBefore = this.world.fundNow(this.fund.id()).spent();

		MvcResult result = this.mvc
			.perform(post("/welfare/programs/" + program.id() + "/gifts/new").with(oneTimeToken())
				.with(as(this.world.ward.officer()))
				.with(csrf())
				.params(validForm(program)))
			.andExpect(status().isFound())
			.andExpect(redirectedUrlPattern("/welfare/gifts/{id}"))
			.andExpect(flash().attribute("message", "gift.created"))
			.andReturn();

		Rows after = this.world.rows();
		assertThat(after.gifts()).isEqualTo(before.gifts() + 1);
		assertThat(after.ledgerEntries()).isEqualTo(before.ledgerEntries() + 1);
		assertThat(this.world.fundNow(this.fund.id()).spent()).isEqualTo(spentBefore.plus(Money.of(750_000)));
		String html = this.mvc
			.perform(get(result.getResponse().getRedirectedUrl()).with(as(this.world.ward.officer()))
				.flashAttrs(result.getFlashMap()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Đã ghi nhận suất quà.")
			.contains("Đỗ Thị Hoa")
			.contains("Bé Đỗ Na")
			.contains("750.000 đ")
			.contains("Đã ghi chi vào quỹ");
	}

	static Stream<Arguments> badGifts() {
		return Stream.of(Arguments.of("value", "0", "value", "Giá trị phải lớn hơn 0."),
				Arguments.of("value", "-750.000", "value", "Giá trị phải lớn hơn 0."),
				Arguments.of("value", "abc", "value", "Số tiền không hợp lệ"),
				Arguments.of("value", "2.000.000.000", "value",
						"Giá trị một suất không được vượt quá 1.000.000.000 đ."),
				Arguments.of("quantity", "0", "quantity", "Số lượng phải từ 1 trở lên."),
				Arguments.of("quantity", "abc", "quantity", "Phải là một số nguyên."),
				Arguments.of("date", "LAST_YEAR-12-01", "date", "Ngày trao phải thuộc năm YEAR của chương trình."),
				Arguments.of("date", "hôm qua", "date", "Ngày không hợp lệ."),
				Arguments.of("householdCode", "ZZ-9999", "householdCode",
						"Không tìm thấy hộ \"ZZ-9999\" (theo mã hoặc tên) trong các khu dân cư của bạn."),
				Arguments.of("householdCode", "", "householdCode", "Không được để trống."),
				Arguments.of("householdCode", "CODE_OF_B", "householdCode",
						"Không tìm thấy hộ \"CODE_OF_B\" (theo mã hoặc tên) trong các khu dân cư của bạn."),
				Arguments.of("householdCode", "CODE_OF_CU", "householdCode",
						"Hộ này không thuộc đối tượng của chương trình trong năm YEAR (xét theo diện hộ của năm đó)."));
	}

	@Test
	void aGiftSentTwiceWithItsTokenIsRecordedOnceAndTheSecondLeadsToIt() throws Exception {
		ProgramView program = fundProgram();
		String token = Html.value(page("/welfare/programs/" + program.id() + "/gifts/new", this.world.ward.officer()),
				"submissionToken");
		Rows before = this.world.rows();

		MvcResult first = this.mvc
			.perform(post("/welfare/programs/" + program.id() + "/gifts/new").param("submissionToken", token)
				.with(as(this.world.ward.officer()))
				.with(csrf())
				.params(validForm(program)))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", "gift.created"))
			.andReturn();
		MvcResult second = this.mvc
			.perform(post("/welfare/programs/" + program.id() + "/gifts/new").param("submissionToken", token)
				.with(as(this.world.ward.officer()))
				.with(csrf())
				.params(validForm(program)))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", "submission.repeated.gift"))
			.andReturn();

		assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
		Rows after = this.world.rows();
		assertThat(after.gifts()).isEqualTo(before.gifts() + 1);
		assertThat(after.ledgerEntries()).isEqualTo(before.ledgerEntries() + 1);
	}

	/**
	 * A second gift of the program to the same household is asked to be confirmed: the
	 * form comes back with its token, which then posts once.
	 */
	@Test
	void aGiftAskedToBeConfirmedKeepsItsTokenWhichThenPostsOnce() throws Exception {
		ProgramView program = fundProgram();
		this.world.give(this.world.ward.officer(), program, this.hoa, 500_000);
		UUID token = UUID.randomUUID();
		Rows before = this.world.rows();

		String asked = postRefused(program, this.world.ward.officer(), withToken(validForm(program), token));
		assertThat(Html.value(asked, "submissionToken")).isEqualTo(token.toString());
		MultiValueMap<String, String> confirmed = withToken(validForm(program), token);
		confirmed.add("confirmDuplicate", "true");
		for (int i = 0; i < 2; i++) {
			this.mvc
				.perform(post("/welfare/programs/" + program.id() + "/gifts/new").with(as(this.world.ward.officer()))
					.with(csrf())
					.params(confirmed))
				.andExpect(status().isFound());
		}

		assertThat(this.world.rows().gifts()).isEqualTo(before.gifts() + 1);
	}

	private static MultiValueMap<String, String> withToken(MultiValueMap<String, String> form, UUID token) {
		form.set("submissionToken", token.toString());
		return form;
	}

	@ParameterizedTest(name = "{0}={1}")
	@MethodSource("badGifts")
	void badInputShowsAVietnameseMessageNextToTheFieldAndWritesNothing(String field, String value, String errorField,
			String message) throws Exception {
		ProgramView program = fundProgram();
		MultiValueMap<String, String> form = validForm(program);
		form.set(field, resolve(value));
		Rows before = this.world.rows();

		String html = postRefused(program, this.world.ward.officer(), form);

		assertThat(Html.fieldError(html, errorField)).isNotNull().contains(resolve(message));
		assertThat(html).contains("Vui lòng sửa các lỗi được đánh dấu bên dưới.");
		assertThat(Html.value(html, "memberName")).isEqualTo("Bé Đỗ Na");
		assertThat(this.world.rows()).isEqualTo(before);
	}

	@Test
	void aDateBeforeTheProgramIsShownNextToTheDateAndWritesNothing() throws Exception {
		ProgramView program = fundProgram();
		MultiValueMap<String, String> form = validForm(program);
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
		MultiValueMap<String, String> form = validForm(next);
		form.set("date", next.date().toString());
		Rows before = this.world.rows();

		String html = postRefused(next, this.world.ward.officer(), form);

		assertThat(Html.fieldError(html, "date")).isEqualTo("Ngày trao không được ở tương lai.");
		assertThat(this.world.rows()).isEqualTo(before);
	}

	@Test
	void aSecondGiftOfTheProgramNeedsConfirmation() throws Exception {
		ProgramView program = fundProgram();
		this.world.give(this.world.ward.officer(), program, this.hoa, 500_000);
		MultiValueMap<String, String> form = validForm(program);
		Rows before = this.world.rows();

		String html = postRefused(program, this.world.ward.officer(), form);

		assertThat(Html.fieldError(html, "confirmDuplicate"))
			.isEqualTo("Hộ Đỗ Thị Hoa đã nhận 1 suất của chương trình này. Đánh dấu xác nhận nếu đúng là trao thêm.");
		assertThat(this.world.rows()).isEqualTo(before);

		form.set("confirmDuplicate", "true");
		this.mvc
			.perform(post("/welfare/programs/" + program.id() + "/gifts/new").with(oneTimeToken())
				.with(as(this.world.ward.officer()))
				.with(csrf())
				.params(form))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("message", "gift.created"));
		assertThat(this.world.rows().gifts()).isEqualTo(before.gifts() + 1);
	}

	@Test
	void cancellingNeedsAReasonAndGivesTheFundsMoneyBack() throws Exception {
		ProgramView program = fundProgram();
		Money spentBefore = this.world.fundNow(this.fund.id()).spent();
		GiftRow gift = this.world.give(this.world.ward.officer(), program, this.hoa, 600_000);
		assertThat(this.world.fundNow(this.fund.id()).spent()).isEqualTo(spentBefore.plus(Money.of(600_000)));
		Rows before = this.world.rows();

		String refused = this.mvc
			.perform(post("/welfare/gifts/" + gift.id() + "/cancel").with(as(this.world.ward.officer()))
				.with(csrf())
				.param("reason", "   "))
			.andExpect(status().isOk())
			.andExpect(view().name("welfare/gifts/detail"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.fieldError(refused, "reason")).isEqualTo("Không được để trống.");
		assertThat(this.world.rows()).isEqualTo(before);
		assertThat(this.gifts.get(this.world.ward.officer(), gift.id()).cancelled()).isFalse();

		this.mvc
			.perform(post("/welfare/gifts/" + gift.id() + "/cancel").with(as(this.world.ward.officer()))
				.with(csrf())
				.param("reason", "Ghi nhầm hộ"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/welfare/gifts/" + gift.id()))
			.andExpect(flash().attribute("message", "gift.cancelled"));

		assertThat(this.world.fundNow(this.fund.id()).spent()).isEqualTo(spentBefore);
		assertThat(this.world.rows().ledgerEntries()).isEqualTo(before.ledgerEntries() + 1);
		assertThat(page("/welfare/gifts/" + gift.id(), this.world.ward.officer()))
			.contains("Suất quà đã hủy. Lý do: Ghi nhầm hộ")
			.contains("Khoản chi đã được hủy (bút toán đảo) trong sổ quỹ.")
			// the history names the action in Vietnamese, no missing message
			.contains("Hủy suất quà")
			.doesNotContain("??");
		assertThat(Html.rows(page("/funds/" + this.fund.id(), this.world.ward.admin())))
			.anySatisfy((row) -> assertThat(row).contains("600.000 đ"));
	}

	@Test
	void aSignedReceiptWithAPngScanServesTheScanWithItsType() throws Exception {
		ProgramView program = fundProgram();
		GiftRow gift = this.world.give(this.world.ward.officer(), program, this.hoa, 500_000);

		this.mvc
			.perform(multipart("/welfare/gifts/" + gift.id() + "/signed")
				.file(new MockMultipartFile("scan", "phieu-ky.png", "application/octet-stream", PNG))
				.param("signedOn", this.world.today.toString())
				.with(as(this.world.ward.officer()))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/welfare/gifts/" + gift.id()))
			.andExpect(flash().attribute("message", "gift.signed"));

		String html = page("/welfare/gifts/" + gift.id(), this.world.ward.officer());
		assertThat(html).contains("Đã ký nhận", "Ghi nhận đã ký nhận").doesNotContain("??");
		Matcher scan = Pattern.compile("href=\"(/welfare/scans/\\d+)\"").matcher(html);
		assertThat(scan.find()).isTrue();
		this.mvc.perform(get(scan.group(1)).with(as(this.world.ward.inspector())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(PNG));
		this.mvc.perform(get(scan.group(1)).with(as(this.world.ward.officerB()))).andExpect(status().isNotFound());
		this.mvc.perform(get(scan.group(1)).with(as(this.other.ward.admin()))).andExpect(status().isNotFound());
		this.mvc.perform(get("/welfare/scans/" + Long.MAX_VALUE).with(as(this.world.ward.admin())))
			.andExpect(status().isNotFound());
	}

	@Test
	void aTextFileAsScanOrASignatureBeforeTheGiftIsRefusedWithAVietnameseMessage() throws Exception {
		ProgramView program = fundProgram();
		GiftRow gift = this.world.give(this.world.ward.officer(), program, this.hoa, 500_000);
		Rows before = this.world.rows();

		String html = this.mvc
			.perform(multipart("/welfare/gifts/" + gift.id() + "/signed")
				.file(new MockMultipartFile("scan", "phieu-ky.png", "image/png",
						"Đây là chữ, không phải ảnh".getBytes(StandardCharsets.UTF_8)))
				.param("signedOn", this.world.today.toString())
				.with(as(this.world.ward.officer()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name("welfare/gifts/detail"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.fieldError(html, "scan")).isEqualTo("Tệp quét phải là ảnh JPEG, PNG, WebP hoặc tệp PDF.");

		String early = this.mvc
			.perform(multipart("/welfare/gifts/" + gift.id() + "/signed")
				.param("signedOn", gift.date().minusDays(1).toString())
				.with(as(this.world.ward.officer()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(Html.fieldError(early, "signedOn")).startsWith("Ngày ký nhận không được trước ngày trao");

		assertThat(this.world.rows()).isEqualTo(before);
		assertThat(page("/welfare/gifts/" + gift.id(), this.world.ward.officer())).contains("Chưa ký nhận");
	}

	@Test
	void anOfficerOfAnotherAreaFindsNoGiftNorHistoryOfArea() throws Exception {
		ProgramView program = fundProgram();
		GiftRow gift = this.world.give(this.world.ward.officer(), program, this.hoa, 500_000);
		CurrentUser officerB = this.world.ward.officerB();
		Rows before = this.world.rows();

		this.mvc.perform(get("/welfare/gifts/" + gift.id()).with(as(officerB))).andExpect(status().isNotFound());
		this.mvc.perform(get("/welfare/households/" + this.hoa.id()).with(as(officerB)))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/welfare/gifts/" + gift.id() + "/cancel").with(as(officerB))
				.with(csrf())
				.param("reason", "Hủy từ khu khác"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(multipart("/welfare/gifts/" + gift.id() + "/signed").param("signedOn", this.world.today.toString())
				.with(as(officerB))
				.with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.world.rows()).isEqualTo(before);
		assertThat(this.gifts.get(this.world.ward.officer(), gift.id()).cancelled()).isFalse();

		assertThat(page("/welfare/households/" + this.hoa.id(), this.world.ward.officer()))
			.contains("Quà và hỗ trợ: Đỗ Thị Hoa")
			.contains(program.name())
			.contains("500.000 đ");
		assertThat(page("/welfare/households/" + this.be.id(), officerB)).contains("Hộ chưa nhận quà, hỗ trợ nào.");
	}

	@Test
	void aGiftOrAHouseholdOfAnotherWardOrAnUnknownIdIsNotFound() throws Exception {
		ProgramView foreignProgram = this.other.program("Quà phường bên " + ++this.programCount, StatusKind.POOR);
		HouseholdDetail foreignHousehold = this.other.household(this.other.ward.areaA(), "Người Phường Bên",
				StatusKind.POOR);
		GiftRow foreign = this.other.give(this.other.ward.admin(), foreignProgram, foreignHousehold, 100_000);
		CurrentUser admin = this.world.ward.admin();
		Rows before = this.world.rows();

		for (Long id : List.of(foreign.id(), Long.MAX_VALUE)) {
			this.mvc.perform(get("/welfare/gifts/" + id).with(as(admin))).andExpect(status().isNotFound());
			this.mvc.perform(post("/welfare/gifts/" + id + "/cancel").with(as(admin)).with(csrf()).param("reason", "X"))
				.andExpect(status().isNotFound());
		}
		for (Long id : List.of(foreignHousehold.id(), Long.MAX_VALUE)) {
			this.mvc.perform(get("/welfare/households/" + id).with(as(admin))).andExpect(status().isNotFound());
		}
		this.mvc
			.perform(post("/welfare/programs/" + foreignProgram.id() + "/gifts/new").with(oneTimeToken())
				.with(as(admin))
				.with(csrf())
				.params(validForm(foreignProgram)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/welfare/gifts/abc").with(as(admin))).andExpect(status().is4xxClientError());
		assertThat(this.world.rows()).isEqualTo(before);
		assertThat(this.gifts.get(this.other.ward.admin(), foreign.id()).cancelled()).isFalse();
	}

	private String resolve(String text) {
		return text.replace("LAST_YEAR", String.valueOf(this.world.year - 1))
			.replace("YEAR", String.valueOf(this.world.year))
			.replace("CODE_OF_B", this.be.code())
			.replace("CODE_OF_CU", this.cu.code());
	}

	private ProgramView fundProgram() {
		return this.world.fundProgram("Quà từ quỹ " + ++this.programCount, this.fund.id(), StatusKind.POOR,
				StatusKind.NEAR_POOR);
	}

	private MultiValueMap<String, String> validForm(ProgramView program) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("householdCode", this.hoa.code());
		form.add("memberName", "Bé Đỗ Na");
		form.add("item", "SCHOLARSHIP");
		form.add("itemNote", "Học bổng Khuyến học");
		form.add("quantity", "1");
		form.add("value", "750.000");
		form.add("date", program.year() + "-01-25");
		form.add("deliveredBy", "Người Trao Quà");
		return form;
	}

	private String postRefused(ProgramView program, CurrentUser user, MultiValueMap<String, String> form)
			throws Exception {
		return this.mvc
			.perform(post("/welfare/programs/" + program.id() + "/gifts/new").with(oneTimeToken())
				.with(as(user))
				.with(csrf())
				.params(form))
			.andExpect(status().isOk())
			.andExpect(view().name("welfare/gifts/form"))
			.andReturn()
			.getResponse()
			.getContentAsString();
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
