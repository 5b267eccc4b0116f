package vn.sochibo.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

import vn.sochibo.report.PartyDocument.Signature;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Word rendering of a cell's year-end report, read back with POI: page, fonts and
 * language, the borderless head, page numbers, body layout, tables, the chart and the
 * texts as typed.
 */
class DocxDocumentsTests {

	private static final String FONT = "Times New Roman";

	private static byte[] bytes;

	private static XWPFDocument docx;

	@BeforeAll
	static void render() throws IOException {
		bytes = new DocxDocuments().render(PartyDocumentSamples.annualReport());
		docx = reopen(bytes);
	}

	@Test
	void isA4PortraitWithThePartyMargins() {
		CTSectPr section = docx.getDocument().getBody().getSectPr();
		CTPageSz size = section.getPgSz();
		assertThat(((Number) size.getW()).intValue()).isEqualTo(11906);
		assertThat(((Number) size.getH()).intValue()).isEqualTo(16838);
		CTPageMar margins = section.getPgMar();
		assertThat(((Number) margins.getTop()).intValue()).isEqualTo(1134);
		assertThat(((Number) margins.getBottom()).intValue()).isEqualTo(1134);
		assertThat(((Number) margins.getLeft()).intValue()).isEqualTo(1701);
		assertThat(((Number) margins.getRight()).intValue()).isIn(850, 851);
	}

	@Test
	void everyRunIsTimesNewRomanInVietnameseAndSoAreTheDefaults() throws Exception {
		List<XWPFRun> runs = allRuns(docx);
		assertThat(runs).hasSizeGreaterThan(40);
		for (XWPFRun run : runs) {
			CTRPr properties = run.getCTR().getRPr();
			assertThat(properties).as("properties of run '%s'", run.text()).isNotNull();
			assertThat(properties.sizeOfRFontsArray()).as("fonts of run '%s'", run.text()).isEqualTo(1);
			assertTimesNewRoman(properties.getRFontsArray(0), run.text());
			assertThat(properties.sizeOfLangArray()).as("language of run '%s'", run.text()).isEqualTo(1);
			assertThat(properties.getLangArray(0).getVal()).as("language of run '%s'", run.text()).isEqualTo("vi-VN");
		}
		CTRPr defaults = docx.getStyle().getDocDefaults().getRPrDefault().getRPr();
		assertTimesNewRoman(defaults.getRFontsArray(0), "(defaults)");
		assertThat(defaults.getLangArray(0).getVal()).isEqualTo("vi-VN");
		assertThat(((Number) defaults.getSzArray(0).getVal()).intValue()).isEqualTo(28);
	}

