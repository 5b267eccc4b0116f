package vn.sochibo.ward;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.StaleEditException;
import vn.sochibo.shared.StalePlanException;

/**
 * The register's side of an Excel import of residential areas (the ward admin's): the
 * ward's areas by code, and the commit of a checked plan — each area created or changed
 * through {@link Areas} (its rules and its audit lines), plus one audit line each naming
 * the import job. A plan the register no longer matches (a code taken since, an area
 * changed by someone else) is refused whole.
 */
@Service
public class AreaImports {

	private final Areas areas;

	private final AuditTrail audit;

	AreaImports(Areas areas, AuditTrail audit) {
		this.areas = areas;
		this.audit = audit;
	}

	/** The ward's areas by {@link #codeKey}. */
	@Transactional(readOnly = true)
	public Map<String, AreaView> byCode(CurrentUser user) {
		user.require(Action.MANAGE_WARD);
		Map<String, AreaView> byCode = new HashMap<>();
		this.areas.list(user).forEach((area) -> byCode.put(codeKey(area.code()), area));
		return byCode;
	}

	/**
	 * Creates the new areas and changes the existing ones (each with the version it was
	 * checked against), in file order.
	 * @throws StalePlanException when the areas changed since the check: nothing is
	 * written
	 */
	@Transactional
	public int[] commit(CurrentUser actor, long jobId, List<ImportedArea> rows) {
		Long wardId = actor.require(Action.MANAGE_WARD).requireWard();
		List<Long> created = new ArrayList<>();
		List<Long> updated = new ArrayList<>();
		for (ImportedArea row : rows) {
			try {
				if (row.targetId() == null) {
					created.add(this.areas.create(actor, row.details()).id());
				}
				else {
					updated.add(this.areas.update(actor, row.targetId(), row.details(), row.targetVersion()).id());
				}
			}
			catch (StaleEditException | AreaNotFoundException ex) {
				throw new StalePlanException(row.rowNo(), "import.stale.areaChanged", row.details().code());
			}
			catch (RuleViolationException ex) {
				throw new StalePlanException(row.rowNo(), "import.stale.areaRule", row.details().code());
			}
		}
		this.audit.imported(wardId, actor, Areas.ENTITY, created, "IMPORT", jobId);
		this.audit.imported(wardId, actor, Areas.ENTITY, updated, "IMPORT_UPDATE", jobId);
		return new int[] { created.size(), updated.size() };
	}

	/** How an import matches an area's code: case apart. */
	public static String codeKey(String code) {
		return code.toLowerCase(Locale.ROOT);
	}

	/**
	 * An area as a checked row of an import plan gives it: new ({@code targetId} null) or
	 * the change of an existing one at {@code targetVersion}.
	 */
	public record ImportedArea(int rowNo, Long targetId, Integer targetVersion, AreaDetails details) {
	}

}
