package vn.sochibo.imports;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.NotFoundException;
import vn.sochibo.shared.OutOfScopeException;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A cell secretary's import of the cell's Party members: the members' own rules on each
 * row (joined before the Party was founded, too young, a day to come, an unknown
 * household), a name and birth year twice, the fixed file registered on the cell's roll
 * with the job in every member's history; another cell's members and an officer refused.
 */
@IntegrationTest
class MemberImportTests {

	static final List<String> HEADER = List.of("Họ tên (*)", "Năm sinh (*)", "Giới tính (*)", "Ngày vào Đảng (*)",
			"Ngày chính thức", "Ngày dự kiến chính thức", "Số thẻ đảng viên", "Miễn sinh hoạt từ ngày",
			"Lý do miễn sinh hoạt", "Mã hộ đang ở", "Ngày sinh hoạt tại chi bộ (*)", "Chuyển đến từ", "Ghi chú");

	@Autowired
	Imports imports;

	@Autowired
	WardFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	TestWard ward;

	HouseholdDetail home;

	@BeforeEach
	void newWard() {
		this.ward = this.fixtures.newWard();
		this.home = this.fixtures.household(this.ward, this.ward.areaA(), "Nguyễn Văn Nhà");
	}

	private ImportJobView waitFor(CurrentUser user, Long id) throws Exception {
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		ImportJobView job = this.imports.job(user, id);
		while (job.phase().isRunning() && Instant.now().isBefore(until)) {
			Thread.sleep(20);
			job = this.imports.job(user, id);
		}
		return job;
	}

	private static List<Object> member(String name, Object birthYear, String sex, String joined, String official,
			String household, String since) {
		return new ArrayList<>(List.of(name, birthYear, sex, joined, official, "", "", "", "", household, since));
	}

	@Test
	void theMembersRulesCheckEachRowAndTheFixedFileFillsTheRoll() throws Exception {
		String future = LocalDate.now().plusYears(1).getYear() + "";
		List<List<Object>> rows = new ArrayList<>();
		rows.add(member("Trần Văn Một", 1950, "Nam", "03/02/1975", "03/02/1976", this.home.code(), "01/01/2010"));
		rows.add(member("Lê Thị Hai", 1960, "Nữ", "01/01/1925", "", "", "01/01/2010"));
		rows.add(member("Phạm Văn Ba", 1970, "Nam", "01/01/1980", "", "", "01/01/2010"));
		rows.add(member("Võ Thị Bốn", 1965, "Nữ", "01/01/1990", "", "KHONG-CO", "01/01/2010"));
		rows.add(member("Đỗ Văn Năm", 1980, "Khác", "01/01/2005", "", "", "01/01/" + future));
		rows.add(member("Trần Văn Một", 1950, "Nam", "03/02/1975", "", "", "01/01/2010"));
		Long id = this.imports.upload(this.ward.secretary(), ImportKind.MEMBERS, null, this.ward.cellA().id(),
				"dv.xlsx", Sheets.xlsx(HEADER, rows), false);
		ImportJobView job = waitFor(this.ward.secretary(), id);
		List<String> lines = new ArrayList<>();
		for (PlannedRow row : this.imports.errors(this.ward.secretary(), id, 0)) {
			for (RowError error : row.errors()) {
				lines.add(row.rowNo() + " " + error.columnLetter() + ": " + this.imports.reason(error));
			}
		}
		assertThat(lines).containsExactly("3 D: Ngày vào Đảng không thể trước ngày thành lập Đảng (03/02/1930).",
				"4 D: Đảng viên vào Đảng khi đủ 18 tuổi trở lên: ngày vào Đảng không khớp với năm sinh.",
				"5 J: Không có hộ nào có mã này trong phạm vi của bạn.",
				"6 C: «Khác» không có trong danh sách: Nam; Nữ.", "7 A: Trùng họ tên và năm sinh với dòng 2 của tệp.");
		assertThat(job.createRows()).isEqualTo(1);

		rows.set(1, member("Lê Thị Hai", 1960, "Nữ", "01/01/1985", "", "", "01/01/2010"));
		rows.set(2, member("Phạm Văn Ba", 1950, "Nam", "01/01/1980", "01/01/1981", "", "01/01/2010"));
		rows.set(3, member("Võ Thị Bốn", 1965, "Nữ", "01/01/1990", "", "", "01/01/2010"));
		rows.set(4, member("Đỗ Văn Năm", 1980, "Nam", "01/01/2005", "01/01/2006", "", "01/01/2015"));
		rows.remove(5);
		Long fixed = this.imports.upload(this.ward.secretary(), ImportKind.MEMBERS, null, this.ward.cellA().id(),
				"dv2.xlsx", Sheets.xlsx(HEADER, rows), false);
		ImportJobView checked = waitFor(this.ward.secretary(), fixed);
		assertThat(checked.errorRows()).isZero();
		this.imports.commit(this.ward.secretary(), fixed);
		assertThat(waitFor(this.ward.secretary(), fixed).phase()).isEqualTo(ImportPhase.COMMITTED);
		assertThat(this.jdbc.sql("select full_name from party_members where cell_id = :cell order by full_name")
			.param("cell", this.ward.cellA().id())
			.query(String.class)
			.list()).containsExactlyInAnyOrder("Đỗ Văn Năm", "Lê Thị Hai", "Phạm Văn Ba", "Trần Văn Một", "Võ Thị Bốn");
		assertThat(this.jdbc
			.sql("select household_id from party_members where full_name = 'Trần Văn Một'" + " and ward_id = :ward")
			.param("ward", this.ward.id())
			.query(Long.class)
			.single()).isEqualTo(this.home.id());
		assertThat(this.jdbc
			.sql("select count(*) from audit_events where entity_type = 'PARTY_MEMBER'"
					+ " and action = 'IMPORT' and new_value = :job")
			.param("job", String.valueOf(fixed))
			.query(Long.class)
			.single()).isEqualTo(5);

		Long again = this.imports.upload(this.ward.secretary(), ImportKind.MEMBERS, null, this.ward.cellA().id(),
				"dv3.xlsx", Sheets.xlsx(HEADER, rows.subList(0, 1)), false);
		assertThat(waitFor(this.ward.secretary(), again).undecidedRows()).isEqualTo(1);
	}

	@Test
	void anotherCellsMembersAndAnOfficerAreRefused() {
		byte[] file = Sheets.xlsx(HEADER, List.of(member("A", 1950, "Nam", "01/01/1980", "", "", "01/01/2010")));
		assertThatThrownBy(() -> this.imports.upload(this.ward.secretary(), ImportKind.MEMBERS, null,
				this.ward.cellB().id(), "x.xlsx", file, false))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.imports.upload(this.ward.officer(), ImportKind.MEMBERS, null,
				this.ward.cellA().id(), "x.xlsx", file, false))
			.isInstanceOf(OutOfScopeException.class);
		assertThat(this.imports.memberCells(this.ward.secretary())).extracting((cell) -> cell.id())
			.containsExactly(this.ward.cellA().id());
		assertThat(this.imports.memberCells(this.ward.officer())).isEmpty();
	}

}
