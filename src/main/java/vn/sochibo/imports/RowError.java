package vn.sochibo.imports;

import java.util.List;

/**
 * What is wrong with a cell of a row: its column (index in the file, and the header as
 * the file names it) and a message key {@code import.cell.*} with its arguments.
 */
public record RowError(int column, String header, String key, List<String> arguments) {

	public RowError {
		arguments = List.copyOf(arguments);
	}

	/** The column's letter as Excel shows it (A, B, …, AA). */
	public String columnLetter() {
		StringBuilder letters = new StringBuilder();
		int n = this.column + 1;
		while (n > 0) {
			int rest = (n - 1) % 26;
			letters.insert(0, (char) ('A' + rest));
			n = (n - 1) / 26;
		}
		return letters.toString();
	}

}
