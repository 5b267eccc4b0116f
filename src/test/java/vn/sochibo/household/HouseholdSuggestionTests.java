package vn.sochibo.household;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.OutOfScopeException;
import vn.sochibo.support.IntegrationTest;
import vn.sochibo.support.WardFixtures;
import vn.sochibo.support.WardFixtures.TestWard;
import vn.sochibo.ward.AreaView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the household picker of the contribution, gift and loan forms offers as an officer
 * types: accent-insensitive, within the areas the user writes in, best match first, a
 * handful at most, and nothing for text too short or too long to mean a household.
 */
@IntegrationTest
class HouseholdSuggestionTests {

	@Autowired
	WardFixtures fixtures;

	@Autowired
	Households households;

	@Test
	void findsANameWithoutAccentsAndShowsCodeAddressAndAreaButNothingPrivate() {
		TestWard ward = this.fixtures.newWard();
		HouseholdDetail do_ = this.fixtures.household(ward, ward.areaA(), "Nguyễn Trường Đồ");
		this.fixtures.household(ward, ward.areaA(), "Trần Thị Lan");

		assertThat(this.households.suggest(ward.officer(), "nguyen truong do", null)).singleElement()
			.satisfies((suggestion) -> {
				assertThat(suggestion.id()).isEqualTo(do_.id());
				assertThat(suggestion.code()).isEqualTo(do_.code());
				assertThat(suggestion.headName()).isEqualTo("Nguyễn Trường Đồ");
				assertThat(suggestion.address()).isEqualTo("1 hẻm 49-57 đường Trần Văn Khéo");
				assertThat(suggestion.alley()).isEqualTo("hẻm 49-57");
				assertThat(suggestion.areaLabel()).isEqualTo("A – Khu vực A");
			});
		assertThat(HouseholdSuggestion.class.getRecordComponents()).extracting("name")
			.doesNotContain("phone", "statuses", "notes", "members");
	}

	@Test
	void findsPartOfANameAnAlleyOrACode() {
		TestWard ward = this.fixtures.newWard();
		HouseholdDetail tam = household(ward, ward.areaA(), "Lê Văn Tám", "12 Nguyễn Trãi", "hẻm 49-57");
		household(ward, ward.areaA(), "Lê Văn Chín", "14 Nguyễn Trãi", "hẻm 9-15");

		assertThat(names(ward.officer(), "tam")).containsExactly("Lê Văn Tám");
		assertThat(names(ward.officer(), "HEM 49")).containsExactly("Lê Văn Tám");
		assertThat(names(ward.officer(), "hẻm")).containsExactlyInAnyOrder("Lê Văn Tám", "Lê Văn Chín");
		assertThat(names(ward.officer(), tam.code().toLowerCase())).containsExactly("Lê Văn Tám");
		assertThat(names(ward.officer(), "nguyen trai le")).containsExactlyInAnyOrder("Lê Văn Tám", "Lê Văn Chín");
	}

	@Test
	void theBestMatchComesFirst() {
		TestWard ward = this.fixtures.newWard();
		// By given name alone, An Thị Xuân would come last.
		household(ward, ward.areaA(), "Trần Văn Bảo", "5 đường An Bình", null);
		household(ward, ward.areaA(), "Lê Thị Hoa", "7 khu Thuận Hòa", null);
		household(ward, ward.areaA(), "Phạm Văn An", "9 Lý Tự Trọng", null);
		household(ward, ward.areaA(), "An Thị Xuân", "11 Lý Tự Trọng", null);

		// The head of household whose name starts with it, then a word that starts with
		// it (name or address, by given name), then the rest.
		assertThat(names(ward.admin(), "an")).containsExactly("An Thị Xuân", "Phạm Văn An", "Trần Văn Bảo",
				"Lê Thị Hoa");

		HouseholdDetail exact = household(ward, ward.areaA(), "Đỗ Văn Mã", "1 Lý Tự Trọng", null);
		// Its code typed in full comes first.
		assertThat(this.households.suggest(ward.admin(), exact.code(), null)).first()
			.extracting(HouseholdSuggestion::headName)
			.isEqualTo("Đỗ Văn Mã");
	}

