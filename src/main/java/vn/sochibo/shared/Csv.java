package vn.sochibo.shared;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV as every download writes it, so Vietnamese spreadsheet programs read it the same
 * way: UTF-8 with a byte order mark ({@link #BOM}, written first), comma-separated, a
 * field with a comma, a quote or a line break quoted, lines ended by CRLF, and text a
 * spreadsheet would start a formula with prefixed with an apostrophe (CSV injection).
 */
public final class Csv {

	public static final String BOM = "\uFEFF";

	/** Characters a spreadsheet would start a formula with. */
	private static final String FORMULA_START = "=+-@\t\r";

	private Csv() {
	}

	/**
	 * A field as a spreadsheet should read it: nothing for null, a number as it is, text
	 * that would start a formula prefixed with an apostrophe.
	 */
	public static String field(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!(value instanceof Number) && !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

	/** One line of fields already made safe by {@link #field}. */
	public static void writeLine(Writer out, List<String> fields) throws IOException {
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			String field = fields.get(i);
			if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
					|| field.indexOf('\r') >= 0) {
				out.write('"');
				out.write(field.replace("\"", "\"\""));
				out.write('"');
			}
			else {
				out.write(field);
			}
		}
		out.write("\r\n");
	}

}
