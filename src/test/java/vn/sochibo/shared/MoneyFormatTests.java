package vn.sochibo.shared;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyFormatTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			160000000 | 160.000.000 đ
			0         | 0 đ
			1         | 1 đ
			999       | 999 đ
			1000      | 1.000 đ
			25000000  | 25.000.000 đ
			1500000000 | 1.500.000.000 đ
			-1500000  | -1.500.000 đ
			-999      | -999 đ
			-1000     | -1.000 đ
			""")
	void formatsWithDotThousandsSeparatorsAndTheDongSign(long dong, String text) {
		assertThat(MoneyFormat.format(Money.of(dong))).isEqualTo(text);
	}

	@Test
	void groupsTheNumberAlone() {
		assertThat(MoneyFormat.group(new BigDecimal("1500000"))).isEqualTo("1.500.000");
		assertThat(MoneyFormat.group(new BigDecimal("-100000"))).isEqualTo("-100.000");
		assertThat(MoneyFormat.group(BigDecimal.ZERO)).isEqualTo("0");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1.500.000     | 1500000
			1500000       | 1500000
			1.500.000 đ   | 1500000
			1.500.000đ    | 1500000
			'  1.500.000 đ ' | 1500000
			0             | 0
			160.000.000   | 160000000
			999           | 999
			-2.000        | -2000
			""")
	void parsesGroupedAndPlainAmounts(String text, long dong) {
		assertThat(MoneyFormat.parse(text)).isEqualTo(Money.of(dong));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "1,5", "1,500,000", "abc", "1.50.000", "1.5", "1.500.00", "1.5000", ".500", "1.500.",
			"1.500.000,00", "1 500 000", "đ", "   ", "12a", "--5", "1e6" })
	void refusesTextThatIsNotAWholeAmountOfDong(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> MoneyFormat.parse(text));
	}

	@Test
	void parsesWhatItFormats() {
		for (long dong : new long[] { 0, 7, 66_000_000, 600_000_000, 3_000_000_000L, -25_000_000 }) {
			Money money = Money.of(dong);
			assertThat(MoneyFormat.parse(MoneyFormat.format(money))).isEqualTo(money);
		}
	}

	@ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource(delimiter = '|',
			value = { "160000000|160 triệu đồng", "37600000|37,6 triệu đồng", "1500000000|1,5 tỷ đồng",
					"3050000000|3,05 tỷ đồng", "601523000|601.523.000 đồng", "850000|850.000 đồng", "0|0 đồng",
					"1000000|1 triệu đồng", "-2000000|-2 triệu đồng", "-500000000|-500 triệu đồng",
					"1234567891|1.234.567.891 đồng", "12340000000|12,34 tỷ đồng" })
	void writesAmountsInProseWithoutRoundingThem(long dong, String prose) {
		assertThat(MoneyFormat.inProse(Money.of(dong))).isEqualTo(prose);
	}

}
