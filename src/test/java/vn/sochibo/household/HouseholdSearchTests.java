package vn.sochibo.household;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import vn.sochibo.shared.CurrentUser;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.ward.AreaView;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class HouseholdSearchTests {

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Households households;

	@Autowired
	Clock clock;

	@Test
	void findsHeadOfHouseholdWithoutAccents() {
		TestWard ward = this.fixtures.newWard();
		this.fixtures.household(ward, ward.areaA(), "Nguyễn Trường Đồ");
		this.fixtures.household(ward, ward.areaA(), "Trần Thị Lan");

		var found = this.households.list(ward.officer(), new HouseholdQuery("nguyen truong do", null, null, null),
				PageRequest.of(0, 25));

		assertThat(found.getContent()).extracting(HouseholdSummary::headName).containsExactly("Nguyễn Trường Đồ");
	}

	@Test
	void findsWordsInAnyOrderAndCase() {
		TestWard ward = this.fixtures.newWard();
		this.fixtures.household(ward, ward.areaA(), "Nguyễn Trường Đồ");
		this.fixtures.household(ward, ward.areaA(), "Nguyễn Văn Trường");

		assertThat(names(ward.admin(), "do NGUYEN truong")).containsExactly("Nguyễn Trường Đồ");
		assertThat(names(ward.admin(), "Đồ Trường")).containsExactly("Nguyễn Trường Đồ");
		assertThat(names(ward.admin(), "truong nguyen")).containsExactlyInAnyOrder("Nguyễn Trường Đồ",
				"Nguyễn Văn Trường");
	}

	@Test
	void everyWordMustMatch() {
		TestWard ward = this.fixtures.newWard();
		this.fixtures.household(ward, ward.areaA(), "Nguyễn Trường Đồ");

		assertThat(names(ward.admin(), "nguyen truong lan")).isEmpty();
	}

	@Test
	void findsTheAlleyWithoutAccents() {
		TestWard ward = this.fixtures.newWard();
		household(ward, ward.areaA(), "Lê Văn Tám", "12 Nguyễn Trãi", "hẻm 49-57");
		household(ward, ward.areaA(), "Lê Văn Chín", "14 Nguyễn Trãi", "hẻm 9-15");

		assertThat(names(ward.admin(), "hem 49")).containsExactly("Lê Văn Tám");
		assertThat(names(ward.admin(), "49-57")).containsExactly("Lê Văn Tám");
		assertThat(names(ward.admin(), "hẻm")).containsExactlyInAnyOrder("Lê Văn Tám", "Lê Văn Chín");
	}

	@Test
	void findsDWithStrokeAsD() {
		TestWard ward = this.fixtures.newWard();
		household(ward, ward.areaA(), "Võ Thị Đường", "3 Cách Mạng Tháng Tám", null);
		household(ward, ward.areaA(), "Võ Văn Sáu", "5 Cách Mạng Tháng Tám", null);
		household(ward, ward.areaA(), "Võ Văn Bảy", "7 đường số 3", null);

		assertThat(names(ward.admin(), "duong")).containsExactlyInAnyOrder("Võ Thị Đường", "Võ Văn Bảy");
		assertThat(names(ward.admin(), "ĐƯỜNG")).containsExactlyInAnyOrder("Võ Thị Đường", "Võ Văn Bảy");
	}

	@Test
	void findsTheHouseholdCode() {
		TestWard ward = this.fixtures.newWard();
		HouseholdDetail first = this.fixtures.household(ward, ward.areaA(), "Nguyễn Văn Một");
		this.fixtures.household(ward, ward.areaA(), "Nguyễn Văn Hai");

		assertThat(names(ward.admin(), first.code().toLowerCase())).containsExactly("Nguyễn Văn Một");
	}

	@Test
	void percentAndUnderscoreInTheSearchTextAreNotWildcards() {
		TestWard ward = this.fixtures.newWard();
		household(ward, ward.areaA(), "Trần Văn Ba", "1000 Nguyễn Văn Cừ", null);
		household(ward, ward.areaA(), "Trần Văn Bốn", "Lô 100% xanh", null);
		household(ward, ward.areaA(), "Trần Văn Năm", "Khu tập thể A_B", null);

		assertThat(names(ward.admin(), "100%")).containsExactly("Trần Văn Bốn");
		assertThat(names(ward.admin(), "n%b")).isEmpty();
		assertThat(names(ward.admin(), "%")).containsExactly("Trần Văn Bốn");
		assertThat(names(ward.admin(), "tr_n")).isEmpty();
		assertThat(names(ward.admin(), "a_b")).containsExactly("Trần Văn Năm");
		assertThat(names(ward.admin(), "_")).containsExactly("Trần Văn Năm");
		assertThat(names(ward.admin(), "\\")).isEmpty();
	}

	@Test
	void filtersByArea() {
		TestWard ward = this.fixtures.newWard();
		this.fixtures.household(ward, ward.areaA(), "Nguyễn Văn An");
		this.fixtures.household(ward, ward.areaB(), "Nguyễn Văn Bình");

		assertThat(names(ward.admin(), new HouseholdQuery(null, ward.areaA().id(), null, null)))
			.containsExactly("Nguyễn Văn An");
		assertThat(names(ward.admin(), new HouseholdQuery(null, ward.areaB().id(), null, null)))
			.containsExactly("Nguyễn Văn Bình");
		assertThat(names(ward.admin(), new HouseholdQuery(null, null, null, null)))
			.containsExactlyInAnyOrder("Nguyễn Văn An", "Nguyễn Văn Bình");
	}

	@Test
	void filtersByStatusOfTheGivenYear() {
		TestWard ward = this.fixtures.newWard();
		HouseholdDetail climbing = this.fixtures.household(ward, ward.areaA(), "Nguyễn Văn Lên");
		HouseholdDetail poor2025 = this.fixtures.household(ward, ward.areaA(), "Nguyễn Văn Nghèo");
		this.fixtures.household(ward, ward.areaA(), "Nguyễn Văn Khá");
		addStatus(ward, climbing, 2024, StatusKind.POOR);
		addStatus(ward, climbing, 2025, StatusKind.NEAR_POOR);
		addStatus(ward, poor2025, 2025, StatusKind.POOR);

		assertThat(names(ward.admin(), new HouseholdQuery(null, null, StatusKind.POOR, 2024)))
			.containsExactly("Nguyễn Văn Lên");
		assertThat(names(ward.admin(), new HouseholdQuery(null, null, StatusKind.POOR, 2025)))
			.containsExactly("Nguyễn Văn Nghèo");
		assertThat(names(ward.admin(), new HouseholdQuery(null, null, StatusKind.NEAR_POOR, 2025)))
			.containsExactly("Nguyễn Văn Lên");
		assertThat(names(ward.admin(), new HouseholdQuery(null, null, StatusKind.NEAR_POOR, 2024))).isEmpty();
		assertThat(names(ward.admin(), new HouseholdQuery(null, null, null, 2024))).containsExactly("Nguyễn Văn Lên");
		assertThat(names(ward.admin(), new HouseholdQuery(null, null, null, 2023))).isEmpty();
	}

	@Test
	void eachRowShowsTheStatusesOfTheYearAsked() {
		TestWard ward = this.fixtures.newWard();
		HouseholdDetail household = this.fixtures.household(ward, ward.areaA(), "Nguyễn Văn Lên");
		addStatus(ward, household, 2024, StatusKind.POOR);
		addStatus(ward, household, 2024, StatusKind.ELDERLY_ALONE);
		addStatus(ward, household, 2025, StatusKind.NEAR_POOR);

		assertThat(list(ward.admin(), new HouseholdQuery(null, null, null, 2024)).getContent()).singleElement()
			.extracting(HouseholdSummary::statuses)
			.isEqualTo(List.of(StatusKind.ELDERLY_ALONE, StatusKind.POOR));
		// Living alone lasts until ended: it still holds in 2025; poor was of 2024 only.
		assertThat(list(ward.admin(), new HouseholdQuery(null, null, null, 2025)).getContent()).singleElement()
			.extracting(HouseholdSummary::statuses)
			.isEqualTo(List.of(StatusKind.ELDERLY_ALONE, StatusKind.NEAR_POOR));
	}

	@Test
	void aLastingStatusIsFoundInEveryYearFromItsFirstUntilItsEnd() {
		TestWard ward = this.fixtures.newWard();
		HouseholdDetail household = this.fixtures.household(ward, ward.areaA(), "Trần Văn Liệt");
		this.households.addStatus(ward.admin(), household.id(),
				new StatusDetails(2020, StatusKind.POLICY_FAMILY, PolicySubtype.MARTYR_FAMILY, null, null, null));
		Long statusId = this.households.get(ward.admin(), household.id()).statuses().get(0).id();

		assertThat(names(ward.admin(), new HouseholdQuery(null, null, StatusKind.POLICY_FAMILY, 2019))).isEmpty();
		for (int year : new int[] { 2020, 2024, 2026 }) {
			assertThat(names(ward.admin(), new HouseholdQuery(null, null, StatusKind.POLICY_FAMILY, year)))
				.as("" + year)
				.containsExactly("Trần Văn Liệt");
		}

		this.households.endStatus(ward.officer(), household.id(), statusId, new StatusEnd(2025, "Chuyển đi nơi khác"));

		assertThat(names(ward.admin(), new HouseholdQuery(null, null, StatusKind.POLICY_FAMILY, 2025)))
			.containsExactly("Trần Văn Liệt");
		assertThat(names(ward.admin(), new HouseholdQuery(null, null, StatusKind.POLICY_FAMILY, 2026))).isEmpty();
		assertThat(this.households.get(ward.admin(), household.id()).statuses().get(0)).satisfies((status) -> {
			assertThat(status.endYear()).isEqualTo(2025);
			assertThat(status.endReason()).isEqualTo("Chuyển đi nơi khác");
			assertThat(status.endedOn()).isEqualTo(java.time.LocalDate.now(this.clock));
		});
	}

	@Test
	void aLastingStatusEndsWithAReasonAndNotAfterNextYear() {
		TestWard ward = this.fixtures.newWard();
		HouseholdDetail household = this.fixtures.household(ward, ward.areaA(), "Trần Văn Hết");
		this.households.addStatus(ward.admin(), household.id(),
				new StatusDetails(2020, StatusKind.AGENT_ORANGE, null, null, null, null));
		Long statusId = this.households.get(ward.admin(), household.id()).statuses().get(0).id();
		int nextYear = java.time.Year.now(this.clock).getValue() + 1;

		org.assertj.core.api.Assertions.assertThatExceptionOfType(vn.sochibo.shared.RuleViolationException.class)
			.isThrownBy(() -> this.households.endStatus(ward.admin(), household.id(), statusId,
					new StatusEnd(nextYear + 1, "lý do")))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("lastYear"));
		org.assertj.core.api.Assertions.assertThatExceptionOfType(vn.sochibo.shared.RuleViolationException.class)
			.isThrownBy(
					() -> this.households.endStatus(ward.admin(), household.id(), statusId, new StatusEnd(2024, " ")))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("reason"));
		org.assertj.core.api.Assertions.assertThatExceptionOfType(vn.sochibo.household.HouseholdNotFoundException.class)
			.isThrownBy(() -> this.households.endStatus(ward.officerB(), household.id(), statusId,
					new StatusEnd(2024, "khác khu")));
		assertThat(this.households.get(ward.admin(), household.id()).statuses().get(0).open()).isTrue();
	}

	@Test
	void withoutAYearTheStatusFilterMeansThisYear() {
		TestWard ward = this.fixtures.newWard();
		int thisYear = Year.now(this.clock).getValue();
		HouseholdDetail now = this.fixtures.household(ward, ward.areaA(), "Nguyễn Văn Nay");
		HouseholdDetail before = this.fixtures.household(ward, ward.areaA(), "Nguyễn Văn Trước");
		addStatus(ward, now, thisYear, StatusKind.POOR);
		addStatus(ward, before, thisYear - 1, StatusKind.POOR);

		assertThat(names(ward.admin(), new HouseholdQuery(null, null, StatusKind.POOR, null)))
			.containsExactly("Nguyễn Văn Nay");
	}

	@Test
	void combinesTextAreaAndStatus() {
		TestWard ward = this.fixtures.newWard();
		HouseholdDetail inA = this.fixtures.household(ward, ward.areaA(), "Nguyễn Văn Một");
		HouseholdDetail inB = this.fixtures.household(ward, ward.areaB(), "Nguyễn Văn Hai");
		HouseholdDetail otherName = this.fixtures.household(ward, ward.areaA(), "Trần Văn Ba");
		for (HouseholdDetail household : List.of(inA, inB, otherName)) {
			addStatus(ward, household, 2025, StatusKind.POOR);
		}

		assertThat(names(ward.admin(), new HouseholdQuery("nguyen", ward.areaA().id(), StatusKind.POOR, 2025)))
			.containsExactly("Nguyễn Văn Một");
	}

	@Test
	void pagesCarryTheTotal() {
		TestWard ward = this.fixtures.newWard();
		for (String name : List.of("An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Khánh")) {
			this.fixtures.household(ward, ward.areaA(), "Nguyễn Văn " + name);
		}
		HouseholdQuery all = new HouseholdQuery(null, null, null, null);

		Page<HouseholdSummary> first = this.households.list(ward.admin(), all, PageRequest.of(0, 3));
		Page<HouseholdSummary> second = this.households.list(ward.admin(), all, PageRequest.of(1, 3));
		Page<HouseholdSummary> last = this.households.list(ward.admin(), all, PageRequest.of(2, 3));
		Page<HouseholdSummary> beyond = this.households.list(ward.admin(), all, PageRequest.of(5, 3));
		Page<HouseholdSummary> single = this.households.list(ward.admin(), all, PageRequest.of(0, 25));

		assertThat(first.getContent()).hasSize(3);
		assertThat(second.getContent()).hasSize(3);
		assertThat(last.getContent()).hasSize(1);
		assertThat(beyond.getContent()).isEmpty();
		for (Page<HouseholdSummary> page : List.of(first, second, last, beyond, single)) {
			assertThat(page.getTotalElements()).isEqualTo(7);
		}
		assertThat(first.getTotalPages()).isEqualTo(3);
		assertThat(last.isLast()).isTrue();
		assertThat(single.getTotalPages()).isEqualTo(1);
		List<String> pagedThrough = new ArrayList<>();
		List.of(first, second, last).forEach((page) -> page.forEach((row) -> pagedThrough.add(row.headName())));
		assertThat(pagedThrough)
			.containsExactlyElementsOf(single.getContent().stream().map(HouseholdSummary::headName).toList());
	}

	@Test
	void theTotalCountsOnlyMatchingRows() {
		TestWard ward = this.fixtures.newWard();
		for (int i = 1; i <= 4; i++) {
			this.fixtures.household(ward, ward.areaA(), "Nguyễn Văn Tư " + i);
			this.fixtures.household(ward, ward.areaB(), "Lê Văn Năm " + i);
		}

		Page<HouseholdSummary> page = this.households.list(ward.admin(), new HouseholdQuery("nguyen", null, null, null),
				PageRequest.of(1, 3));

		assertThat(page.getTotalElements()).isEqualTo(4);
		assertThat(page.getContent()).hasSize(1);
	}

	@Test
	void sortsByGivenNameThenFullName() {
		TestWard ward = this.fixtures.newWard();
		for (String name : List.of("Nguyễn Văn Cường", "Trần Văn An", "Trần Thị Bình", "Lê Văn An")) {
			this.fixtures.household(ward, ward.areaA(), name);
		}

		assertThat(names(ward.admin(), "")).containsExactly("Lê Văn An", "Trần Văn An", "Trần Thị Bình",
				"Nguyễn Văn Cường");
	}

	@Test
	void sortsWithVietnameseCollation() {
		TestWard ward = this.fixtures.newWard();
		// In byte order Á, Đ and Ư come after every ASCII letter; Vietnamese puts Đ right
		// after D, Ư right after U, and a toned vowel with its base vowel.
		for (String name : List.of("Lý Thị Ưng", "Lê Văn Đức", "Hồ Thị Em", "Đặng Văn Út", "Nguyễn Thị Ánh",
				"Phạm Văn Dũng", "Trần Văn Bảo", "Võ Văn An")) {
			this.fixtures.household(ward, ward.areaA(), name);
		}

		assertThat(names(ward.admin(), "")).containsExactly("Võ Văn An", "Nguyễn Thị Ánh", "Trần Văn Bảo",
				"Phạm Văn Dũng", "Lê Văn Đức", "Hồ Thị Em", "Đặng Văn Út", "Lý Thị Ưng");
	}

	@Test
	void everyAnhComesBeforeEveryAnhWithATone() {
		TestWard ward = this.fixtures.newWard();
		for (String name : List.of("Nguyễn Thị Ánh", "Võ Văn Anh", "Bùi Thị Ánh", "Trần Văn Anh")) {
			this.fixtures.household(ward, ward.areaA(), name);
		}

		assertThat(names(ward.admin(), "")).containsExactly("Trần Văn Anh", "Võ Văn Anh", "Bùi Thị Ánh",
				"Nguyễn Thị Ánh");
	}

	@Test
	void anOfficerNeverSeesAnotherArea() {
		TestWard ward = this.fixtures.newWard();
		this.fixtures.household(ward, ward.areaA(), "Nguyễn Văn An");
		this.fixtures.household(ward, ward.areaB(), "Nguyễn Văn Bình");

		assertThat(names(ward.officer(), "")).containsExactly("Nguyễn Văn An");
		assertThat(names(ward.officer(), "binh")).isEmpty();
		assertThat(names(ward.officer(), new HouseholdQuery(null, ward.areaB().id(), null, null))).isEmpty();
		assertThat(list(ward.officer(), new HouseholdQuery(null, ward.areaB().id(), null, null)).getTotalElements())
			.isZero();
		assertThat(names(ward.officerB(), "")).containsExactly("Nguyễn Văn Bình");
		assertThat(names(ward.secretary(), "")).containsExactly("Nguyễn Văn An");
	}

	@Test
	void theWardAdminAndTheInspectorSeeTheWholeWard() {
		TestWard ward = this.fixtures.newWard();
		this.fixtures.household(ward, ward.areaA(), "Nguyễn Văn An");
		this.fixtures.household(ward, ward.areaB(), "Nguyễn Văn Bình");

		assertThat(names(ward.admin(), "")).containsExactly("Nguyễn Văn An", "Nguyễn Văn Bình");
		assertThat(names(ward.inspector(), "")).containsExactly("Nguyễn Văn An", "Nguyễn Văn Bình");
	}

	@Test
	void nobodySeesAnotherWard() {
		TestWard ward = this.fixtures.newWard();
		TestWard other = this.fixtures.newWard();
		this.fixtures.household(ward, ward.areaA(), "Nguyễn Trường Đồ");

		assertThat(names(other.admin(), "nguyen truong do")).isEmpty();
		assertThat(names(other.admin(), new HouseholdQuery(null, ward.areaA().id(), null, null))).isEmpty();
		assertThat(names(other.inspector(), "")).isEmpty();
	}

	private HouseholdDetail household(TestWard ward, AreaView area, String headName, String address, String alley) {
		return this.households.create(ward.admin(),
				new HouseholdDetails(null, headName, address, alley, area.id(), 3, null, null));
	}

	private void addStatus(TestWard ward, HouseholdDetail household, int year, StatusKind kind) {
		this.households.addStatus(ward.admin(), household.id(),
				new StatusDetails(year, kind, null, "Nghị định 07/2021/NĐ-CP", null, null));
	}

	private Page<HouseholdSummary> list(CurrentUser user, HouseholdQuery query) {
		return this.households.list(user, query, PageRequest.of(0, 25));
	}

	private List<String> names(CurrentUser user, HouseholdQuery query) {
		return list(user, query).getContent().stream().map(HouseholdSummary::headName).toList();
	}

	private List<String> names(CurrentUser user, String text) {
		return names(user, new HouseholdQuery(text, null, null, null));
	}

}
