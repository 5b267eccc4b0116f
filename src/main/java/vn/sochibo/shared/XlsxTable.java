package vn.sochibo.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One staff list as an .xlsx sheet, as every list's "Tải Excel" writes it (FastExcel,
 * streamed: rows go to the output as they come, {@value #FLUSH_EVERY} at a time, so a
 * list of any length costs the same memory). The sheet reads:
 * <ul>
 * <li>row 1, bold: the title the caller gives (the ward, the list and its filter in
 * words, the day);</li>
 * <li>row 2, bold: the column headers; the sheet is frozen below it;</li>
 * <li>then one row per {@link #row} call, each cell typed by its value: {@link Money} a
 * number formatted {@value #MONEY_FORMAT}, which a Vietnamese Excel shows as "160.000.000
 * đ" (the format's comma is the thousands separator of the reader's locale); a
 * {@link LocalDate} a real date cell shown {@value #DATE_FORMAT}, a {@link LocalDateTime}
 * one shown {@value #DATE_TIME_FORMAT} (the caller gives it in Vietnam's time); a
 * {@link Number} a number; a {@link Boolean} the text given for yes and no
 * ("Có"/"Không"); anything else its text — always a string cell (inline), never a
 * formula, so text that begins with {@code = + - @} stays text; text longer than a cell
 * holds ({@value #MAX_TEXT} characters) cut there, as Excel would refuse the file; null
 * an empty cell.</li>
 * </ul>
 * Nothing is written until the first row or {@link #finish} (the output is asked for
 * then), so a refusal raised before any row still becomes an error page. No business
 * logic: callers give the values in column order.
 */
public final class XlsxTable {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** Thousands grouped, no decimals, "đ" after: "160.000.000 đ" in Vietnamese Excel. */
	public static final String MONEY_FORMAT = "#,##0 \"đ\"";

	public static final String DATE_FORMAT = "dd/mm/yyyy";

	public static final String DATE_TIME_FORMAT = "dd/mm/yyyy hh:mm";

	/**
	 * {@link #MONEY_FORMAT} as it goes into the file: FastExcel 0.19 writes a number
	 * format into the styles' XML attribute as it is given, without escaping its quotes
	 * ({@code XlsxTableTests} reads the file back, so a FastExcel that starts escaping
	 * them fails it).
	 */
	private static final String MONEY_FORMAT_XML = MONEY_FORMAT.replace("\"", "&quot;");

	static final int FLUSH_EVERY = 2000;

	/** The most characters an Excel cell holds. */
	static final int MAX_TEXT = 32_767;

	private static final int FIRST_DATA_ROW = 2;

	private final Output output;

	private final String sheetName;

	private final String title;

	private final List<Column> columns;

	private final String yes;

	private final String no;

	private Workbook workbook;

	private Worksheet sheet;

	private int nextRow = FIRST_DATA_ROW;

	/**
	 * @param output where the file goes, asked for once, when the first byte is due
	 * @param sheetName the sheet's tab (at most 31 characters are kept)
	 * @param title the title row's text
	 * @param columns the headers and widths, in order
	 * @param yes the text of {@code true}
	 * @param no the text of {@code false}
	 */
	public XlsxTable(Output output, String sheetName, String title, List<Column> columns, String yes, String no) {
		this.output = output;
		this.sheetName = sheetName;
		this.title = title;
		this.columns = List.copyOf(columns);
		this.yes = yes;
		this.no = no;
	}

	/** One row: the values in column order (fewer leave the last cells empty). */
	public void row(Object... values) {
		open();
		int r = this.nextRow++;
		for (int c = 0; c < values.length; c++) {
			cell(r, c, values[c]);
		}
		if ((r - FIRST_DATA_ROW + 1) % FLUSH_EVERY == 0) {
			flush();
		}
	}

	/** How many rows were written below the header. */
	public int rows() {
		return this.nextRow - FIRST_DATA_ROW;
	}

	/** Ends the file (a list with no rows still has its title and headers). */
	public void finish() {
		open();
		try {
			this.sheet.finish();
			this.workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void cell(int r, int c, Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof Money money) {
			this.sheet.value(r, c, money.amount());
			this.sheet.style(r, c).format(MONEY_FORMAT_XML).set();
		}
		else if (value instanceof LocalDate date) {
			this.sheet.value(r, c, date);
			this.sheet.style(r, c).format(DATE_FORMAT).set();
		}
		else if (value instanceof LocalDateTime moment) {
			this.sheet.value(r, c, moment);
			this.sheet.style(r, c).format(DATE_TIME_FORMAT).set();
		}
		else if (value instanceof Number number) {
			this.sheet.value(r, c, number);
		}
		else if (value instanceof Boolean flag) {
			this.sheet.inlineString(r, c, flag ? this.yes : this.no);
		}
		else {
			String text = value.toString();
			this.sheet.inlineString(r, c, (text.length() > MAX_TEXT) ? text.substring(0, MAX_TEXT) : text);
		}
	}

	private void open() {
		if (this.workbook != null) {
			return;
		}
		try {
			this.workbook = new Workbook(this.output.open(), "SoChiBo", "1.0");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String name = this.sheetName.replaceAll("[\\\\/?*\\[\\]:]", " ");
		this.sheet = this.workbook.newWorksheet((name.length() > 31) ? name.substring(0, 31) : name);
		this.sheet.inlineString(0, 0, this.title);
		this.sheet.style(0, 0).bold().set();
		for (int c = 0; c < this.columns.size(); c++) {
			Column column = this.columns.get(c);
			this.sheet.width(c, column.width());
			this.sheet.inlineString(1, c, column.header());
			this.sheet.style(1, c).bold().wrapText(true).set();
		}
		this.sheet.freezePane(0, FIRST_DATA_ROW);
	}

	private void flush() {
		try {
			this.sheet.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A column: its header and its width in characters.
	 */
	public record Column(String header, double width) {

	}

	/**
	 * Where the file goes, asked for when the first byte is due.
	 */
	@FunctionalInterface
	public interface Output {

		OutputStream open() throws IOException;

	}

}
