package vn.sochibo.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.xml.namespace.QName;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Renders a {@link PartyDocument} as an editable Word file (.docx) in the layout of Hướng
 * dẫn 36-HD/VPTW, built in code with Apache POI: A4 portrait, margins 20/20/30/15 mm,
 * Times New Roman 14 pt and the Vietnamese language on every run and in the document
 * defaults; the head and the closing (recipients and signature) as borderless two-column
 * tables; the body's tables as real tables with a repeating header row; charts as
 * pictures drawn by {@link ChartImages}; page numbers at the top centre of every page but
 * the first; the footer line, when there is one, at the foot of every page.
 *
 * <p>
 * Texts are written as runs, never interpreted; links are dropped (a figure stays bold).
 * Usable without Spring.
 */
public class DocxDocuments {

	static final String FONT = "Times New Roman";

	static final String LANGUAGE = "vi-VN";

	/** A4 in twips (twentieths of a point). */
	static final int PAGE_WIDTH = 11906;

	static final int PAGE_HEIGHT = 16838;

	/** 20, 20, 30 and 15 mm in twips. */
	static final int MARGIN_TOP = 1134;

	static final int MARGIN_BOTTOM = 1134;

	static final int MARGIN_LEFT = 1701;

	static final int MARGIN_RIGHT = 850;

	/** The first-line indent of a body paragraph: 1 cm. */
	static final int INDENT = 567;

	private static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

	private static final double BODY = 14;

	private static final double TABLE_TEXT = 13;

	private static final double RECIPIENT = 12;

	private static final double FOOTER = 10;

	/** Line spacing 1.25 in 240ths of a line. */
	private static final int LINE = 300;

	private static final int CHART_WIDTH_PX = 1600;

	private static final int CHART_HEIGHT_PX = 900;

	/** The chart picture is 16 cm wide. */
	private static final double CHART_WIDTH_CM = 16;

	/**
	 * @return the .docx file's bytes
	 */
	public byte[] render(PartyDocument document) {
		try (XWPFDocument docx = new XWPFDocument()) {
			defaults(docx);
			page(docx);
			head(docx, document);
			title(docx, document);
			for (PartyDocument.Block block : document.body()) {
				block(docx, block);
			}
			closing(docx, document);
			pageNumbers(docx);
			footer(docx, document.footer());
			properties(docx, document);
			currentWordMode(docx);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			docx.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void defaults(XWPFDocument docx) {
		CTStyles styles = CTStyles.Factory.newInstance();
		CTDocDefaults defaults = styles.addNewDocDefaults();
		CTRPr run = defaults.addNewRPrDefault().addNewRPr();
		CTFonts fonts = run.addNewRFonts();
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
		run.addNewSz().setVal(BigInteger.valueOf(halfPoints(BODY)));
		run.addNewSzCs().setVal(BigInteger.valueOf(halfPoints(BODY)));
		run.addNewLang().setVal(LANGUAGE);
		CTPPrGeneral paragraph = defaults.addNewPPrDefault().addNewPPr();
		CTSpacing spacing = paragraph.addNewSpacing();
		spacing.setAfter(BigInteger.ZERO);
		spacing.setLine(BigInteger.valueOf(240));
		spacing.setLineRule(STLineSpacingRule.AUTO);
		docx.createStyles().setStyles(styles);
	}

	private static void page(XWPFDocument docx) {
		CTSectPr section = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
				: docx.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(PAGE_WIDTH));
		size.setH(BigInteger.valueOf(PAGE_HEIGHT));
		size.setOrient(STPageOrientation.PORTRAIT);
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(MARGIN_TOP));
		margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
		margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
		margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
		margins.setHeader(BigInteger.valueOf(567));
		margins.setFooter(BigInteger.valueOf(567));
		margins.setGutter(BigInteger.ZERO);
	}

	private static void head(XWPFDocument docx, PartyDocument document) {
		int left = TEXT_WIDTH * 42 / 100;
		XWPFTable table = borderless(docx, left, TEXT_WIDTH - left);
		XWPFTableCell issuer = table.getRow(0).getCell(0);
		XWPFParagraph superior = first(issuer);
		centred(superior);
		run(superior, document.superiorBody(), BODY, Mark.CAPS);
		XWPFParagraph issuing = centred(issuer.addParagraph());
		run(issuing, document.issuingBody(), BODY, Mark.BOLD, Mark.CAPS);
		run(centred(issuer.addParagraph()), "*", BODY);
		run(centred(issuer.addParagraph()), document.number(), BODY);

		XWPFTableCell party = table.getRow(0).getCell(1);
		XWPFParagraph name = centred(first(party));
		String words = "ĐẢNG CỘNG SẢN VIỆT NAM";
		run(name, words, 15, Mark.BOLD);
		ruleUnder(name, words, 15, TEXT_WIDTH - left);
		XWPFParagraph placeAndDate = centred(party.addParagraph());
		placeAndDate.setSpacingBefore(120);
		run(placeAndDate, document.placeAndDate(), BODY, Mark.ITALIC);
	}

