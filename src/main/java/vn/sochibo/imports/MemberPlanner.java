package vn.sochibo.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.sochibo.cellwork.MemberDetails;
import vn.sochibo.cellwork.MemberImports;
import vn.sochibo.cellwork.MemberImports.ImportedMember;
import vn.sochibo.cellwork.MemberImports.Known;
import vn.sochibo.cellwork.Members;
import vn.sochibo.cellwork.NewMember;
import vn.sochibo.cellwork.Sex;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;

/**
 * A cell's Party members (sensitive: the cell's secretaries and the ward admin only), one
 * a row: name, birth year, sex, the day they joined the Party, became full (empty:
 * probationary, with the day it is due), card number, exemption, home household, the day
 * they came onto this cell's roll and from where. Each row is checked by the members' own
 * rules ({@link Members#problem}); a name and birth year the cell already has match that
 * member and wait for the user's decision.
 */
@Component
class MemberPlanner implements ImportPlanner {

	static final ImportColumn NAME = ImportColumn.required("import.column.member.name", 120, 26);

	static final ImportColumn BIRTH_YEAR = ImportColumn.required("import.column.member.birthYear", 4, 10);

	static final ImportColumn SEX = ImportColumn.required("import.column.member.sex", 10, 10);

	static final ImportColumn JOINED = ImportColumn.required("import.column.member.joined", 10, 14);

	static final ImportColumn OFFICIAL = ImportColumn.optional("import.column.member.official", 10, 14);

	static final ImportColumn DUE = ImportColumn.optional("import.column.member.due", 10, 14);

	static final ImportColumn CARD = ImportColumn.optional("import.column.member.card", 20, 14).text();

	static final ImportColumn EXEMPT = ImportColumn.optional("import.column.member.exempt", 10, 14);

	static final ImportColumn EXEMPT_REASON = ImportColumn.optional("import.column.member.exemptReason", 200, 20);

	static final ImportColumn HOUSEHOLD = ImportColumn.optional("import.column.member.household", 40, 14).text();

	static final ImportColumn SINCE = ImportColumn.required("import.column.member.since", 10, 16);

	static final ImportColumn CAME_FROM = ImportColumn.optional("import.column.member.cameFrom", 200, 20);

	static final ImportColumn NOTE = ImportColumn.optional("import.column.member.note", 1000, 20);

	private static final List<ImportColumn> COLUMNS = List.of(NAME, BIRTH_YEAR, SEX, JOINED, OFFICIAL, DUE, CARD,
			EXEMPT, EXEMPT_REASON, HOUSEHOLD, SINCE, CAME_FROM, NOTE);

	/** The column of each field the members' rules name. */
	private static final Map<String, ImportColumn> FIELDS = Map.of("fullName", NAME, "birthYear", BIRTH_YEAR,
			"joinedOn", JOINED, "officialOn", OFFICIAL, "officialDueOn", DUE, "exemptSince", EXEMPT, "exemptReason",
			EXEMPT_REASON, "householdCode", HOUSEHOLD, "since", SINCE, "cellId", NAME);

	private final Members members;

	private final MemberImports imports;

	private final MessageSource messages;

	MemberPlanner(Members members, MemberImports imports, MessageSource messages) {
		this.members = members;
		this.imports = imports;
		this.messages = messages;
	}

	@Override
	public ImportKind kind() {
		return ImportKind.MEMBERS;
	}

	@Override
	public List<ImportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public Action action() {
		return Action.WRITE_CELL_WORK;
	}

	/** The sexes a row may name. */
	Choices<Sex> sexes() {
		return Choices.of(this.messages, "member.sex.", Sex.values());
	}

	@Override
	public RowChecker start(CurrentUser user, ImportJobView job) {
		Map<String, Known> existing = this.imports.byPerson(user, job.cellId());
		Choices<Sex> sexes = sexes();
		Map<String, Integer> seen = new HashMap<>();
		return (row) -> {
			String name = row.text(NAME);
			Integer birthYear = row.wholeNumber(BIRTH_YEAR, 1900, 2100);
			Sex sex = row.choice(SEX, sexes);
			LocalDate joined = row.date(JOINED);
			LocalDate official = row.date(OFFICIAL);
			LocalDate due = row.date(DUE);
			String card = row.code(CARD);
			LocalDate exempt = row.date(EXEMPT);
			String exemptReason = row.text(EXEMPT_REASON);
			String household = row.code(HOUSEHOLD);
			LocalDate since = row.date(SINCE);
			String cameFrom = row.text(CAME_FROM);
			String note = row.text(NOTE);
			if (name != null && birthYear != null) {
				Integer first = seen.putIfAbsent(MemberImports.personKey(name, birthYear), row.rowNo());
				if (first != null) {
					row.reject(NAME, "import.cell.duplicateMemberInFile", first);
				}
			}
			NewMember member = null;
			if (!row.hasErrors()) {
				member = new NewMember(new MemberDetails(name, birthYear, sex, joined, official, due, card, exempt,
						exemptReason, household, note), since, cameFrom);
				Optional<RuleViolationException> problem = this.members.problem(user, job.cellId(), member);
				problem.ifPresent(
						(ex) -> row.reject(FIELDS.getOrDefault(ex.field(), NAME), ex.messageKey(), ex.arguments()));
			}
			if (row.hasErrors()) {
				return new PlannedRow(row.rowNo(), RowDecision.ERROR, null, null, null,
						row.cellTexts(Math.max(row.cellCount(), COLUMNS.size())), null, row.errors());
			}
			String value = ValueCodec.encode(name, birthYear, sex, joined, official, due, card, exempt, exemptReason,
					household, since, cameFrom, note);
			Known match = existing.get(MemberImports.personKey(name, birthYear));
			if (match == null) {
				return new PlannedRow(row.rowNo(), RowDecision.CREATE, null, null, null, List.of(), value, List.of());
			}
			return new PlannedRow(row.rowNo(), RowDecision.UNDECIDED, match.id(), match.version(), match.label(),
					List.of(), value, List.of());
		};
	}

	@Override
	public Committed commit(CurrentUser user, ImportJobView job, Consumer<Consumer<PlannedRow>> rows) {
		List<ImportedMember> members = new ArrayList<>();
		rows.accept((row) -> {
			List<String> v = ValueCodec.decode(row.value());
			boolean update = row.decision() == RowDecision.UPDATE;
			NewMember member = new NewMember(new MemberDetails(v.get(0), Integer.valueOf(v.get(1)),
					ValueCodec.constant(Sex.class, v.get(2)), date(v.get(3)), date(v.get(4)), date(v.get(5)), v.get(6),
					date(v.get(7)), v.get(8), v.get(9), v.get(12)), date(v.get(10)), v.get(11));
			members.add(new ImportedMember(row.rowNo(), update ? row.targetId() : null,
					update ? row.targetVersion() : null, member));
		});
		int[] written = this.imports.commit(user, job.id(), job.cellId(), members);
		return new Committed(written[0], written[1]);
	}

	private static LocalDate date(String text) {
		return (text != null) ? LocalDate.parse(text) : null;
	}

}
