package vn.sochibo.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.HouseholdDetails;
import vn.sochibo.household.Households;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.VietnameseText;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * The household import from end to end: the template, phase 1 with every row's error,
 * decisions on matches, phase 2 all or nothing and refused when stale, the audit trail,
 * and every kind of bad file refused with its Vietnamese reason and nothing written.
 */
@IntegrationTest
public class HouseholdImportTests {

	public static final List<String> HEADER = List.of("Mã hộ", "Họ tên chủ hộ (*)", "Địa chỉ (*)", "Hẻm/ngõ",
			"Mã khu dân cư (*)", "Số nhân khẩu (*)", "Số điện thoại", "Diện hộ", "Loại chính sách", "Căn cứ/quyết định",
			"Ghi chú");

	@Autowired
	Imports imports;

	@Autowired
	Households households;

	@Autowired
	WardFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	MessageSource messages;

	TestWard ward;

	@BeforeEach
	void newWard() {
		this.ward = this.fixtures.newWard();
	}

	public static List<Object> row(String code, String head, String address, String area, Object members, Object phone,
			String status) {
		List<Object> row = new ArrayList<>(List.of(code, head, address, "", area, members, phone, status, "", "", ""));
		return row;
	}

	private List<List<Object>> goodRows(int count) {
		List<List<Object>> rows = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			rows.add(row("N-" + i, "Nguyễn Văn Đồ " + i, i + " Trần Văn Khéo", (i % 2 == 0) ? "A" : "b", i % 9 + 1,
					"0909" + String.format("%06d", i), (i % 10 == 0) ? "Hộ nghèo" : ""));
		}
		return rows;
	}

	private ImportJobView uploadAndWait(CurrentUser user, byte[] file) throws Exception {
		Long id = this.imports.upload(user, ImportKind.HOUSEHOLDS, 2026, null, "ho.xlsx", file, false);
		return waitFor(user, id);
	}

	private ImportJobView waitFor(CurrentUser user, Long id) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		ImportJobView job = this.imports.job(user, id);
		while (job.phase().isRunning() && Instant.now().isBefore(until)) {
			Thread.sleep(20);
			job = this.imports.job(user, id);
		}
		assertThat(job.phase().isRunning()).as("job %d still running", id).isFalse();
		return job;
	}

	private long households() {
		return this.jdbc.sql("select count(*) from households where ward_id = :ward")
			.param("ward", this.ward.id())
			.query(Long.class)
			.single();
	}

	private List<String> errorLines(CurrentUser user, Long id) {
		List<String> lines = new ArrayList<>();
		for (PlannedRow row : this.imports.errors(user, id, 0)) {
			for (RowError error : row.errors()) {
				lines.add(row.rowNo() + " " + error.columnLetter() + " " + error.header() + ": "
						+ this.imports.reason(error));
			}
		}
		return lines;
	}

	@Test
	void threeHundredHouseholdsWithMistakesAreShownRowByRowThenFixedAndImportedAtOnce() throws Exception {
		List<List<Object>> rows = goodRows(300);
		rows.set(4, row("N-5", "Nguyễn Văn Đồ 5", "5 Trần Văn Khéo", "b", 3, 912345678L, ""));
		rows.set(9, row("N-10", "Nguyễn Văn Đồ 10", "10 Trần Văn Khéo", "KV99", 3, "", "Hộ nghèo"));
		rows.set(19, row("N-20", "", "20 Trần Văn Khéo", "A", 0, "", ""));
		rows.set(29, row("N-30", "Nguyễn Văn Đồ 30", "30 Trần Văn Khéo", "A", new Sheets.Formula("1+2"), "", ""));
		rows.set(39, row("N-1", "Nguyễn Văn Đồ 40", "40 Trần Văn Khéo", "A", 2, "", "Hộ giàu"));
		ImportJobView job = uploadAndWait(this.ward.admin(), Sheets.xlsx(HEADER, rows));

		assertThat(job.phase()).isEqualTo(ImportPhase.CHECKED);
		assertThat(job.validRows()).isEqualTo(295);
		assertThat(job.errorRows()).isEqualTo(5);
		assertThat(job.committable()).isFalse();
		assertThat(errorLines(this.ward.admin(), job.id())).containsExactly(
				"6 G Số điện thoại: Số điện thoại đã bị Excel đổi thành số và mất số 0 ở đầu (912345678). Hãy định dạng cột là Văn bản (Text) rồi gõ lại, ví dụ 0912345678.",
				"11 E Mã khu dân cư (*): Không có khu dân cư mã «KV99» trong phường.",
				"21 B Họ tên chủ hộ (*): Bắt buộc phải điền.", "21 F Số nhân khẩu (*): Phải từ 1 đến 50.",
				"31 F Số nhân khẩu (*): Ô chứa công thức (=1+2); hãy dán giá trị thay cho công thức.",
				"41 A Mã hộ: Trùng mã hộ với dòng 2 của tệp.",
				"41 H Diện hộ: «Hộ giàu» không có trong danh sách: Hộ nghèo; Hộ cận nghèo; Gia đình chính sách; Người cao tuổi sống một mình; Nạn nhân chất độc da cam; Người khuyết tật; Khác.");
		assertThatThrownBy(() -> this.imports.commit(this.ward.admin(), job.id()))
			.isInstanceOf(RuleViolationException.class);
		assertThat(households()).isZero();

		rows.set(4, row("N-5", "Nguyễn Văn Đồ 5", "5 Trần Văn Khéo", "b", 3, "0912345678", ""));
		rows.set(9, row("N-10", "Nguyễn Văn Đồ 10", "10 Trần Văn Khéo", "B", 3, "", "Hộ nghèo"));
		rows.set(19, row("N-20", "Trần Thị Hoa", "20 Trần Văn Khéo", "A", 1, "", ""));
		rows.set(29, row("N-30", "Nguyễn Văn Đồ 30", "30 Trần Văn Khéo", "A", 3, "", ""));
		rows.set(39, row("N-40", "Nguyễn Văn Đồ 40", "40 Trần Văn Khéo", "A", 2, "", "Hộ nghèo"));
		ImportJobView fixed = uploadAndWait(this.ward.admin(), Sheets.xlsx(HEADER, rows));
		assertThat(fixed.errorRows()).isZero();
		assertThat(fixed.createRows()).isEqualTo(300);
		assertThat(fixed.committable()).isTrue();

		this.imports.commit(this.ward.admin(), fixed.id());
		ImportJobView done = waitFor(this.ward.admin(), fixed.id());
		assertThat(done.phase()).isEqualTo(ImportPhase.COMMITTED);
		assertThat(households()).isEqualTo(300);
		HouseholdDetail five = this.households.getByCode(this.ward.admin(), "n-5");
		assertThat(five.headName()).isEqualTo("Nguyễn Văn Đồ 5");
		assertThat(five.phone()).isEqualTo("0912345678");
		assertThat(five.areaId()).isEqualTo(this.ward.areaB().id());
		assertThat(this.jdbc.sql("""
				select count(*) from household_statuses s join households h on h.id = s.household_id
				 where h.ward_id = :ward and s.status_year = 2026 and s.kind = 'POOR'""")
			.param("ward", this.ward.id())
			.query(Long.class)
			.single()).as("every tenth row is poor, rows 21 and 31 no longer").isEqualTo(28);
		assertThat(this.jdbc.sql("""
				select count(*) from audit_events where ward_id = :ward and entity_type = 'HOUSEHOLD'
				   and action = 'IMPORT' and field = 'importJob' and new_value = :job and actor = :actor""")
			.param("ward", this.ward.id())
			.param("job", String.valueOf(fixed.id()))
			.param("actor", this.ward.admin().username())
			.query(Long.class)
			.single()).isEqualTo(300);
	}

	@Test
	void aRowMatchingAnExistingHouseholdWaitsForTheUsersDecisionAndUpdatesIt() throws Exception {
		HouseholdDetail existing = this.households.create(this.ward.admin(),
				new HouseholdDetails("X-1", "Lê Văn Cũ", "1 Hẻm 5", null, this.ward.areaA().id(), 2, null, null));
		List<List<Object>> rows = goodRows(3);
		rows.add(row("x-1", "Lê Văn Mới", "1 Hẻm 5", "A", 5, "", ""));
		ImportJobView job = uploadAndWait(this.ward.admin(), Sheets.xlsx(HEADER, rows));
		assertThat(job.createRows()).isEqualTo(3);
		assertThat(job.undecidedRows()).isEqualTo(1);
		assertThat(job.committable()).isFalse();
		List<PlannedRow> matches = this.imports.matches(this.ward.admin(), job.id(), 0);
		assertThat(matches).singleElement().satisfies((row) -> {
			assertThat(row.rowNo()).isEqualTo(5);
			assertThat(row.targetId()).isEqualTo(existing.id());
			assertThat(row.targetLabel()).isEqualTo("X-1 – Lê Văn Cũ, 1 Hẻm 5");
		});

		this.imports.decide(this.ward.admin(), job.id(), List.of(5), RowDecision.UPDATE);
		this.imports.commit(this.ward.admin(), job.id());
		assertThat(waitFor(this.ward.admin(), job.id()).phase()).isEqualTo(ImportPhase.COMMITTED);
		HouseholdDetail updated = this.households.get(this.ward.admin(), existing.id());
		assertThat(updated.headName()).isEqualTo("Lê Văn Mới");
		assertThat(updated.members()).isEqualTo(5);
		assertThat(updated.code()).isEqualTo("x-1");
		assertThat(households()).isEqualTo(4);
		assertThat(this.jdbc
			.sql("select count(*) from audit_events where entity_type = 'HOUSEHOLD'"
					+ " and entity_id = :id and action = 'IMPORT_UPDATE'")
			.param("id", existing.id())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aPlanThatWentStaleIsRefusedAndWritesNothing() throws Exception {
		HouseholdDetail existing = this.households.create(this.ward.admin(),
				new HouseholdDetails("S-1", "Phạm Văn Sửa", "2 Hẻm 7", null, this.ward.areaA().id(), 2, null, null));
		List<List<Object>> rows = goodRows(5);
		rows.add(row("S-1", "Phạm Văn Sửa", "2 Hẻm 7", "A", 6, "", ""));
		ImportJobView job = uploadAndWait(this.ward.admin(), Sheets.xlsx(HEADER, rows));
		this.imports.decide(this.ward.admin(), job.id(), List.of(), RowDecision.UPDATE);
		this.households.update(this.ward.officer(), existing.id(),
				new HouseholdDetails("S-1", "Phạm Văn Sửa", "2 Hẻm 7", null, this.ward.areaA().id(), 3, null, null),
				existing.version());

		this.imports.commit(this.ward.admin(), job.id());
		ImportJobView stale = waitFor(this.ward.admin(), job.id());
		assertThat(stale.phase()).isEqualTo(ImportPhase.STALE);
		assertThat(stale.failureDetail()).isEqualTo("Dòng 7: hộ S-1 vừa được người khác sửa hoặc chuyển khu dân cư.");
		assertThat(households()).isEqualTo(1);
		assertThat(this.households.get(this.ward.admin(), existing.id()).members()).isEqualTo(3);

		this.imports.recheck(this.ward.admin(), job.id());
		ImportJobView again = waitFor(this.ward.admin(), job.id());
		assertThat(again.phase()).isEqualTo(ImportPhase.CHECKED);
		assertThat(again.undecidedRows()).isEqualTo(1);
	}

	@Test
	void anOfficerImportsOnlyIntoTheirAreasAndSeesOnlyTheirJobs() throws Exception {
		List<List<Object>> rows = List.of(row("", "Võ Văn A", "1 Lê Lợi", "A", 2, "", ""),
				row("", "Võ Văn B", "2 Lê Lợi", "B", 2, "", ""));
		ImportJobView job = uploadAndWait(this.ward.officer(), Sheets.xlsx(HEADER, rows));
		assertThat(errorLines(this.ward.officer(), job.id())).containsExactly(
				"3 E Mã khu dân cư (*): Khu dân cư «B» không thuộc phạm vi bạn được nhập, hoặc đã ngừng hoạt động.");
		assertThatThrownBy(() -> this.imports.job(this.ward.officerB(), job.id()))
			.isInstanceOf(ImportJobNotFoundException.class);
		assertThat(this.imports.job(this.ward.admin(), job.id()).id()).isEqualTo(job.id());
		TestWard other = this.fixtures.newWard();
		assertThatThrownBy(() -> this.imports.job(other.admin(), job.id()))
			.isInstanceOf(ImportJobNotFoundException.class);
	}

	@Test
	void householdsWithoutACodeGetTheFormsCodesAndTheSameHeadAndAddressTwiceIsAnError() throws Exception {
		List<List<Object>> rows = List.of(row("", "Đặng Văn Một", "1 Lê Lợi", "A", 2, "", ""),
				row("", "Đặng Văn Hai", "2 Lê Lợi", "A", 2, "", ""),
				row("", "đặng văn một", "1 le loi", "A", 3, "", ""));
		ImportJobView job = uploadAndWait(this.ward.admin(), Sheets.xlsx(HEADER, rows));
		assertThat(errorLines(this.ward.admin(), job.id())).containsExactly(
				"4 B Họ tên chủ hộ (*): Trùng chủ hộ và địa chỉ với dòng 2 của tệp; nếu là hai hộ khác nhau, hãy ghi mã hộ.");
		ImportJobView fixed = uploadAndWait(this.ward.admin(), Sheets.xlsx(HEADER, rows.subList(0, 2)));
		this.imports.commit(this.ward.admin(), fixed.id());
		assertThat(waitFor(this.ward.admin(), fixed.id()).phase()).isEqualTo(ImportPhase.COMMITTED);
		assertThat(this.jdbc.sql("select code from households where ward_id = :ward order by code")
			.param("ward", this.ward.id())
			.query(String.class)
			.list()).containsExactly("A-0001", "A-0002");
	}

	@Test
	void badFilesAreRefusedWithTheirReasonAndWriteNothing() throws Exception {
		assertUploadRefused(new byte[0], "Tệp rỗng hoặc chưa chọn tệp.");
		assertUploadRefused("Mã hộ,Họ tên\nA,B\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
				"Tệp là văn bản (như .csv)");
		assertUploadRefused(new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 }, "không phải bảng tính Excel");
		assertUploadRefused(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
				(byte) 0xE1, 0, 0 }, "đặt mật khẩu");

		assertJobFails(new byte[] { 'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9 }, "bị hỏng");
		assertJobFails(zip(Map.of("word/document.xml", new byte[100])), "không phải bảng tính Excel");
		assertJobFails(zip(Map.of("xl/workbook.xml", new byte[10], "xl/worksheets/sheet1.xml", new byte[5_000_000])),
				"nén bất thường");
		assertJobFails(Sheets.xlsx(List.of("Tên", "Tuổi"), List.of(List.of("A", 1))),
				"Tiêu đề cột không đúng mẫu (cột bắt buộc còn thiếu | tiêu đề không nhận ra): Họ tên chủ hộ; Địa chỉ; Mã khu dân cư; Số nhân khẩu | Tên; Tuổi");
		assertJobFails(Sheets.xlsx(HEADER, List.of()), "không có dòng dữ liệu");
		assertJobFails(Sheets.xlsx(HEADER, goodRows(3), new int[] { 1, 1, 1, 2 }), "ô gộp (B2:C2)");
		assertJobFails(tooManyRows(), "quá nhiều dòng (200001)");
		assertThat(households()).isZero();
	}

	@Test
	void theSameFileTwiceNeedsAnExplicitConfirmation() throws Exception {
		byte[] file = Sheets.xlsx(HEADER, goodRows(2));
		ImportJobView first = uploadAndWait(this.ward.admin(), file);
		this.imports.commit(this.ward.admin(), first.id());
		assertThat(waitFor(this.ward.admin(), first.id()).phase()).isEqualTo(ImportPhase.COMMITTED);

		assertThatThrownBy(() -> this.imports.upload(this.ward.admin(), ImportKind.HOUSEHOLDS, 2026, null, "lai.xlsx",
				file, false))
			.isInstanceOfSatisfying(DuplicateFileException.class,
					(ex) -> assertThat(ex.earlier().id()).isEqualTo(first.id()));
		Long again = this.imports.upload(this.ward.admin(), ImportKind.HOUSEHOLDS, 2026, null, "lai.xlsx", file, true);
		ImportJobView second = waitFor(this.ward.admin(), again);
		assertThat(second.undecidedRows()).isEqualTo(2);
		assertThat(households()).isEqualTo(2);
	}

	@Test
	void theTemplateHasTheHeadersTheListsAndReadsBackAsAnEmptyImport() throws Exception {
		byte[] template = this.mvc
			.perform(get("/imports/templates/ho-gia-dinh.xlsx").param("year", "2026").with(as(this.ward.officer())))
			.andExpect(status().isOk())
			.andExpect(
					header().string("Content-Disposition", "attachment; filename=\"mau-nhap-ho-gia-dinh-2026.xlsx\""))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template))) {
			List<String> header = new ArrayList<>();
			Row first = workbook.getFirstSheet().read().get(0);
			first.forEach((cell) -> header.add(cell.asString()));
			assertThat(header).isEqualTo(HEADER);
			List<Row> lists = workbook.findSheet("Danh mục").orElseThrow().read();
			assertThat(lists.get(1).getCellText(0)).isEqualTo("A");
			assertThat(lists.get(1).getCellText(4)).isEqualTo("Hộ nghèo");
		}
		String sheet = new String(entry(template, "xl/worksheets/sheet1.xml"), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(sheet).contains("<pane")
			.contains("dataValidation")
			.contains("dataValidation sqref=\"E2:E5001\"")
			.contains("c'!$A$2:$A$2</formula1>")
			.doesNotContain("<row r=\"3\"");
		assertThat(new String(entry(template, "xl/comments1.xml"), java.nio.charset.StandardCharsets.UTF_8))
			.contains("KV11-0042");
		ImportJobView job = uploadAndWait(this.ward.officer(), template);
		assertThat(job.phase()).isEqualTo(ImportPhase.FAILED);
		assertThat(this.imports.failure(job)).contains("không có dòng dữ liệu");
	}

	@Test
	void theWebFlowUploadsShowsProgressAndErrorsAndRefusesWhatItMust() throws Exception {
		List<List<Object>> rows = goodRows(3);
		rows.add(row("", "Lý Thị <b>Bốn</b>", "4 Lê Lợi", "Z", 2, "", ""));
		String location = this.mvc
			.perform(multipart("/imports")
				.file(new MockMultipartFile("file", "ho dan.xlsx", ImportController_XLSX, Sheets.xlsx(HEADER, rows)))
				.param("kind", "HOUSEHOLDS")
				.param("year", "2026")
				.with(as(this.ward.admin()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
		waitFor(this.ward.admin(), id);
		String progress = this.mvc.perform(get(location + "/progress").with(as(this.ward.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(progress).contains("\"phase\":\"CHECKED\"").contains("\"percent\":100");
		String page = this.mvc.perform(get(location).with(as(this.ward.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("3 dòng hợp lệ")
			.contains("1 dòng lỗi")
			.contains("Không có khu dân cư mã «Z» trong phường.")
			.contains("/annotated.xlsx");
		byte[] annotated = this.mvc.perform(get(location + "/annotated.xlsx").with(as(this.ward.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(annotated))) {
			List<Row> read = workbook.getFirstSheet().read();
			assertThat(read.get(0).getCellText(0)).isEqualTo("Lỗi (Sổ Chi Bộ)");
			assertThat(read.get(0).getCellText(2)).isEqualTo("Họ tên chủ hộ (*)");
			assertThat(read.get(1).getCellText(0)).isEmpty();
			assertThat(read.get(4).getCellText(0))
				.isEqualTo("Cột E «Mã khu dân cư (*)»: Không có khu dân cư mã «Z» trong phường.");
			assertThat(read.get(4).getCellText(2)).isEqualTo("Lý Thị <b>Bốn</b>");
		}

		this.mvc.perform(post(location + "/commit").with(as(this.ward.admin()))).andExpect(status().isForbidden());
		this.mvc.perform(post(location + "/commit").with(as(this.ward.admin())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.imports.job(this.ward.admin(), id).phase()).isEqualTo(ImportPhase.CHECKED);
		this.mvc.perform(get(location).with(as(this.ward.officerB()))).andExpect(status().isNotFound());
		this.mvc.perform(get("/imports/999999999").with(as(this.ward.admin()))).andExpect(status().isNotFound());
		this.mvc.perform(get("/imports").with(as(this.ward.inspector()))).andExpect(status().isForbidden());
		this.mvc
			.perform(multipart("/imports")
				.file(new MockMultipartFile("file", "x.xlsx", ImportController_XLSX, Sheets.xlsx(HEADER, rows)))
				.param("kind", "HOUSEHOLDS")
				.param("year", "1990")
				.with(as(this.ward.admin()))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("Năm phải từ 2000 đến")));
		this.mvc
			.perform(multipart("/imports").param("kind", "HOUSEHOLDS")
				.param("year", "2026")
				.with(as(this.ward.admin()))
				.with(csrf()))
			.andExpect(status().isOk());
		assertThat(households()).isZero();
	}

	@Test
	void columnsAreMatchedByNameInAnyOrderAndOptionalOnesMayBeLeftOut() throws Exception {
		List<String> header = List.of("số nhân khẩu", "MA KHU DAN CU (*)", "Địa chỉ", "Họ tên chủ hộ");
		List<List<Object>> rows = List.of(List.of(3, "A", "9 Lê Lợi", "Mai Văn Thứ Tự"));
		ImportJobView job = uploadAndWait(this.ward.admin(), Sheets.xlsx(header, rows));
		assertThat(job.phase()).isEqualTo(ImportPhase.CHECKED);
		assertThat(job.createRows()).isEqualTo(1);
		this.imports.commit(this.ward.admin(), job.id());
		assertThat(waitFor(this.ward.admin(), job.id()).phase()).isEqualTo(ImportPhase.COMMITTED);
		HouseholdDetail household = this.households.getByCode(this.ward.admin(), "A-0001");
		assertThat(household.headName()).isEqualTo("Mai Văn Thứ Tự");
		assertThat(household.members()).isEqualTo(3);
	}

	@Test
	void aCheckWhoseInstanceStoppedCanBeStartedAgain() throws Exception {
		ImportJobView job = uploadAndWait(this.ward.admin(), Sheets.xlsx(HEADER, goodRows(2)));
		assertThatThrownBy(() -> this.imports.recheck(this.ward.officerB(), job.id()))
			.isInstanceOf(ImportJobNotFoundException.class);
		this.jdbc.sql(
				"update import_jobs set phase = 'CHECKING', checked_at = null, updated_at = now() - interval '3 minutes'"
						+ " where id = :id")
			.param("id", job.id())
			.update();
		ImportJobView stuck = this.imports.job(this.ward.admin(), job.id());
		assertThat(this.imports.interrupted(stuck)).isTrue();
		assertThatThrownBy(() -> this.imports.commit(this.ward.admin(), job.id()))
			.isInstanceOf(RuleViolationException.class);
		this.imports.recheck(this.ward.admin(), job.id());
		ImportJobView again = waitFor(this.ward.admin(), job.id());
		assertThat(again.phase()).isEqualTo(ImportPhase.CHECKED);
		assertThat(again.createRows()).isEqualTo(2);
		this.imports.discard(this.ward.admin(), job.id());
		assertThat(this.imports.job(this.ward.admin(), job.id()).phase()).isEqualTo(ImportPhase.DISCARDED);
		assertThatThrownBy(() -> this.imports.commit(this.ward.admin(), job.id()))
			.isInstanceOf(RuleViolationException.class);
		assertThat(households()).isZero();
	}

	static final String ImportController_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private void assertUploadRefused(byte[] file, String message) {
		long jobs = this.jdbc.sql("select count(*) from import_jobs").query(Long.class).single();
		assertThatThrownBy(
				() -> this.imports.upload(this.ward.admin(), ImportKind.HOUSEHOLDS, 2026, null, "x.xlsx", file, false))
			.isInstanceOfSatisfying(RuleViolationException.class,
					(ex) -> assertThat(this.messages.getMessage(ex.messageKey(), ex.arguments(), VietnameseText.LOCALE))
						.contains(message));
		assertThat(this.jdbc.sql("select count(*) from import_jobs").query(Long.class).single()).isEqualTo(jobs);
	}

	private void assertJobFails(byte[] file, String message) throws Exception {
		ImportJobView job = uploadAndWait(this.ward.admin(), file);
		assertThat(job.phase()).isEqualTo(ImportPhase.FAILED);
		assertThat(this.imports.failure(job)).contains(message);
		assertThat(this.jdbc.sql("select count(*) from import_job_rows where job_id = :id")
			.param("id", job.id())
			.query(Long.class)
			.single()).isZero();
	}

	private static byte[] zip(Map<String, byte[]> entries) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	/** A workbook whose first sheet holds a header and 200,001 rows (as XML, quickly). */
	private static byte[] tooManyRows() throws Exception {
		StringBuilder sheet = new StringBuilder("<worksheet><sheetData>");
		for (int r = 1; r <= 200_002; r++) {
			sheet.append("<row r=\"")
				.append(r)
				.append("\"><c r=\"A")
				.append(r)
				.append("\"><v>")
				.append(r * 7919L)
				.append("</v></c></row>");
		}
		sheet.append("</sheetData></worksheet>");
		return zip(Map.of("xl/workbook.xml", "<workbook/>".getBytes(), "xl/worksheets/sheet1.xml",
				sheet.toString().getBytes()));
	}

	private static byte[] entry(byte[] zip, String name) throws Exception {
		try (var file = org.apache.commons.compress.archivers.zip.ZipFile.builder()
			.setSeekableByteChannel(new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(zip))
			.get()) {
			var entry = file.getEntry(name);
			assertThat(entry).as(name).isNotNull();
			try (var in = file.getInputStream(entry)) {
				return in.readAllBytes();
			}
		}
	}

}
