package vn.sochibo.welfare;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.sochibo.household.StatusKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The date a new gift's form suggests is one the gift rules accept whenever there is one:
 * in the program's year, not before the program's date, not ahead of today.
 */
class ProgramViewTests {

	private static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

	@Test
	void aProgramOfThisYearThatHasBegunSuggestsToday() {
		assertThat(program(LocalDate.of(2025, 1, 22)).suggestedGiftDate(TODAY)).isEqualTo(TODAY);
		assertThat(program(TODAY).suggestedGiftDate(TODAY)).isEqualTo(TODAY);
	}

	@Test
	void aProgramStillAheadThisYearSuggestsItsOwnDateNeverADayBeforeIt() {
		LocalDate ahead = LocalDate.of(2025, 9, 3);

		assertThat(program(ahead).suggestedGiftDate(TODAY)).isEqualTo(ahead);
	}

	@Test
	void aProgramOfAnotherYearSuggestsItsOwnDate() {
		LocalDate lastYear = LocalDate.of(2024, 7, 25);
		LocalDate nextYear = LocalDate.of(2026, 1, 20);

		assertThat(program(lastYear).suggestedGiftDate(TODAY)).isEqualTo(lastYear);
		assertThat(program(nextYear).suggestedGiftDate(TODAY)).isEqualTo(nextYear);
	}

	private static ProgramView program(LocalDate date) {
		return new ProgramView(1L, "Quà", Occasion.TET, date.getYear(), date, Set.of(StatusKind.POOR), null,
				ProgramSource.FRONT, null, null, null, null, null, null, Set.of(), null, null, 0);
	}

}
