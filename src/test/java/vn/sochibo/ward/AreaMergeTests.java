package vn.sochibo.ward;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import vn.sochibo.account.Accounts;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.HouseholdDetails;
import vn.sochibo.household.HouseholdQuery;
import vn.sochibo.household.HouseholdSummary;
import vn.sochibo.household.Households;
import vn.sochibo.shared.AreaScopes;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.OutOfScopeException;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@IntegrationTest
class AreaMergeTests {

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Areas areas;

	@Autowired
	Households households;

	@Autowired
	Cells cells;

	@Autowired
	Accounts accounts;

	@Autowired
	AreaScopes scopes;

	@Autowired
	Clock clock;

	TestWard ward;

	LocalDate today;

	@BeforeEach
	void buildWard() {
		this.ward = this.fixtures.newWard();
		this.today = LocalDate.now(this.clock);
	}

	@Test
	void movesEveryHouseholdOfTheSourceToTheTarget() {
		HouseholdDetail inA = this.fixtures.household(this.ward, this.ward.areaA(), "Nguyễn Văn Ở");
		List<HouseholdDetail> inB = List.of(this.fixtures.household(this.ward, this.ward.areaB(), "Nguyễn Văn Một"),
				this.fixtures.household(this.ward, this.ward.areaB(), "Nguyễn Văn Hai"),
				this.fixtures.household(this.ward, this.ward.areaB(), "Nguyễn Văn Ba"));

		mergeBIntoA(this.today);

		assertThat(names(this.ward.admin(), this.ward.areaB())).isEmpty();
		assertThat(names(this.ward.admin(), this.ward.areaA())).containsExactlyInAnyOrder("Nguyễn Văn Ở",
				"Nguyễn Văn Một", "Nguyễn Văn Hai", "Nguyễn Văn Ba");
		for (HouseholdDetail household : inB) {
			HouseholdDetail moved = this.households.get(this.ward.admin(), household.id());
			assertThat(moved.areaId()).isEqualTo(this.ward.areaA().id());
			assertThat(moved.areaLabel()).isEqualTo("A – Khu vực A");
			assertThat(moved.code()).isEqualTo(household.code());
		}
		assertThat(this.households.get(this.ward.admin(), inA.id()).areaId()).isEqualTo(this.ward.areaA().id());
	}

