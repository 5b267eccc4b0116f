package vn.sochibo.shared;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Orders names the way people read them: "Khu vực 2" before "Khu vực 10", and letters by
 * the Vietnamese alphabet (a, ă, â, b, c, d, đ, …). A name is read as runs of digits and
 * runs of other characters; runs are compared in turn — two numbers by value, anything
 * else by the Vietnamese collation — and a name that is a prefix of the other comes
 * first.
 * <p>
 * {@link #sorted} reads each name once (collation keys), for lists of any length — the
 * 400 funds of a large ward; {@link #comparator()} reads both names at every comparison,
 * for a handful.
 */
public final class NaturalOrder {

	private NaturalOrder() {
	}

	public static Comparator<String> comparator() {
		Collator collator = collator();
		return (left, right) -> Key.of(left, collator).compareTo(Key.of(right, collator));
	}

	/**
	 * The items ordered by their names, each name read once.
	 */
	public static <T> List<T> sorted(Collection<? extends T> items, Function<? super T, String> name) {
		Collator collator = collator();
		List<Keyed<T>> keyed = new ArrayList<>(items.size());
		for (T item : items) {
			keyed.add(new Keyed<>(Key.of(name.apply(item), collator), item));
		}
		keyed.sort(Comparator.comparing(Keyed::key));
		List<T> result = new ArrayList<>(keyed.size());
		for (Keyed<T> item : keyed) {
			result.add(item.item());
		}
		return result;
	}

	private static Collator collator() {
		Collator collator = Collator.getInstance(VietnameseText.LOCALE);
		collator.setStrength(Collator.SECONDARY);
		return collator;
	}

	private record Keyed<T>(Key key, T item) {
	}

	/** A name read into its runs. */
	private record Key(List<Run> runs, int length) implements Comparable<Key> {

		static Key of(String name, Collator collator) {
			List<Run> runs = new ArrayList<>();
			int start = 0;
			while (start < name.length()) {
				boolean digits = isDigit(name.charAt(start));
				int end = start + 1;
				while (end < name.length() && isDigit(name.charAt(end)) == digits) {
					end++;
				}
				String run = name.substring(start, end);
				runs.add(new Run(collator.getCollationKey(run), digits ? withoutLeadingZeros(run) : null));
				start = end;
			}
			return new Key(runs, name.length());
		}

		private static boolean isDigit(char c) {
			return c >= '0' && c <= '9';
		}

		private static String withoutLeadingZeros(String digits) {
			int first = 0;
			while (first < digits.length() - 1 && digits.charAt(first) == '0') {
				first++;
			}
			return digits.substring(first);
		}

		@Override
		public int compareTo(Key other) {
			int common = Math.min(this.runs.size(), other.runs.size());
			for (int i = 0; i < common; i++) {
				int result = this.runs.get(i).compareTo(other.runs.get(i));
				if (result != 0) {
					return result;
				}
			}
			return Integer.compare(this.length, other.length);
		}

	}

	/**
	 * A run of digits (its value as digits without leading zeros) or of other characters.
	 */
	private record Run(CollationKey collation, String number) implements Comparable<Run> {

		@Override
		public int compareTo(Run other) {
			if (this.number != null && other.number != null) {
				return (this.number.length() != other.number.length())
						? Integer.compare(this.number.length(), other.number.length())
						: this.number.compareTo(other.number);
			}
			return this.collation.compareTo(other.collation);
		}

	}

}
