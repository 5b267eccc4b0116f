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
