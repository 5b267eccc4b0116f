package vn.sochibo.imports;

import java.math.BigDecimal;
import java.time.LocalDate;

import vn.sochibo.shared.VietnameseDates;

/**
 * One cell of an uploaded sheet as the import reads it: what kind of value the
 * spreadsheet stored (text, a number, a date — a number with a date format —, a truth
 * value, a formula, an error such as #N/A, nothing) and its text as the user would
 * recognise it.
 */
record SheetCell(ValueType kind, String text, BigDecimal number, LocalDate date) {

	static final SheetCell EMPTY = new SheetCell(ValueType.EMPTY, "", null, null);

	boolean isEmpty() {
		return this.kind == ValueType.EMPTY || (this.kind == ValueType.TEXT && this.text.isBlank());
	}

	static SheetCell text(String text) {
		return new SheetCell(ValueType.TEXT, text, null, null);
	}

	static SheetCell number(BigDecimal number) {
		return new SheetCell(ValueType.NUMBER, number.stripTrailingZeros().toPlainString(), number, null);
	}

	static SheetCell date(LocalDate date) {
		return new SheetCell(ValueType.DATE, VietnameseDates.format(date), null, date);
	}

	static SheetCell formula(String formula) {
		return new SheetCell(ValueType.FORMULA, "=" + formula, null, null);
	}

	static SheetCell other(ValueType kind, String text) {
		return new SheetCell(kind, (text != null) ? text : "", null, null);
	}

	enum ValueType {

		EMPTY, TEXT, NUMBER, DATE, BOOLEAN, FORMULA, ERROR

	}

}