	@Test
	void headIsATwoColumnTableWithoutBorders() {
		XWPFTable head = (XWPFTable) docx.getBodyElements().get(0);
		assertThat(head.getRows()).hasSize(1);
		assertThat(head.getRow(0).getTableCells()).hasSize(2);
		assertNoBorders(head);
		XWPFTableCell left = head.getRow(0).getCell(0);
		assertThat(left.getParagraphs()).extracting(XWPFParagraph::getText)
			.containsExactly("ĐẢNG BỘ PHƯỜNG CÁI KHẾ", "CHI BỘ KHU VỰC 11", "*", "Số 05-BC/CB");
		assertThat(left.getParagraphs()).allMatch((p) -> p.getAlignment() == ParagraphAlignment.CENTER);
		assertThat(left.getParagraphs().get(0).getRuns().get(0).isBold()).isFalse();
		assertThat(left.getParagraphs().get(1).getRuns().get(0).isBold()).isTrue();
		XWPFTableCell right = head.getRow(0).getCell(1);
		XWPFParagraph party = right.getParagraphs().get(0);
		assertThat(party.getText()).isEqualTo("ĐẢNG CỘNG SẢN VIỆT NAM");
		assertThat(party.getRuns().get(0).isBold()).isTrue();
		assertThat(party.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(15.0);
		assertThat(party.getCTPPr().getPBdr().getBottom().getVal()).isEqualTo(STBorder.SINGLE);
		assertThat(party.getIndentationLeft()).isPositive().isEqualTo(party.getIndentationRight());
		double wordsTwips = SerifFonts.boldWidth("ĐẢNG CỘNG SẢN VIỆT NAM", 15) * 20;
		assertThat(width(head, 1) - 2 * party.getIndentationLeft()).as("room for the words on one line")
			.isGreaterThan((int) wordsTwips + 100)
			.isLessThan((int) wordsTwips + 400);
		XWPFParagraph placeAndDate = right.getParagraphs().get(1);
		assertThat(placeAndDate.getText()).isEqualTo("Cái Khế, ngày 05 tháng 12 năm 2026");
		assertThat(placeAndDate.getRuns()).allMatch(XWPFRun::isItalic);
		assertThat(placeAndDate.getRuns().get(0).isBold()).isFalse();
		double leftShare = width(head, 0) / (double) (width(head, 0) + width(head, 1));
		assertThat(leftShare).isBetween(0.40, 0.44);
	}

	@Test
	void titleIsCentredTypeSummaryAndDashes() {
		List<XWPFParagraph> paragraphs = docx.getParagraphs();
		int type = indexOf(paragraphs, "BÁO CÁO");
		assertThat(paragraphs.get(type).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
		assertThat(paragraphs.get(type).getRuns().get(0).isBold()).isTrue();
		assertThat(paragraphs.get(type).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
		assertThat(paragraphs.get(type + 1).getText()).isEqualTo("Tổng kết công tác năm 2025");
		assertThat(paragraphs.get(type + 1).getRuns().get(0).isBold()).isTrue();
		assertThat(paragraphs.get(type + 2).getText()).isEqualTo("-----");
		assertThat(paragraphs.get(type + 2).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
	}

	@Test
	void firstPageHasNoNumberAndTheOthersTheirNumberAtTheTopCentre() {
		CTSectPr section = docx.getDocument().getBody().getSectPr();
		assertThat(section.isSetTitlePg()).isTrue();
		Object titlePg = section.getTitlePg().getVal();
		assertThat(titlePg == null || "on".equals(String.valueOf(titlePg)) || "true".equals(String.valueOf(titlePg))
				|| "1".equals(String.valueOf(titlePg)))
			.isTrue();
		XWPFHeaderFooterPolicy policy = docx.getHeaderFooterPolicy();
		XWPFHeader first = policy.getFirstPageHeader();
		XWPFHeader other = policy.getDefaultHeader();
		assertThat(first).isNotNull();
		assertThat(other).isNotNull();
		assertThat(hasPageField(first)).isFalse();
		assertThat(first.getText()).isBlank();
		assertThat(hasPageField(other)).isTrue();
		assertThat(other.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
	}

	@Test
	void footerLineIsOnEveryPageIncludingTheFirst() {
		XWPFHeaderFooterPolicy policy = docx.getHeaderFooterPolicy();
		for (var footer : List.of(policy.getFirstPageFooter(), policy.getDefaultFooter())) {
			assertThat(footer.getText()).contains("Mã kiểm tra: 3f9a1c0e7b2d4a6f · bản chính thức");
			XWPFRun run = footer.getParagraphs().get(0).getRuns().get(0);
			assertThat(run.getFontSizeAsDouble()).isBetween(9.0, 10.0);
		}
	}

	@Test
	void withoutAFooterLineThereIsNoFooter() throws IOException {
		PartyDocument sample = PartyDocumentSamples.annualReport();
		PartyDocument draft = new PartyDocument(sample.superiorBody(), sample.issuingBody(), "Số -BC/CB",
				sample.placeAndDate(), sample.type(), sample.summary(), sample.body(),
				new Signature("T/M CHI BỘ", "BÍ THƯ", " "), sample.recipients(), null);
		try (XWPFDocument reopened = reopen(new DocxDocuments().render(draft))) {
			assertThat(reopened.getFooterList()).isEmpty();
			XWPFTable closing = (XWPFTable) last(reopened.getBodyElements(), XWPFTable.class);
			String signs = closing.getRow(0).getCell(1).getText();
			assertThat(signs).contains("T/M CHI BỘ", "BÍ THƯ").doesNotContain("Nguyễn");
		}
	}

	@Test
	void headingsAreBoldAsGivenAndBodyParagraphsJustifiedWithAFirstLineIndent() {
		List<XWPFParagraph> paragraphs = docx.getParagraphs();
		XWPFParagraph level1 = paragraphs.get(indexOf(paragraphs, "I- KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025"));
		assertThat(level1.getRuns()).allMatch(XWPFRun::isBold);
		XWPFParagraph level2 = paragraphs.get(indexOf(paragraphs, "1. Công tác xây dựng Đảng"));
		assertThat(level2.getRuns()).allMatch(XWPFRun::isBold);
		XWPFParagraph level3 = paragraphs.get(indexOf(paragraphs, "a) Sinh hoạt chuyên đề"));
		assertThat(level3.getRuns()).allMatch((run) -> run.isBold() && run.isItalic());

		XWPFParagraph body = paragraphs.stream()
			.filter((p) -> p.getText().startsWith("Chi bộ có 27 đảng viên"))
			.findFirst()
			.orElseThrow();
		assertThat(body.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
		assertThat(body.getIndentationFirstLine()).isEqualTo(567);
		assertThat(body.getRuns()).filteredOn((run) -> run.text().equals("27")).singleElement().satisfies((run) -> {
			assertThat(run.isBold()).isTrue();
			assertThat(run.getFontSizeAsDouble()).isEqualTo(14.0);
		});
		assertThat(body.getRuns()).filteredOn((run) -> run.text().startsWith(" đảng viên"))
			.singleElement()
			.satisfies((run) -> assertThat(run.isBold()).isFalse());
		assertThat(body.getCTP().xmlText()).doesNotContain("hyperlink").doesNotContain("/members");
		assertThat(body.getSpacingAfter()).isBetween(40, 80);
		assertThat(body.getSpacingBetween()).isBetween(1.15, 1.3);

		XWPFParagraph dash = paragraphs.stream()
			.filter((p) -> p.getText().contains("Tổ chức 4 kỳ sinh hoạt chuyên đề"))
			.findFirst()
			.orElseThrow();
		assertThat(dash.getText()).startsWith("- Tổ chức 4 kỳ");
		assertThat(dash.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
		assertThat(dash.getIndentationFirstLine()).isEqualTo(567);

		XWPFParagraph italic = paragraphs.stream()
			.filter((p) -> p.getText().startsWith("Tiếp tục nâng cao"))
			.findFirst()
			.orElseThrow();
		assertThat(italic.getRuns()).filteredOn((run) -> run.text().equals("phấn đấu"))
			.singleElement()
			.satisfies((run) -> assertThat(run.isItalic()).isTrue());
		assertThat(italic.getRuns()).filteredOn((run) -> run.text().equals("nâng cao chất lượng sinh hoạt chi bộ"))
			.singleElement()
			.satisfies((run) -> assertThat(run.isBold()).isTrue());
	}

	@Test
	void dataTableIsARealTableWithABoldHeaderAndTotal() {
		List<XWPFTable> tables = docx.getTables();
		assertThat(tables).hasSize(3);
		XWPFTable data = tables.get(1);
		assertThat(data.getRows()).hasSize(5);
		assertThat(data.getRows()).allMatch((row) -> row.getTableCells().size() == 3);
		assertThat(data.getWidthType().name()).isEqualTo("PCT");
		assertThat(data.getCTTbl().getTblPr().getTblW().getW().toString()).isEqualTo("5000");
		CTTblBorders borders = data.getCTTbl().getTblPr().getTblBorders();
		for (CTBorder border : List.of(borders.getTop(), borders.getBottom(), borders.getLeft(), borders.getRight(),
				borders.getInsideH(), borders.getInsideV())) {
			assertThat(border.getVal()).isEqualTo(STBorder.SINGLE);
		}
		XWPFTableRow header = data.getRow(0);
		assertThat(header.isRepeatHeader()).isTrue();
		assertThat(header.getCell(2).getText()).isEqualTo("Số tiền (đồng)");
		for (XWPFTableCell cell : header.getTableCells()) {
			XWPFParagraph paragraph = cell.getParagraphs().get(0);
			assertThat(paragraph.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
			assertThat(paragraph.getRuns()).allMatch(XWPFRun::isBold);
			assertThat(paragraph.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(13.0);
		}
		XWPFTableRow body = data.getRow(1);
		assertThat(body.getCell(0).getText()).isEqualTo("Hộ dân đóng góp");
		assertThat(body.getCell(0).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
		assertThat(body.getCell(1).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
		assertThat(body.getCell(2).getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
		assertThat(body.getCell(2).getParagraphs().get(0).getRuns().get(0).isBold()).isFalse();
		XWPFTableRow total = data.getRow(4);
		assertThat(total.getCell(0).getText()).isEqualTo("Tổng cộng");
		assertThat(total.getCell(2).getText()).isEqualTo("196.500.000");
		for (XWPFTableCell cell : total.getTableCells()) {
			assertThat(cell.getParagraphs().get(0).getRuns()).allMatch(XWPFRun::isBold);
		}
	}

	@Test
	void chartIsOneCentredPngPictureAboutSixteenCentimetresWide() {
		List<XWPFPictureData> pictures = docx.getAllPictures();
		assertThat(pictures).hasSize(1);
		byte[] png = pictures.get(0).getData();
		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
		assertThat(pictures.get(0).getPictureTypeEnum().name()).isEqualTo("PNG");
		XWPFParagraph paragraph = docx.getParagraphs()
			.stream()
			.filter((p) -> !p.getRuns().isEmpty() && !p.getRuns().get(0).getEmbeddedPictures().isEmpty())
			.findFirst()
			.orElseThrow();
		assertThat(paragraph.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
		var inline = paragraph.getRuns().get(0).getCTR().getDrawingArray(0).getInlineArray(0);
		assertThat(inline.getDocPr().getDescr()).isEqualTo("Quỹ vận động theo tháng năm 2025");
		double widthCm = inline.getExtent().getCx() / 360000.0;
		assertThat(widthCm).isBetween(15.5, 16.5);
	}

	@Test
	void closingHasTheRecipientsLeftAndTheSignatureRight() {
		XWPFTable closing = docx.getTables().get(2);
		assertNoBorders(closing);
		List<XWPFParagraph> left = closing.getRow(0).getCell(0).getParagraphs();
		assertThat(left).extracting(XWPFParagraph::getText)
			.containsExactly("Nơi nhận:", "- Đảng ủy phường;", "- Lưu Chi bộ.");
		XWPFRun heading = left.get(0).getRuns().get(0);
		assertThat(heading.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
		assertThat(heading.getFontSizeAsDouble()).isEqualTo(14.0);
		assertThat(left.get(1).getRuns().get(0).getFontSizeAsDouble()).isEqualTo(12.0);
		List<XWPFParagraph> right = closing.getRow(0).getCell(1).getParagraphs();
		assertThat(right).allMatch((p) -> p.getAlignment() == ParagraphAlignment.CENTER || p.getRuns().isEmpty());
		assertThat(right.get(0).getText()).isEqualTo("T/M CHI BỘ");
		assertThat(right.get(1).getText()).isEqualTo("BÍ THƯ");
		assertThat(right.subList(2, right.size() - 1)).hasSizeGreaterThanOrEqualTo(3)
			.allMatch((p) -> p.getText().isEmpty());
		XWPFParagraph name = right.get(right.size() - 1);
		assertThat(name.getText()).isEqualTo("Nguyễn Văn Ba");
		assertThat(Stream.of(right.get(0), right.get(1), name)).allMatch((p) -> p.getRuns().get(0).isBold());
	}

	@Test
	void textIsWrittenAsTypedNeverInterpreted() {
		List<String> texts = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
		assertThat(texts).contains(PartyDocumentSamples.UNSAFE);
		XWPFParagraph plain = docx.getParagraphs()
			.stream()
			.filter((p) -> p.getText().equals(PartyDocumentSamples.UNSAFE))
			.findFirst()
			.orElseThrow();
		assertThat(plain.getIndentationFirstLine()).isIn(-1, 0);
	}

	@Test
	void lineBreaksBecomeBreaksInPlaceAndCharactersXmlCannotHoldAreDropped() throws IOException {
		PartyDocument sample = PartyDocumentSamples.annualReport();
		PartyDocument document = new PartyDocument(sample.superiorBody(), sample.issuingBody(), sample.number(),
				sample.placeAndDate(), sample.type(), sample.summary(),
				List.of(PartyDocument.Paragraph.of("Dòng một\nDòng hai\u0001")), sample.signature(),
				sample.recipients(), null);
		try (XWPFDocument reopened = reopen(new DocxDocuments().render(document))) {
			XWPFParagraph paragraph = reopened.getParagraphs()
				.stream()
				.filter((p) -> p.getText().startsWith("Dòng một"))
				.findFirst()
				.orElseThrow();
			String xml = paragraph.getRuns().get(0).getCTR().xmlText();
			assertThat(xml).containsSubsequence("Dòng một</", "<w:br", "Dòng hai</");
			assertThat(paragraph.getText()).isEqualTo("Dòng một\nDòng hai");
		}
	}

	@Test
	void isMadeForCurrentWord() {
		assertThat(docx.getSettings().getCTSettings().xmlText()).contains("compatibilityMode").contains("\"15\"");
	}

	@Test
	void corePropertiesCarryTheTitleAndTheLanguage() {
		var core = docx.getProperties().getCoreProperties();
		assertThat(core.getTitle()).isEqualTo("BÁO CÁO Tổng kết công tác năm 2025");
		assertThat(core.getUnderlyingProperties().getLanguageProperty()).hasValue("vi-VN");
	}

	private static XWPFDocument reopen(byte[] docx) throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(docx));
	}

	private static void assertTimesNewRoman(CTFonts fonts, String where) {
		assertThat(fonts.getAscii()).as("ascii font of %s", where).isEqualTo(FONT);
		assertThat(fonts.getHAnsi()).as("hAnsi font of %s", where).isEqualTo(FONT);
		assertThat(fonts.getCs()).as("cs font of %s", where).isEqualTo(FONT);
		assertThat(fonts.getEastAsia()).as("eastAsia font of %s", where).isEqualTo(FONT);
	}

	private static void assertNoBorders(XWPFTable table) {
		CTTblBorders borders = table.getCTTbl().getTblPr().getTblBorders();
		assertThat(borders).isNotNull();
		for (CTBorder border : List.of(borders.getTop(), borders.getBottom(), borders.getLeft(), borders.getRight(),
				borders.getInsideH(), borders.getInsideV())) {
			assertThat(border).isNotNull();
			assertThat(border.getVal()).isIn(STBorder.NIL, STBorder.NONE);
		}
		for (XWPFTableRow row : table.getRows()) {
			for (XWPFTableCell cell : row.getTableCells()) {
				var properties = cell.getCTTc().getTcPr();
				assertThat(properties == null || !properties.isSetTcBorders()).isTrue();
			}
		}
	}

	private static int width(XWPFTable table, int column) {
		return ((Number) table.getCTTbl().getTblGrid().getGridColArray(column).getW()).intValue();
	}

	private static boolean hasPageField(XWPFHeader header) {
		String xml = header._getHdrFtr().xmlText();
		boolean complex = header.getParagraphs()
			.stream()
			.flatMap((p) -> p.getRuns().stream())
			.flatMap((run) -> run.getCTR().getInstrTextList().stream())
			.anyMatch((instr) -> instr.getStringValue().strip().startsWith("PAGE"));
		return complex || xml.matches("(?s).*fldSimple[^>]*instr=\"\\s*PAGE.*");
	}

	private static int indexOf(List<XWPFParagraph> paragraphs, String text) {
		for (int i = 0; i < paragraphs.size(); i++) {
			if (paragraphs.get(i).getText().equals(text)) {
				return i;
			}
		}
		throw new AssertionError("no paragraph reads: " + text);
	}

	private static IBodyElement last(List<IBodyElement> elements, Class<?> type) {
		IBodyElement found = null;
		for (IBodyElement element : elements) {
			if (type.isInstance(element)) {
				found = element;
			}
		}
		return found;
	}

	/** Every run of the body (tables included, nested or not), headers and footers. */
	private static List<XWPFRun> allRuns(XWPFDocument docx) {
		List<XWPFRun> runs = new ArrayList<>();
		collect(docx, runs);
		docx.getHeaderList().forEach((header) -> collect(header, runs));
		docx.getFooterList().forEach((footer) -> collect(footer, runs));
		return runs;
	}

	private static void collect(IBody body, List<XWPFRun> runs) {
		for (IBodyElement element : body.getBodyElements()) {
			if (element instanceof XWPFParagraph paragraph) {
				runs.addAll(paragraph.getRuns());
			}
			else if (element instanceof XWPFTable table) {
				for (XWPFTableRow row : table.getRows()) {
					for (XWPFTableCell cell : row.getTableCells()) {
						collect(cell, runs);
					}
				}
			}
		}
	}

}