	@Test
	void endsTheSourceTheDayBeforeAndLinksItToTheTarget() {
		LocalDate mergeDay = LocalDate.of(2025, 7, 1);

		AreaView merged = mergeBIntoA(mergeDay);

		assertThat(merged.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(merged.mergedIntoId()).isEqualTo(this.ward.areaA().id());
		assertThat(merged.mergedIntoName()).isEqualTo("Khu vực A");
		assertThat(merged.isActive()).isFalse();
		AreaView stored = this.areas.get(this.ward.admin(), this.ward.areaB().id());
		assertThat(stored.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
		assertThat(stored.mergedIntoId()).isEqualTo(this.ward.areaA().id());
		AreaView target = this.areas.get(this.ward.admin(), this.ward.areaA().id());
		assertThat(target.validTo()).isNull();
		assertThat(target.mergedIntoId()).isNull();
	}

	@Test
	void theMergedAreaIsNoLongerOfferedButStaysInTheList() {
		mergeBIntoA(this.today);

		assertThat(this.areas.active(this.ward.admin())).extracting(AreaView::id)
			.containsExactly(this.ward.areaA().id());
		assertThat(this.households.areasInScope(this.ward.admin())).extracting(AreaView::id)
			.containsExactly(this.ward.areaA().id());
		assertThat(this.areas.list(this.ward.admin())).extracting(AreaView::id)
			.containsExactly(this.ward.areaA().id(), this.ward.areaB().id());
	}

	@Test
	void officersOfTheSourceGainTheTarget() {
		HouseholdDetail inA = this.fixtures.household(this.ward, this.ward.areaA(), "Nguyễn Văn Ở");
		this.fixtures.household(this.ward, this.ward.areaB(), "Nguyễn Văn Đi");

		mergeBIntoA(this.today);

		assertThat(this.accounts.get(this.ward.admin(), this.ward.officerB().id()).areaIds())
			.containsExactlyInAnyOrder(this.ward.areaA().id(), this.ward.areaB().id());
		assertThat(this.scopes.of(this.ward.officerB()).covers(this.ward.id(), this.ward.areaA().id())).isTrue();
		assertThat(names(this.ward.officerB(), null)).containsExactlyInAnyOrder("Nguyễn Văn Ở", "Nguyễn Văn Đi");
		HouseholdDetail edited = this.households.update(this.ward.officerB(), inA.id(), new HouseholdDetails(inA.code(),
				"Nguyễn Văn Ở Lại", inA.address(), inA.alley(), inA.areaId(), 5, inA.phone(), null), inA.version());
		assertThat(edited.headName()).isEqualTo("Nguyễn Văn Ở Lại");
	}

	@Test
	void cellsOfTheSourceCoverTheTargetFromTheMergeDate() {
		mergeBIntoA(this.today);

		CellView cellB = this.cells.get(this.ward.admin(), this.ward.cellB().id());
		assertThat(cellB.currentAreas()).extracting(CellView.CellAreaView::areaId)
			.containsExactly(this.ward.areaA().id());
		assertThat(cellB.areas()).filteredOn((link) -> link.areaId().equals(this.ward.areaB().id()))
			.singleElement()
			.satisfies((link) -> assertThat(link.validTo()).isEqualTo(this.today.minusDays(1)));
	}

	@Test
	void aMergeDatedInTheFutureIsRefused() {
		assertRefused(() -> mergeBIntoA(this.today.plusDays(1)), "area.merge.future");
		assertThat(this.areas.get(this.ward.admin(), this.ward.areaB().id()).isActive()).isTrue();
	}

	@Test
	void anAreaThatEndedBeforeTheMergeDateIsRefused() {
		AreaView ended = this.areas.create(this.ward.admin(),
				new AreaDetails("C", "Khu vực C", LocalDate.of(2020, 1, 1), this.today.minusDays(10)));

		assertRefused(() -> this.areas.merge(this.ward.admin(), ended.id(), this.ward.areaA().id(), this.today),
				"area.merge.afterEnd");
	}

	@Test
	void noHouseholdGoesToAMergedArea() {
		HouseholdDetail inA = this.fixtures.household(this.ward, this.ward.areaA(), "Nguyễn Văn Ở");
		mergeBIntoA(this.today);

		assertRefused(() -> this.fixtures.household(this.ward, this.ward.areaB(), "Trần Văn Mới"),
				"household.area.inactive");
		assertRefused(() -> this.households.update(this.ward.admin(), inA.id(), new HouseholdDetails(inA.code(),
				inA.headName(), inA.address(), inA.alley(), this.ward.areaB().id(), 4, null, null), inA.version()),
				"household.area.inactive");
	}

	@Test
	void officersOfTheTargetDoNotGainTheSource() {
		mergeBIntoA(this.today);

		assertThat(this.accounts.get(this.ward.admin(), this.ward.officer().id()).areaIds())
			.containsExactly(this.ward.areaA().id());
		assertThat(names(this.ward.officer(), null)).isEmpty();
	}

	@Test
	void mergingTwiceIsRefused() {
		mergeBIntoA(this.today);
		AreaView c = this.areas.create(this.ward.admin(),
				new AreaDetails("C", "Khu vực C", LocalDate.of(2020, 1, 1), null));

		assertRefused(() -> mergeBIntoA(this.today), "area.merge.alreadyMerged");
		assertRefused(() -> this.areas.merge(this.ward.admin(), this.ward.areaB().id(), c.id(), this.today),
				"area.merge.alreadyMerged");
		assertThat(this.areas.get(this.ward.admin(), this.ward.areaB().id()).mergedIntoId())
			.isEqualTo(this.ward.areaA().id());
	}

	@Test
	void mergingIntoAMergedAreaIsRefused() {
		mergeBIntoA(this.today);

		assertRefused(
				() -> this.areas.merge(this.ward.admin(), this.ward.areaA().id(), this.ward.areaB().id(), this.today),
				"area.merge.targetInvalid");
		assertThat(this.areas.get(this.ward.admin(), this.ward.areaA().id()).isActive()).isTrue();
	}

	@Test
	void mergingIntoAnAreaOfAnotherWardIsRefusedAndMovesNothing() {
		TestWard other = this.fixtures.newWard();
		HouseholdDetail inB = this.fixtures.household(this.ward, this.ward.areaB(), "Nguyễn Văn Ở Yên");

		assertRefused(() -> this.areas.merge(this.ward.admin(), this.ward.areaB().id(), other.areaA().id(), this.today),
				"area.merge.targetInvalid");

		assertThat(this.households.get(this.ward.admin(), inB.id()).areaId()).isEqualTo(this.ward.areaB().id());
		assertThat(this.areas.get(this.ward.admin(), this.ward.areaB().id()).isActive()).isTrue();
	}

	@Test
	void aRefusedMergeMovesNothing() {
		HouseholdDetail inB = this.fixtures.household(this.ward, this.ward.areaB(), "Nguyễn Văn Ở Yên");

		assertRefused(() -> mergeBIntoA(LocalDate.of(2020, 1, 1)), "area.merge.beforeStart");

		assertThat(this.households.get(this.ward.admin(), inB.id()).areaId()).isEqualTo(this.ward.areaB().id());
		assertThat(this.accounts.get(this.ward.admin(), this.ward.officerB().id()).areaIds())
			.containsExactly(this.ward.areaB().id());
	}

	@Test
	void onlyTheWardAdminMerges() {
		for (CurrentUser user : List.of(this.ward.secretary(), this.ward.officer(), this.ward.inspector())) {
			assertThatExceptionOfType(OutOfScopeException.class)
				.isThrownBy(() -> this.areas.merge(user, this.ward.areaB().id(), this.ward.areaA().id(), this.today));
		}
		assertThat(this.areas.get(this.ward.admin(), this.ward.areaB().id()).isActive()).isTrue();
	}

	private AreaView mergeBIntoA(LocalDate date) {
		return this.areas.merge(this.ward.admin(), this.ward.areaB().id(), this.ward.areaA().id(), date);
	}

	private List<String> names(CurrentUser user, AreaView area) {
		return this.households
			.list(user, new HouseholdQuery(null, (area != null) ? area.id() : null, null, null), PageRequest.of(0, 25))
			.getContent()
			.stream()
			.map(HouseholdSummary::headName)
			.toList();
	}

	private static void assertRefused(Runnable action, String messageKey) {
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(action::run)
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo(messageKey));
	}

}
