package vn.sochibo.ward.web;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Role;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.support.Xlsx;
import vn.sochibo.ward.AreaDetails;
import vn.sochibo.ward.AreaView;
import vn.sochibo.ward.Areas;
import vn.sochibo.ward.CellDetails;
import vn.sochibo.ward.Cells;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.sochibo.account.TestPrincipals.as;

/**
 * The areas and cells lists as .xlsx: every area with its dates as date cells and its
 * status in words, every cell with the areas it covers today; only the user's own ward.
 */
@IntegrationTest
class AreaCellExportTests {

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Areas areas;

	@Autowired
	Cells cells;

	@Autowired
	MockMvc mvc;

	TestWard ward;

	@BeforeEach
	void newWard() {
		this.ward = this.fixtures.newWard();
	}

	@Test
	void everyAreaWithItsDatesAndStatus() throws Exception {
		AreaView ended = this.areas.create(this.ward.admin(),
				new AreaDetails("C", "=Khu vực C", LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31)));

		Xlsx xlsx = export("/areas/export.xlsx", this.ward.officer());

		assertThat(xlsx.title()).contains(this.ward.ward().name()).contains("Khu dân cư");
		assertThat(xlsx.headers()).containsExactly("Mã", "Tên", "Loại đơn vị", "Hiệu lực từ", "Hiệu lực đến",
				"Trạng thái");
		assertThat(xlsx.column(0)).containsExactlyInAnyOrder("A", "B", "C");
		var row = xlsx.body().stream().filter((r) -> Xlsx.text(r, 0).equals("C")).findFirst().orElseThrow();
		Xlsx.assertText(row, 1, ended.name());
		Xlsx.assertDate(row, 3, LocalDate.of(2020, 1, 1));
		Xlsx.assertDate(row, 4, LocalDate.of(2024, 12, 31));
		Xlsx.assertText(row, 5, "Đã kết thúc");
		var active = xlsx.body().stream().filter((r) -> Xlsx.text(r, 0).equals("A")).findFirst().orElseThrow();
		Xlsx.assertText(active, 5, "Đang hoạt động");
	}

	@Test
	void everyCellWithTheAreasItCoversToday() throws Exception {
		CurrentUser seed = new CurrentUser(null, this.ward.id(), "test", Role.WARD_ADMIN);
		this.cells.create(seed, new CellDetails("Chi bộ Ghép", null, LocalDate.of(2020, 1, 1), null,
				Set.of(this.ward.areaA().id(), this.ward.areaB().id())));

		Xlsx xlsx = export("/cells/export.xlsx", this.ward.inspector());

		assertThat(xlsx.title()).contains("Chi bộ");
		assertThat(xlsx.column(0)).containsExactlyInAnyOrder("Chi bộ A", "Chi bộ B", "Chi bộ Ghép");
		var merged = xlsx.body()
			.stream()
			.filter((r) -> Xlsx.text(r, 0).equals("Chi bộ Ghép"))
			.findFirst()
			.orElseThrow();
		assertThat(Xlsx.text(merged, 2)).contains(this.ward.areaA().label()).contains(this.ward.areaB().label());
		assertThat(Xlsx.text(merged, 1)).isEmpty();
		var a = xlsx.body().stream().filter((r) -> Xlsx.text(r, 0).equals("Chi bộ A")).findFirst().orElseThrow();
		Xlsx.assertText(a, 1, "Bí thư A");
		Xlsx.assertDate(a, 3, LocalDate.of(2020, 1, 1));
	}

	@Test
	void onlyTheUsersOwnWardAndNeverAnonymously() throws Exception {
		TestWard other = this.fixtures.newWard();
		assertThat(export("/areas/export.xlsx", other.admin()).title()).contains(other.ward().name());
		assertThat(export("/cells/export.xlsx", other.admin()).column(0)).containsExactlyInAnyOrder("Chi bộ A",
				"Chi bộ B");
		this.mvc.perform(get("/areas/export.xlsx")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/cells/export.xlsx")).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/areas/export.xlsx").with(as(new CurrentUser(null, null, "sysadmin", Role.SYSTEM_ADMIN))))
			.andExpect(status().isForbidden());
	}

	private Xlsx export(String path, CurrentUser user) throws Exception {
		return Xlsx.of(this.mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn());
	}

}
