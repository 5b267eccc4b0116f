package vn.sochibo.shared;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The words of the ward a page is about, which its messages use in place of any one
 * ward's words: what its residential units are called ("Khu vực" in Cái Khế, "Khu phố" in
 * Bàn Cờ, "Tổ dân phố" in Chi Lăng) and its place name. A message says {@code %unit%}
 * ("khu phố"), {@code %Unit%} ("Khu phố"), {@code %place%} ("Bàn Cờ") or {@code %PLACE%}
 * ("BÀN CỜ"); the message source fills them in from the words of the current request (see
 * {@link #use}), or from {@link #NONE} where no ward is in view (the login page, the
 * system admin's pages).
 *
 * @param unitLabel the label of the ward's units as its settings spell it
 * @param placeName the short place name, or null
 */
public record WardWords(String unitLabel, String placeName) {

	/** Where no ward is in view: the general term and no place. */
	public static final WardWords NONE = new WardWords("Khu dân cư", null);

	private static final String ATTRIBUTE = WardWords.class.getName();

	private static final String NO_PLACE = "[tên phường]";

	public WardWords {
		unitLabel = (unitLabel != null && !unitLabel.isBlank()) ? unitLabel.strip() : NONE.unitLabel;
		placeName = (placeName != null && !placeName.isBlank()) ? placeName.strip() : null;
	}

	/**
	 * The message with this ward's words in place of the tokens.
	 */
	public String fill(String message) {
		if (message == null || message.indexOf('%') < 0) {
			return message;
		}
		String place = (this.placeName != null) ? this.placeName : NO_PLACE;
		return message.replace("%unit%", this.unitLabel.toLowerCase(VietnameseText.LOCALE))
			.replace("%Unit%", capitalised(this.unitLabel))
			.replace("%place%", place)
			.replace("%PLACE%", place.toUpperCase(VietnameseText.LOCALE));
	}

	/**
	 * Makes these the words of the current request (the last call wins: a page about a
	 * ward names it after the user's own ward has been set).
	 */
	public static void use(WardWords words) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && words != null) {
			request.setAttribute(ATTRIBUTE, words, RequestAttributes.SCOPE_REQUEST);
		}
	}

	/**
	 * The words of the current request, or {@link #NONE}.
	 */
	public static WardWords current() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Object words = (request != null) ? request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) : null;
		return (words instanceof WardWords ward) ? ward : NONE;
	}

	private static String capitalised(String label) {
		return label.substring(0, 1).toUpperCase(VietnameseText.LOCALE) + label.substring(1);
	}

	/** A view of a ward that knows its words. */
	public interface Source {

		WardWords words();

	}

}
