package vn.sochibo.fund;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the public ledger shows for a contributor, from the choice they made: the full
 * name, initials ("N.T.Đ."), a household label ("Hộ ông Đồ, hẻm 49-57") or "Nhà hảo tâm".
 */
final class DisplayNames {

	/** The public name of every anonymous contributor (one name for all: unlinkable). */
	static final String ANONYMOUS = "Nhà hảo tâm";

	/**
	 * The public name of every expenditure that supports a household: the purpose says
	 * what was paid for, nothing says to whom.
	 */
	static final String HOUSEHOLD_SUPPORT = "Hỗ trợ hộ gia đình";

	private DisplayNames() {
	}

	static String of(DisplayChoice choice, String name, String honorific, String alley) {
		return switch (choice) {
			case ANONYMOUS -> ANONYMOUS;
			case FULL_NAME -> name.strip();
			case INITIALS -> initials(name);
			case HOUSEHOLD_LABEL -> householdLabel(name, honorific, alley);
		};
	}

	static String initials(String name) {
		return Arrays.stream(name.strip().split("\\s+"))
			.map((word) -> word.substring(0, word.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT) + ".")
			.collect(Collectors.joining());
	}

	private static String householdLabel(String headName, String honorific, String alley) {
		String[] words = headName.strip().split("\\s+");
		String given = words[words.length - 1];
		String label = "Hộ " + ((honorific != null) ? honorific + " " : "") + given;
		return (alley != null) ? label + ", " + alley : label;
	}

}
