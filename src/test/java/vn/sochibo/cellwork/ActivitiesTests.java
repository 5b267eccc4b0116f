package vn.sochibo.cellwork;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.shared.OutOfScopeException;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.StaleEditException;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.MemberFixtures;
import vn.sochibo.support.StatementCounter;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.ward.CellNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Community activities against PostgreSQL: the figures in pairs (distinct people and
 * participations) of an activity, a series, a month and a year; who may read and write
 * them; every rule of bad input, with nothing written; the audit trail, stale edits, and
 * the constant number of statements of a year.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ActivitiesTests {

	@Autowired
	WardFixtures wards;

	@Autowired
	MemberFixtures fixtures;

	@Autowired
	Activities activities;

	@Autowired
	AuditTrail audit;

	@Autowired
	StatementCounter statements;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	TestWard ward;

	MemberView an;

	MemberView binh;

	MemberView cuc;

	MemberView ofCellB;

	int year;

	@BeforeAll
	void ward() {
		this.ward = this.wards.newWard();
		this.an = this.fixtures.member(this.ward, this.ward.cellA(), "Nguyễn Văn An");
		this.binh = this.fixtures.member(this.ward, this.ward.cellA(), "Trần Thị Bình");
		this.cuc = this.fixtures.member(this.ward, this.ward.cellA(), "Lê Văn Cúc");
		this.ofCellB = this.fixtures.member(this.ward, this.ward.cellB(), "Phạm Văn Dũng");
		this.year = LocalDate.now(this.clock).getYear() - 1;
	}

	private LocalDate day(int month, int day) {
		return LocalDate.of(this.year, month, day);
	}

	private ActivityDetails details(LocalDate date, Set<Long> members, List<NamedPerson> cadres, int headCount) {
		return new ActivityDetails(ActivityKind.THREE_TOGETHER, null, "«3 cùng» tại hẻm 49-57", date, null, Set.of(),
				Set.of(), null, null, null, members, cadres, List.of(), headCount,
				Map.of(OutputUnit.WORKING_DAYS, new BigDecimal("12")), null);
	}

	private static ActivityDetails with(ActivityDetails d, UnaryOperator<Map<String, Object>> change) {
		Map<String, Object> f = new HashMap<>();
		f.put("kind", d.kind());
		f.put("kindOther", d.kindOther());
		f.put("title", d.title());
		f.put("startsOn", d.startsOn());
		f.put("endsOn", d.endsOn());
		f.put("areaIds", d.areaIds());
		f.put("coCellIds", d.coCellIds());
		f.put("outsideUnits", d.outsideUnits());
		f.put("seriesId", d.seriesId());
		f.put("newSeriesTitle", d.newSeriesTitle());
		f.put("memberIds", d.memberIds());
		f.put("cadres", d.cadres());
		f.put("residents", d.residents());
		f.put("residentHeadCount", d.residentHeadCount());
		f.put("outputs", d.outputs());
		f.put("note", d.note());
		change.apply(f);
		@SuppressWarnings("unchecked")
		ActivityDetails changed = new ActivityDetails((ActivityKind) f.get("kind"), (String) f.get("kindOther"),
				(String) f.get("title"), (LocalDate) f.get("startsOn"), (LocalDate) f.get("endsOn"),
				(Set<Long>) f.get("areaIds"), (Set<Long>) f.get("coCellIds"), (String) f.get("outsideUnits"),
				(Long) f.get("seriesId"), (String) f.get("newSeriesTitle"), (Set<Long>) f.get("memberIds"),
				(List<NamedPerson>) f.get("cadres"), (List<NamedPerson>) f.get("residents"),
				(Integer) f.get("residentHeadCount"), (Map<OutputUnit, BigDecimal>) f.get("outputs"),
				(String) f.get("note"));
		return changed;
	}

	private int activityRows(TestWard ward) {
		return this.jdbc.queryForObject(
				"select (select count(*) from activities where ward_id = ?) + (select count(*) from activity_series where ward_id = ?)",
				Integer.class, ward.id(), ward.id());
	}

	@Test
	void aMonthlySeriesCountsEachPersonOnceAndEachComingAsALuot() {
		TestWard own = this.wards.newWard();
		MemberView a = this.fixtures.member(own, own.cellA(), "Nguyễn Văn An");
		MemberView b = this.fixtures.member(own, own.cellA(), "Trần Thị Bình");
		MemberView c = this.fixtures.member(own, own.cellA(), "Lê Văn Cúc");
		NamedPerson tam = new NamedPerson("Nguyễn Văn Tâm", "Phó Chủ tịch UBND phường", null);
		NamedPerson hoa = new NamedPerson("Võ Thị Hoa", "Chủ tịch Hội Phụ nữ phường", null);
		ActivityDetails first = new ActivityDetails(ActivityKind.THREE_TOGETHER, null, "«3 cùng» tháng 3", day(3, 8),
				null, Set.of(own.areaA().id()), Set.of(), null, null, "«3 cùng» hằng tháng", Set.of(a.id(), b.id()),
				List.of(tam, hoa), List.of(new NamedPerson("Lê Thị Hồng", null, null)), 10,
				Map.of(OutputUnit.HOUSES_REPAIRED, new BigDecimal("1")), null);
		ActivityView march = this.activities.create(own.secretary(), own.cellA().id(), first);
		Long series = march.seriesId();
		assertThat(series).isNotNull();
		// The same cadre typed without care is the same person.
		ActivityView april = this.activities.create(own.secretary(), own.cellA().id(),
				new ActivityDetails(ActivityKind.THREE_TOGETHER, null, "«3 cùng» tháng 4", day(4, 12), day(4, 13),
						Set.of(), Set.of(), null, series, null, Set.of(a.id(), b.id(), c.id()),
						List.of(new NamedPerson("nguyễn  văn TÂM", null, null)),
						List.of(new NamedPerson("Lê Thị Hồng", null, null), new NamedPerson("Đỗ Văn Hải", null, null)),
						20, Map.of(OutputUnit.HOUSES_REPAIRED, new BigDecimal("2")), null));
		this.activities.create(own.secretary(), own.cellA().id(),
				new ActivityDetails(ActivityKind.THREE_TOGETHER, null, "«3 cùng» tháng 5", day(5, 10), null, Set.of(),
						Set.of(), null, series, null, Set.of(a.id()), List.of(tam), List.of(), 15, Map.of(), null));

		// One activity: members 2 / 2, cadres 2 / 2, residents 1 named + 10 counted.
		assertThat(march.figures().members()).isEqualTo(new ActivityFigures.Count(2, 2));
		assertThat(march.figures().cadres()).isEqualTo(new ActivityFigures.Count(2, 2));
		assertThat(march.figures().residents()).isEqualTo(new ActivityFigures.Count(11, 11));
		assertThat(april.figures().residents()).isEqualTo(new ActivityFigures.Count(22, 22));

		SeriesView view = this.activities.seriesView(own.admin(), own.cellA().id(), series);
		ActivityFigures total = view.total();
		assertThat(total.activities()).isEqualTo(3);
		// lượt = the sum over the activities, people = the distinct people.
		assertThat(total.members()).isEqualTo(new ActivityFigures.Count(3, 2 + 3 + 1));
		assertThat(total.cadres()).isEqualTo(new ActivityFigures.Count(2, 2 + 1 + 1));
		// Residents: 3 named participations of 2 people, and 45 counted; at least the 22
		// of
		// April (2 named + 20 counted).
		assertThat(total.residents()).isEqualTo(new ActivityFigures.Count(22, 3 + 45));
		assertThat(total.residentsAtLeast()).isTrue();
		assertThat(total.total()).isEqualTo(new ActivityFigures.Count(3 + 2 + 22, 6 + 4 + 48));
		assertThat(view.activities()).extracting(ActivityRow::title)
			.containsExactly("«3 cùng» tháng 3", "«3 cùng» tháng 4", "«3 cùng» tháng 5");
		assertThat(view.activities().get(1).figures().members()).isEqualTo(new ActivityFigures.Count(3, 3));
		assertThat(view.outputs()).containsEntry(OutputUnit.HOUSES_REPAIRED, new BigDecimal("3.0"));

		ActivityYear activityYear = this.activities.year(own.inspector(), own.cellA().id(), this.year);
		assertThat(activityYear.total()).isEqualTo(total);
		assertThat(activityYear.month(4).members()).isEqualTo(new ActivityFigures.Count(3, 3));
		assertThat(activityYear.month(5).residents()).isEqualTo(new ActivityFigures.Count(15, 15));
		assertThat(activityYear.month(1)).isEqualTo(ActivityFigures.NONE);
		assertThat(activityYear.kinds()).containsEntry(ActivityKind.THREE_TOGETHER, 3L);
		assertThat(activityYear.outputs()).containsEntry(OutputUnit.HOUSES_REPAIRED, new BigDecimal("3.0"));
		assertThat(this.activities.year(own.admin(), own.cellA().id(), this.year - 1).total())
			.isEqualTo(ActivityFigures.NONE);
		assertThat(this.activities.year(own.admin(), own.cellB().id(), this.year).total())
			.isEqualTo(ActivityFigures.NONE);
	}

	@Test
	void withoutAHeadCountTheDistinctResidentsAreExact() {
		ActivityView one = this.activities.create(this.ward.admin(), this.ward.cellA().id(),
				with(details(day(6, 1), Set.of(), List.of(), 0), (f) -> put(f, "residents", List
					.of(new NamedPerson("Lê Thị Hồng", null, null), new NamedPerson("Lê Văn Tư", null, null)))));
		assertThat(one.figures().residents()).isEqualTo(new ActivityFigures.Count(2, 2));
		assertThat(one.figures().residentsAtLeast()).isFalse();
	}

	@Test
	void onlyTheWardAdminTheInspectorAndTheCellsSecretaryReachItsActivities() {
		ActivityView created = this.activities.create(this.ward.secretary(), this.ward.cellA().id(),
				details(day(2, 1), Set.of(this.an.id()), List.of(), 0));
		Long cellA = this.ward.cellA().id();
		assertThat(this.activities.get(this.ward.inspector(), cellA, created.id()).title())
			.isEqualTo("«3 cùng» tại hẻm 49-57");
		assertThat(this.activities.get(this.ward.admin(), cellA, created.id()).members())
			.extracting(ActivityView.Participant::fullName)
			.containsExactly("Nguyễn Văn An");
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.activities.get(this.ward.officer(), cellA, created.id()));
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.activities.year(this.ward.officer(), cellA, this.year));
		assertThatExceptionOfType(OutOfScopeException.class).isThrownBy(
				() -> this.activities.create(this.ward.inspector(), cellA, details(day(2, 1), Set.of(), List.of(), 0)));
		assertThatExceptionOfType(CellNotFoundException.class).isThrownBy(() -> this.activities
			.create(this.ward.secretary(), this.ward.cellB().id(), details(day(2, 1), Set.of(), List.of(), 0)));
		assertThatExceptionOfType(CellNotFoundException.class)
			.isThrownBy(() -> this.activities.year(this.ward.secretary(), this.ward.cellB().id(), this.year));
		// Through another cell's address, the activity does not exist.
		assertThatExceptionOfType(ActivityNotFoundException.class)
			.isThrownBy(() -> this.activities.get(this.ward.admin(), this.ward.cellB().id(), created.id()));
		TestWard other = this.wards.newWard();
		assertThatExceptionOfType(CellNotFoundException.class)
			.isThrownBy(() -> this.activities.get(other.admin(), cellA, created.id()));
		assertThatExceptionOfType(ActivityNotFoundException.class)
			.isThrownBy(() -> this.activities.get(other.admin(), other.cellA().id(), created.id()));
	}

	@Test
	void badInputIsRefusedBesideItsFieldAndNothingIsWritten() {
		TestWard other = this.wards.newWard();
		Long otherSeries = this.activities
			.create(this.ward.admin(), this.ward.cellB().id(),
					with(details(day(1, 5), Set.of(), List.of(), 0), (f) -> put(f, "newSeriesTitle", "Chuỗi B")))
			.seriesId();
		HouseholdDetail household = this.wards.household(this.ward, this.ward.areaA(), "Nguyễn Văn Hộ");
		LocalDate today = LocalDate.now(this.clock);
		MemberView late = this.fixtures.probationary(this.ward, this.ward.cellA(), "Hồ Văn Mới", today.minusDays(3));
		ActivityDetails good = with(details(day(3, 1), Set.of(this.an.id()), List.of(), 5),
				(f) -> put(f, "areaIds", Set.of(this.ward.areaA().id())));
		Map<String, List<ActivityDetails>> bad = Map.ofEntries(
				Map.entry("kind", List.of(with(good, (f) -> put(f, "kind", null)))), Map
					.entry("kindOther",
							List.of(with(good, (f) -> put(f, "kind", ActivityKind.OTHER)),
									with(good,
											(f) -> put(put(f, "kind", ActivityKind.OTHER), "kindOther",
													"k".repeat(101))))),
				Map.entry(
						"title", List.of(
								with(good, (f) -> put(f, "title", " ")), with(good,
										(f) -> put(f, "title", "t".repeat(201))))),
				Map.entry("startsOn", List.of(
						with(good, (f) -> put(put(f, "startsOn", today.plusDays(1)), "memberIds", Set.of())),
						with(good, (f) -> put(put(f, "startsOn", LocalDate.of(1999, 12, 31)), "memberIds", Set.of())),
						with(good, (f) -> put(put(f, "startsOn", null), "memberIds", Set.of())))),
				Map.entry("endsOn",
						List.of(with(good, (f) -> put(f, "endsOn", day(2, 28))),
								with(good, (f) -> put(f, "endsOn", today.plusDays(1))))),
				Map.entry("memberIds", List.of(with(good, (f) -> put(f, "memberIds", Set.of(this.ofCellB.id()))),
						// Joined the cell after the day of the activity.
						with(good, (f) -> put(f, "memberIds", Set.of(late.id()))),
						with(good, (f) -> put(f, "memberIds", Set.of(-1L))))),
				Map.entry("areaIds", List.of(with(good, (f) -> put(f, "areaIds", Set.of(other.areaA().id()))))),
				Map.entry("coCellIds",
						List.of(with(good, (f) -> put(f, "coCellIds", Set.of(other.cellA().id()))),
								with(good, (f) -> put(f, "coCellIds", Set.of(this.ward.cellA().id()))))),
				Map.entry("seriesId", List.of(with(good, (f) -> put(f, "seriesId", otherSeries)))),
				Map.entry("newSeriesTitle", List.of(with(good, (f) -> put(f, "newSeriesTitle", "n".repeat(201))))), Map
					.entry("residentHeadCount",
							List.of(with(good, (f) -> put(f, "residentHeadCount", -1)),
									with(good, (f) -> put(f, "residentHeadCount", 5001)))),
				Map.entry("outputs",
						List.of(with(good,
								(f) -> put(f, "outputs", Map.of(OutputUnit.TREES_PLANTED, new BigDecimal("-3")))),
								with(good, (f) -> put(f, "outputs", Map.of(OutputUnit.CAMERAS, new BigDecimal("0")))),
								with(good,
										(f) -> put(f, "outputs", Map.of(OutputUnit.CAMERAS, new BigDecimal("1001")))),
								with(good, (f) -> put(f, "outputs", Map.of(OutputUnit.FLAGS, new BigDecimal("2.5")))),
								with(good, (f) -> put(f, "outputs",
										Map.of(OutputUnit.WASTE_KG, new BigDecimal("2.25")))))),
				Map.entry("cadres", List.of(
						with(good,
								(f) -> put(f, "cadres",
										List.of(new NamedPerson("Nguyễn Văn Tâm", null, null),
												new NamedPerson("NGUYEN VAN TAM", null, null)))),
						with(good, (f) -> put(f, "cadres", List.of(new NamedPerson("c".repeat(121), null, null)))))),
				Map.entry("residents", List.of(with(good,
						(f) -> put(f, "residents", List.of(new NamedPerson("Lê Thị Hồng", null, "KHONG-CO")))))),
				Map.entry("outsideUnits", List.of(with(good, (f) -> put(f, "outsideUnits", "o".repeat(501))))),
				Map.entry("note", List.of(with(good, (f) -> put(f, "note", "n".repeat(2001))))));
		int before = activityRows(this.ward);
		bad.forEach((field,
				cases) -> cases.forEach((details) -> assertThatExceptionOfType(RuleViolationException.class).as(field)
					.isThrownBy(() -> this.activities.create(this.ward.secretary(), this.ward.cellA().id(), details))
					.satisfies((ex) -> assertThat(ex.field()).as(field).isEqualTo(field))));
		assertThat(activityRows(this.ward)).isEqualTo(before);

		// The good one, with a household, goes in.
		ActivityView created = this.activities.create(this.ward.admin(), this.ward.cellA().id(), with(good,
				(f) -> put(f, "residents", List.of(new NamedPerson("Lê Thị Hồng", null, household.code())))));
		assertThat(created.residents()).containsExactly(new NamedPerson("Lê Thị Hồng", null, household.code()));
	}

	@Test
	void membersOfACoOrganisingCellCountButAreNamedOnlyToWhoMayReachThem() {
		ActivityView created = this.activities.create(this.ward.admin(), this.ward.cellA().id(),
				with(details(day(7, 1), Set.of(this.an.id(), this.ofCellB.id()), List.of(), 0),
						(f) -> put(f, "coCellIds", Set.of(this.ward.cellB().id()))));
		assertThat(created.members()).hasSize(2);
		ActivityView seen = this.activities.get(this.ward.secretary(), this.ward.cellA().id(), created.id());
		assertThat(seen.members()).extracting(ActivityView.Participant::fullName).containsExactly("Nguyễn Văn An");
		assertThat(seen.otherMembers()).isEqualTo(1);
		assertThat(seen.figures().members()).isEqualTo(new ActivityFigures.Count(2, 2));
		assertThat(this.activities
			.participants(this.ward.secretary(), this.ward.cellA().id(), Set.of(this.ward.cellB().id()), day(7, 1),
					null)
			.cells()).extracting(ParticipantChoices.CellRoll::cellId).containsExactly(this.ward.cellA().id());
		// The secretary names cell A's members; cell B's member stays.
		ActivityView updated = this.activities.update(this.ward.secretary(), this.ward.cellA().id(), created.id(),
				with(details(day(7, 1), Set.of(this.binh.id()), List.of(), 0),
						(f) -> put(f, "coCellIds", Set.of(this.ward.cellB().id()))),
				seen.version());
		assertThat(this.activities.get(this.ward.admin(), this.ward.cellA().id(), updated.id()).members())
			.extracting(ActivityView.Participant::fullName)
			.containsExactlyInAnyOrder("Trần Thị Bình", "Phạm Văn Dũng");
	}

	@Test
	void anEditIsInTheAuditTrailAndAStaleOneIsRefused() {
		ActivityView created = this.activities.create(this.ward.secretary(), this.ward.cellA().id(),
				details(day(8, 1), Set.of(this.an.id()), List.of(), 3));
		ActivityView updated = this.activities.update(this.ward.secretary(), this.ward.cellA().id(), created.id(),
				with(details(day(8, 1), Set.of(this.an.id(), this.cuc.id()), List.of(), 3),
						(f) -> put(f, "title", "Vệ sinh hẻm 27")),
				created.version());
		assertThat(updated.title()).isEqualTo("Vệ sinh hẻm 27");
		assertThat(updated.figures().members()).isEqualTo(new ActivityFigures.Count(2, 2));
		assertThat(this.audit.history(Activities.ENTITY, created.id()))
			.anyMatch((e) -> "activity.title".equals(e.field()) && "Vệ sinh hẻm 27".equals(e.newValue()))
			.anyMatch((e) -> "activity.members".equals(e.field()) && e.newValue().contains("Lê Văn Cúc"));
		assertThatExceptionOfType(StaleEditException.class)
			.isThrownBy(() -> this.activities.update(this.ward.secretary(), this.ward.cellA().id(), created.id(),
					details(day(8, 1), Set.of(), List.of(), 0), created.version()));
		assertThat(this.activities.get(this.ward.admin(), this.ward.cellA().id(), created.id()).title())
			.isEqualTo("Vệ sinh hẻm 27");
	}

	@Test
	void theListFiltersAndSearchesWithoutAccents() {
		TestWard own = this.wards.newWard();
		this.activities.create(own.admin(), own.cellA().id(), with(details(day(3, 1), Set.of(), List.of(), 0),
				(f) -> put(f, "title", "Trồng cây xanh đường Đề Thám")));
		this.activities.create(own.admin(), own.cellA().id(), with(details(day(4, 1), Set.of(), List.of(), 0),
				(f) -> put(put(f, "title", "Thay cờ Tổ quốc"), "kind", ActivityKind.FLAG_REPLACEMENT)));
		var found = this.activities.list(own.admin(), own.cellA().id(),
				new ActivityQuery(this.year, null, null, "de tham"), PageRequest.of(0, 10));
		assertThat(found.getContent()).extracting(ActivityRow::title).containsExactly("Trồng cây xanh đường Đề Thám");
		assertThat(this.activities
			.list(own.admin(), own.cellA().id(),
					new ActivityQuery(this.year, ActivityKind.FLAG_REPLACEMENT, null, null), PageRequest.of(0, 10))
			.getContent()).extracting(ActivityRow::title).containsExactly("Thay cờ Tổ quốc");
		assertThat(this.activities
			.list(own.admin(), own.cellA().id(), new ActivityQuery(this.year, null, 3, null), PageRequest.of(0, 10))
			.getTotalElements()).isEqualTo(1);
		var all = this.activities.list(own.admin(), own.cellA().id(), new ActivityQuery(this.year, null, null, null),
				PageRequest.of(0, 1));
		assertThat(all.getTotalElements()).isEqualTo(2);
		assertThat(all.getContent()).extracting(ActivityRow::title).containsExactly("Thay cờ Tổ quốc");
	}

	@Test
	void aYearCostsTheSameStatementsForTwoActivitiesAndForThirty() {
		TestWard few = this.wards.newWard();
		TestWard many = this.wards.newWard();
		fill(few, 2);
		fill(many, 30);
		int forTwo = statementsFor(few);
		int forThirty = statementsFor(many);
		assertThat(forThirty).isEqualTo(forTwo);
		assertThat(this.activities.year(many.admin(), many.cellA().id(), this.year).total().activities()).isEqualTo(30);
	}

	private void fill(TestWard ward, int count) {
		MemberView a = this.fixtures.member(ward, ward.cellA(), "Nguyễn Văn An");
		MemberView b = this.fixtures.member(ward, ward.cellA(), "Trần Thị Bình");
		for (int i = 0; i < count; i++) {
			this.activities.create(ward.admin(), ward.cellA().id(),
					with(details(day(1 + i % 12, 1 + i % 28), Set.of(a.id(), b.id()),
							List.of(new NamedPerson("Cán bộ " + i, null, null)), i),
							(f) -> put(f, "residents", List.of(new NamedPerson("Người dân", null, null)))));
		}
	}

	private int statementsFor(TestWard ward) {
		this.statements.reset();
		this.activities.year(ward.secretary(), ward.cellA().id(), this.year);
		return this.statements.count();
	}

	private static Map<String, Object> put(Map<String, Object> fields, String key, Object value) {
		fields.put(key, value);
		return fields;
	}

}
