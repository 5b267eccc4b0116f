package vn.sochibo.report;

import java.util.ArrayList;
import java.util.List;

import vn.sochibo.report.PartyDocument.Paragraph;

/**
 * The secretary's text of a section as paragraphs: one per non-blank line, a line
 * beginning with "-" (or "+", "•") a dash item. The text is kept as typed: nothing in it
 * is markup.
 */
final class Narrative {

	private Narrative() {
	}

	static List<Paragraph> paragraphs(String text) {
		List<Paragraph> paragraphs = new ArrayList<>();
		if (text == null) {
			return paragraphs;
		}
		for (String line : text.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty()) {
				continue;
			}
			char first = trimmed.charAt(0);
			if ((first == '-' || first == '+' || first == '•') && trimmed.length() > 1) {
				paragraphs.add(Paragraph.dash(trimmed.substring(1).strip()));
			}
			else {
				paragraphs.add(Paragraph.of(trimmed));
			}
		}
		return paragraphs;
	}

}
