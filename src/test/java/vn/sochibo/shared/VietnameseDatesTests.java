package vn.sochibo.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates in tables ("05/02/2026") and in documents ("ngày 05 tháng 3 năm 2026": a leading
 * zero for days below 10 and for months 1 and 2 only).
 */
class VietnameseDatesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			2026-03-05 | ngày 05 tháng 3 năm 2026
			2026-02-05 | ngày 05 tháng 02 năm 2026
			2026-01-15 | ngày 15 tháng 01 năm 2026
			2026-11-10 | ngày 10 tháng 11 năm 2026
			2026-12-09 | ngày 09 tháng 12 năm 2026
			2025-10-01 | ngày 01 tháng 10 năm 2025
			2026-09-30 | ngày 30 tháng 9 năm 2026
			2024-02-29 | ngày 29 tháng 02 năm 2024
			""")
	void aDocumentDatePadsDaysBelowTenAndOnlyTheFirstTwoMonths(LocalDate date, String written) {
		assertThat(VietnameseDates.inDocument(date)).isEqualTo(written);
	}

	@Test
	void aMomentInADocumentIsTheTimeThenTheDate() {
		assertThat(VietnameseDates.inDocument(LocalDateTime.of(2026, 3, 5, 9, 7)))
			.isEqualTo("09:07 ngày 05 tháng 3 năm 2026");
	}

	@Test
	void aTableDateIsDayMonthYearWithLeadingZeros() {
		assertThat(VietnameseDates.format(LocalDate.of(2026, 3, 5))).isEqualTo("05/03/2026");
	}

	@Test
	void noDateIsWrittenAsNothing() {
		assertThat(VietnameseDates.inDocument((LocalDate) null)).isNull();
		assertThat(VietnameseDates.inDocument((LocalDateTime) null)).isNull();
		assertThat(VietnameseDates.format(null)).isNull();
	}

	@Test
	void templatesWriteTheSameDocumentDate() {
		TemplateDates dates = new TemplateDates();

		assertThat(dates.inDocument(LocalDate.of(2026, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2026");
		assertThat(dates.inDocument(LocalDateTime.of(2026, 12, 9, 14, 30)))
			.isEqualTo("14:30 ngày 09 tháng 12 năm 2026");
	}

}
