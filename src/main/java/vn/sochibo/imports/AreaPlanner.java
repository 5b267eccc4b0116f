package vn.sochibo.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RecordDates;
import vn.sochibo.shared.VietnameseDates;
import vn.sochibo.ward.AreaDetails;
import vn.sochibo.ward.AreaImports;
import vn.sochibo.ward.AreaImports.ImportedArea;
import vn.sochibo.ward.AreaKind;
import vn.sochibo.ward.AreaView;

/**
 * The residential areas' sheet (the ward admin's): code, name, kind (empty: the kind the
 * ward's unit label names), the day it began and, for one that ended, the day it ended. A
 * code the ward already has matches that area and waits for the user's decision.
 */
@Component
class AreaPlanner implements ImportPlanner {

	static final ImportColumn CODE = ImportColumn.required("import.column.area.code", 20, 14).text();

	static final ImportColumn NAME = ImportColumn.required("import.column.area.name", 120, 28);

	static final ImportColumn KIND = ImportColumn.optional("import.column.area.kind", 40, 18);

	static final ImportColumn FROM = ImportColumn.required("import.column.area.from", 10, 16);

	static final ImportColumn TO = ImportColumn.optional("import.column.area.to", 10, 16);

	private static final List<ImportColumn> COLUMNS = List.of(CODE, NAME, KIND, FROM, TO);

	/** The earliest day a record may bear, as the messages write it. */
	private static final String EARLIEST = VietnameseDates.format(RecordDates.EARLIEST);

	private final AreaImports areas;

	private final MessageSource messages;

	AreaPlanner(AreaImports areas, MessageSource messages) {
		this.areas = areas;
		this.messages = messages;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.AREAS;
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public Action action() {
		return Action.MANAGE_WARD;
	}

	/** The kinds a row may name. */
	Choices<AreaKind> kinds() {
		return Choices.of(this.messages, "area.kind.", AreaKind.values());
	}

	@Override
	public RowChecker start(CurrentUser user, ImportJobView job) {
		Map<String, AreaView> existing = this.areas.byCode(user);
		Choices<AreaKind> kinds = kinds();
		Map<String, Integer> seen = new HashMap<>();
		return (row) -> {
			String code = row.code(CODE);
			if (code != null && code.contains("/")) {
				row.reject(CODE, "import.cell.areaCodePattern");
				code = null;
			}
			String name = row.text(NAME);
			AreaKind kind = row.choice(KIND, kinds);
			LocalDate from = row.date(FROM);
			LocalDate to = row.date(TO);
			if (from != null && from.isBefore(RecordDates.EARLIEST)) {
				row.reject(FROM, "import.cell.tooOld", EARLIEST);
			}
			if (from != null && to != null && to.isBefore(from)) {
				row.reject(TO, "import.cell.endBeforeStart");
			}
			if (code != null) {
				Integer first = seen.putIfAbsent(AreaImports.codeKey(code), row.rowNo());
				if (first != null) {
					row.reject(CODE, "import.cell.duplicateAreaInFile", first);
				}
			}
			if (row.hasErrors()) {
				return new PlannedRow(row.rowNo(), RowDecision.ERROR, null, null, null,
						row.cellTexts(Math.max(row.cellCount(), COLUMNS.size())), null, row.errors());
			}
			String value = ValueCodec.encode(code, name, kind, from, to);
			AreaView match = existing.get(AreaImports.codeKey(code));
			if (match == null) {
				return new PlannedRow(row.rowNo(), RowDecision.CREATE, null, null, null, List.of(), value, List.of());
			}
			return new PlannedRow(row.rowNo(), RowDecision.UNDECIDED, match.id(), match.version(), match.label(),
					List.of(), value, List.of());
		};
	}

	@Override
	public Committed commit(CurrentUser user, ImportJobView job, Consumer<Consumer<PlannedRow>> rows) {
		List<ImportedArea> areas = new ArrayList<>();
		rows.accept((row) -> {
			List<String> value = ValueCodec.decode(row.value());
			boolean update = row.decision() == RowDecision.UPDATE;
			areas.add(new ImportedArea(row.rowNo(), update ? row.targetId() : null, update ? row.targetVersion() : null,
					new AreaDetails(value.get(0), value.get(1), ValueCodec.constant(AreaKind.class, value.get(2)),
							LocalDate.parse(value.get(3)),
							(value.get(4) != null) ? LocalDate.parse(value.get(4)) : null)));
		});
		int[] written = this.areas.commit(user, job.id(), areas);
		return new Committed(written[0], written[1]);
	}

}
