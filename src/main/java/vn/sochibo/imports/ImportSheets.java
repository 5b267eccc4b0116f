package vn.sochibo.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.DataValidationErrorStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.sochibo.imports.SheetRows.SheetRow;
import vn.sochibo.household.HouseholdImports;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.VietnameseText;
import vn.sochibo.ward.AreaView;

/**
 * The .xlsx files an import hands out: the template to fill (headers with "(*)" on the
 * required columns, an example and the rule of each column as the header cell's comment,
 * the header row frozen, text format on code and phone columns, drop-down lists fed by a
 * "Danh mục" sheet) and the annotated copy of a checked file (an error column first, the
 * bad cells highlighted).
 */
@Component
class ImportSheets {

	/** Rows of the template that get the text format and the drop-down lists. */
	static final int TEMPLATE_ROWS = 5_000;

	private static final String HEADER_FILL = "DDEBF7";

	private static final String ERROR_FILL = "FFC7CE";

	private final MessageSource messages;

	private final HouseholdImports households;

	private final HouseholdPlanner householdPlanner;

	private final AreaPlanner areaPlanner;

	private final MemberPlanner memberPlanner;

	ImportSheets(MessageSource messages, HouseholdImports households, HouseholdPlanner householdPlanner,
			AreaPlanner areaPlanner, MemberPlanner memberPlanner) {
		this.messages = messages;
		this.households = households;
		this.householdPlanner = householdPlanner;
		this.areaPlanner = areaPlanner;
		this.memberPlanner = memberPlanner;
	}