	/**
	 * A solid rule under a centred paragraph about as wide as its text: a bottom border
	 * between indents that leave the text's width (measured with the metric-compatible
	 * Liberation Serif) and 5 pt on each side, so that no renderer wraps the words.
	 */
	private static void ruleUnder(XWPFParagraph paragraph, String text, double points, int available) {
		int textWidth = (int) Math.round(SerifFonts.boldWidth(text, (float) points) * 20);
		int indent = Math.max(0, (available - textWidth) / 2 - 100);
		paragraph.setIndentationLeft(indent);
		paragraph.setIndentationRight(indent);
		CTPBdr borders = paragraph.getCTPPr().addNewPBdr();
		CTBorder bottom = borders.addNewBottom();
		bottom.setVal(STBorder.SINGLE);
		bottom.setSz(BigInteger.valueOf(6));
		bottom.setSpace(BigInteger.valueOf(2));
		bottom.setColor("000000");
	}

	private static void title(XWPFDocument docx, PartyDocument document) {
		XWPFParagraph type = centred(docx.createParagraph());
		type.setSpacingBefore(360);
		run(type, document.type(), 16, Mark.BOLD, Mark.CAPS);
		XWPFParagraph summary = centred(docx.createParagraph());
		run(summary, document.summary(), BODY, Mark.BOLD);
		XWPFParagraph dashes = centred(docx.createParagraph());
		dashes.setSpacingAfter(240);
		run(dashes, "-----", BODY);
	}

	private static void block(XWPFDocument docx, PartyDocument.Block block) {
		if (block instanceof PartyDocument.Heading heading) {
			heading(docx, heading);
		}
		else if (block instanceof PartyDocument.Paragraph paragraph) {
			paragraph(docx, paragraph);
		}
		else if (block instanceof PartyDocument.Table table) {
			table(docx, table);
		}
		else if (block instanceof PartyDocument.Chart chart) {
			chart(docx, chart);
		}
	}

	private static void heading(XWPFDocument docx, PartyDocument.Heading heading) {
		XWPFParagraph paragraph = body(docx.createParagraph());
		paragraph.setIndentationFirstLine(0);
		paragraph.setSpacingBefore((heading.level() == 1) ? 120 : 60);
		paragraph.setKeepNext(true);
		String number = (heading.number() != null && !heading.number().isBlank()) ? heading.number().strip() + " " : "";
		if (heading.level() == 3) {
			run(paragraph, number + text(heading.text()), BODY, Mark.BOLD, Mark.ITALIC);
		}
		else {
			run(paragraph, number + text(heading.text()), BODY, Mark.BOLD);
		}
	}

	private static void paragraph(XWPFDocument docx, PartyDocument.Paragraph paragraph) {
		XWPFParagraph out = body(docx.createParagraph());
		switch (paragraph.style()) {
			case BODY -> out.setIndentationFirstLine(INDENT);
			case DASH -> {
				out.setIndentationFirstLine(INDENT);
				run(out, "- ", BODY);
			}
			case PLAIN -> out.setIndentationFirstLine(0);
		}
		for (PartyDocument.Run run : paragraph.runs()) {
			run(out, run.text(), BODY, marks(run.bold(), run.italic()));
		}
	}

	private static void table(XWPFDocument docx, PartyDocument.Table table) {
		int columns = table.header().size();
		if (columns == 0) {
			return;
		}
		int[] widths = columnWidths(table);
		XWPFTable out = docx.createTable(table.rows().size() + 1, columns);
		CTTblPr properties = tableProperties(out);
		properties.addNewTblW().setType(STTblWidth.PCT);
		properties.getTblW().setW(BigInteger.valueOf(5000));
		properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
		borders(properties, STBorder.SINGLE);
		grid(out.getCTTbl(), widths);
		XWPFTableRow header = out.getRow(0);
		header.setRepeatHeader(true);
		header.setCantSplitRow(true);
		for (int c = 0; c < columns; c++) {
			XWPFParagraph paragraph = spaced(cellParagraph(header.getCell(c), widths[c]));
			paragraph.setAlignment(ParagraphAlignment.CENTER);
			run(paragraph, table.header().get(c), TABLE_TEXT, Mark.BOLD);
		}
		for (int r = 0; r < table.rows().size(); r++) {
			XWPFTableRow row = out.getRow(r + 1);
			row.setCantSplitRow(true);
			boolean total = table.lastIsTotal() && r == table.rows().size() - 1;
			List<PartyDocument.Run> cells = table.rows().get(r);
			for (int c = 0; c < columns; c++) {
				XWPFParagraph paragraph = spaced(cellParagraph(row.getCell(c), widths[c]));
				paragraph.setAlignment(alignment(table.align().get(c)));
				PartyDocument.Run cell = cells.get(c);
				run(paragraph, cell.text(), TABLE_TEXT, marks(total || cell.bold(), cell.italic()));
			}
		}
		spacer(docx);
	}

