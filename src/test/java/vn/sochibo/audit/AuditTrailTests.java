package vn.sochibo.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import vn.sochibo.account.Accounts;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.HouseholdDetails;
import vn.sochibo.household.Households;
import vn.sochibo.household.StatusDetails;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.VietnameseDates;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.ward.AreaView;
import vn.sochibo.ward.Areas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

@IntegrationTest
class AuditTrailTests {

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Households households;

	@Autowired
	Areas areas;

	@Autowired
	AuditTrail audit;

	@Autowired
	Clock clock;

	@Test
	void creatingAHouseholdWritesACreateLineForTheRecordAndEachFilledField() {
		TestWard ward = this.fixtures.newWard();

		HouseholdDetail household = this.households.create(ward.officer(), details(ward, "KV-1", "Nguyễn Trường Đồ"));

		List<AuditEntryView> history = history(household);
		assertThat(history).allSatisfy((line) -> {
			assertThat(line.action()).isEqualTo("CREATE");
			assertThat(line.actor()).isEqualTo(ward.officer().username());
			assertThat(line.entityId()).isEqualTo(household.id());
			assertThat(line.oldValue()).isNull();
			assertThat(line.occurredAt()).isNotNull();
		});
		assertThat(history).extracting(AuditEntryView::field, AuditEntryView::newValue)
			.containsExactlyInAnyOrder(tuple("code", "KV-1"), tuple("headName", "Nguyễn Trường Đồ"),
					tuple("address", "1 hẻm 49-57 đường Trần Văn Khéo"), tuple("alley", "hẻm 49-57"),
					tuple("areaId", "A – Khu vực A"), tuple("members", "4"), tuple("phone", "0909123456"));
	}

	@Test
	void changingTheHeadNameWritesExactlyOneUpdateLineWithOldAndNewValue() {
		TestWard ward = this.fixtures.newWard();
		HouseholdDetail household = this.households.create(ward.officer(), details(ward, "KV-1", "Nguyễn Văn Đồ"));

		this.households.update(ward.officer(), household.id(), details(ward, "KV-1", "Nguyễn Trường Đồ"),
				household.version());

		assertThat(history(household)).filteredOn((line) -> !line.action().equals("CREATE"))
			.singleElement()
			.satisfies((line) -> {
				assertThat(line.action()).isEqualTo("UPDATE");
				assertThat(line.field()).isEqualTo("headName");
				assertThat(line.oldValue()).isEqualTo("Nguyễn Văn Đồ");
				assertThat(line.newValue()).isEqualTo("Nguyễn Trường Đồ");
				assertThat(line.actor()).isEqualTo(ward.officer().username());
			});
	}

	@Test
	void savingWithoutChangesWritesNothing() {
		TestWard ward = this.fixtures.newWard();
		HouseholdDetail household = this.households.create(ward.officer(), details(ward, "KV-1", "Nguyễn Văn Đồ"));
		int before = history(household).size();

		this.households.update(ward.officer(), household.id(), details(ward, "KV-1", "Nguyễn Văn Đồ"),
				household.version());

		assertThat(history(household)).hasSize(before);
	}

	@Test
	void historyListsTheNewestLineFirst() {
		TestWard ward = this.fixtures.newWard();
		HouseholdDetail household = this.households.create(ward.officer(), details(ward, "KV-1", "Nguyễn Văn Một"));
		this.households.update(ward.officer(), household.id(), details(ward, "KV-1", "Nguyễn Văn Hai"),
				household.version());
		this.households.update(ward.admin(), household.id(), details(ward, "KV-1", "Nguyễn Văn Ba"),
				this.households.get(ward.admin(), household.id()).version());

		assertThat(history(household)).first().satisfies((line) -> {
			assertThat(line.newValue()).isEqualTo("Nguyễn Văn Ba");
			assertThat(line.actor()).isEqualTo(ward.admin().username());
		});
	}

	@Test
	void addingAndRemovingAStatusAreRecorded() {
		TestWard ward = this.fixtures.newWard();
		HouseholdDetail household = this.households.create(ward.officer(), details(ward, "KV-1", "Nguyễn Văn Nghèo"));

		this.households.addStatus(ward.officer(), household.id(),
				new StatusDetails(2025, StatusKind.POOR, null, null, "QĐ 12/QĐ-UBND", null));
		Long statusId = this.households.get(ward.officer(), household.id()).statuses().get(0).id();
		this.households.removeStatus(ward.officer(), household.id(), statusId);

		assertThat(history(household))
			.extracting(AuditEntryView::action, AuditEntryView::oldValue, AuditEntryView::newValue)
			.startsWith(tuple("REMOVE_STATUS", "2025: Hộ nghèo – QĐ 12/QĐ-UBND", null),
					tuple("ADD_STATUS", null, "2025: Hộ nghèo – QĐ 12/QĐ-UBND"));
	}