	/**
	 * The members' template: the sexes in the "Danh mục" sheet, the day columns as dates.
	 */
	void memberTemplate(OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "SoChiBo", "1.0");
		Worksheet data = workbook.newWorksheet(message("import.sheet.data"));
		Worksheet lists = workbook.newWorksheet(message("import.sheet.lists"));
		List<ImportColumn> columns = this.memberPlanner.columns();
		writeHeader(data, columns, 0);
		for (ImportColumn day : List.of(MemberPlanner.JOINED, MemberPlanner.OFFICIAL, MemberPlanner.DUE,
				MemberPlanner.EXEMPT, MemberPlanner.SINCE)) {
			data.style(columns.indexOf(day)).format("dd/mm/yyyy").set();
		}
		lists.value(0, 0, message("import.column.member.sex"));
		lists.style(0, 0).bold().fillColor(HEADER_FILL).set();
		List<String> sexes = this.memberPlanner.sexes().labels();
		for (int i = 0; i < sexes.size(); i++) {
			lists.value(i + 1, 0, sexes.get(i));
		}
		list(data, columns.indexOf(MemberPlanner.SEX), lists, 0, sexes.size());
		workbook.finish();
	}

	/**
	 * The areas' template: the kinds in the "Danh mục" sheet, the day columns as dates.
	 */
	void areaTemplate(OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "SoChiBo", "1.0");
		Worksheet data = workbook.newWorksheet(message("import.sheet.data"));
		Worksheet lists = workbook.newWorksheet(message("import.sheet.lists"));
		List<ImportColumn> columns = this.areaPlanner.columns();
		writeHeader(data, columns, 0);
		data.style(columns.indexOf(AreaPlanner.FROM)).format("dd/mm/yyyy").set();
		data.style(columns.indexOf(AreaPlanner.TO)).format("dd/mm/yyyy").set();
		lists.value(0, 0, message("import.column.area.kind"));
		lists.style(0, 0).bold().fillColor(HEADER_FILL).set();
		List<String> kinds = this.areaPlanner.kinds().labels();
		for (int i = 0; i < kinds.size(); i++) {
			lists.value(i + 1, 0, kinds.get(i));
		}
		lists.width(0, 20);
		list(data, columns.indexOf(AreaPlanner.KIND), lists, 0, kinds.size());
		workbook.finish();
	}

	/** The household template of the user's areas, for statuses of {@code year}. */
	void householdTemplate(CurrentUser user, int year, OutputStream out) throws IOException {
		List<AreaView> areas = new ArrayList<>(this.households.register(user).areasByCode().values());
		areas = vn.sochibo.shared.NaturalOrder.sorted(areas, AreaView::code);
		Workbook workbook = new Workbook(out, "SoChiBo", "1.0");
		Worksheet data = workbook.newWorksheet(message("import.sheet.data"));
		Worksheet lists = workbook.newWorksheet(message("import.sheet.lists"));
		List<ImportColumn> columns = this.householdPlanner.columns();
		writeHeader(data, columns, year);
		lists.value(0, 0, message("import.lists.areaCode"));
		lists.value(0, 1, message("import.lists.areaName"));
		lists.value(0, 2, message("import.lists.areaKind"));
		lists.value(0, 4, message("import.column.household.status"));
		lists.value(0, 6, message("import.column.household.subtype"));
		lists.range(0, 0, 0, 6).style().bold().fillColor(HEADER_FILL).set();
		for (int i = 0; i < areas.size(); i++) {
			AreaView area = areas.get(i);
			lists.value(i + 1, 0, area.code());
			lists.value(i + 1, 1, area.name());
			lists.value(i + 1, 2, message("area.kind." + area.kind().name()));
		}
		List<String> statuses = this.householdPlanner.statuses().labels();
		for (int i = 0; i < statuses.size(); i++) {
			lists.value(i + 1, 4, statuses.get(i));
		}
		List<String> subtypes = this.householdPlanner.subtypes().labels();
		for (int i = 0; i < subtypes.size(); i++) {
			lists.value(i + 1, 6, subtypes.get(i));
		}
		lists.width(0, 14);
		lists.width(1, 28);
		lists.width(2, 14);
		lists.width(4, 24);
		lists.width(6, 30);
		lists.freezePane(0, 1);
		list(data, columns.indexOf(HouseholdPlanner.AREA), lists, 0, Math.max(1, areas.size()));
		list(data, columns.indexOf(HouseholdPlanner.STATUS), lists, 4, statuses.size());
		list(data, columns.indexOf(HouseholdPlanner.SUBTYPE), lists, 6, subtypes.size());
		workbook.finish();
	}

	private void writeHeader(Worksheet sheet, List<ImportColumn> columns, int year) {
		for (int c = 0; c < columns.size(); c++) {
			ImportColumn column = columns.get(c);
			String label = message(column.key());
			sheet.value(0, c, column.required() ? label + " (*)" : label);
			sheet.width(c, column.width());
			sheet.comment(0, c, this.messages.getMessage(column.key() + ".hint",
					new Object[] { column.maxLength(), String.valueOf(year) }, VietnameseText.LOCALE));
			if (column.asText()) {
				sheet.style(c).format("@").set();
			}
		}
		sheet.range(0, 0, 0, columns.size() - 1).style().bold().fillColor(HEADER_FILL).wrapText(true).set();
		sheet.freezePane(0, 1);
	}

	private void list(Worksheet data, int column, Worksheet lists, int listColumn, int size) {
		data.range(1, column, TEMPLATE_ROWS, column)
			.validateWithList(lists.range(1, listColumn, size, listColumn))
			.allowBlank(true)
			.showDropdown(true)
			.errorStyle(DataValidationErrorStyle.WARNING)
			.showErrorMessage(true)
			.errorTitle(message("import.lists.errorTitle"))
			.error(message("import.lists.error"));
	}

	/**
	 * The checked file again, each row as it was with the plan's errors in a first column
	 * and the bad cells filled red; rows without an error keep an empty first cell.
	 */
	void annotated(byte[] file, Map<Integer, List<RowError>> errors, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "SoChiBo", "1.0");
		Worksheet sheet = workbook.newWorksheet(message("import.sheet.annotated"));
		try {
			SheetRows.read(file, (header) -> {
				sheet.value(0, 0, message("import.annotated.errors"));
				copy(sheet, 0, header);
				sheet.range(0, 0, 0, header.cells().size()).style().bold().fillColor(HEADER_FILL).set();
				sheet.width(0, 60);
				sheet.freezePane(1, 1);
			}, (row) -> {
				int r = row.rowNo() - 1;
				copy(sheet, r, row);
				List<RowError> rowErrors = errors.getOrDefault(row.rowNo(), List.of());
				if (!rowErrors.isEmpty()) {
					List<String> texts = new ArrayList<>();
					for (RowError error : rowErrors) {
						texts.add(describe(error));
						sheet.style(r, error.column() + 1).fillColor(ERROR_FILL).set();
					}
					sheet.value(r, 0, String.join("\n", texts));
					sheet.style(r, 0).fontColor("9C0006").wrapText(true).set();
				}
			});
		}
		catch (ImportFileException ex) {
			throw new IOException("the stored file cannot be read again: " + ex.reason(), ex);
		}
		workbook.finish();
	}

	/**
	 * "Cột G «Số điện thoại»: …" — an error as the page and the annotated copy say it.
	 */
	String describe(RowError error) {
		return this.messages.getMessage("import.error.line",
				new Object[] { error.columnLetter(), error.header(), reason(error) }, VietnameseText.LOCALE);
	}

	/** Why a file was refused, in Vietnamese. */
	String fileFailure(String reason, String detail) {
		String text = this.messages.getMessage("import.file." + reason, new Object[] { (detail != null) ? detail : "" },
				VietnameseText.LOCALE);
		return text;
	}

	/** Why the cell is wrong, in Vietnamese. */
	String reason(RowError error) {
		return this.messages.getMessage(error.key(), error.arguments().toArray(), VietnameseText.LOCALE);
	}

	private static void copy(Worksheet sheet, int r, SheetRow row) {
		for (int c = 0; c < row.cells().size(); c++) {
			SheetCell cell = row.cell(c);
			switch (cell.kind()) {
				case EMPTY -> {
				}
				case NUMBER -> sheet.value(r, c + 1, cell.number());
				case DATE -> {
					sheet.value(r, c + 1, cell.date());
					sheet.style(r, c + 1).format("dd/mm/yyyy").set();
				}
				default -> sheet.value(r, c + 1, cell.text());
			}
		}
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, VietnameseText.LOCALE);
	}

}
