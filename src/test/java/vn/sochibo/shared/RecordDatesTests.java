package vn.sochibo.shared;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The one "earliest date" rule: nothing is dated before 1 January 2000.
 */
class RecordDatesTests {

	@Test
	void theFirstDayOf2000IsTheEarliest() {
		assertThat(RecordDates.EARLIEST).isEqualTo(LocalDate.of(2000, 1, 1));
		assertThat(RecordDates.FIRST_YEAR).isEqualTo(2000);
		assertThatNoException().isThrownBy(() -> RecordDates.requireNotTooOld("date", LocalDate.of(2000, 1, 1)));
		assertThatNoException().isThrownBy(() -> RecordDates.requireNotTooOld("date", null));
	}

	@Test
	void anEarlierDateIsRefusedNextToItsFieldNamingTheEarliestDate() {
		RuleViolationException refused = catchThrowableOfType(RuleViolationException.class,
				() -> RecordDates.requireNotTooOld("plannedStart", LocalDate.of(1999, 12, 31)));

		assertThat(refused.field()).isEqualTo("plannedStart");
		assertThat(refused.messageKey()).isEqualTo("date.tooOld");
		assertThat(refused.arguments()).containsExactly("01/01/2000");
	}

}
