package vn.sochibo.fund;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.shared.RecordScope;
import vn.sochibo.shared.AccessPolicy;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.AreaScope;
import vn.sochibo.shared.AreaScopes;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.StaleEditException;
import vn.sochibo.shared.VietnameseDates;
import vn.sochibo.ward.AreaNotFoundException;
import vn.sochibo.ward.Areas;

/**
 * The ward's funds: campaigns (and, through the project feature, project funds) with
 * their details; the totals come from the ledger.
 */
@Service
public class Funds {

	public static final String ENTITY = "FUND";

	private final FundRepository funds;

	private final FundStore store;

	private final Areas areas;

	private final AreaScopes scopes;

	private final AccessPolicy policy;

	private final AuditTrail audit;

	Funds(FundRepository funds, FundStore store, Areas areas, AreaScopes scopes, AccessPolicy policy,
			AuditTrail audit) {
		this.funds = funds;
		this.store = store;
		this.areas = areas;
		this.scopes = scopes;
		this.policy = policy;
		this.audit = audit;
	}

	/**
	 * Creates a fund. A ward admin may create one for the whole ward (no areas); a cell
	 * secretary only for areas of their cells.
	 */
	@Transactional
	public FundSummary create(CurrentUser actor, FundKind kind, FundDetails details) {
		Long wardId = actor.require(Action.APPROVE).requireWard();
		checkAreas(actor, details);
		if (this.funds.existsByWardIdAndNameIgnoreCase(wardId, details.name())) {
			throw new RuleViolationException("name", "fund.name.duplicate");
		}
		Fund fund = this.funds.save(new Fund(wardId, kind, details));
		this.audit.created(wardId, actor, ENTITY, fund.getId(), fund.auditState());
		return summary(wardId, fund.getId());
	}

	/**
	 * Creates the fund of a public-works project (called by the project feature, in the
	 * project's transaction): it collects in the project's area.
	 */
	@Transactional
	public FundSummary createForProject(CurrentUser actor, FundDetails details) {
		Long wardId = actor.require(Action.WRITE).requireWard();
		checkAreas(actor, details);
		String name = details.name();
		for (int n = 2; this.funds.existsByWardIdAndNameIgnoreCase(wardId, name); n++) {
			name = details.name() + " (" + n + ")";
		}
		FundDetails named = new FundDetails(name, details.purpose(), details.target(), details.startsOn(),
				details.endsOn(), details.areaIds());
		Fund fund = this.funds.save(new Fund(wardId, FundKind.PROJECT, named));
		this.audit.created(wardId, actor, ENTITY, fund.getId(), fund.auditState());
		return summary(wardId, fund.getId());
	}

	/**
	 * Keeps a project's fund in step with its project (called by the project feature, in
	 * the project's transaction): the project's name and its planned total as the target.
	 * A null argument leaves that field as it is.
	 */
	@Transactional
	public void followProject(CurrentUser actor, Long fundId, String name, Money target, boolean retarget) {
		Long wardId = actor.require(Action.WRITE).requireWard();
		Fund fund = this.funds.findByIdAndWardId(fundId, wardId)
			.filter((candidate) -> candidate.getKind() == FundKind.PROJECT)
			.orElseThrow(() -> new FundNotFoundException(fundId));
		String newName = fund.getName();
		if (name != null && !name.equals(fund.getName())) {
			newName = name;
			for (int n = 2; this.funds.existsByWardIdAndNameIgnoreCaseAndIdNot(wardId, newName, fundId); n++) {
				newName = name + " (" + n + ")";
			}
		}
		Money newTarget = retarget ? target : ((fund.getTarget() != null) ? Money.of(fund.getTarget()) : null);
		var before = fund.auditState();
		fund.followProject(newName, newTarget);
		this.audit.changed(wardId, actor, ENTITY, fundId, before, fund.auditState());
	}

	/**
	 * Starts a project's fund no later than {@code date} (called by the project feature,
	 * in the project's transaction, with a date residents may already have given on: the
	 * day of a residents' meeting, an earlier planned start). The start only moves back.
	 */
	@Transactional
	public void startProjectFundBy(CurrentUser actor, Long fundId, LocalDate date) {
		Long wardId = actor.require(Action.WRITE).requireWard();
		Fund fund = this.funds.findByIdAndWardId(fundId, wardId)
			.filter((candidate) -> candidate.getKind() == FundKind.PROJECT)
			.orElseThrow(() -> new FundNotFoundException(fundId));
		if (date == null || !date.isBefore(fund.getStartsOn())) {
			return;
		}
		var before = fund.auditState();
		fund.startNoLaterThan(date);
		this.audit.changed(wardId, actor, ENTITY, fundId, before, fund.auditState());
	}

	/**
	 * What a fund has raised by source (state budget, residents, sponsors, in kind), for
	 * a project's funding plan.
	 */
	@Transactional(readOnly = true)
	public Map<FundingSource, Money> raisedBySource(Long fundId) {
		return this.store.raisedBySource(fundId);
	}

