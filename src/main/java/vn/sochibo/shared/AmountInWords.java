package vn.sochibo.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An amount of đồng written out in Vietnamese words, as on receipts: "Một trăm sáu mươi
 * triệu đồng chẵn." (first letter capitalised, ending "đồng chẵn."; zero is "Không
 * đồng.").
 * <p>
 * The digits are read in groups of three from the left, each group followed by its unit:
 * nghìn (10³), triệu (10⁶), tỷ (10⁹). From 10¹² up the count of tỷ is read as a number of
 * its own: 1.000.000.000.000 = "một nghìn tỷ", 1.005.000.000.000 = "một nghìn không trăm
 * linh năm tỷ", 10¹⁵ = "một triệu tỷ". Within a group:
 * <ul>
 * <li>a group of zeros is skipped with its unit: 1.000.000.000 = "một tỷ";</li>
 * <li>a group after a higher group always reads its hundreds, even "không trăm":
 * 1.050.000 = "một triệu không trăm năm mươi nghìn";</li>
 * <li>a zero tens digit before a non-zero unit reads "linh" when the hundreds are read:
 * 105 = "một trăm linh năm", 1.000.001 = "một triệu không trăm linh một";</li>
 * <li>10–19 use "mười": 10 = "mười", 11 = "mười một", 14 = "mười bốn", 15 = "mười
 * lăm";</li>
 * <li>20–90 use "mươi", after which 1 is "mốt", 4 is "tư" and 5 is "lăm": 21 = "hai mươi
 * mốt", 24 = "hai mươi tư", 25 = "hai mươi lăm".</li>
 * </ul>
 * Amounts up to 999.999.999.999.999.999 đ are written; negative amounts are refused.
 */
public final class AmountInWords {

	private static final BigDecimal MAX = new BigDecimal("999999999999999999");

	private static final String[] DIGITS = { "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín" };

	private static final long BILLION = 1_000_000_000L;

	/**
	 * Units of the groups of three digits below a billion, highest first.
	 */
	private static final String[] UNITS = { "triệu", "nghìn", "" };

	private AmountInWords() {
	}

	/**
	 * The amount in words, e.g. "Một trăm linh năm đồng chẵn." for 105 đ.
	 * @param amount a non-negative amount of at most 999.999.999.999.999.999 đ
	 * @return the words with a capital first letter and a final full stop
	 * @throws IllegalArgumentException when the amount is negative or too large
	 */
	public static String of(Money amount) {
		Objects.requireNonNull(amount, "amount");
		BigDecimal value = amount.amount();
		if (value.signum() < 0) {
			throw new IllegalArgumentException("a negative amount has no words: " + amount);
		}
		if (value.compareTo(MAX) > 0) {
			throw new IllegalArgumentException("amount too large to write in words: " + amount);
		}
		long dong = value.longValueExact();
		if (dong == 0) {
			return "Không đồng.";
		}
		List<String> words = new ArrayList<>();
		number(dong, false, words);
		String text = String.join(" ", words);
		return Character.toUpperCase(text.charAt(0)) + text.substring(1) + " đồng chẵn.";
	}

	/**
	 * Adds the words of a positive number. From a billion up, the count of tỷ is read as
	 * a number of its own followed by "tỷ", then the rest.
	 * @param number the number, at least 1
	 * @param afterHigherGroup whether words for a higher group precede it
	 * @param words where to add the words
	 */
	private static void number(long number, boolean afterHigherGroup, List<String> words) {
		if (number >= BILLION) {
			number(number / BILLION, afterHigherGroup, words);
			words.add("tỷ");
			if (number % BILLION > 0) {
				number(number % BILLION, true, words);
			}
			return;
		}
		int[] groups = { (int) (number / 1_000_000), (int) (number / 1000 % 1000), (int) (number % 1000) };
		boolean higher = afterHigherGroup;
		for (int i = 0; i < groups.length; i++) {
			if (groups[i] > 0) {
				group(groups[i], higher, words);
				if (!UNITS[i].isEmpty()) {
					words.add(UNITS[i]);
				}
				higher = true;
			}
		}
	}

	/**
	 * Adds the words of one group of three digits (1–999).
	 * @param group the group's value
	 * @param afterHigherGroup whether a higher group precedes it, so that its hundreds
	 * are read even when zero
	 * @param words where to add the words
	 */
	private static void group(int group, boolean afterHigherGroup, List<String> words) {
		int hundreds = group / 100;
		int tens = group / 10 % 10;
		int units = group % 10;
		boolean readHundreds = hundreds > 0 || afterHigherGroup;
		if (readHundreds) {
			words.add(DIGITS[hundreds]);
			words.add("trăm");
		}
		if (tens == 0) {
			if (units > 0) {
				if (readHundreds) {
					words.add("linh");
				}
				words.add(DIGITS[units]);
			}
		}
		else if (tens == 1) {
			words.add("mười");
			if (units > 0) {
				words.add((units == 5) ? "lăm" : DIGITS[units]);
			}
		}
		else {
			words.add(DIGITS[tens]);
			words.add("mươi");
			if (units > 0) {
				words.add(unitAfterMuoi(units));
			}
		}
	}

	private static String unitAfterMuoi(int units) {
		return switch (units) {
			case 1 -> "mốt";
			case 4 -> "tư";
			case 5 -> "lăm";
			default -> DIGITS[units];
		};
	}

}
