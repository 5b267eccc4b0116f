package vn.sochibo.shared;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import vn.sochibo.shared.XlsxTable.Column;
import vn.sochibo.support.Xlsx;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The .xlsx every list downloads, read back: title, bold headers, typed cells, text that
 * looks like a formula kept as text, streaming.
 */
class XlsxTableTests {

	static final List<Column> COLUMNS = List.of(new Column("Tên", 20), new Column("Số tiền", 14),
			new Column("Ngày", 12), new Column("Số", 8), new Column("Đã ký", 8));

	@Test
	void cellsAreTypedByTheirValues() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxTable table = new XlsxTable(() -> out, "Danh sách", "Phường Thử — Danh sách — tất cả — ngày 04/12/2026",
				COLUMNS, "Có", "Không");
		table.row("Nguyễn Văn A", Money.of(160_000_000), LocalDate.of(2025, 3, 14), 4, true,
				LocalDateTime.of(2025, 3, 14, 19, 30));
		table.row("Trần Thị B", Money.of(-5_000), null, 0L, false);
		table.finish();

		Xlsx xlsx = Xlsx.read(out.toByteArray());
		assertThat(xlsx.title()).isEqualTo("Phường Thử — Danh sách — tất cả — ngày 04/12/2026");
		assertThat(xlsx.headers()).containsExactly("Tên", "Số tiền", "Ngày", "Số", "Đã ký");
		Row first = xlsx.body().get(0);
		Xlsx.assertText(first, 0, "Nguyễn Văn A");
		Xlsx.assertMoney(first, 1, 160_000_000);
		Xlsx.assertDate(first, 2, LocalDate.of(2025, 3, 14));
		assertThat(first.getCell(3).getType()).isEqualTo(CellType.NUMBER);
		assertThat(first.getCell(3).asNumber()).isEqualByComparingTo("4");
		Xlsx.assertText(first, 4, "Có");
		assertThat(first.getCell(5).getType()).isEqualTo(CellType.NUMBER);
		assertThat(first.getCell(5).getDataFormatString()).isEqualTo(XlsxTable.DATE_TIME_FORMAT);
		assertThat(first.getCell(5).asDate()).isEqualTo(LocalDateTime.of(2025, 3, 14, 19, 30));
		Row second = xlsx.body().get(1);
		Xlsx.assertMoney(second, 1, -5_000);
		assertThat(Xlsx.cell(second, 2).map((cell) -> cell.getType()).orElse(CellType.EMPTY)).isEqualTo(CellType.EMPTY);
		Xlsx.assertText(second, 4, "Không");
		assertThat(xlsx.body()).hasSize(2);
	}

	@Test
	void textThatLooksLikeAFormulaStaysTextAndTooLongTextIsCut() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxTable table = new XlsxTable(() -> out, "Danh sách", "Tiêu đề", COLUMNS, "Có", "Không");
		List<String> dangerous = List.of("=HYPERLINK(\"http://x\",\"y\")", "+84 909", "-1+2", "@SUM(A1)", "\t=1",
				"\r=1");
		for (String text : dangerous) {
			table.row(text);
		}
		table.row("x".repeat(XlsxTable.MAX_TEXT + 10));
		table.finish();

		List<Row> body = Xlsx.read(out.toByteArray()).body();
		for (int i = 0; i < dangerous.size(); i++) {
			Xlsx.assertText(body.get(i), 0, dangerous.get(i));
		}
		Xlsx.assertText(body.get(dangerous.size()), 0, "x".repeat(XlsxTable.MAX_TEXT));
	}

	@Test
	void nothingIsAskedOfTheOutputBeforeTheFirstRowAndATableWithNoRowsHasItsHeaders() {
		AtomicInteger opened = new AtomicInteger();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxTable table = new XlsxTable(() -> {
			opened.incrementAndGet();
			return out;
		}, "Danh sách", "Tiêu đề", COLUMNS, "Có", "Không");
		assertThat(opened).hasValue(0);
		table.finish();

		assertThat(opened).hasValue(1);
		Xlsx xlsx = Xlsx.read(out.toByteArray());
		assertThat(xlsx.headers()).hasSize(5);
		assertThat(xlsx.body()).isEmpty();
	}

	@Test
	void manyRowsAreWrittenAsTheyComeAndAllReadBack() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxTable table = new XlsxTable(() -> out, "Danh sách", "Tiêu đề", COLUMNS, "Có", "Không");
		int rows = XlsxTable.FLUSH_EVERY * 3 + 7;
		long writtenBeforeTheEnd = 0;
		for (int i = 0; i < rows; i++) {
			table.row("Hộ " + i, Money.of(i), LocalDate.of(2025, 1, 1).plusDays(i % 365), i, i % 2 == 0);
			if (i == XlsxTable.FLUSH_EVERY * 2) {
				writtenBeforeTheEnd = out.size();
			}
		}
		table.finish();

		assertThat(writtenBeforeTheEnd).as("bytes out while rows still come").isGreaterThan(10_000);
		assertThat(table.rows()).isEqualTo(rows);
		List<Row> body = Xlsx.read(out.toByteArray()).body();
		assertThat(body).hasSize(rows);
		Xlsx.assertMoney(body.get(rows - 1), 1, rows - 1);
	}

}
