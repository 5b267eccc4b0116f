package vn.sochibo.fund.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.sochibo.fund.DisplayChoice;
import vn.sochibo.fund.PaperList;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.MoneyFormat;
import vn.sochibo.shared.VietnameseText;

/**
 * Reads the lines of a pasted paper list: "name or household code; amount; display",
 * separated by a semicolon or a tab (as Excel copies). Display: "ten" (full name),
 * "viettat" (initials), "ho" (household label), "an" or empty (anonymous).
 */
final class BatchLines {

	private BatchLines() {
	}

	static Parsed parse(String text) {
		List<PaperList.Line> lines = new ArrayList<>();
		List<PaperList.Problem> problems = new ArrayList<>();
		String[] rows = text.split("\\R");
		int number = 0;
		for (String row : rows) {
			if (row.isBlank()) {
				continue;
			}
			number++;
			String[] cells = row.split("[;\\t]", -1);
			String who = cells[0].strip();
			if (cells.length < 2) {
				problems.add(new PaperList.Problem(number, "batch.line.columns"));
				continue;
			}
			Money amount;
			try {
				amount = MoneyFormat.parse(cells[1].strip());
			}
			catch (IllegalArgumentException ex) {
				problems.add(new PaperList.Problem(number, "batch.line.amount"));
				continue;
			}
			DisplayChoice display = display((cells.length > 2) ? cells[2] : "");
			if (display == null) {
				problems.add(new PaperList.Problem(number, "batch.line.display"));
				continue;
			}
			if (who.length() > 200) {
				problems.add(new PaperList.Problem(number, "batch.line.name"));
				continue;
			}
			lines.add(new PaperList.Line(number, who.isEmpty() ? null : who, amount, display));
		}
		return new Parsed(lines, problems);
	}

	private static DisplayChoice display(String text) {
		return switch (VietnameseText.searchKey(text).replace(" ", "").toLowerCase(Locale.ROOT)) {
			case "", "an", "andanh" -> DisplayChoice.ANONYMOUS;
			case "ten", "hoten" -> DisplayChoice.FULL_NAME;
			case "viettat" -> DisplayChoice.INITIALS;
			case "ho", "theoho" -> DisplayChoice.HOUSEHOLD_LABEL;
			default -> null;
		};
	}

	record Parsed(List<PaperList.Line> lines, List<PaperList.Problem> problems) {
	}

}
