package vn.sochibo.shared;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * VND as written in Vietnam: "160.000.000 đ" (dot as thousands separator, no decimals).
 */
public final class MoneyFormat {

	private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*");

	private static final Pattern PLAIN = Pattern.compile("-?\\d+");

	private MoneyFormat() {
	}

	public static String format(Money money) {
		return group(money.amount()) + " đ";
	}

	/**
	 * An amount in a document's sentences, never rounded: "160 triệu đồng", "37,6 triệu
	 * đồng", "1,5 tỷ đồng", "3,05 tỷ đồng" when millions or billions say it exactly (at
	 * most two decimals), otherwise every digit: "601.523.000 đồng", "850.000 đồng".
	 */
	public static String inProse(Money money) {
		BigDecimal amount = money.amount();
		BigDecimal size = amount.abs();
		BigDecimal billion = BigDecimal.valueOf(1_000_000_000L);
		BigDecimal million = BigDecimal.valueOf(1_000_000L);
		if (size.compareTo(billion) >= 0 && exactInHundredths(amount, billion)) {
			return decimal(amount, billion) + " tỷ đồng";
		}
		if (size.compareTo(million) >= 0 && exactInHundredths(amount, million)) {
			return decimal(amount, million) + " triệu đồng";
		}
		return group(amount) + " đồng";
	}

	private static boolean exactInHundredths(BigDecimal amount, BigDecimal unit) {
		return amount.multiply(BigDecimal.valueOf(100)).remainder(unit).signum() == 0;
	}

	private static String decimal(BigDecimal amount, BigDecimal unit) {
		BigDecimal value = amount.divide(unit).stripTrailingZeros();
		String whole = group(value.setScale(0, java.math.RoundingMode.DOWN));
		BigDecimal fraction = value.abs().remainder(BigDecimal.ONE);
		if (fraction.signum() == 0) {
			return whole;
		}
		String digits = fraction.toPlainString().substring(2);
		return ((value.signum() < 0 && whole.charAt(0) != '-') ? "-" : "") + whole + "," + digits;
	}

	/**
	 * The number alone with dot separators: "1.500.000".
	 */
	public static String group(BigDecimal amount) {
		String digits = amount.setScale(0).abs().toPlainString();
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < digits.length(); i++) {
			if (i > 0 && (digits.length() - i) % 3 == 0) {
				out.append('.');
			}
			out.append(digits.charAt(i));
		}
		return (amount.signum() < 0 ? "-" : "") + out;
	}

	/**
	 * Parses "1.500.000", "1500000" or "1.500.000 đ". Refuses "1,5", letters and
	 * misplaced separators.
	 * @throws IllegalArgumentException when the text is not a whole amount of đồng
	 */
	public static Money parse(String text) {
		if (text == null) {
			throw new IllegalArgumentException("empty amount");
		}
		String trimmed = text.strip();
		if (trimmed.endsWith("đ")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1).strip();
		}
		if (!GROUPED.matcher(trimmed).matches() && !PLAIN.matcher(trimmed).matches()) {
			throw new IllegalArgumentException("not an amount of đồng: " + text);
		}
		return Money.of(new BigDecimal(trimmed.replace(".", "")));
	}

}
