package vn.sochibo.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import org.springframework.test.web.servlet.MvcResult;

import vn.sochibo.shared.XlsxTable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A downloaded .xlsx read back with fastexcel-reader (with the cells' formats): its title
 * row, its headers and the rows below them.
 */
public final class Xlsx {

	private final List<Row> rows;

	private Xlsx(List<Row> rows) {
		this.rows = rows;
	}

	public static Xlsx read(byte[] bytes) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes),
				new ReadingOptions(true, false))) {
			return new Xlsx(workbook.getFirstSheet().read());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The file of a download, after checking that it is an .xlsx attachment. */
	public static Xlsx of(MvcResult result) {
		assertThat(result.getResponse().getContentType()).isEqualTo(XlsxTable.CONTENT_TYPE);
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.matches("attachment; filename=\"[a-z0-9-]+-\\d{4}-\\d{2}-\\d{2}\\.xlsx\"");
		return read(result.getResponse().getContentAsByteArray());
	}

	public String title() {
		return this.rows.get(0).getCellText(0);
	}

	public List<String> headers() {
		Row header = this.rows.get(1);
		return header.stream().map((cell) -> (cell != null) ? cell.getText() : "").toList();
	}

	/** The rows below the header. */
	public List<Row> body() {
		return this.rows.subList(2, this.rows.size());
	}

	/** One column of the body as text. */
	public List<String> column(int index) {
		return body().stream().map((row) -> text(row, index)).toList();
	}

	public static String text(Row row, int index) {
		return row.getOptionalCell(index).map(Cell::getText).orElse("");
	}

	/** Asserts a cell is a string cell (never a formula) with this text. */
	public static void assertText(Row row, int index, String text) {
		Cell cell = row.getCell(index);
		assertThat(cell.getType()).isEqualTo(CellType.STRING);
		assertThat(cell.getFormula()).isNull();
		assertThat(cell.asString()).isEqualTo(text);
	}

	/** Asserts a cell is a number formatted as money with this value. */
	public static void assertMoney(Row row, int index, long dong) {
		Cell cell = row.getCell(index);
		assertThat(cell.getType()).isEqualTo(CellType.NUMBER);
		assertThat(cell.asNumber().longValueExact()).isEqualTo(dong);
		assertThat(cell.getDataFormatString()).isEqualTo(XlsxTable.MONEY_FORMAT);
	}

	/** Asserts a cell is a date cell (a number formatted dd/mm/yyyy) of this day. */
	public static void assertDate(Row row, int index, java.time.LocalDate day) {
		Cell cell = row.getCell(index);
		assertThat(cell.getType()).isEqualTo(CellType.NUMBER);
		assertThat(cell.getDataFormatString()).isEqualTo(XlsxTable.DATE_FORMAT);
		assertThat(cell.asDate().toLocalDate()).isEqualTo(day);
	}

	public static Optional<Cell> cell(Row row, int index) {
		return row.getOptionalCell(index);
	}

}
