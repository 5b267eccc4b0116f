package vn.sochibo.shared;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of Vietnamese đồng. VND has no minor unit: the amount is a whole number.
 */
public final class Money implements Comparable<Money> {

	public static final Money ZERO = new Money(BigDecimal.ZERO);

	private final BigDecimal amount;

	private Money(BigDecimal amount) {
		this.amount = amount;
	}

	public static Money of(BigDecimal amount) {
		Objects.requireNonNull(amount, "amount");
		if (amount.stripTrailingZeros().scale() > 0) {
			throw new IllegalArgumentException("VND has no fractional part: " + amount);
		}
		return new Money(amount.setScale(0));
	}

	public static Money of(long dong) {
		return new Money(BigDecimal.valueOf(dong));
	}

	public BigDecimal amount() {
		return this.amount;
	}

	public Money plus(Money other) {
		return new Money(this.amount.add(other.amount));
	}

	public Money minus(Money other) {
		return new Money(this.amount.subtract(other.amount));
	}

	public Money times(long factor) {
		return new Money(this.amount.multiply(BigDecimal.valueOf(factor)));
	}

	public Money negate() {
		return new Money(this.amount.negate());
	}

	public boolean isPositive() {
		return this.amount.signum() > 0;
	}

	public boolean isNegative() {
		return this.amount.signum() < 0;
	}

	@Override
	public int compareTo(Money other) {
		return this.amount.compareTo(other.amount);
	}

	@Override
	public boolean equals(Object obj) {
		return (obj instanceof Money other) && this.amount.compareTo(other.amount) == 0;
	}

	@Override
	public int hashCode() {
		return this.amount.hashCode();
	}

	@Override
	public String toString() {
		return MoneyFormat.format(this);
	}

}
