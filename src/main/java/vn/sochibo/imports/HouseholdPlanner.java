package vn.sochibo.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.sochibo.household.HouseholdImports;
import vn.sochibo.household.HouseholdImports.ImportRegister;
import vn.sochibo.household.HouseholdImports.Known;
import vn.sochibo.household.ImportedHousehold;
import vn.sochibo.household.PolicySubtype;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.ward.AreaView;

/**
 * The household register's sheet: a household a row (code, head, address, alley, area
 * code, members, phone, the status of the year chosen at upload with its policy sub-type
 * and decision, notes). A row whose code is already the ward's — or, without a code,
 * whose head and address are one household's — matches it and waits for the user's
 * decision (update it or skip the row); the same code (or head and address) twice in the
 * file is an error of the later row.
 */
@Component
class HouseholdPlanner implements ImportPlanner {

	static final ImportColumn CODE = ImportColumn.optional("import.column.household.code", 30, 14).text();

	static final ImportColumn HEAD = ImportColumn.required("import.column.household.head", 120, 26);

	static final ImportColumn ADDRESS = ImportColumn.required("import.column.household.address", 255, 30);

	static final ImportColumn ALLEY = ImportColumn.optional("import.column.household.alley", 80, 16);

	static final ImportColumn AREA = ImportColumn.required("import.column.household.area", 30, 14).text();

	static final ImportColumn MEMBERS = ImportColumn.required("import.column.household.members", 2, 12);

	static final ImportColumn PHONE = ImportColumn.optional("import.column.household.phone", 20, 15).text();

	static final ImportColumn STATUS = ImportColumn.optional("import.column.household.status", 60, 22);

	static final ImportColumn SUBTYPE = ImportColumn.optional("import.column.household.subtype", 80, 24);

	static final ImportColumn DECISION = ImportColumn.optional("import.column.household.decision", 160, 22);

	static final ImportColumn NOTES = ImportColumn.optional("import.column.household.notes", 1000, 24);

	private static final List<ImportColumn> COLUMNS = List.of(CODE, HEAD, ADDRESS, ALLEY, AREA, MEMBERS, PHONE, STATUS,
			SUBTYPE, DECISION, NOTES);

	private final HouseholdImports households;

	private final MessageSource messages;

	HouseholdPlanner(HouseholdImports households, MessageSource messages) {
		this.households = households;
		this.messages = messages;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.HOUSEHOLDS;
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public Action action() {
		return Action.WRITE;
	}

	/** The statuses a row may name. */
	Choices<StatusKind> statuses() {
		return Choices.of(this.messages, "statusKind.", StatusKind.values());
	}

	/** The policy sub-types a row may name. */
	Choices<PolicySubtype> subtypes() {
		return Choices.of(this.messages, "policySubtype.", PolicySubtype.values());
	}

	@Override
	public RowChecker start(CurrentUser user, ImportJobView job) {
		ImportRegister register = this.households.register(user);
		Choices<StatusKind> statuses = statuses();
		Choices<PolicySubtype> subtypes = subtypes();
		Map<String, Integer> seenCodes = new HashMap<>();
		Map<String, Integer> seenPeople = new HashMap<>();
		return (row) -> {
			String code = row.code(CODE);
			String head = row.text(HEAD);
			String address = row.text(ADDRESS);
			String alley = row.text(ALLEY);
			AreaView area = area(row, register);
			Integer members = row.wholeNumber(MEMBERS, 1, 50);
			String phone = row.phone(PHONE);
			StatusKind status = row.choice(STATUS, statuses);
			PolicySubtype subtype = row.choice(SUBTYPE, subtypes);
			if (subtype != null && status != StatusKind.POLICY_FAMILY) {
				row.reject(SUBTYPE, "import.cell.subtypeWithoutPolicy");
			}
			String decision = row.text(DECISION);
			String notes = row.text(NOTES);
			if (code != null) {
				Integer first = seenCodes.putIfAbsent(HouseholdImports.codeKey(code), row.rowNo());
				if (first != null) {
					row.reject(CODE, "import.cell.duplicateInFile", first);
				}
			}
			else if (head != null && address != null) {
				Integer first = seenPeople.putIfAbsent(HouseholdImports.personKey(head, address), row.rowNo());
				if (first != null) {
					row.reject(HEAD, "import.cell.duplicatePersonInFile", first);
				}
			}
			Known match = null;
			if (!row.hasErrors()) {
				match = match(row, register, code, head, address);
			}
			if (row.hasErrors()) {
				return new PlannedRow(row.rowNo(), RowDecision.ERROR, null, null, null,
						row.cellTexts(Math.max(row.cellCount(), COLUMNS.size())), null, row.errors());
			}
			String value = ValueCodec.encode(code, head, address, alley, area.id(), members, phone, notes, status,
					subtype, decision);
			if (match == null) {
				return new PlannedRow(row.rowNo(), RowDecision.CREATE, null, null, null, List.of(), value, List.of());
			}
			return new PlannedRow(row.rowNo(), RowDecision.UNDECIDED, match.id(), match.version(),
					match.code() + " – " + match.headName() + ", " + match.address(), List.of(), value, List.of());
		};
	}

	private static AreaView area(RowReader row, ImportRegister register) {
		String code = row.text(AREA);
		if (code == null) {
			return null;
		}
		AreaView area = register.areasByCode().get(HouseholdImports.codeKey(code));
		if (area == null) {
			row.reject(AREA, register.wardAreaCodes().contains(HouseholdImports.codeKey(code))
					? "import.cell.areaNotWritable" : "import.cell.areaUnknown", code);
		}
		return area;
	}

	/**
	 * The ward's household the row names, if any (an error when the user may not change
	 * it).
	 */
	private static Known match(RowReader row, ImportRegister register, String code, String head, String address) {
		if (code != null) {
			Known known = register.byCode().get(HouseholdImports.codeKey(code));
			if (known != null && !known.inScope()) {
				row.reject(CODE, "import.cell.codeOutOfScope", code);
				return null;
			}
			return known;
		}
		List<Known> same = register.byHeadAndAddress()
			.getOrDefault(HouseholdImports.personKey(head, address), List.of());
		if (same.size() > 1) {
			row.reject(HEAD, "import.cell.severalMatches", same.size());
			return null;
		}
		if (same.size() == 1 && !same.get(0).inScope()) {
			row.reject(HEAD, "import.cell.personOutOfScope");
			return null;
		}
		return same.isEmpty() ? null : same.get(0);
	}

	@Override
	public Committed commit(CurrentUser user, ImportJobView job, Consumer<Consumer<PlannedRow>> rows) {
		List<ImportedHousehold> households = new ArrayList<>(Math.max(16, job.createRows() + job.updateRows()));
		rows.accept((row) -> {
			List<String> value = ValueCodec.decode(row.value());
			boolean update = row.decision() == RowDecision.UPDATE;
			households.add(new ImportedHousehold(row.rowNo(), update ? row.targetId() : null,
					update ? row.targetVersion() : null, value.get(0), value.get(1), value.get(2), value.get(3),
					Long.valueOf(value.get(4)), Integer.parseInt(value.get(5)), value.get(6), value.get(7),
					ValueCodec.constant(StatusKind.class, value.get(8)),
					ValueCodec.constant(PolicySubtype.class, value.get(9)), value.get(10)));
		});
		HouseholdImports.ImportOutcome outcome = this.households.commit(user, job.id(), job.statusYear(), households);
		return new Committed(outcome.created(), outcome.updated());
	}

}