	@Test
	void mergingAreasWritesAMoveLineForEachHouseholdAndAMergeInLineOnTheTarget() {
		TestWard ward = this.fixtures.newWard();
		HouseholdDetail stays = this.fixtures.household(ward, ward.areaA(), "Nguyễn Văn Ở");
		HouseholdDetail moves1 = this.fixtures.household(ward, ward.areaB(), "Nguyễn Văn Đi");
		HouseholdDetail moves2 = this.fixtures.household(ward, ward.areaB(), "Trần Thị Đi");
		LocalDate today = LocalDate.now(this.clock);

		this.areas.merge(ward.admin(), ward.areaB().id(), ward.areaA().id(), today);

		for (HouseholdDetail moved : List.of(moves1, moves2)) {
			assertThat(history(moved)).filteredOn((line) -> line.action().equals("MERGE_MOVE"))
				.singleElement()
				.satisfies((line) -> {
					assertThat(line.field()).isEqualTo("areaId");
					assertThat(line.oldValue()).isEqualTo("B – Khu vực B");
					assertThat(line.newValue()).isEqualTo("A – Khu vực A");
					assertThat(line.actor()).isEqualTo(ward.admin().username());
				});
		}
		assertThat(history(stays)).extracting(AuditEntryView::action).containsOnly("CREATE");
		assertThat(this.audit.history(Areas.ENTITY, ward.areaA().id()))
			.filteredOn((line) -> !line.action().equals("CREATE"))
			.extracting(AuditEntryView::action, AuditEntryView::field, AuditEntryView::newValue)
			.containsExactly(tuple("MERGE_IN", "mergedFrom", "B – Khu vực B"));
		assertThat(this.audit.history(Areas.ENTITY, ward.areaB().id()))
			.filteredOn((line) -> line.action().equals("UPDATE"))
			.extracting(AuditEntryView::field, AuditEntryView::oldValue, AuditEntryView::newValue)
			.containsExactlyInAnyOrder(tuple("validTo", null, VietnameseDates.format(today.minusDays(1))),
					tuple("mergedIntoId", null, "A – Khu vực A"));
	}

	@Test
	void mergingAreasRecordsTheNewAssignmentOfTheirOfficers() {
		TestWard ward = this.fixtures.newWard();

		this.areas.merge(ward.admin(), ward.areaB().id(), ward.areaA().id(), LocalDate.now(this.clock));

		assertThat(this.audit.history(Accounts.ENTITY, ward.officerB().id()))
			.filteredOn((line) -> line.action().equals("UPDATE"))
			.singleElement()
			.satisfies((line) -> {
				assertThat(line.field()).isEqualTo("areas");
				assertThat(line.oldValue()).isEqualTo("B – Khu vực B");
				assertThat(line.newValue()).isEqualTo("A – Khu vực A, B – Khu vực B");
			});
	}

	@Test
	void aRefusedUpdateWritesNothing() {
		TestWard ward = this.fixtures.newWard();
		this.households.create(ward.officer(), details(ward, "KV-1", "Nguyễn Văn Một"));
		HouseholdDetail second = this.households.create(ward.officer(), details(ward, "KV-2", "Nguyễn Văn Hai"));
		List<AuditEntryView> before = history(second);

		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.households.update(ward.officer(), second.id(),
					details(ward, "kv-1", "Nguyễn Văn Đổi Tên"), second.version()))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("household.code.duplicate"));

		assertThat(history(second)).isEqualTo(before);
		assertThat(this.households.get(ward.officer(), second.id()).headName()).isEqualTo("Nguyễn Văn Hai");
	}

	@Test
	void anUpdateTheDatabaseRefusesRollsItsAuditLinesBack() {
		TestWard ward = this.fixtures.newWard();
		HouseholdDetail household = this.households.create(ward.officer(), details(ward, "KV-1", "Nguyễn Văn Một"));
		List<AuditEntryView> before = history(household);
		// Members 0 passes the service (the form checks it) but not the database CHECK:
		// the
		// failure comes at commit, after the audit lines were inserted.
		HouseholdDetails refused = new HouseholdDetails("KV-1", "Nguyễn Văn Đổi Tên", "1 hẻm 49-57 đường Trần Văn Khéo",
				"hẻm 49-57", ward.areaA().id(), 0, "0909123456", null);

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.households.update(ward.officer(), household.id(), refused, household.version()));

		assertThat(history(household)).isEqualTo(before);
		assertThat(this.households.get(ward.officer(), household.id()).headName()).isEqualTo("Nguyễn Văn Một");
	}

	@Test
	void theTrailOfAUserListsTheirChanges() {
		TestWard ward = this.fixtures.newWard();
		HouseholdDetail household = this.households.create(ward.officer(), details(ward, "KV-1", "Nguyễn Văn Một"));
		this.fixtures.household(ward, ward.areaA(), "Nguyễn Văn Của Admin");

		assertThat(this.audit.byActor(ward.id(), ward.officer().id())).isNotEmpty()
			.allSatisfy((line) -> assertThat(line.entityId()).isEqualTo(household.id()));
	}

	private List<AuditEntryView> history(HouseholdDetail household) {
		return this.audit.history(Households.ENTITY, household.id());
	}

	private static HouseholdDetails details(TestWard ward, String code, String headName) {
		AreaView area = ward.areaA();
		return new HouseholdDetails(code, headName, "1 hẻm 49-57 đường Trần Văn Khéo", "hẻm 49-57", area.id(), 4,
				"0909123456", null);
	}

}
