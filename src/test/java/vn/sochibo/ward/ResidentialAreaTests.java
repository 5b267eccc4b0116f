package vn.sochibo.ward;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import vn.sochibo.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class ResidentialAreaTests {

	private static final LocalDate START = LocalDate.of(2020, 1, 1);

	private static final LocalDate MERGE_DAY = LocalDate.of(2026, 7, 1);

	private long nextId = 1;

	@Test
	void mergeEndsTheSourceTheDayBeforeAndLinksTheTarget() {
		ResidentialArea source = area("KV12", START, null);
		ResidentialArea target = area("KV11", START, null);

		source.mergeInto(target, MERGE_DAY);

		assertThat(source.getMergedIntoId()).isEqualTo(target.getId());
		assertThat(source.getValidTo()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(target.getMergedIntoId()).isNull();
		assertThat(target.getValidTo()).isNull();
	}

	@Test
	void mergeIntoItselfIsRefused() {
		ResidentialArea area = area("KV11", START, null);

		assertRefused(() -> area.mergeInto(area, MERGE_DAY), "targetId", "area.merge.self");
		assertThat(area.getMergedIntoId()).isNull();
		assertThat(area.getValidTo()).isNull();
	}

	@Test
	void mergingAnAreaThatIsAlreadyMergedIsRefused() {
		ResidentialArea source = area("KV12", START, null);
		ResidentialArea first = area("KV11", START, null);
		ResidentialArea second = area("KV13", START, null);
		source.mergeInto(first, MERGE_DAY);

		assertRefused(() -> source.mergeInto(second, MERGE_DAY.plusMonths(1)), "targetId", "area.merge.alreadyMerged");
		assertThat(source.getMergedIntoId()).isEqualTo(first.getId());
		assertThat(source.getValidTo()).isEqualTo(MERGE_DAY.minusDays(1));
	}

	@Test
	void mergingIntoAnAreaThatIsItselfMergedIsRefused() {
		ResidentialArea source = area("KV12", START, null);
		ResidentialArea target = area("KV11", START, null);
		ResidentialArea other = area("KV13", START, null);
		target.mergeInto(other, MERGE_DAY.minusYears(1));

		assertRefused(() -> source.mergeInto(target, MERGE_DAY), "targetId", "area.merge.targetInvalid");
		assertThat(source.getMergedIntoId()).isNull();
	}

	@Test
	void mergingIntoAnAreaThatStartsAfterTheDateIsRefused() {
		ResidentialArea source = area("KV12", START, null);
		ResidentialArea target = area("KV20", MERGE_DAY.plusDays(1), null);

		assertRefused(() -> source.mergeInto(target, MERGE_DAY), "targetId", "area.merge.targetInvalid");
		assertThat(source.getValidTo()).isNull();
	}

	@Test
	void mergingIntoAnAreaThatEndedBeforeTheDateIsRefused() {
		ResidentialArea source = area("KV12", START, null);
		ResidentialArea target = area("KV11", START, MERGE_DAY.minusDays(1));

		assertRefused(() -> source.mergeInto(target, MERGE_DAY), "targetId", "area.merge.targetInvalid");
	}

	@Test
	void mergingIntoAnAreaValidExactlyFromOrToTheDateIsAllowed() {
		ResidentialArea startsThatDay = area("KV20", MERGE_DAY, null);
		ResidentialArea endsThatDay = area("KV21", START, MERGE_DAY);

		assertThatNoException().isThrownBy(() -> area("KV12", START, null).mergeInto(startsThatDay, MERGE_DAY));
		assertThatNoException().isThrownBy(() -> area("KV13", START, null).mergeInto(endsThatDay, MERGE_DAY));
	}

	@Test
	void mergeOnTheDayTheSourceStartsIsRefused() {
		ResidentialArea source = area("KV12", MERGE_DAY, null);
		ResidentialArea target = area("KV11", START, null);

		assertRefused(() -> source.mergeInto(target, MERGE_DAY), "date", "area.merge.beforeStart");
		assertThat(source.getMergedIntoId()).isNull();
	}

	@Test
	void mergeBeforeTheSourceStartsIsRefused() {
		ResidentialArea source = area("KV12", MERGE_DAY, null);
		ResidentialArea target = area("KV11", START, null);

		assertRefused(() -> source.mergeInto(target, MERGE_DAY.minusDays(1)), "date", "area.merge.beforeStart");
	}

	@Test
	void mergeTheDayAfterTheSourceStartsLeavesItValidForOneDay() {
		ResidentialArea source = area("KV12", MERGE_DAY.minusDays(1), null);
		ResidentialArea target = area("KV11", START, null);

		source.mergeInto(target, MERGE_DAY);

		assertThat(source.getValidTo()).isEqualTo(source.getValidFrom());
	}

	@Test
	void validToBeforeValidFromIsRefused() {
		assertRefused(() -> new ResidentialArea(1L, new AreaDetails("KV11", "Khu vực 11", START, START.minusDays(1)),
				AreaKind.KHU_VUC), "validTo", "area.validTo.beforeFrom");
	}

	@Test
	void validToOnValidFromIsAllowed() {
		ResidentialArea area = new ResidentialArea(1L, new AreaDetails("KV11", "Khu vực 11", START, START),
				AreaKind.KHU_VUC);

		assertThat(area.getValidTo()).isEqualTo(START);
	}

	@Test
	void editingValidToBeforeValidFromIsRefusedAndLeavesTheAreaAsItWas() {
		ResidentialArea area = area("KV11", START, null);

		assertRefused(() -> area.apply(new AreaDetails("KV11b", "Khu vực 11 mới", START, START.minusYears(1))),
				"validTo", "area.validTo.beforeFrom");
		assertThat(area.getCode()).isEqualTo("KV11");
		assertThat(area.getValidTo()).isNull();
	}

	@Test
	void theEndOfAMergedAreaCannotBeEdited() {
		ResidentialArea source = area("KV12", START, null);
		source.mergeInto(area("KV11", START, null), MERGE_DAY);

		assertRefused(() -> source.apply(new AreaDetails("KV12", "Khu vực 12", START, null)), "validTo",
				"area.merged.validTo");
		source.apply(new AreaDetails("KV12", "Khu vực 12 (cũ)", START, MERGE_DAY.minusDays(1)));
		assertThat(source.getName()).isEqualTo("Khu vực 12 (cũ)");
	}

	@Test
	void isValidOnItsFirstAndLastDayOnly() {
		ResidentialArea area = area("KV11", START, LocalDate.of(2025, 12, 31));

		assertThat(area.isValidOn(START.minusDays(1))).isFalse();
		assertThat(area.isValidOn(START)).isTrue();
		assertThat(area.isValidOn(LocalDate.of(2025, 12, 31))).isTrue();
		assertThat(area.isValidOn(LocalDate.of(2026, 1, 1))).isFalse();
		assertThat(area("KV12", START, null).isValidOn(LocalDate.of(2100, 1, 1))).isTrue();
	}

	private ResidentialArea area(String code, LocalDate from, LocalDate to) {
		ResidentialArea area = new ResidentialArea(1L, new AreaDetails(code, "Khu vực " + code, from, to),
				AreaKind.KHU_VUC);
		ReflectionTestUtils.setField(area, "id", this.nextId++);
		return area;
	}

	private static void assertRefused(Runnable action, String field, String messageKey) {
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(action::run).satisfies((ex) -> {
			assertThat(ex.field()).isEqualTo(field);
			assertThat(ex.messageKey()).isEqualTo(messageKey);
		});
	}

}
