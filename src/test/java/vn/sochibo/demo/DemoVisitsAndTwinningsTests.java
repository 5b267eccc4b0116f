package vn.sochibo.demo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import vn.sochibo.cellwork.RecommendationStatus;
import vn.sochibo.cellwork.TwinningRow;
import vn.sochibo.cellwork.TwinningStatus;
import vn.sochibo.cellwork.TwinningView;
import vn.sochibo.cellwork.Twinnings;
import vn.sochibo.cellwork.VisitView;
import vn.sochibo.cellwork.Visits;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.Role;
import vn.sochibo.ward.CellView;
import vn.sochibo.ward.Cells;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's visits and twinnings (seed stories 1 and 4): the ward secretary's visit to
 * Chi bộ Khu vực 11 with two recommendations closed and one open, and the Ia Lang
 * twinning with its five contents, its target measured on the register, its 14 gifts and
 * the two twinnings planned for 2023.
 */
@SpringBootTest(properties = { "sochibo.admin.password=test-system-admin-password" })
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class DemoVisitsAndTwinningsTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Cells cells;

	@Autowired
	Visits visits;

	@Autowired
	Twinnings twinnings;

	@Test
	void kv11HoldsTheWardSecretarysVisitWithItsRecommendationsFollowedUp() {
		CurrentUser admin = admin(DemoData.WARD_NAME);
		CellView cell = cell(admin, "Chi bộ Khu vực 11");
		var rows = this.visits.list(admin, cell.id(), PageRequest.of(0, 5)).getContent();
		assertThat(rows).hasSize(1);
		VisitView visit = this.visits.get(admin, cell.id(), rows.get(0).id());
		assertThat(visit.visitors().get(0).position()).isEqualTo("Bí thư Đảng ủy phường");
		assertThat(visit.recommendations()).extracting(VisitView.RecommendationView::status)
			.containsExactly(RecommendationStatus.DONE, RecommendationStatus.DONE, RecommendationStatus.IN_PROGRESS);
		assertThat(this.visits.openRecommendations(admin, cell.id())).hasSize(1);
		assertThat(this.visits.year(admin, cell.id(), 2025).visits()).isEqualTo(1);
	}

	@Test
	void chiLangHoldsTheIaLangTwinningAndTheTwoPlanned() {
		CurrentUser admin = admin(DemoChiLang.WARD_NAME);
		CellView tdp1 = cell(admin, "Chi bộ TDP 1");
		CellView village = cell(admin, "Chi bộ làng Ia Lang");
		CellView tdp3 = cell(admin, "Chi bộ TDP 3");
		List<TwinningRow> rows = this.twinnings.list(admin, tdp1.id());
		// Each town cell: the Ia Lang twinning and the one it plans for 2023.
		assertThat(rows).extracting(TwinningRow::fromYear).containsExactlyInAnyOrder(2022, 2023);
		assertThat(this.twinnings.list(admin, tdp3.id())).extracting(TwinningRow::status)
			.contains(TwinningStatus.PLANNED)
			.hasSize(2);
		assertThat(rows.stream().filter((row) -> row.fromYear() == 2023)).extracting(TwinningRow::signedOn)
			.containsOnlyNulls();
		Long id = rows.stream().filter((row) -> row.signedOn() != null).findFirst().orElseThrow().id();
		TwinningView twinning = this.twinnings.get(admin, village.id(), id);
		assertThat(twinning.parties()).extracting(TwinningView.Party::name)
			.containsExactly("Chi bộ TDP 1", "Chi bộ TDP 3", "Chi bộ làng Ia Lang");
		assertThat(twinning.contents()).hasSize(5);
		TwinningView.TargetView target = twinning.targets().get(0);
		assertThat(target.baseline()).isEqualTo(14);
		assertThat(target.progress()).isEqualTo(5);
		assertThat(twinning.gifts()).isEqualTo(14);
		assertThat(twinning.given()).isEqualTo(Money.of(10_000_000));
	}

	private CurrentUser admin(String wardName) {
		Long wardId = this.jdbc.queryForObject("select id from wards where name = ?", Long.class, wardName);
		return new CurrentUser(null, wardId, "test", Role.WARD_ADMIN);
	}

	private CellView cell(CurrentUser admin, String name) {
		return this.cells.list(admin).stream().filter((cell) -> name.equals(cell.name())).findFirst().orElseThrow();
	}

}
