package vn.sochibo.household;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.sochibo.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class HouseholdTests {

	private final Household household = new Household(1L, "KV11-0001", new HouseholdDetails(null, "Nguyễn Trường Đồ",
			"1 hẻm 49-57 đường Trần Văn Khéo", "hẻm 49-57", 7L, 4, "0909123456", null));

	@Test
	void aSecondStatusOfTheSameKindInTheSameYearIsRefused() {
		this.household.addStatus(status(2025, StatusKind.POOR, null));

		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.household.addStatus(status(2025, StatusKind.POOR, null)))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo("kind");
				assertThat(ex.messageKey()).isEqualTo("status.duplicate");
			});
		assertThat(this.household.statusesNewestFirst()).hasSize(1);
	}

	@Test
	void anotherKindInTheSameYearIsAllowed() {
		this.household.addStatus(status(2025, StatusKind.POOR, null));
		this.household.addStatus(status(2025, StatusKind.ELDERLY_ALONE, null));
		this.household.addStatus(status(2025, StatusKind.POLICY_FAMILY, PolicySubtype.WAR_INVALID));

		assertThat(views()).extracting(StatusView::kind)
			.containsExactly(StatusKind.POOR, StatusKind.POLICY_FAMILY, StatusKind.ELDERLY_ALONE);
	}

	@Test
	void theSameKindInAnotherYearIsAllowed() {
		this.household.addStatus(status(2024, StatusKind.POOR, null));
		this.household.addStatus(status(2025, StatusKind.POOR, null));

		assertThat(views()).extracting(StatusView::year).containsExactly(2025, 2024);
	}

	@Test
	void statusesAreListedNewestYearFirst() {
		this.household.addStatus(status(2023, StatusKind.NEAR_POOR, null));
		this.household.addStatus(status(2025, StatusKind.POOR, null));
		this.household.addStatus(status(2024, StatusKind.POOR, null));

		assertThat(views()).extracting(StatusView::year).containsExactly(2025, 2024, 2023);
	}

	@Test
	void aPolicyFamilyKeepsItsSubtype() {
		HouseholdStatus status = this.household
			.addStatus(status(2025, StatusKind.POLICY_FAMILY, PolicySubtype.MARTYR_FAMILY));

		assertThat(status.toView().policySubtype()).isEqualTo(PolicySubtype.MARTYR_FAMILY);
		assertThat(status.describe(Enum::name)).isEqualTo("2025–: POLICY_FAMILY (MARTYR_FAMILY) – QĐ 12/QĐ-UBND");
	}

	@Test
	void thePolicySubtypeIsDroppedForEveryOtherKind() {
		for (StatusKind kind : StatusKind.values()) {
			if (kind != StatusKind.POLICY_FAMILY) {
				HouseholdStatus status = this.household.addStatus(status(2025, kind, PolicySubtype.WAR_INVALID));

				assertThat(status.toView().policySubtype()).as(kind.name()).isNull();
				assertThat(status.describe(Enum::name)).doesNotContain("WAR_INVALID");
			}
		}
	}

	@Test
	void aStatusKeepsTheStandardAndTheDecision() {
		HouseholdStatus status = this.household.addStatus(status(2025, StatusKind.POOR, null));

		assertThat(status.toView()).isEqualTo(new StatusView(null, 2025, StatusKind.POOR, null,
				"Nghị định 07/2021/NĐ-CP", "QĐ 12/QĐ-UBND", "rà soát cuối năm", null, null, null));
	}

	@Test
	void theKindsThatLastAreTheOnesTheReviewDoesNotDecide() {
		assertThat(java.util.Arrays.stream(StatusKind.values()).filter(StatusKind::lasts)).containsExactlyInAnyOrder(
				StatusKind.POLICY_FAMILY, StatusKind.ELDERLY_ALONE, StatusKind.AGENT_ORANGE, StatusKind.DISABILITY);
		assertThat(StatusKind.reviewedKinds()).containsExactlyInAnyOrder(StatusKind.POOR, StatusKind.NEAR_POOR)
			.noneMatch(StatusKind::lasts);
	}

	@Test
	void aLastingStatusHoldsFromItsFirstYearUntilItIsEnded() {
		HouseholdStatus status = this.household
			.addStatus(status(2024, StatusKind.POLICY_FAMILY, PolicySubtype.WAR_INVALID));

		assertThat(status.heldIn(2023)).isFalse();
		assertThat(status.heldIn(2024)).isTrue();
		assertThat(status.heldIn(2031)).isTrue();
		assertThat(status.describe(Enum::name)).startsWith("2024–: ");

		status.end(2026, java.time.LocalDate.of(2026, 12, 3), "Chuyển đi nơi khác");

		assertThat(status.heldIn(2026)).isTrue();
		assertThat(status.heldIn(2027)).isFalse();
		assertThat(status.describe(Enum::name)).startsWith("2024–2026: ");
		assertThat(status.toView().open()).isFalse();
		assertThat(status.toView().endReason()).isEqualTo("Chuyển đi nơi khác");
	}

	@Test
	void aPoorStatusHoldsOnlyInItsYearAndIsNeverEnded() {
		HouseholdStatus status = this.household.addStatus(status(2025, StatusKind.POOR, null));

		assertThat(status.heldIn(2025)).isTrue();
		assertThat(status.heldIn(2026)).isFalse();
		assertThat(status.toView().open()).isFalse();
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> status.end(2025, java.time.LocalDate.of(2025, 12, 1), "lý do"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("status.end.notLasting"));
	}

	@Test
	void aLastingStatusEndsNeitherBeforeItBeganNorTwice() {
		HouseholdStatus status = this.household.addStatus(status(2024, StatusKind.DISABILITY, null));

		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> status.end(2023, java.time.LocalDate.of(2026, 1, 5), "nhầm"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("status.end.beforeStart"));
		status.end(2025, java.time.LocalDate.of(2026, 1, 5), "Đã mất");
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> status.end(2026, java.time.LocalDate.of(2026, 1, 5), "lại"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("status.end.already"));
	}

	@Test
	void aLastingStatusIsNotRecordedAgainWhileItHolds() {
		this.household.addStatus(status(2024, StatusKind.POLICY_FAMILY, PolicySubtype.MARTYR_FAMILY));

		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(
					() -> this.household.addStatus(status(2025, StatusKind.POLICY_FAMILY, PolicySubtype.MARTYR_FAMILY)))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo("kind");
				assertThat(ex.messageKey()).isEqualTo("status.lasting.held");
				assertThat(ex.arguments()).containsExactly("2024–");
			});
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.household.addStatus(status(2020, StatusKind.POLICY_FAMILY, null)));
	}

	@Test
	void aLastingStatusCanBeginAgainAfterItEnded() {
		HouseholdStatus first = this.household.addStatus(status(2020, StatusKind.ELDERLY_ALONE, null));
		first.end(2022, java.time.LocalDate.of(2022, 6, 1), "Con về ở cùng");

		this.household.addStatus(status(2025, StatusKind.ELDERLY_ALONE, null));

		assertThat(this.household.holdsAny(2021, java.util.Set.of(StatusKind.ELDERLY_ALONE))).isTrue();
		assertThat(this.household.holdsAny(2023, java.util.Set.of(StatusKind.ELDERLY_ALONE))).isFalse();
		assertThat(this.household.holdsAny(2026, java.util.Set.of(StatusKind.ELDERLY_ALONE))).isTrue();
	}

	@Test
	void movingToAnotherAreaChangesOnlyTheArea() {
		this.household.moveTo(8L);

		assertThat(this.household.getAreaId()).isEqualTo(8L);
		assertThat(this.household.auditState()).containsEntry("areaId", "8")
			.containsEntry("headName", "Nguyễn Trường Đồ")
			.containsEntry("code", "KV11-0001");
	}

	private List<StatusView> views() {
		return this.household.statusesNewestFirst().stream().map(HouseholdStatus::toView).toList();
	}

	private static StatusDetails status(int year, StatusKind kind, PolicySubtype subtype) {
		return new StatusDetails(year, kind, subtype, "Nghị định 07/2021/NĐ-CP", "QĐ 12/QĐ-UBND", "rà soát cuối năm");
	}

}
