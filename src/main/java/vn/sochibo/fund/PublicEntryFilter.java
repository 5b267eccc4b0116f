package vn.sochibo.fund;

import java.time.LocalDate;
import java.util.List;

import vn.sochibo.shared.VietnameseText;

/**
 * What a reader filters a fund's public entries by. The area filter never matches an
 * anonymous entry (that would tell where an anonymous giver lives).
 *
 * @param side which side of the ledger; ALL when null
 * @param areaId the area of the entry, or null
 * @param from the first entry date, or null
 * @param to the last entry date, or null
 * @param text words of the display name, accent-insensitive, or null
 */
public record PublicEntryFilter(PublicSide side, Long areaId, LocalDate from, LocalDate to, String text) {

	/** The longest search text looked at; the rest is ignored. */
	public static final int MAX_TEXT = 100;

	/** The most search words looked at. */
	static final int MAX_WORDS = 8;

	public PublicEntryFilter {
		side = (side != null) ? side : PublicSide.ALL;
		text = (text != null && text.isBlank()) ? null : text;
		text = (text != null && text.length() > MAX_TEXT) ? text.substring(0, MAX_TEXT) : text;
	}

	public static PublicEntryFilter all() {
		return new PublicEntryFilter(PublicSide.ALL, null, null, null, null);
	}

	List<String> words() {
		return VietnameseText.searchWords(this.text).stream().limit(MAX_WORDS).toList();
	}

}