	@Test
	void anOfficerIsOfferedOnlyTheHouseholdsOfTheirAreasAndNeverAnotherWards() {
		TestWard ward = this.fixtures.newWard();
		TestWard other = this.fixtures.newWard();
		this.fixtures.household(ward, ward.areaA(), "Nguyễn Văn An");
		this.fixtures.household(ward, ward.areaB(), "Nguyễn Văn Bình");
		this.fixtures.household(other, other.areaA(), "Nguyễn Văn Cường");

		assertThat(names(ward.officer(), "nguyen van")).containsExactly("Nguyễn Văn An");
		assertThat(names(ward.officerB(), "nguyen van")).containsExactly("Nguyễn Văn Bình");
		assertThat(names(ward.secretary(), "nguyen van")).containsExactly("Nguyễn Văn An");
		assertThat(names(ward.admin(), "nguyen van")).containsExactly("Nguyễn Văn An", "Nguyễn Văn Bình");
		// Asking for another area, or another ward's, adds nothing to the scope.
		assertThat(names(ward.officer(), "nguyen van", Set.of(ward.areaB().id()))).isEmpty();
		assertThat(names(ward.admin(), "nguyen van", Set.of(other.areaA().id()))).isEmpty();
	}

	@Test
	void aFormMayNarrowTheSuggestionsToItsAreas() {
		TestWard ward = this.fixtures.newWard();
		this.fixtures.household(ward, ward.areaA(), "Nguyễn Văn An");
		this.fixtures.household(ward, ward.areaB(), "Nguyễn Văn Bình");

		assertThat(names(ward.admin(), "nguyen", Set.of(ward.areaB().id()))).containsExactly("Nguyễn Văn Bình");
		assertThat(names(ward.admin(), "nguyen", Set.of())).hasSize(2);
	}