	/**
	 * Column widths: a right-aligned (figures) column as wide as its longest value on one
	 * line (about 125 twips a character at 13 pt, plus the cell's margins), the other
	 * columns sharing what is left in proportion to their longest text, none below 8%.
	 */
	private static int[] columnWidths(PartyDocument.Table table) {
		int columns = table.header().size();
		int[] widths = new int[columns];
		double[] weights = new double[columns];
		int fixed = 0;
		for (int c = 0; c < columns; c++) {
			int longest = longestWord(table.header().get(c)) * 2;
			longest = Math.max(longest, length(table.header().get(c)));
			int longestValue = 0;
			for (List<PartyDocument.Run> row : table.rows()) {
				longest = Math.max(longest, length(row.get(c).text()));
				longestValue = Math.max(longestValue, length(row.get(c).text()));
			}
			if (table.align().get(c) == PartyDocument.Align.RIGHT) {
				int header = longestWord(table.header().get(c));
				widths[c] = Math.min(Math.max(longestValue, header) * 125 + 240, TEXT_WIDTH / 3);
				fixed += widths[c];
			}
			else {
				weights[c] = Math.min(Math.max(longest, 4), 60);
			}
		}
		double sum = 0;
		for (double weight : weights) {
			sum += weight;
		}
		int left = Math.max(TEXT_WIDTH - fixed, TEXT_WIDTH / 4);
		int used = 0;
		for (int c = 0; c < columns; c++) {
			if (weights[c] > 0) {
				widths[c] = (int) Math.round(Math.max(weights[c] / sum * left, 0.08 * TEXT_WIDTH));
			}
			used += widths[c];
		}
		widths[columns - 1] += TEXT_WIDTH - used;
		return widths;
	}

	private static int length(String text) {
		return (text != null) ? text.strip().length() : 0;
	}

	private static int longestWord(String text) {
		int longest = 0;
		for (String word : text(text).split("\\s+")) {
			longest = Math.max(longest, word.length());
		}
		return longest;
	}

	private static void chart(XWPFDocument docx, PartyDocument.Chart chart) {
		byte[] png = ChartImages.png(chart, CHART_WIDTH_PX, CHART_HEIGHT_PX);
		XWPFParagraph paragraph = centred(docx.createParagraph());
		paragraph.setSpacingBefore(120);
		paragraph.setSpacingAfter(120);
		XWPFRun run = run(paragraph, "", BODY);
		int width = Units.toEMU(CHART_WIDTH_CM / 2.54 * 72);
		int height = (int) ((long) width * CHART_HEIGHT_PX / CHART_WIDTH_PX);
		String title = text(chart.title());
		try {
			run.addPicture(new ByteArrayInputStream(png), PictureType.PNG, "chart.png", width, height);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InvalidFormatException ex) {
			throw new IllegalStateException(ex);
		}
		CTInline inline = run.getCTR().getDrawingArray(run.getCTR().sizeOfDrawingArray() - 1).getInlineArray(0);
		// unique in the document: the chart's paragraph's place among the body's elements
		inline.getDocPr().setId(docx.getBodyElements().size());
		inline.getDocPr().setName("Chart");
		inline.getDocPr().setDescr(title);
		inline.getDocPr().setTitle(title);
	}

