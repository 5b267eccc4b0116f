package vn.sochibo.shared;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AmountInWordsTests {

	@Test
	void zeroIsKhongDongWithoutChan() {
		assertThat(AmountInWords.of(Money.ZERO)).isEqualTo("Không đồng.");
		assertThat(AmountInWords.of(Money.of(0))).isEqualTo("Không đồng.");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			5                   | Năm đồng chẵn.
			10                  | Mười đồng chẵn.
			11                  | Mười một đồng chẵn.
			14                  | Mười bốn đồng chẵn.
			15                  | Mười lăm đồng chẵn.
			20                  | Hai mươi đồng chẵn.
			21                  | Hai mươi mốt đồng chẵn.
			24                  | Hai mươi tư đồng chẵn.
			25                  | Hai mươi lăm đồng chẵn.
			99                  | Chín mươi chín đồng chẵn.
			100                 | Một trăm đồng chẵn.
			101                 | Một trăm linh một đồng chẵn.
			104                 | Một trăm linh bốn đồng chẵn.
			105                 | Một trăm linh năm đồng chẵn.
			110                 | Một trăm mười đồng chẵn.
			111                 | Một trăm mười một đồng chẵn.
			115                 | Một trăm mười lăm đồng chẵn.
			121                 | Một trăm hai mươi mốt đồng chẵn.
			1000                | Một nghìn đồng chẵn.
			1005                | Một nghìn không trăm linh năm đồng chẵn.
			15000               | Mười lăm nghìn đồng chẵn.
			1005000             | Một triệu không trăm linh năm nghìn đồng chẵn.
			1050000             | Một triệu không trăm năm mươi nghìn đồng chẵn.
			1000001             | Một triệu không trăm linh một đồng chẵn.
			160000000           | Một trăm sáu mươi triệu đồng chẵn.
			99500000            | Chín mươi chín triệu năm trăm nghìn đồng chẵn.
			66000000            | Sáu mươi sáu triệu đồng chẵn.
			1000000000          | Một tỷ đồng chẵn.
			1500000000          | Một tỷ năm trăm triệu đồng chẵn.
			3000000000          | Ba tỷ đồng chẵn.
			100000000000        | Một trăm tỷ đồng chẵn.
			1000000000000       | Một nghìn tỷ đồng chẵn.
			1005000000000       | Một nghìn không trăm linh năm tỷ đồng chẵn.
			1000000000005       | Một nghìn tỷ không trăm linh năm đồng chẵn.
			1000000005000       | Một nghìn tỷ không trăm linh năm nghìn đồng chẵn.
			1000000000000000    | Một triệu tỷ đồng chẵn.
			1500000000000000    | Một triệu năm trăm nghìn tỷ đồng chẵn.
			""")
	void writesTheAmountInWords(long dong, String words) {
		assertThat(AmountInWords.of(Money.of(dong))).isEqualTo(words);
	}

	@Test
	void writesTheLargestAmount() {
		assertThat(AmountInWords.of(Money.of(999_999_999_999_999_999L)))
			.isEqualTo("Chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn "
					+ "chín trăm chín mươi chín tỷ chín trăm chín mươi chín triệu "
					+ "chín trăm chín mươi chín nghìn chín trăm chín mươi chín đồng chẵn.");
	}

	@Test
	void acceptsAnAmountGivenAsBigDecimal() {
		assertThat(AmountInWords.of(Money.of(new BigDecimal("160000000"))))
			.isEqualTo("Một trăm sáu mươi triệu đồng chẵn.");
	}

	@Test
	void refusesNegativeAmounts() {
		assertThatIllegalArgumentException().isThrownBy(() -> AmountInWords.of(Money.of(-1)));
		assertThatIllegalArgumentException().isThrownBy(() -> AmountInWords.of(Money.of(-160_000_000)));
	}

	@Test
	void refusesAmountsBeyondTheLargestItCanWrite() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> AmountInWords.of(Money.of(new BigDecimal("1000000000000000000"))));
	}

}
