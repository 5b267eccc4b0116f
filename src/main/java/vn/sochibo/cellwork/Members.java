package vn.sochibo.cellwork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.HouseholdNotFoundException;
import vn.sochibo.household.Households;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.StaleEditException;
import vn.sochibo.ward.Cells;

/**
 * The Party members of the ward's cells. Sensitive: only the ward admin and the
 * secretaries and inspectors of the member's cell read them ({@link CellAccess}); a
 * member of another cell or ward is "not found". Every change is in the member's audit
 * trail.
 */
@Service
public class Members {

	public static final String ENTITY = "PARTY_MEMBER";

	private final PartyMemberRepository members;

	private final MemberQueries queries;

	private final CellAccess access;

	private final Cells cells;

	private final Households households;

	private final AuditTrail audit;

	private final Clock clock;

	Members(PartyMemberRepository members, MemberQueries queries, CellAccess access, Cells cells, Households households,
			AuditTrail audit, Clock clock) {
		this.members = members;
		this.queries = queries;
		this.access = access;
		this.cells = cells;
		this.households = households;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Page<MemberRow> list(CurrentUser user, Long cellId, MemberQuery query, Pageable pageable) {
		this.access.require(user, Action.READ_CELL_WORK, cellId);
		return this.queries.list(user.requireWard(), cellId, query, today(), pageable);
	}

	/**
	 * Every member of {@link #list} (all of them, in its order), one at a time: the
	 * list's download; only for users who read the cell's work.
	 */
	@Transactional(readOnly = true)
	public void forEach(CurrentUser user, Long cellId, MemberQuery query, Consumer<MemberRow> action) {
		this.access.require(user, Action.READ_CELL_WORK, cellId);
		this.queries.forEach(user.requireWard(), cellId, query, action);
	}

	@Transactional(readOnly = true)
	public MemberCounts counts(CurrentUser user, Long cellId, LocalDate day) {
		this.access.require(user, Action.READ_CELL_WORK, cellId);
		return this.queries.counts(user.requireWard(), cellId, day);
	}

	/**
	 * The cell's roll over a period, for pages that look at many days of it.
	 */
	@Transactional(readOnly = true)
	public MemberRoll roll(CurrentUser user, Long cellId, LocalDate from, LocalDate to) {
		this.access.require(user, Action.READ_CELL_WORK, cellId);
		return this.queries.roll(user.requireWard(), cellId, from, to);
	}

	/**
	 * How many members the cell admitted (who joined the Party there) in the period.
	 */
	@Transactional(readOnly = true)
	public long admitted(CurrentUser user, Long cellId, LocalDate from, LocalDate to) {
		this.access.require(user, Action.READ_CELL_WORK, cellId);
		return this.queries.admitted(user.requireWard(), cellId, from, to);
	}

	@Transactional(readOnly = true)
	public MemberView get(CurrentUser user, Long id) {
		PartyMember member = load(user, id, Action.READ_CELL_WORK);
		return toView(user, member);
	}

	@Transactional
	public MemberView register(CurrentUser actor, Long cellId, NewMember command) {
		this.access.require(actor, Action.WRITE_CELL_WORK, cellId);
		Long wardId = actor.requireWard();
		Long householdId = householdId(actor, command.details().householdCode());
		PartyMember member = this.members.save(new PartyMember(wardId, cellId, command.details(), householdId, today(),
				command.since(), command.cameFrom()));
		Map<String, String> state = labelled(actor, member.auditState());
		state.put("since", vn.sochibo.shared.VietnameseDates.format(command.since()));
		state.put("cameFrom", command.cameFrom());
		this.audit.created(wardId, actor, ENTITY, member.getId(), state);
		return toView(actor, member);
	}

	/**
	 * What registering this member on the cell's roll would refuse — the first rule it
	 * breaks — without writing anything: an import checks its rows with it. Not one
	 * transaction: a household code not found refuses only its own look-up.
	 */
	public Optional<RuleViolationException> problem(CurrentUser actor, Long cellId, NewMember command) {
		this.access.require(actor, Action.WRITE_CELL_WORK, cellId);
		try {
			Long householdId = householdId(actor, command.details().householdCode());
			new PartyMember(actor.requireWard(), cellId, command.details(), householdId, today(), command.since(),
					command.cameFrom());
			return Optional.empty();
		}
		catch (RuleViolationException ex) {
			return Optional.of(ex);
		}
	}

	@Transactional
	public MemberView update(CurrentUser actor, Long id, MemberDetails details, Integer expectedVersion) {
		PartyMember member = load(actor, id, Action.WRITE_CELL_WORK);
		if (!Objects.equals(member.getVersion(), expectedVersion)) {
			throw new StaleEditException("member", id);
		}
		Map<String, String> before = labelled(actor, member.auditState());
		member.apply(details, householdId(actor, details.householdCode()), today());
		this.audit.changed(actor.requireWard(), actor, ENTITY, id, before, labelled(actor, member.auditState()));
		return toView(actor, member);
	}

	/**
	 * Moves the member to another of the ward's cells from {@code date}; the user must
	 * write for both cells.
	 */
	@Transactional
	public MemberView transfer(CurrentUser actor, Long id, Long toCellId, LocalDate date, Integer expectedVersion) {
		PartyMember member = load(actor, id, Action.WRITE_CELL_WORK);
		if (toCellId == null) {
			throw new RuleViolationException("cellId", "member.transfer.cell.required");
		}
		if (!this.access.permits(actor, Action.WRITE_CELL_WORK, toCellId)) {
			throw new RuleViolationException("cellId", "member.transfer.cell.unknown");
		}
		checkVersion(member, expectedVersion);
		Map<String, String> before = labelled(actor, member.auditState());
		member.leaveForCell(toCellId, date, today());
		this.members.flush();
		member.enter(toCellId, date);
		this.audit.changed(actor.requireWard(), actor, ENTITY, id, before, labelled(actor, member.auditState()));
		return toView(actor, member);
	}

	/**
	 * The member moves out of the ward's Party organisation (to {@code wentTo}) or died,
	 * on {@code date}: they leave the roll; their record and history stay.
	 */
	@Transactional
	public MemberView leave(CurrentUser actor, Long id, MemberState state, LocalDate date, String wentTo,
			Integer expectedVersion) {
		PartyMember member = load(actor, id, Action.WRITE_CELL_WORK);
		checkVersion(member, expectedVersion);
		if (state == null || state == MemberState.ACTIVE) {
			throw new RuleViolationException("state", "member.leave.state.required");
		}
		if (state == MemberState.MOVED_OUT && (wentTo == null || wentTo.isBlank())) {
			throw new RuleViolationException("wentTo", "member.leave.wentTo.required");
		}
		Map<String, String> before = labelled(actor, member.auditState());
		member.leave(state, date, wentTo, today());
		this.audit.changed(actor.requireWard(), actor, ENTITY, id, before, labelled(actor, member.auditState()));
		return toView(actor, member);
	}

	/**
	 * The member's fields for the audit trail, with the cell by its name.
	 */
	private Map<String, String> labelled(CurrentUser user, Map<String, String> state) {
		Long cellId = Long.valueOf(state.get("cellId"));
		state.put("cellId", this.cells.names(user).getOrDefault(cellId, String.valueOf(cellId)));
		return state;
	}

	private static void checkVersion(PartyMember member, Integer expectedVersion) {
		if (!Objects.equals(member.getVersion(), expectedVersion)) {
			throw new StaleEditException("member", member.getId());
		}
	}

	private PartyMember load(CurrentUser user, Long id, Action action) {
		user.require(action);
		PartyMember member = this.members.findByIdAndWardId(id, user.requireWard())
			.orElseThrow(() -> new MemberNotFoundException(id));
		if (!this.access.permits(user, action, member.getCellId())) {
			throw new MemberNotFoundException(id);
		}
		return member;
	}

	private Long householdId(CurrentUser user, String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		try {
			return this.households.getByCode(user, code).id();
		}
		catch (HouseholdNotFoundException ex) {
			throw new RuleViolationException("householdCode", "member.household.unknown");
		}
	}

	private MemberView toView(CurrentUser user, PartyMember member) {
		Map<Long, String> cellNames = this.cells.names(user);
		String householdCode = null;
		String householdLabel = null;
		if (member.getHouseholdId() != null) {
			try {
				HouseholdDetail household = this.households.get(user, member.getHouseholdId());
				householdCode = household.code();
				householdLabel = household.headName() + ", " + household.address();
			}
			catch (HouseholdNotFoundException ex) {
				// A household outside the user's areas: the member's page names no
				// household.
			}
		}
		var periods = member.getPeriods()
			.stream()
			.map((period) -> new MemberView.PeriodView(period.getCellId(), cellNames.get(period.getCellId()),
					period.getValidFrom(), period.getValidTo(), period.getCameFrom(), period.getWentTo()))
			.toList();
		return new MemberView(member.getId(), member.getCellId(), cellNames.get(member.getCellId()),
				member.getFullName(), member.getBirthYear(), member.getSex(), member.getJoinedOn(),
				member.getOfficialOn(), member.getOfficialDueOn(), member.getCardNumber(), member.getExemptSince(),
				member.getExemptReason(), member.getHouseholdId(), householdCode, householdLabel, member.getState(),
				member.getLeftOn(), member.getNote(), periods, member.getVersion());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