	private static void closing(XWPFDocument docx, PartyDocument document) {
		spacer(docx).setSpacingBefore(240);
		int half = TEXT_WIDTH / 2;
		XWPFTable table = borderless(docx, half, TEXT_WIDTH - half);
		table.getRow(0).setCantSplitRow(true);
		XWPFTableCell recipients = table.getRow(0).getCell(0);
		XWPFParagraph heading = first(recipients);
		run(heading, "Nơi nhận:", BODY, Mark.UNDERLINE);
		for (String recipient : document.recipients()) {
			run(recipients.addParagraph(), "- " + text(recipient), RECIPIENT);
		}
		XWPFTableCell signs = table.getRow(0).getCell(1);
		PartyDocument.Signature signature = document.signature();
		XWPFParagraph onBehalfOf = centred(first(signs));
		if (signature == null) {
			return;
		}
		run(onBehalfOf, signature.onBehalfOf(), BODY, Mark.BOLD);
		run(centred(signs.addParagraph()), signature.position(), BODY, Mark.BOLD);
		for (int i = 0; i < 4; i++) {
			signs.addParagraph();
		}
		if (signature.name() != null && !signature.name().isBlank()) {
			run(centred(signs.addParagraph()), signature.name(), BODY, Mark.BOLD);
		}
	}

	/**
	 * The page number at the top centre of every page but the first, whose header is
	 * empty (the section's title page).
	 */
	private static void pageNumbers(XWPFDocument docx) {
		XWPFHeader first = docx.createHeader(HeaderFooterType.FIRST);
		first.createParagraph();
		XWPFHeader header = docx.createHeader(HeaderFooterType.DEFAULT);
		XWPFParagraph paragraph = centred(header.createParagraph());
		run(paragraph, "", BODY).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		run(paragraph, "", BODY).getCTR().addNewInstrText().setStringValue(" PAGE ");
		run(paragraph, "", BODY).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		run(paragraph, "2", BODY);
		run(paragraph, "", BODY).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
		// POI sets it with the first-page header; made sure of here, the layout depends
		// on it
		CTSectPr section = docx.getDocument().getBody().getSectPr();
		if (!section.isSetTitlePg()) {
			section.addNewTitlePg();
		}
	}

	private static void footer(XWPFDocument docx, String line) {
		if (line == null || line.isBlank()) {
			return;
		}
		for (HeaderFooterType type : new HeaderFooterType[] { HeaderFooterType.FIRST, HeaderFooterType.DEFAULT }) {
			XWPFFooter footer = docx.createFooter(type);
			XWPFParagraph paragraph = centred(footer.createParagraph());
			run(paragraph, line, FOOTER);
		}
	}

	private static void properties(XWPFDocument docx, PartyDocument document) {
		var core = docx.getProperties().getCoreProperties();
		core.setTitle((text(document.type()) + " " + text(document.summary())).strip());
		core.setCreator(text(document.issuingBody()));
		core.getUnderlyingProperties().setLanguageProperty(LANGUAGE);
	}

	/**
	 * Marks the file as made for Word 2013 and later, so that Word does not open it in
	 * compatibility mode. Written with a cursor: POI's lite schemas hold no class for
	 * {@code w:compat}.
	 */
	private static void currentWordMode(XWPFDocument docx) {
		String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
		try (XmlCursor cursor = docx.getSettings().getCTSettings().newCursor()) {
			cursor.toEndToken();
			cursor.beginElement(new QName(w, "compat", "w"));
			cursor.beginElement(new QName(w, "compatSetting", "w"));
			cursor.insertAttributeWithValue(new QName(w, "name", "w"), "compatibilityMode");
			cursor.insertAttributeWithValue(new QName(w, "uri", "w"), "http://schemas.microsoft.com/office/word");
			cursor.insertAttributeWithValue(new QName(w, "val", "w"), "15");
		}
	}

	private static XWPFTable borderless(XWPFDocument docx, int left, int right) {
		XWPFTable table = docx.createTable(1, 2);
		CTTblPr properties = tableProperties(table);
		properties.addNewTblW().setType(STTblWidth.DXA);
		properties.getTblW().setW(BigInteger.valueOf(left + right));
		properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
		borders(properties, STBorder.NIL);
		// no cell margins: the head's lines have the column's full width
		CTTblCellMar margins = properties.isSetTblCellMar() ? properties.getTblCellMar()
				: properties.addNewTblCellMar();
		for (CTTblWidth margin : new CTTblWidth[] { margins.addNewLeft(), margins.addNewRight() }) {
			margin.setType(STTblWidth.DXA);
			margin.setW(BigInteger.ZERO);
		}
		grid(table.getCTTbl(), new int[] { left, right });
		cellParagraph(table.getRow(0).getCell(0), left);
		cellParagraph(table.getRow(0).getCell(1), right);
		return table;
	}

	/** All six borders of a table: thin single lines, or none ({@code NIL}). */
	private static void borders(CTTblPr properties, STBorder.Enum style) {
		if (properties.isSetTblBorders()) {
			properties.unsetTblBorders();
		}
		CTTblBorders borders = properties.addNewTblBorders();
		for (CTBorder border : new CTBorder[] { borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(),
				borders.addNewRight(), borders.addNewInsideH(), borders.addNewInsideV() }) {
			border.setVal(style);
			if (style == STBorder.SINGLE) {
				border.setSz(BigInteger.valueOf(4));
				border.setSpace(BigInteger.ZERO);
				border.setColor("000000");
			}
		}
	}

