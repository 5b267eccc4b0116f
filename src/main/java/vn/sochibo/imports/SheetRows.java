package vn.sochibo.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the first sheet of an .xlsx ({@link XlsxGuard} has looked at it) row by row,
 * streaming: the header row, then each data row with its Excel row number and its cells
 * as {@link SheetCell}s. A number whose cell format is a date format is a date (that is
 * all Excel stores a date as).
 */
final class SheetRows {

	/**
	 * Letters of a date or time format outside quoted text, escapes and [colour]
	 * brackets.
	 */
	private static final Pattern DATE_FORMAT = Pattern.compile("[dmyhsDMYHS]");

	private static final Logger log = LoggerFactory.getLogger(SheetRows.class);

	private SheetRows() {
	}

	/**
	 * Reads the header (the first row) and hands it, then every later row that has a
	 * value, to the readers.
	 * @throws ImportFileException when the file cannot be read ("corrupt") or has no
	 * header row ("noHeader")
	 */
	static void read(byte[] bytes, Consumer<SheetRow> header, Consumer<SheetRow> rows) throws ImportFileException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes),
				new ReadingOptions(true, false)); Stream<Row> stream = workbook.getFirstSheet().openStream()) {
			Iterator<Row> iterator = stream.iterator();
			boolean first = true;
			while (iterator.hasNext()) {
				SheetRow row = toSheetRow(iterator.next());
				if (first) {
					if (row.rowNo() != 1 || row.isEmpty()) {
						throw new ImportFileException("noHeader");
					}
					hand(header, row);
					first = false;
				}
				else if (!row.isEmpty()) {
					hand(rows, row);
				}
			}
			if (first) {
				throw new ImportFileException("noHeader");
			}
		}
		catch (ReaderFailure failure) {
			throw failure.getCause();
		}
		catch (IOException | ExcelReaderException | UncheckedIOException | IllegalStateException
				| IllegalArgumentException | IndexOutOfBoundsException ex) {
			log.info("An uploaded .xlsx could not be read: {}", ex.toString());
			throw new ImportFileException("corrupt");
		}
	}

	/**
	 * Hands a row to its reader; what the reader throws is the reader's, not a corrupt
	 * file.
	 */
	private static void hand(Consumer<SheetRow> reader, SheetRow row) {
		try {
			reader.accept(row);
		}
		catch (RuntimeException ex) {
			throw new ReaderFailure(ex);
		}
	}

	/** A failure of a row's reader, carried past the file's own failures. */
	private static final class ReaderFailure extends RuntimeException {

		ReaderFailure(RuntimeException cause) {
			super(cause);
		}

		@Override
		public synchronized RuntimeException getCause() {
			return (RuntimeException) super.getCause();
		}

	}

	private static SheetRow toSheetRow(Row row) {
		List<SheetCell> cells = new ArrayList<>(row.getCellCount());
		for (int i = 0; i < row.getCellCount(); i++) {
			Cell cell = row.getCell(i);
			cells.add((cell == null) ? SheetCell.EMPTY : toSheetCell(cell));
		}
		return new SheetRow(row.getRowNum(), cells);
	}

	private static SheetCell toSheetCell(Cell cell) {
		return switch (cell.getType()) {
			case EMPTY -> SheetCell.EMPTY;
			case STRING -> SheetCell.text(cell.asString());
			case NUMBER -> isDateFormat(cell.getDataFormatString()) ? SheetCell.date(cell.asDate().toLocalDate())
					: SheetCell.number((BigDecimal) cell.getValue());
			case FORMULA -> SheetCell.formula(cell.getFormula());
			case BOOLEAN -> SheetCell.other(SheetCell.ValueType.BOOLEAN, cell.getRawValue());
			case ERROR -> SheetCell.other(SheetCell.ValueType.ERROR, cell.getRawValue());
		};
	}

	static boolean isDateFormat(String format) {
		if (format == null || format.equalsIgnoreCase("General") || format.equals("@")) {
			return false;
		}
		String bare = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "").replaceAll("\\\\.", "");
		return DATE_FORMAT.matcher(bare).find();
	}

	/** A row of the sheet: its Excel number (from 1) and its cells from column A. */
	record SheetRow(int rowNo, List<SheetCell> cells) {

		SheetCell cell(int column) {
			return (column < this.cells.size()) ? this.cells.get(column) : SheetCell.EMPTY;
		}

		boolean isEmpty() {
			return this.cells.stream().allMatch(SheetCell::isEmpty);
		}

	}

}
