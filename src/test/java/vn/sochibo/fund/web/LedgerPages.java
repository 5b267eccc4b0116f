package vn.sochibo.fund.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.sochibo.support.Html;

/**
 * Reads the ledger pages the way a person reads them: the rows of a fund's entries table
 * (and which of them are struck through), the errors listed at the top of a form, the
 * problems listed above a batch.
 */
final class LedgerPages {

	private static final Pattern ROW = Pattern.compile("<tr\\b([^>]*)>(.*?)</tr>", Pattern.DOTALL);

	private static final Pattern ITEM = Pattern.compile("<li\\b[^>]*>(.*?)</li>", Pattern.DOTALL);

	private LedgerPages() {
	}

	/**
	 * The rows of the entries table of a fund's page, newest first (the header left out;
	 * none when the page shows no table).
	 */
	static List<EntryRow> entryRows(String html) {
		int table = html.indexOf("id=\"entries\"");
		if (table < 0) {
			return List.of();
		}
		int body = html.indexOf("<tbody>", table);
		String rows = html.substring(body, html.indexOf("</tbody>", body));
		List<EntryRow> found = new ArrayList<>();
		Matcher row = ROW.matcher(rows);
		while (row.find()) {
			String text = Html.text(row.group(2).replaceAll("</td>", " | ")).replaceAll("\\s+", " ").trim();
			found.add(new EntryRow(text, row.group(1).contains("text-decoration-line-through"), row.group(2)));
		}
		return found;
	}

	/**
	 * The errors of a form that belong to no single field, as listed at its top.
	 */
	static List<String> globalErrors(String html) {
		return itemsAfter(html, "Vui lòng sửa các lỗi được đánh dấu bên dưới.");
	}

	/**
	 * The problems listed above a batch form, one per bad line.
	 */
	static List<String> batchProblems(String html) {
		return itemsAfter(html, "Các dòng sau có lỗi; chưa dòng nào được ghi:");
	}

	private static List<String> itemsAfter(String html, String heading) {
		int start = html.indexOf(heading);
		if (start < 0) {
			return List.of();
		}
		Matcher item = ITEM.matcher(html.substring(start, html.indexOf("</div>", start)));
		List<String> items = new ArrayList<>();
		while (item.find()) {
			items.add(Html.text(item.group(1)));
		}
		return items;
	}

	/**
	 * A row of the entries table: its text (cells separated by " | "), whether it is
	 * shown struck through (a reversed entry), and its markup.
	 */
	record EntryRow(String text, boolean struckThrough, String markup) {

		int seq() {
			return Integer.parseInt(this.text.substring(0, this.text.indexOf(' ')));
		}

	}

}
