package vn.sochibo.welfare;

import java.time.Clock;
import java.time.Year;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.fund.FundKind;
import vn.sochibo.fund.FundNotFoundException;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.RecordScope;
import vn.sochibo.shared.AccessPolicy;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.AreaScope;
import vn.sochibo.shared.AreaScopes;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.PartyMemberHomes;
import vn.sochibo.shared.RecordDates;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.VietnameseDates;
import vn.sochibo.shared.StaleEditException;
import vn.sochibo.shared.VietnameseText;
import vn.sochibo.ward.AreaNotFoundException;
import vn.sochibo.ward.Areas;
import vn.sochibo.ward.Cells;

/**
 * Welfare programs: created and changed by the ward admin (for any areas or the whole
 * ward) and cell secretaries (for areas of their cells), read by all ward staff. A
 * program paid from a fund spends only where that fund collects; once it has gifts, its
 * year and its source stay as they are (the gifts and their expenditures depend on them).
 *
 * <p>
 * A program for the Party members of a cell ({@link MemberGroup}) is the cell's own
 * record: only those who read the cell's records ({@link Action#READ_CELL_WORK} — the
 * ward admin, the inspector, the cell's secretaries) see it, its gifts and its
 * distributions; for everyone else it does not exist (404, absent from every list).
 * Giving its gifts needs {@link Action#WRITE_CELL_WORK} on the cell. Its recipients come
 * from the cell's roll ({@link PartyMemberHomes}), never from the household register.
 */
@Service
public class WelfarePrograms {

	public static final String ENTITY = "WELFARE_PROGRAM";

	/** The last year the database accepts (the service allows up to next year). */
	public static final int LAST_YEAR = 2200;

	/** The largest budget: the ledger's largest amount. */
	public static final Money MAX_BUDGET = Ledger.MAX_AMOUNT;

	private final WelfareProgramRepository programs;

	private final GiftRepository gifts;

	private final WelfareQueries queries;

	private final Funds funds;

	private final Cells cells;

	private final Areas areas;

	private final AreaScopes scopes;

	private final AccessPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	private final MessageSource messages;

	private final PartyMemberHomes memberHomes;

