package vn.sochibo.shared;

import java.text.Collator;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders names the way people read them: "Khu vực 2" before "Khu vực 10", and letters by
 * the Vietnamese alphabet (a, ă, â, b, c, d, đ, …).
 */
public final class NaturalOrder {

	private static final Pattern CHUNK = Pattern.compile("\\d+|\\D+");

	private NaturalOrder() {
	}

	public static Comparator<String> comparator() {
		Collator collator = Collator.getInstance(VietnameseText.LOCALE);
		collator.setStrength(Collator.SECONDARY);
		return (left, right) -> compare(left, right, collator);
	}

	private static int compare(String left, String right, Collator collator) {
		Matcher a = CHUNK.matcher(left);
		Matcher b = CHUNK.matcher(right);
		while (a.find() && b.find()) {
			String x = a.group();
			String y = b.group();
			boolean numbers = Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0));
			int result = numbers ? compareNumbers(x, y) : collator.compare(x, y);
			if (result != 0) {
				return result;
			}
		}
		return Integer.compare(left.length(), right.length());
	}

	private static int compareNumbers(String x, String y) {
		String a = x.replaceFirst("^0+(?=.)", "");
		String b = y.replaceFirst("^0+(?=.)", "");
		return (a.length() != b.length()) ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
	}

}