	private static CTTblPr tableProperties(XWPFTable table) {
		CTTbl tbl = table.getCTTbl();
		CTTblPr properties = (tbl.getTblPr() != null) ? tbl.getTblPr() : tbl.addNewTblPr();
		if (properties.isSetTblW()) {
			properties.unsetTblW();
		}
		return properties;
	}

	private static void grid(CTTbl table, int[] widths) {
		CTTblGrid grid = (table.getTblGrid() != null) ? table.getTblGrid() : table.addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
	}

	/** The cell's width and vertical alignment; its one paragraph, single-spaced. */
	private static XWPFParagraph cellParagraph(XWPFTableCell cell, int width) {
		var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
		if (!properties.isSetTcW()) {
			properties.addNewTcW();
		}
		properties.getTcW().setType(STTblWidth.DXA);
		properties.getTcW().setW(BigInteger.valueOf(width));
		cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.TOP);
		return first(cell);
	}

	private static XWPFParagraph first(XWPFTableCell cell) {
		return cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
	}

	/** An empty paragraph after a table, so that two tables never merge. */
	private static XWPFParagraph spacer(XWPFDocument docx) {
		return docx.createParagraph();
	}

	/** A table cell's paragraph with 1 pt above and below. */
	private static XWPFParagraph spaced(XWPFParagraph paragraph) {
		paragraph.setSpacingBefore(20);
		paragraph.setSpacingAfter(20);
		return paragraph;
	}

	private static XWPFParagraph centred(XWPFParagraph paragraph) {
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		return paragraph;
	}

	private static XWPFParagraph body(XWPFParagraph paragraph) {
		paragraph.setAlignment(ParagraphAlignment.BOTH);
		paragraph.setSpacingAfter(60);
		paragraph.setSpacingBetween(LINE / 240.0);
		return paragraph;
	}

	private static ParagraphAlignment alignment(PartyDocument.Align align) {
		return switch (align) {
			case LEFT -> ParagraphAlignment.LEFT;
			case CENTER -> ParagraphAlignment.CENTER;
			case RIGHT -> ParagraphAlignment.RIGHT;
		};
	}

	/** How a run is set besides its font, size and language. */
	private enum Mark {

		BOLD, ITALIC, CAPS, UNDERLINE

	}

	private static Mark[] marks(boolean bold, boolean italic) {
		if (bold && italic) {
			return new Mark[] { Mark.BOLD, Mark.ITALIC };
		}
		if (bold) {
			return new Mark[] { Mark.BOLD };
		}
		return italic ? new Mark[] { Mark.ITALIC } : new Mark[0];
	}

	/**
	 * A run in Times New Roman, Vietnamese, at the given size. Its properties are written
	 * in the schema's sequence order (fonts, bold, italic, capitals, size, underline,
	 * language) for readers stricter than Word. Line breaks in the text become breaks;
	 * characters XML cannot hold are dropped.
	 */
	private static XWPFRun run(XWPFParagraph paragraph, String text, double points, Mark... marks) {
		Set<Mark> set = EnumSet.noneOf(Mark.class);
		set.addAll(Arrays.asList(marks));
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		if (set.contains(Mark.BOLD)) {
			run.setBold(true);
		}
		if (set.contains(Mark.ITALIC)) {
			run.setItalic(true);
		}
		if (set.contains(Mark.CAPS)) {
			run.setCapitalized(true);
		}
		run.setFontSize(points);
		run.setComplexScriptFontSize(points);
		if (set.contains(Mark.UNDERLINE)) {
			run.setUnderline(UnderlinePatterns.SINGLE);
		}
		run.setLang(LANGUAGE);
		String[] lines = xmlSafe(text(text)).split("\\r\\n|\\r|\\n", -1);
		int texts = 0;
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			if (!lines[i].isEmpty()) {
				run.setText(lines[i], texts++);
			}
		}
		return run;
	}

	private static String xmlSafe(String text) {
		StringBuilder safe = new StringBuilder(text.length());
		text.codePoints().forEach((c) -> {
			boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
					|| (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
			if (allowed) {
				safe.appendCodePoint(c);
			}
		});
		return safe.toString();
	}

	private static String text(String text) {
		return (text != null) ? text : "";
	}

	private static long halfPoints(double points) {
		return Math.round(points * 2);
	}

}
