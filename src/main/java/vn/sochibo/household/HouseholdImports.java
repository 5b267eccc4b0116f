package vn.sochibo.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.AreaScope;
import vn.sochibo.shared.AreaScopes;
import vn.sochibo.shared.CopyIn;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.StalePlanException;
import vn.sochibo.shared.VietnameseText;
import vn.sochibo.ward.AreaView;
import vn.sochibo.ward.Areas;

/**
 * The register's side of an Excel import of households: what a file's rows are checked
 * against ({@link #register}) and the commit of a checked plan ({@link #commit}) — many
 * households at once with PostgreSQL's {@code COPY}, their statuses of the file's year,
 * and one audit line each naming the import job. The commit re-checks everything the plan
 * assumed (codes still free, households unchanged since, areas still in use and in the
 * user's scope) and refuses a plan that went stale, writing nothing.
 */
@Service
public class HouseholdImports {

	private static final List<String> HOUSEHOLD_COLUMNS = List.of("ward_id", "area_id", "code", "head_name", "address",
			"alley", "members", "phone", "notes");

	private static final List<String> STATUS_COLUMNS = List.of("ward_id", "household_id", "status_year", "kind",
			"policy_subtype", "decision_ref");

	private final JdbcClient jdbc;

	private final CopyIn copyIn;

	private final Areas areas;

	private final AreaScopes scopes;

	private final AuditTrail audit;

	private final java.time.Clock clock;

