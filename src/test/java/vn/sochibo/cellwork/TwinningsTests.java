package vn.sochibo.cellwork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.Households;
import vn.sochibo.household.StatusDetails;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.OutOfScopeException;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.StaleEditException;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.ward.CellNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Twinnings against PostgreSQL: at least two parties, never the same cell twice, a term
 * that ends after it starts, read through each own-ward party cell, changed only by who
 * writes for the owner cell; targets with progress from the register or entered.
 */
@IntegrationTest
class TwinningsTests {

	@Autowired
	WardFixtures wards;

	@Autowired
	Twinnings twinnings;

	@Autowired
	Households households;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	TestWard ward;

	LocalDate today;

	@BeforeEach
	void ward() {
		this.ward = this.wards.newWard();
		this.today = LocalDate.now(this.clock);
	}

	TwinningDetails details(List<Long> cells, List<String> outside) {
		return new TwinningDetails("Kết nghĩa với làng Ia Lang", TwinningStatus.ACTIVE, 2022, 2025,
				LocalDate.of(2022, 3, 26), cells, outside,
				List.of("Công tác tuyên truyền, vận động", " ", "Phát triển kinh tế"), null);
	}

	@Test
	void aTwinningOfTheOwnerCellAnotherCellAndAnOutsideCellIsReadThroughEachOwnWardCell() {
		TwinningView created = this.twinnings.create(this.ward.secretary(), this.ward.cellA().id(),
				details(List.of(this.ward.cellB().id()), List.of("Chi bộ làng Ia Lang, xã Ia Kênh")));

		assertThat(created.parties()).extracting(TwinningView.Party::name)
			.containsExactly("Chi bộ A", "Chi bộ B", "Chi bộ làng Ia Lang, xã Ia Kênh");
		assertThat(created.contents()).containsExactly("Công tác tuyên truyền, vận động", "Phát triển kinh tế");
		assertThat(this.twinnings.get(this.ward.admin(), this.ward.cellB().id(), created.id()).title())
			.isEqualTo("Kết nghĩa với làng Ia Lang");
		assertThat(this.twinnings.list(this.ward.inspector(), this.ward.cellB().id())).extracting(TwinningRow::parties)
			.containsExactly("Chi bộ A – Chi bộ B – Chi bộ làng Ia Lang, xã Ia Kênh");
		assertThat(this.audit.history(Twinnings.ENTITY, created.id())).extracting("field")
			.contains("twinning.parties", "twinning.contents", "twinning.term");
		// The secretary of cell A reads it only through their own cell.
		assertThatExceptionOfType(CellNotFoundException.class)
			.isThrownBy(() -> this.twinnings.get(this.ward.secretary(), this.ward.cellB().id(), created.id()));
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.twinnings.get(this.ward.officer(), this.ward.cellA().id(), created.id()));
		TestWard other = this.wards.newWard();
		assertThatExceptionOfType(TwinningNotFoundException.class)
			.isThrownBy(() -> this.twinnings.get(other.admin(), other.cellA().id(), created.id()));
	}

	@Test
	void aTwinningOfOnePartyTheSameCellTwiceOrAnotherWardsCellIsRefusedAndNothingIsWritten() {
		Long cellA = this.ward.cellA().id();
		TestWard other = this.wards.newWard();
		assertRule(() -> this.twinnings.create(this.ward.secretary(), cellA, details(List.of(), List.of(" "))),
				"cellIds", "twinning.parties.tooFew");
		assertRule(() -> this.twinnings.create(this.ward.secretary(), cellA, details(List.of(cellA), List.of())),
				"cellIds", "twinning.parties.duplicate");
		assertRule(
				() -> this.twinnings.create(this.ward.admin(), cellA,
						details(List.of(this.ward.cellB().id(), this.ward.cellB().id()), List.of())),
				"cellIds", "twinning.parties.duplicate");
		assertRule(
				() -> this.twinnings.create(this.ward.secretary(), cellA,
						details(List.of(), List.of("Chi bộ làng X", "chi bộ làng x"))),
				"outsideParties", "twinning.parties.duplicate");
		assertRule(() -> this.twinnings.create(this.ward.secretary(), cellA,
				details(List.of(other.cellA().id()), List.of())), "cellIds", "twinning.parties.unknown");
		assertRule(
				() -> this.twinnings
					.create(this.ward.secretary(), cellA,
							new TwinningDetails("T", TwinningStatus.ACTIVE, 2025, 2022, LocalDate.of(2022, 1, 1),
									List.of(), List.of("Chi bộ làng X"), List.of(), null)),
				"toYear", "twinning.toYear.beforeFrom");
		assertRule(
				() -> this.twinnings.create(this.ward.secretary(), cellA,
						new TwinningDetails("T", TwinningStatus.PLANNED, 2023, 2025, LocalDate.of(2023, 1, 1),
								List.of(), List.of("Chi bộ làng X"), List.of(), null)),
				"signedOn", "twinning.signedOn.planned");
		assertRule(
				() -> this.twinnings
					.create(this.ward.secretary(), cellA,
							new TwinningDetails("T", TwinningStatus.ACTIVE, 2023, 2025, this.today.plusDays(1),
									List.of(), List.of("Chi bộ làng X"), List.of(), null)),
				"signedOn", "visit.date.future");
		assertThatExceptionOfType(CellNotFoundException.class).isThrownBy(() -> this.twinnings
			.create(this.ward.secretary(), this.ward.cellB().id(), details(List.of(), List.of("Chi bộ làng X"))));
		assertThat(count("cell_twinnings")).isZero();
		assertThat(count("cell_twinning_parties")).isZero();
	}

	@Test
	void aPlannedTwinningHasNoSigningDateAndOnlyTheOwnerCellsWritersChangeIt() {
		TwinningView planned = this.twinnings.create(this.ward.admin(), this.ward.cellB().id(),
				new TwinningDetails("Kết nghĩa dự kiến 2023", TwinningStatus.PLANNED, 2023, 2025, null,
						List.of(this.ward.cellA().id()), List.of(), List.of(), null));
		assertThat(planned.signedOn()).isNull();

		// The secretary of cell A reads it but may not change it: cell B recorded it.
		assertThat(this.twinnings.get(this.ward.secretary(), this.ward.cellA().id(), planned.id()).status())
			.isEqualTo(TwinningStatus.PLANNED);
		assertThatExceptionOfType(CellNotFoundException.class)
			.isThrownBy(() -> this.twinnings.addActivity(this.ward.secretary(), this.ward.cellA().id(), planned.id(),
					new JointActivity(this.today, "Gặp mặt", null, 10)));
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.twinnings.addActivity(this.ward.inspector(), this.ward.cellA().id(), planned.id(),
					new JointActivity(this.today, "Gặp mặt", null, 10)));

		TwinningView signed = this.twinnings.update(this.ward.admin(), this.ward.cellA().id(), planned.id(),
				new TwinningDetails("Kết nghĩa 2023", TwinningStatus.ACTIVE, 2023, 2025, LocalDate.of(2023, 5, 1),
						List.of(this.ward.cellA().id()), List.of("Chi bộ thôn Y"), List.of("Tuyên truyền"), null),
				planned.version());
		assertThat(signed.parties()).hasSize(3);
		assertThatExceptionOfType(StaleEditException.class)
			.isThrownBy(() -> this.twinnings.update(this.ward.admin(), this.ward.cellB().id(), planned.id(),
					details(List.of(this.ward.cellA().id()), List.of()), planned.version()));
		assertThat(this.audit.history(Twinnings.ENTITY, planned.id())).extracting("field")
			.contains("twinning.status", "twinning.signedOn", "twinning.parties");
	}

	@Test
	void progressFromTheRegisterCountsTheBaselinesPoorHouseholdsNoLongerPoor() {
		HouseholdDetail stillPoor = status(this.wards.household(this.ward, this.ward.areaA(), "Hộ Một"), 2022,
				StatusKind.POOR, 2025, StatusKind.POOR);
		HouseholdDetail nearPoorNow = status(this.wards.household(this.ward, this.ward.areaA(), "Hộ Hai"), 2022,
				StatusKind.POOR, 2025, StatusKind.NEAR_POOR);
		status(this.wards.household(this.ward, this.ward.areaA(), "Hộ Ba"), 2022, StatusKind.NEAR_POOR, null, null);
		status(this.wards.household(this.ward, this.ward.areaA(), "Hộ Bốn"), 2022, StatusKind.POOR, 2024,
				StatusKind.NEAR_POOR);
		status(this.wards.household(this.ward, this.ward.areaB(), "Hộ Năm"), 2022, StatusKind.POOR, null, null);
		assertThat(stillPoor).isNotNull();
		assertThat(nearPoorNow).isNotNull();
		TwinningView twinning = this.twinnings.create(this.ward.admin(), this.ward.cellA().id(),
				details(List.of(), List.of("Chi bộ làng Ia Lang")));

		TwinningView.TargetView target = this.twinnings
			.addTarget(this.ward.admin(), this.ward.cellA().id(), twinning.id(),
					new TargetDetails("Giúp 3 hộ nghèo và 3 hộ cận nghèo thoát nghèo đến năm 2025", "hộ", 6,
							TwinningTargetKind.HOUSEHOLDS_OUT_OF_POVERTY, 2022, Set.of(this.ward.areaA().id())))
			.targets()
			.get(0);

		int year = Math.min(this.today.getYear(), 2025);
		assertThat(target.progressYear()).isEqualTo(year);
		assertThat(target.baseline()).isEqualTo(4);
		// Hộ Ba (near-poor only in 2022) and, from 2025, Hộ Bốn (near-poor in 2024 only).
		assertThat(target.progress()).isEqualTo((year >= 2025) ? 2 : 1);
		assertThat(target.areas()).containsExactly("Khu vực A");
	}

	@Test
	void targetValuesAndEnteredProgressMustBeSensibleAndActivitiesDated() {
		Long cellA = this.ward.cellA().id();
		TwinningView twinning = this.twinnings.create(this.ward.secretary(), cellA,
				details(List.of(), List.of("Chi bộ làng Ia Lang")));
		assertRule(
				() -> this.twinnings.addTarget(this.ward.secretary(), cellA, twinning.id(),
						new TargetDetails("Âm", "hộ", -3, TwinningTargetKind.ENTERED, null, Set.of())),
				"targetValue", "twinning.target.value.range");
		assertRule(
				() -> this.twinnings.addTarget(this.ward.secretary(), cellA, twinning.id(),
						new TargetDetails("Quá lớn", "hộ", 10_000_000, TwinningTargetKind.ENTERED, null, Set.of())),
				"targetValue", "twinning.target.value.range");
		assertRule(
				() -> this.twinnings.addTarget(this.ward.secretary(), cellA, twinning.id(), new TargetDetails("Sổ hộ",
						"hộ", 3, TwinningTargetKind.HOUSEHOLDS_OUT_OF_POVERTY, 2022, Set.of())),
				"areaIds", "twinning.target.areas.required");
		assertRule(
				() -> this.twinnings.addTarget(this.ward.secretary(), cellA, twinning.id(), new TargetDetails("Sổ hộ",
						"hộ", 3, TwinningTargetKind.HOUSEHOLDS_OUT_OF_POVERTY, 2030, Set.of(this.ward.areaA().id()))),
				"baselineYear", "twinning.target.baseline.range");
		assertThat(count("cell_twinning_targets")).isZero();

		TwinningView.TargetView target = this.twinnings
			.addTarget(this.ward.secretary(), cellA, twinning.id(),
					new TargetDetails("Làm nhà đại đoàn kết", "căn", 2, TwinningTargetKind.ENTERED, null, null))
			.targets()
			.get(0);
		assertRule(() -> this.twinnings.addProgress(this.ward.secretary(), cellA, twinning.id(), target.id(),
				new ProgressEntry(this.today, -1, null)), "value", "twinning.progress.value.range");
		assertRule(() -> this.twinnings.addProgress(this.ward.secretary(), cellA, twinning.id(), target.id(),
				new ProgressEntry(this.today.plusDays(1), 1, null)), "date", "visit.date.future");
		TwinningView progressed = this.twinnings.addProgress(this.ward.secretary(), cellA, twinning.id(), target.id(),
				new ProgressEntry(this.today, 1, "Căn thứ nhất"));
		assertThat(progressed.targets().get(0).progress()).isEqualTo(1);
		assertThat(progressed.targets().get(0).percent()).isEqualTo(50);

		assertRule(() -> this.twinnings.addActivity(this.ward.secretary(), cellA, twinning.id(),
				new JointActivity(this.today, " ", null, 3)), "title", "twinning.activity.title.required");
		assertRule(
				() -> this.twinnings.addActivity(this.ward.secretary(), cellA, twinning.id(),
						new JointActivity(this.today, "Tặng quà", null, -3)),
				"people", "twinning.activity.people.range");
		assertThat(this.twinnings
			.addActivity(this.ward.secretary(), cellA, twinning.id(),
					new JointActivity(this.today, "Tặng quà", null, 30))
			.activities()).extracting(TwinningView.ActivityView::title).containsExactly("Tặng quà");
		assertRule(() -> this.twinnings.linkProgram(this.ward.secretary(), cellA, twinning.id(), 999_999_999L),
				"programId", "twinning.program.unknown");
	}

	@Test
	void theDatabaseRefusesTheSameCellTwiceAPartyBothCellAndNamedAndATermBackwards() {
		TwinningView twinning = this.twinnings.create(this.ward.admin(), this.ward.cellA().id(),
				details(List.of(this.ward.cellB().id()), List.of()));
		Long wardId = this.ward.id();
		assertThatExceptionOfType(org.springframework.dao.DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update(
					"insert into cell_twinning_parties (ward_id, twinning_id, position_no, cell_id) values (?, ?, 9, ?)",
					wardId, twinning.id(), this.ward.cellB().id()))
			.withMessageContaining("uq_cell_twinning_parties_cell");
		assertThatExceptionOfType(org.springframework.dao.DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update(
					"insert into cell_twinning_parties (ward_id, twinning_id, position_no, cell_id, outside_name) values (?, ?, 9, null, null)",
					wardId, twinning.id()))
			.withMessageContaining("ck_cell_twinning_parties_one");
		assertThatExceptionOfType(org.springframework.dao.DataIntegrityViolationException.class)
			.isThrownBy(() -> this.jdbc.update("update cell_twinnings set to_year = 2021 where id = ?", twinning.id()))
			.withMessageContaining("ck_cell_twinnings_years");
		assertThatExceptionOfType(org.springframework.dao.DataIntegrityViolationException.class)
			.isThrownBy(
					() -> this.jdbc.update("update cell_twinnings set status = 'PLANNED' where id = ?", twinning.id()))
			.withMessageContaining("ck_cell_twinnings_signed");
	}

	private HouseholdDetail status(HouseholdDetail household, int firstYear, StatusKind first, Integer laterYear,
			StatusKind later) {
		this.households.addStatus(this.ward.admin(), household.id(),
				new StatusDetails(firstYear, first, null, null, null, null));
		if (laterYear != null) {
			this.households.addStatus(this.ward.admin(), household.id(),
					new StatusDetails(laterYear, later, null, null, null, null));
		}
		return household;
	}

	private long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table + " where ward_id = ?", Long.class,
				this.ward.id());
	}

	private static void assertRule(Runnable call, String field, String key) {
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(call::run)
			.satisfies((ex) -> assertThat(ex.field() + " " + ex.messageKey()).isEqualTo(field + " " + key));
	}

}
