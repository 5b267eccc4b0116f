package vn.sochibo.imports;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.OutOfScopeException;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.ward.AreaKind;
import vn.sochibo.ward.AreaView;
import vn.sochibo.ward.Areas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * The ward admin's import of residential areas: each row's mistakes (a day that does not
 * exist, an end before the start, a kind not in the list, a code twice), a code the ward
 * has matched and updated on the admin's decision, the areas' own audit lines plus the
 * job's, and nobody else may import areas.
 */
@IntegrationTest
class AreaImportTests {

	static final List<String> HEADER = List.of("Mã khu dân cư (*)", "Tên khu dân cư (*)", "Loại", "Ngày bắt đầu (*)",
			"Ngày kết thúc");

	@Autowired
	Imports imports;

	@Autowired
	Areas areas;

	@Autowired
	WardFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	TestWard ward;

	@BeforeEach
	void newWard() {
		this.ward = this.fixtures.newWard();
	}

	private ImportJobView uploadAndWait(CurrentUser user, byte[] file) throws Exception {
		Long id = this.imports.upload(user, ImportKind.AREAS, null, null, "khu.xlsx", file, false);
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		ImportJobView job = this.imports.job(user, id);
		while (job.phase().isRunning() && Instant.now().isBefore(until)) {
			Thread.sleep(20);
			job = this.imports.job(user, id);
		}
		return job;
	}

	private ImportJobView commitAndWait(CurrentUser user, Long id) throws Exception {
		this.imports.commit(user, id);
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		ImportJobView job = this.imports.job(user, id);
		while (job.phase().isRunning() && Instant.now().isBefore(until)) {
			Thread.sleep(20);
			job = this.imports.job(user, id);
		}
		return job;
	}

	@Test
	void eachMistakeIsShownThenTheFixedFileCreatesAndUpdatesTheAreas() throws Exception {
		List<List<Object>> rows = new ArrayList<>();
		rows.add(List.of("T1", "Tổ dân phố 1", "Tổ dân phố", "01/01/2020"));
		rows.add(List.of("T2", "Tổ dân phố 2", "", "31/02/2026"));
		rows.add(List.of("T3", "Tổ dân phố 3", "Phường", "01/01/2021", "01/01/2020"));
		rows.add(List.of("T1", "Tổ dân phố 1 (lần hai)", "", "01/01/2020"));
		rows.add(List.of("T/4", "Tổ 4", "", "1999-01-01"));
		rows.add(List.of("a", "Khu vực A mới", "Ấp", "01/03/2020"));
		ImportJobView job = uploadAndWait(this.ward.admin(), Sheets.xlsx(HEADER, rows));
		assertThat(job.phase()).isEqualTo(ImportPhase.CHECKED);
		List<String> lines = new ArrayList<>();
		for (PlannedRow row : this.imports.errors(this.ward.admin(), job.id(), 0)) {
			for (RowError error : row.errors()) {
				lines.add(row.rowNo() + " " + error.columnLetter() + ": " + this.imports.reason(error));
			}
		}
		assertThat(lines).containsExactly("3 D: Ngày 31/02/2026 không có thật.",
				"4 C: «Phường» không có trong danh sách: Khu vực; Khu phố; Ấp; Tổ dân phố; Thôn; Làng; Bản; Xóm; Khóm; Buôn; Tổ; Khu dân cư.",
				"4 E: Ngày kết thúc trước ngày bắt đầu.", "5 A: Trùng mã khu dân cư với dòng 2 của tệp.",
				"6 A: Mã khu dân cư chỉ gồm chữ, số và các dấu . _ -",
				"6 D: Không đọc được ngày «1999-01-01»; hãy ghi theo dạng ngày/tháng/năm, ví dụ 05/02/2026.");
		assertThat(job.undecidedRows()).isEqualTo(1);

		List<List<Object>> fixed = List.of(List.of("T1", "Tổ dân phố 1", "Tổ dân phố", "01/01/2020"),
				List.of("T2", "Tổ dân phố 2", "", "28/02/2026"),
				List.of("a", "Khu vực A mới", "Ấp", "01/03/2020", "31/12/2025"));
		ImportJobView again = uploadAndWait(this.ward.admin(), Sheets.xlsx(HEADER, fixed));
		assertThat(again.errorRows()).isZero();
		assertThat(again.undecidedRows()).isEqualTo(1);
		this.imports.decide(this.ward.admin(), again.id(), List.of(), RowDecision.UPDATE);
		assertThat(commitAndWait(this.ward.admin(), again.id()).phase()).isEqualTo(ImportPhase.COMMITTED);

		List<AreaView> all = this.areas.list(this.ward.admin());
		assertThat(all).extracting(AreaView::code).containsExactlyInAnyOrder("a", "B", "T1", "T2");
		AreaView t1 = all.stream().filter((area) -> area.code().equals("T1")).findFirst().orElseThrow();
		assertThat(t1.kind()).isEqualTo(AreaKind.TO_DAN_PHO);
		AreaView t2 = all.stream().filter((area) -> area.code().equals("T2")).findFirst().orElseThrow();
		assertThat(t2.kind()).as("the ward's unit label names its usual kind").isEqualTo(AreaKind.KHU_VUC);
		AreaView a = all.stream().filter((area) -> area.id().equals(this.ward.areaA().id())).findFirst().orElseThrow();
		assertThat(a.name()).isEqualTo("Khu vực A mới");
		assertThat(a.kind()).isEqualTo(AreaKind.AP);
		assertThat(a.validTo()).hasToString("2025-12-31");
		assertThat(this.jdbc
			.sql("select action from audit_events where entity_type = 'AREA' and entity_id = :id"
					+ " and field = 'importJob' and new_value = :job")
			.param("id", this.ward.areaA().id())
			.param("job", String.valueOf(again.id()))
			.query(String.class)
			.list()).containsExactly("IMPORT_UPDATE");
		assertThat(this.jdbc
			.sql("select count(*) from audit_events where entity_type = 'AREA' and entity_id = :id"
					+ " and action = 'CREATE'")
			.param("id", t1.id())
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void onlyTheWardAdminImportsAreasAndTheTemplateListsTheKinds() throws Exception {
		assertThatThrownBy(() -> this.imports.upload(this.ward.officer(), ImportKind.AREAS, null, null, "k.xlsx",
				Sheets.xlsx(HEADER, List.of(List.of("X", "X", "", "01/01/2020"))), false))
			.isInstanceOf(OutOfScopeException.class);
		this.mvc.perform(get("/imports/templates/khu-dan-cu.xlsx").with(as(this.ward.officer())))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/imports/templates/khong-co.xlsx").with(as(this.ward.admin())))
			.andExpect(status().isNotFound());
		byte[] template = this.mvc.perform(get("/imports/templates/khu-dan-cu.xlsx").with(as(this.ward.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template))) {
			List<String> header = new ArrayList<>();
			Row first = workbook.getFirstSheet().read().get(0);
			first.forEach((cell) -> header.add(cell.asString()));
			assertThat(header).isEqualTo(HEADER);
			List<Row> lists = workbook.findSheet("Danh mục").orElseThrow().read();
			assertThat(lists.get(4).getCellText(0)).isEqualTo("Tổ dân phố");
		}
		String page = this.mvc.perform(get("/imports").with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("import-ho-gia-dinh").doesNotContain("import-khu-dan-cu");
	}

}