	HouseholdImports(JdbcClient jdbc, CopyIn copyIn, Areas areas, AreaScopes scopes, AuditTrail audit,
			java.time.Clock clock) {
		this.jdbc = jdbc;
		this.copyIn = copyIn;
		this.areas = areas;
		this.scopes = scopes;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The ward's households and areas as an import checks a file against them.
	 */
	@Transactional(readOnly = true)
	public ImportRegister register(CurrentUser user) {
		user.require(Action.WRITE);
		Long wardId = user.requireWard();
		AreaScope scope = this.scopes.of(user);
		LocalDate today = LocalDate.now(this.clock);
		Map<String, AreaView> writable = new HashMap<>();
		Set<String> wardAreaCodes = new HashSet<>();
		Set<Long> inScope = new HashSet<>();
		for (AreaView area : this.areas.list(user)) {
			wardAreaCodes.add(codeKey(area.code()));
			if (scope.covers(wardId, area.id())) {
				inScope.add(area.id());
				if (area.isActiveOn(today)) {
					writable.put(codeKey(area.code()), area);
				}
			}
		}
		Map<String, Known> byCode = new HashMap<>();
		Map<String, List<Known>> byHeadAndAddress = new HashMap<>();
		this.jdbc.sql("select id, code, version, area_id, head_name, address from households where ward_id = :ward")
			.param("ward", wardId)
			.query((RowCallbackHandler) (rs) -> {
				Known known = new Known(rs.getLong("id"), rs.getString("code"), rs.getInt("version"),
						rs.getLong("area_id"), inScope.contains(rs.getLong("area_id")), rs.getString("head_name"),
						rs.getString("address"));
				byCode.put(codeKey(known.code()), known);
				byHeadAndAddress
					.computeIfAbsent(personKey(known.headName(), known.address()), (key) -> new ArrayList<>())
					.add(known);
			});
		return new ImportRegister(byCode, byHeadAndAddress, writable, wardAreaCodes);
	}

	/**
	 * Writes the plan's households: the new ones (a code generated where the row has
	 * none, as the form does) and the changes to existing ones, with the status of
	 * {@code statusYear} each row names (unless the household already holds it), and one
	 * audit line each ({@code IMPORT} or {@code IMPORT_UPDATE}, the job's id).
	 * @throws StalePlanException when the register changed since the plan was checked:
	 * nothing is written
	 */
	@Transactional
	public ImportOutcome commit(CurrentUser actor, long jobId, Integer statusYear, List<ImportedHousehold> rows) {
		actor.require(Action.WRITE);
		Long wardId = actor.requireWard();
		ImportRegister register = register(actor);
		List<ImportedHousehold> creates = new ArrayList<>();
		List<ImportedHousehold> updates = new ArrayList<>();
		Set<Long> writableAreas = new HashSet<>();
		register.areasByCode().values().forEach((area) -> writableAreas.add(area.id()));
		Map<Long, Known> byId = new HashMap<>();
		register.byCode().values().forEach((known) -> byId.put(known.id(), known));
		for (ImportedHousehold row : rows) {
			if (!writableAreas.contains(row.areaId())) {
				throw new StalePlanException(row.rowNo(), "import.stale.area");
			}
			if (row.targetId() == null) {
				if (row.code() != null && register.byCode().containsKey(codeKey(row.code()))) {
					throw new StalePlanException(row.rowNo(), "import.stale.codeTaken", row.code());
				}
				creates.add(row);
			}
			else {
				Known known = byId.get(row.targetId());
				if (known == null || !known.version().equals(row.targetVersion()) || !known.inScope()) {
					throw new StalePlanException(row.rowNo(), "import.stale.changed", row.code());
				}
				String newKey = (row.code() != null) ? codeKey(row.code()) : codeKey(known.code());
				Known holder = register.byCode().get(newKey);
				if (holder != null && !holder.id().equals(known.id())) {
					throw new StalePlanException(row.rowNo(), "import.stale.codeTaken", row.code());
				}
				updates.add(row);
			}
		}
		List<String> codes = generateCodes(wardId, creates, register);
		List<Object[]> created = new ArrayList<>();
		for (int i = 0; i < creates.size(); i++) {
			created.add(new Object[] { creates.get(i), codes.get(i) });
		}
		this.copyIn.copy("households", HOUSEHOLD_COLUMNS, created, (pair) -> {
			ImportedHousehold row = (ImportedHousehold) pair[0];
			return Arrays.asList(wardId, row.areaId(), pair[1], row.headName(), row.address(), row.alley(),
					row.members(), row.phone(), row.notes());
		});
		Map<String, Long> ids = idsByCode(wardId, codes);
		List<Long> createdIds = new ArrayList<>(codes.size());
		for (String code : codes) {
			createdIds.add(ids.get(codeKey(code)));
		}
		List<Long> updatedIds = new ArrayList<>();
		for (ImportedHousehold row : updates) {
			int changed = this.jdbc.sql("""
					update households set code = coalesce(:code, code), head_name = :head, address = :address,
					       alley = :alley, area_id = :area, members = :members, phone = :phone, notes = :notes,
					       version = version + 1
					 where id = :id and ward_id = :ward and version = :version""")
				.param("code", row.code())
				.param("head", row.headName())
				.param("address", row.address())
				.param("alley", row.alley())
				.param("area", row.areaId())
				.param("members", row.members())
				.param("phone", row.phone())
				.param("notes", row.notes())
				.param("id", row.targetId())
				.param("ward", wardId)
				.param("version", row.targetVersion())
				.update();
			if (changed != 1) {
				throw new StalePlanException(row.rowNo(), "import.stale.changed", row.code());
			}
			updatedIds.add(row.targetId());
		}
		int statuses = 0;
		if (statusYear != null) {
			statuses = addStatuses(wardId, statusYear, creates, createdIds, updates);
		}
		this.audit.imported(wardId, actor, Households.ENTITY, createdIds, "IMPORT", jobId);
		this.audit.imported(wardId, actor, Households.ENTITY, updatedIds, "IMPORT_UPDATE", jobId);
		return new ImportOutcome(createdIds.size(), updatedIds.size(), statuses);
	}

	private int addStatuses(Long wardId, int year, List<ImportedHousehold> creates, List<Long> createdIds,
			List<ImportedHousehold> updates) {
		List<Object[]> statuses = new ArrayList<>();
		for (int i = 0; i < creates.size(); i++) {
			if (creates.get(i).status() != null) {
				statuses.add(new Object[] { createdIds.get(i), creates.get(i) });
			}
		}
		Set<String> held = new HashSet<>();
		List<Long> updatedWithStatus = updates.stream()
			.filter((row) -> row.status() != null)
			.map(ImportedHousehold::targetId)
			.toList();
		if (!updatedWithStatus.isEmpty()) {
			this.jdbc
				.sql("select household_id, kind from household_statuses s where s.ward_id = :ward"
						+ " and s.household_id in (:ids) and (s.status_year = :year or "
						+ StatusYears.heldIn("s", ":year")
						+ " or (s.held_until is null and s.status_year > :year and s.kind in (:lasting)))")
				.param("ward", wardId)
				.param("ids", updatedWithStatus)
				.param("year", year)
				.param("lasting", Arrays.stream(StatusKind.values()).filter(StatusKind::lasts).map(Enum::name).toList())
				.query((RowCallbackHandler) (rs) -> held.add(rs.getLong("household_id") + ":" + rs.getString("kind")));
		}
		for (ImportedHousehold row : updates) {
			if (row.status() != null && !held.contains(row.targetId() + ":" + row.status().name())) {
				statuses.add(new Object[] { row.targetId(), row });
			}
		}
		this.copyIn.copy("household_statuses", STATUS_COLUMNS, statuses, (pair) -> {
			ImportedHousehold row = (ImportedHousehold) pair[1];
			return Arrays.asList(wardId, pair[0], year, row.status().name(),
					(row.status() == StatusKind.POLICY_FAMILY && row.policySubtype() != null)
							? row.policySubtype().name() : null,
					row.decisionRef());
		});
		return statuses.size();
	}

	/**
	 * The codes of the new households: the row's own, or the next free "AREA-0042" of its
	 * area, as the form gives.
	 */
	private List<String> generateCodes(Long wardId, List<ImportedHousehold> creates, ImportRegister register) {
		Set<String> taken = new HashSet<>(register.byCode().keySet());
		for (ImportedHousehold row : creates) {
			if (row.code() != null) {
				taken.add(codeKey(row.code()));
			}
		}
		Map<Long, Long> counts = new HashMap<>();
		this.jdbc.sql("select area_id, count(*) as n from households where ward_id = :ward group by area_id")
			.param("ward", wardId)
			.query((RowCallbackHandler) (rs) -> counts.put(rs.getLong("area_id"), rs.getLong("n")));
		Map<Long, String> prefixes = new HashMap<>();
		register.areasByCode()
			.values()
			.forEach((area) -> prefixes.put(area.id(), area.code().toUpperCase(Locale.ROOT).replaceAll("\\s+", "")));
		List<String> codes = new ArrayList<>(creates.size());
		for (ImportedHousehold row : creates) {
			if (row.code() != null) {
				codes.add(row.code());
				continue;
			}
			long next = counts.getOrDefault(row.areaId(), 0L) + 1;
			String code = "%s-%04d".formatted(prefixes.get(row.areaId()), next);
			while (taken.contains(codeKey(code))) {
				next++;
				code = "%s-%04d".formatted(prefixes.get(row.areaId()), next);
			}
			counts.put(row.areaId(), next);
			taken.add(codeKey(code));
			codes.add(code);
		}
		return codes;
	}

	/**
	 * The ids of the households just copied in, by {@link #codeKey}: those of the ward
	 * created in this transaction ({@code created_at} defaults to the transaction's
	 * {@code now()}) with one of the codes.
	 */
	private Map<String, Long> idsByCode(Long wardId, List<String> codes) {
		Map<String, Long> ids = new HashMap<>();
		if (codes.isEmpty()) {
			return ids;
		}
		Set<String> wanted = new HashSet<>();
		codes.forEach((code) -> wanted.add(codeKey(code)));
		this.jdbc.sql("select id, lower(code) as code from households where ward_id = :ward and created_at = now()")
			.param("ward", wardId)
			.query((RowCallbackHandler) (rs) -> {
				if (wanted.contains(rs.getString("code"))) {
					ids.put(rs.getString("code"), rs.getLong("id"));
				}
			});
		return ids;
	}

	/** How an import matches a code: case apart. */
	public static String codeKey(String code) {
		return code.toLowerCase(Locale.ROOT);
	}

	/**
	 * How an import matches a household without a code: its head and address, accents and
	 * case apart.
	 */
	public static String personKey(String headName, String address) {
		return VietnameseText.searchKey(headName).trim() + "|" + VietnameseText.searchKey(address).trim();
	}

	/**
	 * What a file is checked against.
	 *
	 * @param byCode the ward's households by {@link #codeKey}
	 * @param byHeadAndAddress the ward's households by {@link #personKey}
	 * @param areasByCode the areas in use today that the user may write in, by
	 * {@link #codeKey}
	 * @param wardAreaCodes every area code of the ward, by {@link #codeKey}
	 */
	public record ImportRegister(Map<String, Known> byCode, Map<String, List<Known>> byHeadAndAddress,
			Map<String, AreaView> areasByCode, Set<String> wardAreaCodes) {
	}

	/** A household of the register as an import sees it. */
	public record Known(Long id, String code, Integer version, Long areaId, boolean inScope, String headName,
			String address) {
	}

	/**
	 * How many households an import created and changed, and how many statuses it added.
	 */
	public record ImportOutcome(int created, int updated, int statuses) {
	}

}
