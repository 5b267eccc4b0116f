package vn.sochibo.cellwork;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.StaleEditException;
import vn.sochibo.shared.StalePlanException;
import vn.sochibo.shared.VietnameseText;

/**
 * A cell's side of an Excel import of its Party members (the cell's secretaries and the
 * ward admin): the members the cell has had, by name and birth year, and the commit of a
 * checked plan — each member registered or changed through {@link Members} (its rules and
 * audit lines), plus one audit line each naming the import job. A plan the roll no longer
 * matches is refused whole.
 */
@Service
public class MemberImports {

	private final Members members;

	private final CellAccess access;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	MemberImports(Members members, CellAccess access, JdbcClient jdbc, AuditTrail audit) {
		this.members = members;
		this.access = access;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** The members the cell has on its roll or had, by {@link #personKey}. */
	@Transactional(readOnly = true)
	public Map<String, Known> byPerson(CurrentUser user, Long cellId) {
		this.access.require(user, Action.WRITE_CELL_WORK, cellId);
		Map<String, Known> byPerson = new HashMap<>();
		this.jdbc
			.sql("""
					select m.id, m.full_name, m.birth_year, m.version from party_members m
					 where m.ward_id = :ward and (m.cell_id = :cell
					       or exists (select 1 from party_member_cells c where c.member_id = m.id and c.cell_id = :cell))""")
			.param("ward", user.requireWard())
			.param("cell", cellId)
			.query((RowCallbackHandler) (rs) -> byPerson
				.put(personKey(rs.getString("full_name"), rs.getInt("birth_year")), new Known(rs.getLong("id"),
						rs.getInt("version"), rs.getString("full_name") + " (" + rs.getInt("birth_year") + ")")));
		return byPerson;
	}

	/**
	 * Registers the new members on the cell's roll and changes the existing ones (each at
	 * the version it was checked against), in file order.
	 * @throws StalePlanException when the roll changed since the check: nothing is
	 * written
	 */
	@Transactional
	public int[] commit(CurrentUser actor, long jobId, Long cellId, List<ImportedMember> rows) {
		this.access.require(actor, Action.WRITE_CELL_WORK, cellId);
		List<Long> created = new ArrayList<>();
		List<Long> updated = new ArrayList<>();
		for (ImportedMember row : rows) {
			try {
				if (row.targetId() == null) {
					created.add(this.members.register(actor, cellId, row.member()).id());
				}
				else {
					updated.add(this.members.update(actor, row.targetId(), row.member().details(), row.targetVersion())
						.id());
				}
			}
			catch (StaleEditException | MemberNotFoundException ex) {
				throw new StalePlanException(row.rowNo(), "import.stale.memberChanged",
						row.member().details().fullName());
			}
			catch (RuleViolationException ex) {
				throw new StalePlanException(row.rowNo(), "import.stale.memberRule", row.member().details().fullName());
			}
		}
		this.audit.imported(actor.wardId(), actor, Members.ENTITY, created, "IMPORT", jobId);
		this.audit.imported(actor.wardId(), actor, Members.ENTITY, updated, "IMPORT_UPDATE", jobId);
		return new int[] { created.size(), updated.size() };
	}

	/**
	 * How an import matches a member: the full name (accents, case and spaces apart) and
	 * the birth year.
	 */
	public static String personKey(String fullName, int birthYear) {
		return VietnameseText.searchKey(fullName).replaceAll("\\s+", " ").trim() + "|" + birthYear;
	}

	/** A member of the cell as an import sees it. */
	public record Known(Long id, Integer version, String label) {
	}

	/**
	 * A member as a checked row of an import plan gives it: new ({@code targetId} null)
	 * or the change of an existing one at {@code targetVersion}.
	 */
	public record ImportedMember(int rowNo, Long targetId, Integer targetVersion, NewMember member) {
	}

}
