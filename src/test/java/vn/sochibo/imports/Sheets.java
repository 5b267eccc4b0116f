package vn.sochibo.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Builds .xlsx files for the import tests as a spreadsheet program would save them: text
 * cells, number cells, formulas ({@link Formula}), merged ranges.
 */
public final class Sheets {

	private Sheets() {
	}

	/** A formula cell. */
	public record Formula(String expression) {
	}

	public static byte[] xlsx(List<String> header, List<List<Object>> rows) {
		return xlsx(header, rows, null);
	}

	/**
	 * With {@code merge} ("A2:B2" as top, left, bottom, right, from 0) merged when given.
	 */
	public static byte[] xlsx(List<String> header, List<List<Object>> rows, int[] merge) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Test", "1.0");
			Worksheet sheet = workbook.newWorksheet("Dữ liệu");
			for (int c = 0; c < header.size(); c++) {
				sheet.value(0, c, header.get(c));
			}
			for (int r = 0; r < rows.size(); r++) {
				List<Object> row = rows.get(r);
				for (int c = 0; c < row.size(); c++) {
					Object value = row.get(c);
					if (value instanceof String text) {
						sheet.value(r + 1, c, text);
					}
					else if (value instanceof Number number) {
						sheet.value(r + 1, c, number);
					}
					else if (value instanceof Formula formula) {
						sheet.formula(r + 1, c, formula.expression());
					}
				}
			}
			if (merge != null) {
				sheet.range(merge[0], merge[1], merge[2], merge[3]).merge();
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
