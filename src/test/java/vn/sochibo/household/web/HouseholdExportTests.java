package vn.sochibo.household.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.CellType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

import vn.sochibo.household.HouseholdDetails;
import vn.sochibo.household.HouseholdQuery;
import vn.sochibo.household.HouseholdSummary;
import vn.sochibo.household.Households;
import vn.sochibo.household.StatusDetails;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.support.Xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * The household list as .xlsx: every household the list finds (more than a page), in its
 * order, within the user's areas, with the filter in the title; bad filters refused as
 * the list refuses them.
 */
@IntegrationTest
class HouseholdExportTests {

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Households households;

	@Autowired
	MockMvc mvc;

	@Autowired
	Clock clock;

	TestWard ward;

	@BeforeEach
	void newWard() {
		this.ward = this.fixtures.newWard();
	}

	@Test
	void theExportHoldsEveryHouseholdTheListFindsNotOnlyThePage() throws Exception {
		for (int i = 1; i <= HouseholdController.PAGE_SIZE + 5; i++) {
			this.fixtures.household(this.ward, this.ward.areaA(), "Hộ Số %02d".formatted(i));
		}
		this.fixtures.household(this.ward, this.ward.areaA(), "Trần Văn Khác");

		Xlsx xlsx = Xlsx
			.of(this.mvc.perform(get("/households/export.xlsx?q={q}", "ho so").with(as(this.ward.officer())))
				.andExpect(status().isOk())
				.andReturn());

		List<String> listed = this.households
			.list(this.ward.officer(), new HouseholdQuery("ho so", null, null, null), PageRequest.of(0, 1000))
			.map(HouseholdSummary::code)
			.getContent();
		assertThat(listed).hasSize(HouseholdController.PAGE_SIZE + 5);
		assertThat(xlsx.column(0)).containsExactlyElementsOf(listed);
		assertThat(xlsx.column(1)).doesNotContain("Trần Văn Khác").contains("Hộ Số 01", "Hộ Số 30");
		assertThat(xlsx.title()).contains(this.ward.ward().name())
			.contains("Hộ dân")
			.contains("tìm \"ho so\"")
			.contains("ngày " + LocalDate.now(this.clock).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
		assertThat(xlsx.headers()).startsWith("Mã hộ", "Chủ hộ", "Địa chỉ", "Hẻm/kiệt", "Khu vực", "Số nhân khẩu");
	}

	@Test
	void theFilterIsTheListsAndNamedInTheTitle() throws Exception {
		int year = LocalDate.now(this.clock).getYear();
		var poor = this.fixtures.household(this.ward, this.ward.areaA(), "Lê Văn Nghèo");
		this.fixtures.household(this.ward, this.ward.areaA(), "Lê Văn Khá");
		this.fixtures.household(this.ward, this.ward.areaB(), "Lê Văn Bê");
		this.households.addStatus(this.ward.admin(), poor.id(),
				new StatusDetails(year, StatusKind.POOR, null, null, null, null));

		Xlsx xlsx = Xlsx.of(
				this.mvc
					.perform(get("/households/export.xlsx").param("area", this.ward.areaA().id().toString())
						.param("status", "POOR")
						.param("year", Integer.toString(year))
						.with(as(this.ward.admin())))
					.andExpect(status().isOk())
					.andReturn());

		assertThat(xlsx.column(1)).containsExactly("Lê Văn Nghèo");
		assertThat(xlsx.column(6)).containsExactly("Hộ nghèo");
		assertThat(xlsx.body().get(0).getCell(5).getType()).isEqualTo(CellType.NUMBER);
		assertThat(xlsx.title()).contains(this.ward.areaA().label()).contains("Hộ nghèo").contains("năm " + year);
		assertThat(xlsx.headers().get(6)).isEqualTo("Diện hộ năm " + year);
	}

	@Test
	void anOfficersExportHoldsOnlyTheirAreas() throws Exception {
		this.fixtures.household(this.ward, this.ward.areaA(), "Phạm Văn A");
		this.fixtures.household(this.ward, this.ward.areaB(), "Phạm Văn B");

		assertThat(names(this.ward.officer(), "")).containsExactly("Phạm Văn A");
		assertThat(names(this.ward.officerB(), "")).containsExactly("Phạm Văn B");
		assertThat(names(this.ward.admin(), "")).containsExactlyInAnyOrder("Phạm Văn A", "Phạm Văn B");
		// Asking for another area than one's own finds nothing, as the list does.
		assertThat(names(this.ward.officer(), "?area=" + this.ward.areaB().id())).isEmpty();
		TestWard other = this.fixtures.newWard();
		this.fixtures.household(other, other.areaA(), "Phạm Văn Khác");
		assertThat(names(this.ward.admin(), "?area=" + other.areaA().id())).isEmpty();
	}

	@Test
	void textThatLooksLikeAFormulaIsWrittenAsText() throws Exception {
		String name = "=HYPERLINK(\"http://x\",\"Bấm\")";
		this.households.create(this.ward.admin(),
				new HouseholdDetails(null, name, "+84 đường -1", "@hẻm", this.ward.areaA().id(), 3, null, null));

		Xlsx xlsx = Xlsx.of(this.mvc.perform(get("/households/export.xlsx").with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andReturn());

		Xlsx.assertText(xlsx.body().get(0), 1, name);
		Xlsx.assertText(xlsx.body().get(0), 2, "+84 đường -1");
		Xlsx.assertText(xlsx.body().get(0), 3, "@hẻm");
	}

	@Test
	void aHouseholdsWholeHistoryForThoseWhoReadIt() throws Exception {
		var household = this.fixtures.household(this.ward, this.ward.areaA(), "Lê Văn Cũ");
		this.households.update(
				this.ward.admin(), household.id(), new HouseholdDetails(household.code(), "=Lê Văn Mới",
						household.address(), household.alley(), household.areaId(), 5, null, null),
				household.version());
		String path = "/households/" + household.id() + "/history/export.xlsx";

		Xlsx xlsx = Xlsx
			.of(this.mvc.perform(get(path).with(as(this.ward.officer()))).andExpect(status().isOk()).andReturn());

		assertThat(xlsx.title()).contains("Lịch sử thay đổi").contains("=Lê Văn Mới");
		var renamed = xlsx.body()
			.stream()
			.filter((row) -> Xlsx.text(row, 4).equals("Chủ hộ") && Xlsx.text(row, 3).equals("Sửa"))
			.findFirst()
			.orElseThrow();
		Xlsx.assertText(renamed, 5, "Lê Văn Cũ");
		Xlsx.assertText(renamed, 6, "=Lê Văn Mới");
		Xlsx.assertText(renamed, 1, this.ward.admin().username());
		assertThat(Xlsx.text(xlsx.body().get(xlsx.body().size() - 1), 3)).isEqualTo("Tạo mới");
		this.mvc.perform(get(path).with(as(this.ward.officerB()))).andExpect(status().isNotFound());
	}

	@Test
	void anonymousIsSentToLogin() throws Exception {
		this.mvc.perform(get("/households/export.xlsx"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	static Stream<Arguments> badFilters() {
		return Stream.of(Arguments.of("area=abc"), Arguments.of("year=hai-nghin"), Arguments.of("status=RICH"),
				Arguments.of("area=99999999999999999999"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badFilters")
	void aBadFilterIsABadRequest(String query) throws Exception {
		this.mvc.perform(get("/households/export.xlsx?" + query).with(as(this.ward.officer())))
			.andExpect(status().isBadRequest());
	}

	private List<String> names(CurrentUser user, String query) throws Exception {
		return Xlsx
			.of(this.mvc.perform(get("/households/export.xlsx" + query).with(as(user)))
				.andExpect(status().isOk())
				.andReturn())
			.column(1);
	}

}
