package vn.sochibo.dashboard.web;

import java.math.BigDecimal;
import java.util.List;

import vn.sochibo.shared.MoneyFormat;

/**
 * One table of the dashboard as the page, its chart and its download show it — the
 * accessible truth of the chart drawn above it: its name (the download's file name), its
 * title and note, the headers (the first names the rows), the rows, and how to draw it.
 */
public record DataTable(String name, String title, String note, List<String> headers, List<Row> rows, Chart chart) {

	public DataTable {
		headers = List.copyOf(headers);
		rows = List.copyOf(rows);
	}

	/** The download's name: "tien-theo-thang-2025.csv". */
	public String fileName(int year) {
		return this.name + "-" + year + ".csv";
	}

	public boolean isEmpty() {
		return this.rows.stream().filter((row) -> !row.total()).findAny().isEmpty();
	}

	/**
	 * A row: its label and its values, one per header after the first; a total row is in
	 * the table and the download but not in the chart.
	 */
	public record Row(String label, List<Value> values, boolean total) {

		public Row {
			values = List.copyOf(values);
		}

	}

	/** A number as the table shows it and the download writes it. */
	public record Value(BigDecimal number, Measure kind, boolean atLeast) {

		static Value money(vn.sochibo.shared.Money money) {
			return new Value(money.amount(), Measure.MONEY, false);
		}

		static Value count(long count) {
			return new Value(BigDecimal.valueOf(count), Measure.COUNT, false);
		}

		static Value atLeast(long count, boolean atLeast) {
			return new Value(BigDecimal.valueOf(count), Measure.COUNT, atLeast);
		}

		/**
		 * A percentage with one decimal, or none ("—") when there is nothing to divide
		 * by.
		 */
		static Value percent(BigDecimal percent) {
			return new Value(percent, Measure.PERCENT, false);
		}

		/** "160.000.000 đ", "1.234", "≥ 111", "93,8%", "—". */
		public String text() {
			if (this.number == null) {
				return "—";
			}
			return switch (this.kind) {
				case MONEY -> MoneyFormat.group(this.number) + " đ";
				case COUNT -> (this.atLeast ? "≥ " : "") + MoneyFormat.group(this.number);
				case PERCENT -> this.number.toPlainString().replace('.', ',') + "%";
			};
		}

		/**
		 * The download's field: a whole number as it is ("160000000"), a percentage with
		 * a decimal comma ("93,8") as Vietnamese spreadsheets read it, nothing for none.
		 */
		public Object csvField() {
			if (this.number == null) {
				return null;
			}
			return (this.kind == Measure.PERCENT) ? this.number.toPlainString().replace('.', ',') : this.number;
		}

	}

	public enum Measure {

		MONEY, COUNT, PERCENT

	}

	/**
	 * How the chart draws the table: bars or lines, stacked or not, across or up, and
	 * which columns are its series.
	 */
	public record Chart(boolean stacked, boolean horizontal, List<Series> series) {

		public Chart {
			series = List.copyOf(series);
		}

	}

	/**
	 * A column drawn: its index among the values, bars or a line, its stack, dashed (the
	 * year before), and whether it is read on the second axis.
	 */
	public record Series(int column, boolean line, String stack, boolean dashed, boolean secondAxis) {

		static Series bar(int column) {
			return new Series(column, false, null, false, false);
		}

		static Series stacked(int column, String stack) {
			return new Series(column, false, stack, false, false);
		}

		static Series previous(int column) {
			return new Series(column, true, null, true, false);
		}

		static Series second(int column) {
			return new Series(column, false, null, false, true);
		}

	}

}