	@Test
	void anInspectorWhoWritesNothingIsRefused() {
		TestWard ward = this.fixtures.newWard();

		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.households.suggest(ward.inspector(), "nguyen", null));
	}

	@Test
	void atMostTenSuggestions() {
		TestWard ward = this.fixtures.newWard();
		for (int i = 1; i <= Households.SUGGESTION_LIMIT + 2; i++) {
			this.fixtures.household(ward, ward.areaA(), "Hộ Số %02d".formatted(i));
		}

		assertThat(names(ward.officer(), "ho so")).hasSize(Households.SUGGESTION_LIMIT);
	}

	@Test
	void textTooShortTooLongOrOddSuggestsNothingAndNeverFails() {
		TestWard ward = this.fixtures.newWard();
		this.fixtures.household(ward, ward.areaA(), "Nguyễn Văn An");
		household(ward, ward.areaA(), "Trần Văn Bốn", "Lô 100% xanh", null);

		assertThat(names(ward.officer(), null)).isEmpty();
		assertThat(names(ward.officer(), "")).isEmpty();
		assertThat(names(ward.officer(), "n")).isEmpty();
		assertThat(names(ward.officer(), " ễ  ")).isEmpty();
		assertThat(names(ward.officer(), "an")).hasSize(2);
		assertThat(names(ward.officer(), "nguyen ".repeat(20))).isEmpty();
		assertThat(names(ward.officer(), "%%")).isEmpty();
		assertThat(names(ward.officer(), "0%")).containsExactly("Trần Văn Bốn");
		assertThat(names(ward.officer(), "__")).isEmpty();
		assertThat(names(ward.officer(), "\\\\")).isEmpty();
		assertThat(names(ward.officer(), "nguyen\u0000an")).containsExactly("Nguyễn Văn An");
		assertThat(names(ward.officer(), "'; drop table households; --")).isEmpty();
		assertThat(names(ward.officer(), "<script>alert(1)</script>")).isEmpty();
	}

	@Test
	void aCodeIsThatHouseholdAndANameOnlyOneHouseholdMatchesIsThatOne() {
		TestWard ward = this.fixtures.newWard();
		HouseholdDetail an = this.fixtures.household(ward, ward.areaA(), "Nguyễn Văn An");
		HouseholdDetail binh = this.fixtures.household(ward, ward.areaA(), "Nguyễn Văn Bình");
		HouseholdDetail khang = this.fixtures.household(ward, ward.areaA(), "Nguyễn Văn An Khang");
		this.fixtures.household(ward, ward.areaB(), "Nguyễn Văn Bình Minh");

		assertThat(this.households.getByCodeOrName(ward.officer(), " " + binh.code().toLowerCase(), null).id())
			.isEqualTo(binh.id());
		// A full name typed is that household, though a longer name (and every "Nguyễn
		// Văn …": "an" is in "van") holds its words too.
		assertThat(this.households.getByCodeOrName(ward.officer(), "nguyen van an", null).id()).isEqualTo(an.id());
		assertThat(this.households.getByCodeOrName(ward.officer(), "an khang", null).id()).isEqualTo(khang.id());
		// Khu vực B's "Nguyễn Văn Bình Minh" is not the officer's: no ambiguity for them.
		assertThat(this.households.getByCodeOrName(ward.officer(), "binh", null).id()).isEqualTo(binh.id());
	}

	@Test
	void aNameSeveralHouseholdsMatchIsNeverPickedButNamesThem() {
		TestWard ward = this.fixtures.newWard();
		HouseholdDetail an = this.fixtures.household(ward, ward.areaA(), "Nguyễn Văn An");
		HouseholdDetail an2 = this.fixtures.household(ward, ward.areaB(), "Nguyễn Văn Ân");

		assertThatExceptionOfType(AmbiguousHouseholdException.class)
			.isThrownBy(() -> this.households.getByCodeOrName(ward.admin(), "nguyen van an", null))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo("householdCode");
				assertThat(ex.messageKey()).isEqualTo("household.ambiguous");
				assertThat(ex.candidates()).extracting(HouseholdSuggestion::id).containsExactly(an.id(), an2.id());
				assertThat(ex.arguments()).containsExactly("nguyen van an",
						an.code() + " Nguyễn Văn An (hẻm 49-57); " + an2.code() + " Nguyễn Văn Ân (hẻm 49-57)");
			});
		assertThatExceptionOfType(AmbiguousHouseholdException.class)
			.isThrownBy(() -> this.households.getByCodeOrName(ward.admin(), "nguyen van", null));
		// A form narrowed to Khu vực B (a program's areas) has one.
		assertThat(this.households.getByCodeOrName(ward.admin(), "nguyen van an", Set.of(ward.areaB().id())).id())
			.isEqualTo(an2.id());
	}

	@Test
	void manyCandidatesAreNamedUpToFive() {
		TestWard ward = this.fixtures.newWard();
		for (int i = 1; i <= 7; i++) {
			this.fixtures.household(ward, ward.areaA(), "Hộ Số %02d".formatted(i));
		}

		assertThatExceptionOfType(AmbiguousHouseholdException.class)
			.isThrownBy(() -> this.households.getByCodeOrName(ward.officer(), "ho so", null))
			.satisfies((ex) -> {
				assertThat(ex.candidates()).hasSize(5);
				assertThat((String) ex.arguments()[1]).contains("Hộ Số 05").doesNotContain("Hộ Số 06").endsWith("; …");
			});
	}

	@Test
	void nothingMatchingIsNotFound() {
		TestWard ward = this.fixtures.newWard();
		HouseholdDetail ofB = this.fixtures.household(ward, ward.areaB(), "Phạm Văn Bê");

		for (String typed : new String[] { "ZZ-9999", "pham van be", ofB.code(), "", null, "x" }) {
			assertThatExceptionOfType(HouseholdNotFoundException.class)
				.isThrownBy(() -> this.households.getByCodeOrName(ward.officer(), typed, null));
		}
		assertThatExceptionOfType(OutOfScopeException.class)
			.isThrownBy(() -> this.households.getByCodeOrName(ward.inspector(), ofB.code(), null));
	}

	private List<String> names(CurrentUser user, String text) {
		return names(user, text, null);
	}

	private List<String> names(CurrentUser user, String text, Set<Long> areas) {
		return this.households.suggest(user, text, areas).stream().map(HouseholdSuggestion::headName).toList();
	}

	private HouseholdDetail household(TestWard ward, AreaView area, String headName, String address, String alley) {
		return this.households.create(ward.admin(),
				new HouseholdDetails(null, headName, address, alley, area.id(), 3, null, null));
	}

}