	@Transactional
	public FundSummary update(CurrentUser actor, Long id, FundDetails details, Integer expectedVersion) {
		Long wardId = actor.require(Action.APPROVE).requireWard();
		Fund fund = this.funds.findByIdAndWardId(id, wardId)
			.filter((candidate) -> manages(actor, candidate))
			.orElseThrow(() -> new FundNotFoundException(id));
		if (!Objects.equals(fund.getVersion(), expectedVersion)) {
			throw new StaleEditException("fund", id);
		}
		checkAreas(actor, details);
		if (this.funds.existsByWardIdAndNameIgnoreCaseAndIdNot(wardId, details.name(), id)) {
			throw new RuleViolationException("name", "fund.name.duplicate");
		}
		requirePeriodHoldsEntries(id, details);
		var before = fund.auditState();
		fund.apply(details);
		this.audit.changed(wardId, actor, ENTITY, id, before, fund.auditState());
		return summary(wardId, id);
	}

	/**
	 * Whether the ward has any fund yet (the ward admin's first steps).
	 */
	@Transactional(readOnly = true)
	public boolean anyInWard(CurrentUser user) {
		return this.funds.existsByWardId(user.require(Action.READ).requireWard());
	}

	/**
	 * An edited period still holds what the ledger has: no start after the first entry,
	 * no end before the last contribution or pledge (the ledger refuses those outside the
	 * period).
	 */
	private void requirePeriodHoldsEntries(Long fundId, FundDetails details) {
		FundStore.EntryDates dates = this.store.entryDates(fundId);
		if (details.startsOn() != null && dates.first() != null && details.startsOn().isAfter(dates.first())) {
			throw new RuleViolationException("startsOn", "fund.startsOn.afterEntries",
					VietnameseDates.format(dates.first()));
		}
		if (details.endsOn() != null && dates.lastRaised() != null && details.endsOn().isBefore(dates.lastRaised())) {
			throw new RuleViolationException("endsOn", "fund.endsOn.beforeEntries",
					VietnameseDates.format(dates.lastRaised()));
		}
	}

	@Transactional(readOnly = true)
	public List<FundSummary> list(CurrentUser user) {
		user.require(Action.READ);
		return this.store.summaries(user.requireWard());
	}

	@Transactional(readOnly = true)
	public FundSummary get(CurrentUser user, Long id) {
		user.require(Action.READ);
		return summary(user.requireWard(), id);
	}

	@Transactional(readOnly = true)
	public FundEdit getForEdit(CurrentUser user, Long id) {
		Long wardId = user.require(Action.APPROVE).requireWard();
		Fund fund = this.funds.findByIdAndWardId(id, wardId)
			.filter((candidate) -> manages(user, candidate))
			.orElseThrow(() -> new FundNotFoundException(id));
		return new FundEdit(summary(wardId, id), fund.areaIds(), fund.getVersion());
	}

	/**
	 * The areas a fund collects in (none: the whole ward), for features that spend from
	 * it.
	 */
	@Transactional(readOnly = true)
	public Set<Long> collectsIn(CurrentUser user, Long id) {
		user.require(Action.READ);
		return this.funds.findByIdAndWardId(id, user.requireWard())
			.map(Fund::areaIds)
			.orElseThrow(() -> new FundNotFoundException(id));
	}

	/**
	 * The areas each fund of the user's ward collects in, by fund (a fund collecting in
	 * the whole ward is absent): one query for a list of funds.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Set<Long>> areasByFund(CurrentUser user) {
		user.require(Action.READ);
		return this.store.areasByFund(user.requireWard());
	}

	/**
	 * The funds of a ward for its public pages (no login).
	 */
	@Transactional(readOnly = true)
	public List<FundSummary> publicList(Long wardId) {
		return this.store.summaries(wardId);
	}

	@Transactional(readOnly = true)
	public FundSummary publicGet(Long fundId) {
		return this.store.summary(fundId).orElseThrow(() -> new FundNotFoundException(fundId));
	}

	private FundSummary summary(Long wardId, Long id) {
		return this.store.summary(wardId, id).orElseThrow(() -> new FundNotFoundException(id));
	}

	/**
	 * Whether the user may change this fund: the ward admin any; a secretary only a fund
	 * whose every area is one of theirs (a ward-wide fund is the ward admin's).
	 */
	private boolean manages(CurrentUser user, Fund fund) {
		return this.policy.permits(user, Action.APPROVE, RecordScope.areas(fund.getWardId(), fund.areaIds()));
	}

	private void checkAreas(CurrentUser actor, FundDetails details) {
		AreaScope scope = this.scopes.of(actor);
		if (details.areaIds().isEmpty() && !scope.wholeWard()) {
			throw new RuleViolationException("areaIds", "fund.areas.required");
		}
		for (Long areaId : details.areaIds()) {
			this.areas.requireInWard(actor.wardId(), areaId);
			if (!scope.covers(actor.wardId(), areaId)) {
				throw new AreaNotFoundException(areaId);
			}
		}
	}

}
