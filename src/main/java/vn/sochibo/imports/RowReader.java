package vn.sochibo.imports;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.sochibo.imports.SheetRows.SheetRow;
import vn.sochibo.shared.VietnameseText;

/**
 * Reads one data row's cells by column, each the way its column expects, and collects
 * what is wrong with each cell ({@link RowError}) instead of stopping at the first: a
 * required cell left empty, text over its length, a formula or an error value where a
 * value belongs, a phone number Excel turned into a number (losing its leading zero), a
 * date that does not exist ("31/02/2026"), a number that is not a whole one or out of
 * range, a choice not in the list.
 */
final class RowReader {

	private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .-]*");

	private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}._/-]*");

	private final SheetRow row;

	private final Map<ImportColumn, Integer> positions;

	private final Map<ImportColumn, String> headers;

	private final List<RowError> errors = new ArrayList<>();

	RowReader(SheetRow row, Map<ImportColumn, Integer> positions, Map<ImportColumn, String> headers) {
		this.row = row;
		this.positions = positions;
		this.headers = headers;
	}

	int rowNo() {
		return this.row.rowNo();
	}

	/** How many cells the row has (the last filled one's column + 1). */
	int cellCount() {
		return this.row.cells().size();
	}

	/** What is wrong with the row, by column. */
	List<RowError> errors() {
		return this.errors.stream().sorted(java.util.Comparator.comparingInt(RowError::column)).toList();
	}

	boolean hasErrors() {
		return !this.errors.isEmpty();
	}

	/** The row's cells as typed, in the file's column order (for the annotated copy). */
	List<String> cellTexts(int columns) {
		List<String> texts = new ArrayList<>(columns);
		for (int i = 0; i < columns; i++) {
			texts.add(this.row.cell(i).text());
		}
		return texts;
	}

	/** Adds an error of the column (a rule the planner checks). */
	void reject(ImportColumn column, String key, Object... arguments) {
		if (arguments == null) {
			arguments = new Object[0];
		}
		List<String> texts = new ArrayList<>();
		for (Object argument : arguments) {
			texts.add(String.valueOf(argument));
		}
		this.errors.add(new RowError(this.positions.get(column), this.headers.get(column), key, texts));
	}

	/** Text, trimmed; null when empty (an error when required). */
	String text(ImportColumn column) {
		SheetCell cell = cell(column);
		if (!plain(column, cell)) {
			return null;
		}
		String text = cell.text().strip();
		if (text.isEmpty()) {
			requireIfNeeded(column);
			return null;
		}
		if (text.length() > column.maxLength()) {
			reject(column, "import.cell.tooLong", column.maxLength(), text.length());
			return null;
		}
		return text;
	}

	/**
	 * A code (letters, digits, . _ / -); a whole number Excel stored as a number is its
	 * digits.
	 */
	String code(ImportColumn column) {
		SheetCell cell = cell(column);
		if (cell.kind() == SheetCell.ValueType.NUMBER && cell.number().signum() >= 0
				&& cell.number().stripTrailingZeros().scale() <= 0) {
			return cell.text();
		}
		String text = text(column);
		if (text != null && !CODE.matcher(text).matches()) {
			reject(column, "import.cell.codePattern");
			return null;
		}
		return text;
	}

	/**
	 * A phone number as text. A number cell is an error: Excel dropped its leading zero
	 * (0912… became 912…).
	 */
	String phone(ImportColumn column) {
		SheetCell cell = cell(column);
		if (cell.kind() == SheetCell.ValueType.NUMBER) {
			reject(column, "import.cell.phoneNumber", cell.text());
			return null;
		}
		String text = text(column);
		if (text != null && !PHONE.matcher(text).matches()) {
			reject(column, "import.cell.phonePattern");
			return null;
		}
		return text;
	}

	/** A whole number between min and max (a number cell or digits typed as text). */
	Integer wholeNumber(ImportColumn column, int min, int max) {
		SheetCell cell = cell(column);
		if (cell.isEmpty()) {
			requireIfNeeded(column);
			return null;
		}
		BigDecimal number = cell.number();
		if (cell.kind() == SheetCell.ValueType.TEXT) {
			try {
				number = new BigDecimal(cell.text().strip().replace(".", "").replace(",", ""));
			}
			catch (NumberFormatException ex) {
				number = null;
			}
		}
		else if (!plain(column, cell)) {
			return null;
		}
		if (number == null || number.stripTrailingZeros().scale() > 0) {
			reject(column, "import.cell.wholeNumber", cell.text());
			return null;
		}
		if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
			reject(column, "import.cell.range", min, max);
			return null;
		}
		return number.intValueExact();
	}

	/** A date: a date cell, or text "dd/mm/yyyy" that names a real day. */
	LocalDate date(ImportColumn column) {
		SheetCell cell = cell(column);
		if (cell.kind() == SheetCell.ValueType.DATE) {
			return cell.date();
		}
		String text = text(column);
		if (text == null) {
			return null;
		}
		Matcher matcher = DAY_MONTH_YEAR.matcher(text);
		if (matcher.matches()) {
			try {
				return LocalDate.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(2)),
						Integer.parseInt(matcher.group(1)));
			}
			catch (DateTimeException ex) {
				reject(column, "import.cell.noSuchDate", text);
				return null;
			}
		}
		reject(column, "import.cell.date", text);
		return null;
	}

	/**
	 * One of the choices, by its label (accents, case and spaces apart); an error naming
	 * the labels when it is none of them.
	 */
	<E extends Enum<E>> E choice(ImportColumn column, Choices<E> choices) {
		String text = text(column);
		if (text == null) {
			return null;
		}
		E value = choices.byKey().get(choiceKey(text));
		if (value == null) {
			reject(column, "import.cell.choice", text, String.join("; ", choices.labels()));
		}
		return value;
	}

	/** How a choice's label is matched. */
	static String choiceKey(String label) {
		return VietnameseText.searchKey(label).replaceAll("\\s+", " ").trim();
	}

	private SheetCell cell(ImportColumn column) {
		Integer position = this.positions.get(column);
		return (position != null) ? this.row.cell(position) : SheetCell.EMPTY;
	}

	/** A value cell: not a formula, not an error value. */
	private boolean plain(ImportColumn column, SheetCell cell) {
		if (cell.kind() == SheetCell.ValueType.FORMULA) {
			reject(column, "import.cell.formula", cell.text());
			return false;
		}
		if (cell.kind() == SheetCell.ValueType.ERROR) {
			reject(column, "import.cell.errorValue", cell.text());
			return false;
		}
		return true;
	}

	private void requireIfNeeded(ImportColumn column) {
		if (column.required()) {
			reject(column, "import.cell.required");
		}
	}

}
