package vn.sochibo.shared;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text helpers: the Vietnamese locale, accent-insensitive search keys.
 *
 * <p>
 * {@link #searchKey(String)} gives the same result as the database expression
 * {@code lower(f_unaccent(text))} for Vietnamese text, so a typed query and the stored
 * search column meet in the middle: "nguyen truong do" finds "Nguyễn Trường Đồ".
 */
public final class VietnameseText {

	/**
	 * Vietnamese as spoken in Vietnam: the language of every message, document and
	 * collation the application writes outside a request (the pages use the same one, set
	 * by {@code spring.web.locale}).
	 */
	public static final Locale LOCALE = Locale.forLanguageTag("vi-VN");

	private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

	private VietnameseText() {
	}

	/**
	 * Lower case, without diacritics, "đ" as "d", runs of whitespace as one space.
	 */
	public static String searchKey(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		String bare = COMBINING_MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
		return WHITESPACE.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
	}

	/**
	 * The words of a search query as search keys; empty when the query has no words.
	 */
	public static List<String> searchWords(String query) {
		String key = searchKey(query);
		if (key.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(key.split(" ")).distinct().toList();
	}

	/**
	 * Escapes the LIKE wildcards of a word so that "50%" matches literally.
	 */
	public static String likeContains(String word) {
		return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
