package vn.sochibo.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * The checked values of a plan's row as one line of text: the fields separated by tabs, a
 * backslash, tab, line break or carriage return inside a field escaped ({@code \\},
 * {@code \t}, {@code \n}, {@code \r}), null as {@code \N}. Written 100,000 times by phase
 * 1 and read back as often by phase 2, so plain and fast — a generic JSON mapper of
 * records took most of phase 2's own time.
 */
final class ValueCodec {

	private ValueCodec() {
	}

	static String encode(Object... fields) {
		StringBuilder line = new StringBuilder(128);
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				line.append('\t');
			}
			Object field = fields[i];
			if (field == null) {
				line.append("\\N");
				continue;
			}
			String text = (field instanceof Enum<?> constant) ? constant.name() : field.toString();
			for (int c = 0; c < text.length(); c++) {
				char ch = text.charAt(c);
				switch (ch) {
					case '\\' -> line.append("\\\\");
					case '\t' -> line.append("\\t");
					case '\n' -> line.append("\\n");
					case '\r' -> line.append("\\r");
					default -> line.append(ch);
				}
			}
		}
		return line.toString();
	}

	static List<String> decode(String line) {
		List<String> fields = new ArrayList<>(16);
		StringBuilder field = new StringBuilder();
		boolean isNull = false;
		for (int c = 0; c < line.length(); c++) {
			char ch = line.charAt(c);
			if (ch == '\t') {
				fields.add(isNull ? null : field.toString());
				field.setLength(0);
				isNull = false;
			}
			else if (ch == '\\' && c + 1 < line.length()) {
				char next = line.charAt(++c);
				switch (next) {
					case 't' -> field.append('\t');
					case 'n' -> field.append('\n');
					case 'r' -> field.append('\r');
					case 'N' -> isNull = true;
					default -> field.append(next);
				}
			}
			else {
				field.append(ch);
			}
		}
		fields.add(isNull ? null : field.toString());
		return fields;
	}

	static <E extends Enum<E>> E constant(Class<E> type, String name) {
		return (name != null) ? Enum.valueOf(type, name) : null;
	}

}
