package vn.sochibo.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A Party document in the layout of Hướng dẫn 36-HD/VPTW, as one model that the HTML
 * preview, the PDF and the Word file all render, so the three never disagree: the
 * two-column head (the superior body and the issuing body with its number on the left;
 * "ĐẢNG CỘNG SẢN VIỆT NAM" and the italic place and date on the right), the title (the
 * type in capitals and the summary), the body as blocks, the signature block (bottom
 * right), the recipients ("Nơi nhận:", bottom left) and an optional footer line (the
 * hashes of a final report).
 *
 * <p>
 * Every text is plain text as typed: renderings escape it (HTML) or write it as runs
 * (Word), never interpret it.
 *
 * @param superiorBody in capitals, e.g. "ĐẢNG BỘ PHƯỜNG CÁI KHẾ"
 * @param issuingBody in capitals, e.g. "CHI BỘ KHU VỰC 11"
 * @param number e.g. "Số 05-BC/CB" (a draft has "Số -BC/CB")
 * @param placeAndDate e.g. "Cái Khế, ngày 05 tháng 12 năm 2026"
 * @param type in capitals, e.g. "BÁO CÁO"
 * @param summary e.g. "Tổng kết công tác năm 2025"
 * @param signature who signs, bottom right
 * @param recipients one line each without the leading "- ", the last being "Lưu Chi bộ."
 * @param footer a line printed at the foot of every page, or null
 */
public record PartyDocument(String superiorBody, String issuingBody, String number, String placeAndDate, String type,
		String summary, List<Block> body, Signature signature, List<String> recipients, String footer) {

	public PartyDocument {
		body = List.copyOf(body);
		recipients = List.copyOf(recipients);
	}

	/** The same document with another footer line. */
	public PartyDocument withFooter(String line) {
		return new PartyDocument(this.superiorBody, this.issuingBody, this.number, this.placeAndDate, this.type,
				this.summary, this.body, this.signature, this.recipients, line);
	}

	/** Every figure run of the body (in paragraphs and tables), in order. */
	public List<Run> figureRuns() {
		List<Run> runs = new java.util.ArrayList<>();
		for (Block block : this.body) {
			if (block instanceof Paragraph paragraph) {
				paragraph.runs().stream().filter((run) -> run.figureKey() != null).forEach(runs::add);
			}
			else if (block instanceof Table table) {
				table.rows().forEach((row) -> row.stream().filter((run) -> run.figureKey() != null).forEach(runs::add));
			}
		}
		return runs;
	}

	/** A block of the body (its JSON names its kind, for a frozen edition). */
	@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "block")
	@JsonSubTypes({ @JsonSubTypes.Type(Heading.class), @JsonSubTypes.Type(Paragraph.class),
			@JsonSubTypes.Type(Table.class), @JsonSubTypes.Type(Chart.class) })
	public sealed interface Block permits Heading, Paragraph, Table, Chart {

		/**
		 * The block's kind, as templates ask for it: "Heading", "Paragraph", "Table",
		 * "Chart".
		 */
		@JsonIgnore
		default String kind() {
			return getClass().getSimpleName();
		}

	}

	/**
	 * A section heading: level 1 "I- …", level 2 "1. …", level 3 "a) …"; {@code number}
	 * is what precedes the text ("I-", "1.", "a)").
	 */
	public record Heading(int level, String number, String text) implements Block {

		public Heading {
			if (level < 1 || level > 3) {
				throw new IllegalArgumentException("heading level " + level);
			}
		}

	}

	/**
	 * A paragraph of runs: {@link Style#BODY} is justified with a first-line indent,
	 * {@link Style#DASH} a "- " item, {@link Style#PLAIN} no indent.
	 */
	public record Paragraph(Style style, List<Run> runs) implements Block {

		public Paragraph {
			runs = List.copyOf(runs);
		}

		public static Paragraph of(String text) {
			return new Paragraph(Style.BODY, List.of(Run.text(text)));
		}

		public static Paragraph dash(String text) {
			return new Paragraph(Style.DASH, List.of(Run.text(text)));
		}

		/** The paragraph's text without its styling. */
		@JsonIgnore
		public String text() {
			StringBuilder text = new StringBuilder();
			for (Run run : this.runs) {
				text.append(run.text());
			}
			return text.toString();
		}

	}

	/** How a paragraph is set. */
	public enum Style {

		BODY, DASH, PLAIN

	}

	/**
	 * A piece of a paragraph's text: bold, italic, and in the HTML preview a link to the
	 * list the figure counts (null when it is not a figure or has no list). A figure run
	 * carries its figure's key, so a test can find it, and its explanation (a tooltip in
	 * the preview).
	 */
	public record Run(String text, boolean bold, boolean italic, String link, String figureKey, String explain) {

		public static Run text(String text) {
			return new Run(text, false, false, null, null, null);
		}

		public static Run bold(String text) {
			return new Run(text, true, false, null, null, null);
		}

		public static Run figure(String text, String link, String figureKey, String explain) {
			return new Run(text, true, false, link, figureKey, explain);
		}

	}

	/**
	 * A real table: a header row, body rows, each column's alignment, and whether the
	 * last row is a total (bold). Cells are runs of text (a figure cell may link).
	 */
	public record Table(List<String> header, List<List<Run>> rows, List<Align> align,
			boolean lastIsTotal) implements Block {

		public Table {
			int columns = header.size();
			header = List.copyOf(header);
			rows = rows.stream().map(List::copyOf).toList();
			align = List.copyOf(align);
			if (align.size() != columns || rows.stream().anyMatch((row) -> row.size() != columns)) {
				throw new IllegalArgumentException("every row needs one cell per column");
			}
		}

	}

	/** A table column's alignment. */
	public enum Align {

		LEFT, CENTER, RIGHT

	}

	/**
	 * A bar chart drawn on the server (the PDF and the Word file show it as an image):
	 * its title, the categories along the horizontal axis (e.g. months), and one or more
	 * series stacked per category (e.g. sources of money), with the unit of the values
	 * for the axis ("đồng").
	 */
	public record Chart(String title, List<String> categories, List<Series> series, String unit) implements Block {

		public Chart {
			categories = List.copyOf(categories);
			series = List.copyOf(series);
			for (Series one : series) {
				if (one.values().size() != categories.size()) {
					throw new IllegalArgumentException("a series needs one value per category");
				}
			}
		}

	}

	/** A chart's series: its name (the legend) and one value per category. */
	public record Series(String name, List<Long> values) {

		public Series {
			values = List.copyOf(values);
		}

	}

	/**
	 * The signature block: "T/M CHI BỘ" (on behalf of), the position ("BÍ THƯ") and the
	 * signer's name (blank when not yet known).
	 */
	public record Signature(String onBehalfOf, String position, String name) {

	}

}
