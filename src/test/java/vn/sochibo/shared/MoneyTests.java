package vn.sochibo.shared;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class MoneyTests {

	@ParameterizedTest
	@ValueSource(strings = { "0.5", "1500000.5", "1500000.01", "-0.1" })
	void refusesFractionalAmounts(String amount) {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of(new BigDecimal(amount)));
	}

	@Test
	void refusesNull() {
		assertThatNullPointerException().isThrownBy(() -> Money.of((BigDecimal) null));
	}

	@Test
	void acceptsWholeAmountsWrittenWithZeroDecimalsAndStoresThemWithoutScale() {
		Money money = Money.of(new BigDecimal("160000000.00"));

		assertThat(money.amount()).isEqualTo(new BigDecimal("160000000"));
		assertThat(money.amount().scale()).isZero();
		assertThat(Money.of(new BigDecimal("1.6E+8")).amount()).isEqualTo(new BigDecimal("160000000"));
	}

	@Test
	void equalAmountsAreEqualWhateverTheirScaleWasAndHashAlike() {
		Money fromDecimal = Money.of(new BigDecimal("1500000.000"));
		Money fromLong = Money.of(1_500_000);

		assertThat(fromDecimal).isEqualTo(fromLong);
		assertThat(fromDecimal).hasSameHashCodeAs(fromLong);
		assertThat(fromDecimal).isNotEqualTo(Money.of(1_500_001));
	}

	@Test
	void addsSubtractsAndNegates() {
		Money raised = Money.of(160_000_000);
		Money spent = Money.of(100_000_000);

		assertThat(raised.plus(spent)).isEqualTo(Money.of(260_000_000));
		assertThat(raised.minus(spent)).isEqualTo(Money.of(60_000_000));
		assertThat(spent.minus(raised)).isEqualTo(Money.of(-60_000_000));
		assertThat(raised.negate()).isEqualTo(Money.of(-160_000_000));
		assertThat(Money.ZERO.negate()).isEqualTo(Money.ZERO);
	}

	@Test
	void knowsItsSign() {
		assertThat(Money.of(1).isPositive()).isTrue();
		assertThat(Money.of(1).isNegative()).isFalse();
		assertThat(Money.of(-1).isNegative()).isTrue();
		assertThat(Money.of(-1).isPositive()).isFalse();
		assertThat(Money.ZERO.isPositive()).isFalse();
		assertThat(Money.ZERO.isNegative()).isFalse();
	}

	@Test
	void comparesByAmount() {
		assertThat(Money.of(99_999)).isLessThan(Money.of(100_000));
		assertThat(Money.of(-5)).isLessThan(Money.ZERO);
		assertThat(Money.of(new BigDecimal("100.00"))).isEqualByComparingTo(Money.of(100));
	}

	@Test
	void printsAsVietnameseMoney() {
		assertThat(Money.of(160_000_000)).hasToString("160.000.000 đ");
	}

}