	WelfarePrograms(WelfareProgramRepository programs, GiftRepository gifts, WelfareQueries queries, Funds funds,
			Cells cells, Areas areas, AreaScopes scopes, AccessPolicy policy, AuditTrail audit, Clock clock,
			MessageSource messages, PartyMemberHomes memberHomes) {
		this.memberHomes = memberHomes;
		this.messages = messages;
		this.programs = programs;
		this.gifts = gifts;
		this.queries = queries;
		this.funds = funds;
		this.cells = cells;
		this.areas = areas;
		this.scopes = scopes;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public ProgramView create(CurrentUser actor, ProgramDetails details) {
		Long wardId = actor.require(Action.APPROVE).requireWard();
		check(actor, details);
		if (this.programs.existsByWardIdAndYearAndNameIgnoreCase(wardId, details.year(), details.name())) {
			throw new RuleViolationException("name", "program.name.duplicate", details.year());
		}
		WelfareProgram program = this.programs.save(new WelfareProgram(wardId, details));
		this.audit.created(wardId, actor, ENTITY, program.getId(), auditState(actor, program));
		return view(actor, program);
	}

	@Transactional
	public ProgramView update(CurrentUser actor, Long id, ProgramDetails details, Integer expectedVersion) {
		Long wardId = actor.require(Action.APPROVE).requireWard();
		WelfareProgram program = this.programs.findForUpdate(id, wardId)
			.filter((candidate) -> visible(actor, candidate) && manages(actor, candidate))
			.orElseThrow(() -> new ProgramNotFoundException(id));
		if (!Objects.equals(program.getVersion(), expectedVersion)) {
			throw new StaleEditException("program", id);
		}
		check(actor, details);
		if (this.programs.existsByWardIdAndYearAndNameIgnoreCaseAndIdNot(wardId, details.year(), details.name(), id)) {
			throw new RuleViolationException("name", "program.name.duplicate", details.year());
		}
		if (this.gifts.countByProgramId(id) > 0) {
			if (!details.year().equals(program.getYear())) {
				throw new RuleViolationException("year", "program.year.hasGifts");
			}
			if (details.source() != program.getSource() || !Objects.equals(program.getFundId(),
					(details.source() == ProgramSource.FUND) ? details.fundId() : null)) {
				throw new RuleViolationException("source", "program.source.hasGifts");
			}
			if (details.memberGroup() != program.getMemberGroup()
					|| (program.forPartyMembers() && !Objects.equals(program.getCellId(), details.cellId()))) {
				throw new RuleViolationException("memberGroup", "program.memberGroup.hasGifts");
			}
			LocalDate firstGift = this.gifts.firstGiftDate(id);
			if (details.date() != null && firstGift != null && details.date().isAfter(firstGift)) {
				throw new RuleViolationException("date", "program.date.afterGifts", VietnameseDates.format(firstGift));
			}
		}
		var before = auditState(actor, program);
		program.apply(details);
		this.audit.changed(wardId, actor, ENTITY, id, before, auditState(actor, program));
		return view(actor, this.programs.saveAndFlush(program));
	}

	@Transactional(readOnly = true)
	public List<ProgramSummary> list(CurrentUser user, Integer year) {
		user.require(Action.READ);
		return this.queries.programs(user.requireWard(), year, null, memberCells(user));
	}

	/**
	 * A program with what was given so far.
	 */
	@Transactional(readOnly = true)
	public ProgramSummary summary(CurrentUser user, Long id) {
		user.require(Action.READ);
		return this.queries.programs(user.requireWard(), null, id, memberCells(user))
			.stream()
			.findFirst()
			.orElseThrow(() -> new ProgramNotFoundException(id));
	}

	/**
	 * The years with programs, newest first, for the list's year filter.
	 */
	@Transactional(readOnly = true)
	public List<Integer> years(CurrentUser user) {
		user.require(Action.READ);
		return this.queries.years(user.requireWard());
	}

	@Transactional(readOnly = true)
	public ProgramView get(CurrentUser user, Long id) {
		user.require(Action.READ);
		return view(user, load(user, id));
	}

	/**
	 * Whether the user may change the program (the edit button; the service checks
	 * again).
	 */
	@Transactional(readOnly = true)
	public boolean canManage(CurrentUser user, Long id) {
		return user.may(Action.APPROVE) && manages(user, load(user, id));
	}

	/**
	 * The ward's programs with their counts and totals, for the public pages: no
	 * recipient, no sponsor's name.
	 */
	@Transactional(readOnly = true)
	public List<PublicProgramTotal> publicTotals(Long wardId) {
		return this.queries.publicTotals(wardId);
	}

	/**
	 * The funds the user's programs may be paid from: the ward's campaign funds (a
	 * project's fund pays for its project) that collect in the whole ward or in one of
	 * the user's areas.
	 */
	@Transactional(readOnly = true)
	public List<FundSummary> fundsToPayFrom(CurrentUser user) {
		AreaScope scope = this.scopes.of(user);
		Map<Long, Set<Long>> areasByFund = this.funds.areasByFund(user);
		return this.funds.list(user).stream().filter((fund) -> fund.kind() == FundKind.CAMPAIGN).filter((fund) -> {
			Set<Long> areaIds = areasByFund.getOrDefault(fund.id(), Set.of());
			return scope.wholeWard() || areaIds.isEmpty()
					|| areaIds.stream().anyMatch((areaId) -> scope.covers(user.wardId(), areaId));
		}).toList();
	}

	/**
	 * The fund a program is paid from, with its totals (the review warns when the
	 * distribution exceeds its balance).
	 */
	@Transactional(readOnly = true)
	public FundSummary fundOf(CurrentUser user, ProgramView program) {
		return (program.fundId() != null) ? this.funds.get(user, program.fundId()) : null;
	}

	private Map<String, String> auditState(CurrentUser actor, WelfareProgram program) {
		ProgramView view = view(actor, program);
		Map<String, String> state = program.auditState(this::label, view.fundName(), view.cellName());
		state.put("welfare.areas",
				this.areas.active(actor)
					.stream()
					.filter((area) -> view.areaIds().contains(area.id()))
					.map(vn.sochibo.ward.AreaView::label)
					.collect(java.util.stream.Collectors.joining(", ")));
		return state;
	}

	String label(Enum<?> value) {
		String type = value.getClass().getSimpleName();
		String key = Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name();
		return this.messages.getMessage(key, null, value.name(), VietnameseText.LOCALE);
	}

	/**
	 * A program the user may see (a program for Party members only for those who read its
	 * cell's records).
	 */
	WelfareProgram load(CurrentUser user, Long id) {
		return this.programs.findByIdAndWardId(id, user.requireWard())
			.filter((program) -> visible(user, program))
			.orElseThrow(() -> new ProgramNotFoundException(id));
	}

	/**
	 * A program the user may see, locked until the transaction ends.
	 */
	WelfareProgram lock(CurrentUser user, Long id) {
		return this.programs.findForUpdate(id, user.requireWard())
			.filter((program) -> visible(user, program))
			.orElseThrow(() -> new ProgramNotFoundException(id));
	}

	/**
	 * A program the user may give gifts of: for a program for Party members, only those
	 * who write the cell's records (the ward admin, the cell's secretaries).
	 */
	WelfareProgram lockToGive(CurrentUser user, Long id) {
		WelfareProgram program = lock(user, id);
		if (program.forPartyMembers()) {
			this.policy.require(user, Action.WRITE_CELL_WORK,
					RecordScope.cell(program.getWardId(), program.getCellId()), () -> new ProgramNotFoundException(id));
		}
		return program;
	}

	boolean visible(CurrentUser user, WelfareProgram program) {
		return !program.forPartyMembers() || this.policy.permits(user, Action.READ_CELL_WORK,
				RecordScope.cell(program.getWardId(), program.getCellId()));
	}

	/**
	 * Whether the user may see the program of this id (a gift's, a distribution's).
	 */
	boolean visible(CurrentUser user, Long programId) {
		return this.programs.findByIdAndWardId(programId, user.requireWard())
			.filter((program) -> visible(user, program))
			.isPresent();
	}

	MemberCells memberCells(CurrentUser user) {
		return MemberCells.of(user, (user.wardId() != null) ? this.scopes.of(user) : null);
	}

	/**
	 * Who the program's gifts are for: for a program for Party members, the households
	 * where those members of its cell live on the program's date; otherwise households
	 * with one of its target statuses within those {@code asked} (none asked: all).
	 */
	Eligibility eligibility(WelfareProgram program, Set<StatusKind> asked) {
		if (program.forPartyMembers()) {
			return Eligibility.homes(this.memberHomes.householdsOfMembers(program.getWardId(), program.getCellId(),
					program.getDate(), program.getMemberGroup().minYearsInParty()));
		}
		Set<StatusKind> kinds = java.util.EnumSet.noneOf(StatusKind.class);
		kinds.addAll(program.targetKinds());
		if (asked != null && !asked.isEmpty()) {
			kinds.retainAll(asked);
		}
		return Eligibility.statuses(kinds);
	}

	ProgramView view(CurrentUser user, WelfareProgram program) {
		String fundName = (program.getFundId() != null) ? this.funds.get(user, program.getFundId()).name() : null;
		Long cellId = program.getCellId();
		String cellName = (cellId != null) ? this.cells.names(user).get(cellId) : null;
		return program.toView(fundName, cellName);
	}

	/**
	 * Whether the user may change this program: the ward admin any; a secretary only one
	 * whose every area is one of theirs (a ward-wide program is the ward admin's).
	 */
	private boolean manages(CurrentUser user, WelfareProgram program) {
		return this.policy.permits(user, Action.APPROVE, RecordScope.areas(program.getWardId(), program.areaIds()));
	}

	/**
	 * The rules that need the database or the clock: the year from
	 * {@link RecordDates#FIRST_YEAR} to next year, the areas in the user's scope (a
	 * secretary must name them), the fund a campaign fund of the ward whose areas include
	 * the program's, the cell one of the ward's.
	 */
	private void check(CurrentUser actor, ProgramDetails details) {
		int lastYear = Year.now(this.clock).getValue() + 1;
		if (details.year() == null || details.year() < RecordDates.FIRST_YEAR || details.year() > lastYear) {
			throw new RuleViolationException("year", "program.year.range", RecordDates.FIRST_YEAR, lastYear);
		}
		AreaScope scope = this.scopes.of(actor);
		if (details.areaIds().isEmpty() && !scope.wholeWard()) {
			throw new RuleViolationException("areaIds", "program.areas.required");
		}
		for (Long areaId : details.areaIds()) {
			this.areas.requireInWard(actor.wardId(), areaId);
			if (!scope.covers(actor.wardId(), areaId)) {
				throw new AreaNotFoundException(areaId);
			}
		}
		if (details.source() == ProgramSource.FUND && details.fundId() != null) {
			FundSummary fund;
			try {
				fund = this.funds.get(actor, details.fundId());
			}
			catch (FundNotFoundException ex) {
				throw new RuleViolationException("fundId", "program.fund.unknown");
			}
			if (fund.kind() != FundKind.CAMPAIGN) {
				throw new RuleViolationException("fundId", "program.fund.project");
			}
			Set<Long> fundAreas = this.funds.collectsIn(actor, fund.id());
			if (!fundAreas.isEmpty() && (details.areaIds().isEmpty() || !fundAreas.containsAll(details.areaIds()))) {
				throw new RuleViolationException("areaIds", "program.areas.outsideFund");
			}
		}
		if (details.source() == ProgramSource.CELL && details.cellId() != null) {
			Map<Long, String> cellNames = this.cells.names(actor);
			if (!cellNames.containsKey(details.cellId())) {
				throw new RuleViolationException("cellId", "program.cell.unknown");
			}
			if (details.memberGroup() != null && !this.policy.permits(actor, Action.WRITE_CELL_WORK,
					RecordScope.cell(actor.wardId(), details.cellId()))) {
				throw new RuleViolationException("cellId", "program.memberGroup.notYourCell");
			}
		}
	}

}
