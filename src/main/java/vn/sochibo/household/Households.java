package vn.sochibo.household;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.shared.RecordScope;
import vn.sochibo.shared.AccessPolicy;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.AreaScope;
import vn.sochibo.shared.AreaScopes;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.StaleEditException;
import vn.sochibo.shared.VietnameseText;
import vn.sochibo.ward.AreaNotFoundException;
import vn.sochibo.ward.AreaView;
import vn.sochibo.ward.Areas;
import vn.sochibo.ward.AreasMerged;

/**
 * The household register. Every method checks the user's scope: a household outside the
 * user's areas or ward is "not found"; an inspector reads but never writes.
 */
@Service
public class Households {

	public static final String ENTITY = "HOUSEHOLD";

	/** A list counts its matches up to this number, then says "more than". */
	public static final int COUNT_LIMIT = 10_000;

	/** At most this many suggestions answer what an officer types. */
	public static final int SUGGESTION_LIMIT = 10;

	/** Typed text shorter than this (without accents and spaces) suggests nothing. */
	public static final int SUGGESTION_MIN_LENGTH = 2;

	/** Typed text longer than this is no household's name or address: nothing. */
	public static final int SUGGESTION_MAX_LENGTH = 100;

	/** The first year a status can be recorded for. */
	public static final int FIRST_YEAR = 1945;

	private final HouseholdRepository households;

	private final HouseholdSearch search;

	private final StatusProposalRepository proposals;

	private final Areas areas;

	private final AreaScopes scopes;

	private final AccessPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	private final MessageSource messages;

	Households(HouseholdRepository households, HouseholdSearch search, StatusProposalRepository proposals, Areas areas,
			AreaScopes scopes, AccessPolicy policy, AuditTrail audit, Clock clock, MessageSource messages) {
		this.messages = messages;
		this.proposals = proposals;
		this.households = households;
		this.search = search;
		this.areas = areas;
		this.scopes = scopes;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Whether the ward has any household yet (the ward admin's first steps).
	 */
	@Transactional(readOnly = true)
	public boolean anyInWard(CurrentUser user) {
		return this.households.existsByWardId(user.require(Action.READ).requireWard());
	}

	@Transactional(readOnly = true)
	public Page<HouseholdSummary> list(CurrentUser user, HouseholdQuery query, Pageable pageable) {
		user.require(Action.READ);
		int statusYear = (query.year() != null) ? query.year() : latestStatusYear(user);
		return this.search.search(this.scopes.of(user), query, statusYear, pageable);
	}

	/**
	 * Every household of {@link #list} — all of them, in the list's order, within the
	 * user's scope — one at a time: the list's download.
	 */
	@Transactional(readOnly = true)
	public void forEach(CurrentUser user, HouseholdQuery query, Consumer<HouseholdSummary> action) {
		user.require(Action.READ);
		int statusYear = (query.year() != null) ? query.year() : latestStatusYear(user);
		this.search.forEach(this.scopes.of(user), query, statusYear, action);
	}

	/**
	 * The households a form that records something for one household may offer while the
	 * user types (a name, part of one, an address, an alley or a code; accents optional):
	 * at most {@value #SUGGESTION_LIMIT}, best match first, only of the areas the user
	 * writes in — and of {@code areas} when the form narrows them (a program's areas).
	 * Text shorter than {@value #SUGGESTION_MIN_LENGTH} characters or longer than
	 * {@value #SUGGESTION_MAX_LENGTH} suggests nothing. An inspector, who writes nothing,
	 * is refused.
	 */
	@Transactional(readOnly = true)
	public List<HouseholdSuggestion> suggest(CurrentUser user, String text, Set<Long> areas) {
		user.require(Action.WRITE).requireWard();
		String key = suggestionKey(text);
		return (key != null) ? this.search.suggest(this.scopes.of(user), key, areas, SUGGESTION_LIMIT) : List.of();
	}

	/**
	 * The search key of typed text, or null when it is too short or too long to suggest
	 * anything.
	 */
	private static String suggestionKey(String text) {
		if (text == null || text.length() > SUGGESTION_MAX_LENGTH) {
			return null;
		}
		// Control characters (a NUL among them, which PostgreSQL refuses) separate words.
		String key = VietnameseText.searchKey(text.replaceAll("\\p{Cc}", " "));
		return (key.replace(" ", "").length() < SUGGESTION_MIN_LENGTH) ? null : key;
	}

	/**
	 * The most recent year (up to next year) with any status recorded in the ward: the
	 * list shows that year's statuses unless another is asked for, because the review of
	 * the current year ends only in December.
	 */
	@Transactional(readOnly = true)
	public int latestStatusYear(CurrentUser user) {
		return this.search.latestStatusYear(user.requireWard(), currentYear() + 1).orElse(currentYear());
	}

	/**
	 * The areas in use today that the user may see households of: for area pickers and
	 * filters.
	 */
	@Transactional(readOnly = true)
	public List<AreaView> areasInScope(CurrentUser user) {
		user.require(Action.READ);
		AreaScope scope = this.scopes.of(user);
		return this.areas.active(user).stream().filter((area) -> scope.covers(user.wardId(), area.id())).toList();
	}

	/**
	 * The labels of {@link #areasInScope}, by id, in list order: for pickers.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> areaLabelsInScope(CurrentUser user) {
		return areasInScope(user).stream()
			.collect(java.util.stream.Collectors.toMap(AreaView::id, AreaView::label, (first, second) -> first,
					java.util.LinkedHashMap::new));
	}

	/**
	 * The user's area when they work in exactly one (forms preselect it), else null.
	 */
	@Transactional(readOnly = true)
	public Long onlyAreaInScope(CurrentUser user) {
		List<AreaView> areas = areasInScope(user);
		return (areas.size() == 1) ? areas.get(0).id() : null;
	}

	/**
	 * The codes of those of these households the user may read, by id, in one query (the
	 * others are left out, as {@link #get} would not find them).
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> codes(CurrentUser user, java.util.Collection<Long> ids) {
		user.require(Action.READ);
		if (ids.isEmpty()) {
			return Map.of();
		}
		AreaScope scope = this.scopes.of(user);
		Map<Long, String> codes = new java.util.HashMap<>();
		for (Household household : this.households.findByWardIdAndIdIn(user.requireWard(), ids)) {
			if (AccessPolicy.decide(user, scope, Action.READ,
					RecordScope.area(household.getWardId(), household.getAreaId())) == AccessPolicy.Decision.ALLOWED) {
				codes.put(household.getId(), household.getCode());
			}
		}
		return codes;
	}

	@Transactional(readOnly = true)
	public HouseholdDetail get(CurrentUser user, Long id) {
		user.require(Action.READ);
		return toDetail(load(user, id));
	}

	/**
	 * The household with this code ("KV11-0042", any case) in the user's scope.
	 */
	@Transactional(readOnly = true)
	public HouseholdDetail getByCode(CurrentUser user, String code) {
		user.require(Action.READ);
		Long id = this.households.findIdByCode(user.requireWard(), (code != null) ? code.strip() : "")
			.orElseThrow(() -> new HouseholdNotFoundException(code));
		return toDetail(load(user, id));
	}

	/**
	 * The household a user means by what they typed in a form's household field: the one
	 * with that code (any case) in the user's scope; or, when no household of the ward
	 * has that code, the only household of the areas the user writes in (and of
	 * {@code areas}, when the form narrows them) whose head of household has that full
	 * name, accents optional — or, when none has, whose name, address or alley holds
	 * every word typed. Several such households ("Nguyễn Văn An" and "Nguyễn Văn Ân" for
	 * "nguyen van an"): an {@link AmbiguousHouseholdException} naming them (never a
	 * silent pick); none: {@link HouseholdNotFoundException}.
	 */
	@Transactional(readOnly = true)
	public HouseholdDetail getByCodeOrName(CurrentUser user, String typed, Set<Long> areas) {
		user.require(Action.WRITE);
		String text = (typed != null) ? typed.strip() : "";
		var byCode = this.households.findIdByCode(user.requireWard(), text);
		if (byCode.isPresent()) {
			return toDetail(load(user, byCode.get()));
		}
		String key = suggestionKey(text);
		if (key == null) {
			throw new HouseholdNotFoundException(typed);
		}
		AreaScope scope = this.scopes.of(user);
		List<HouseholdSuggestion> matches = this.search.named(scope, key, areas, SUGGESTION_LIMIT);
		if (matches.isEmpty()) {
			matches = this.search.suggest(scope, key, areas, SUGGESTION_LIMIT);
		}
		if (matches.isEmpty()) {
			throw new HouseholdNotFoundException(typed);
		}
		if (matches.size() > 1) {
			throw new AmbiguousHouseholdException(text, matches);
		}
		return toDetail(load(user, matches.get(0).id()));
	}

	@Transactional
	public HouseholdDetail create(CurrentUser actor, HouseholdDetails details) {
		actor.require(Action.WRITE);
		Long wardId = actor.requireWard();
		requireActiveAreaInScope(actor, details.areaId());
		String code = (details.code() != null) ? details.code() : nextCode(wardId, details.areaId());
		if (this.households.existsByWardIdAndCodeIgnoreCase(wardId, code)) {
			throw new RuleViolationException("code", "household.code.duplicate");
		}
		Household household = this.households.save(new Household(wardId, code, details));
		this.audit.created(wardId, actor, ENTITY, household.getId(), auditState(household));
		return toDetail(household);
	}

	@Transactional
	public HouseholdDetail update(CurrentUser actor, Long id, HouseholdDetails details, Integer expectedVersion) {
		actor.require(Action.WRITE);
		Household household = load(actor, id);
		if (!Objects.equals(household.getVersion(), expectedVersion)) {
			throw new StaleEditException("household", id);
		}
		if (!household.getAreaId().equals(details.areaId())) {
			requireActiveAreaInScope(actor, details.areaId());
		}
		String code = (details.code() != null) ? details.code() : household.getCode();
		if (this.households.existsByWardIdAndCodeIgnoreCaseAndIdNot(household.getWardId(), code, id)) {
			throw new RuleViolationException("code", "household.code.duplicate");
		}
		var before = auditState(household);
		household.apply(code, details);
		this.audit.changed(household.getWardId(), actor, ENTITY, id, before, auditState(household));
		return toDetail(this.households.saveAndFlush(household));
	}

	@Transactional
	public void addStatus(CurrentUser actor, Long id, StatusDetails details) {
		actor.require(Action.WRITE);
		int lastYear = currentYear() + 1;
		if (details.year() == null || details.year() < FIRST_YEAR || details.year() > lastYear) {
			throw new RuleViolationException("year", "status.year.range", FIRST_YEAR, lastYear);
		}
		Household household = load(actor, id);
		HouseholdStatus status = household.addStatus(details);
		this.audit.action(household.getWardId(), actor, ENTITY, id, "ADD_STATUS", "status", null,
				status.describe(this::label));
	}

	/**
	 * Ends a lasting status (a policy family that is no longer one, an elderly person who
	 * no longer lives alone…): it holds until the end of {@code lastYear}, from its first
	 * year to next year at most.
	 */
	@Transactional
	public void endStatus(CurrentUser actor, Long id, Long statusId, StatusEnd end) {
		actor.require(Action.WRITE);
		Household household = load(actor, id);
		HouseholdStatus status = household.status(statusId);
		int lastYear = currentYear() + 1;
		if (end.lastYear() == null || end.lastYear() > lastYear) {
			throw new RuleViolationException("lastYear", "status.end.range", lastYear);
		}
		if (end.reason() == null || end.reason().isBlank()) {
			throw new RuleViolationException("reason", "status.end.reason");
		}
		String before = status.describe(this::label);
		status.end(end.lastYear(), LocalDate.now(this.clock), end.reason());
		this.audit.action(household.getWardId(), actor, ENTITY, id, "END_STATUS", "status", before,
				status.describe(this::label) + " – " + end.reason());
	}

	/**
	 * Removes a status recorded by mistake. A status confirmed by the yearly review goes
	 * back to being a proposal of its review.
	 */
	@Transactional
	public void removeStatus(CurrentUser actor, Long id, Long statusId) {
		actor.require(Action.WRITE);
		Household household = load(actor, id);
		HouseholdStatus removed = household.status(statusId);
		for (StatusProposal proposal : this.proposals.findByStatusId(statusId)) {
			proposal.reopen();
			this.proposals.save(proposal);
			this.households.flush();
			this.audit.partAction(household.getWardId(), actor, StatusReviews.ENTITY, proposal.getReviewId(), ENTITY,
					id, "REVIEW_REOPEN", "reviewYear", String.valueOf(proposal.getReviewYear()));
		}
		household.removeStatus(statusId);
		this.audit.action(household.getWardId(), actor, ENTITY, id, "REMOVE_STATUS", "status",
				removed.describe(this::label), null);
	}

	/**
	 * Moves the households of a merged area to the area that took it over, in the merging
	 * transaction, with a line in each household's history.
	 */
	@EventListener
	void onAreasMerged(AreasMerged merged) {
		for (Household household : this.households.findByWardIdAndAreaId(merged.wardId(), merged.sourceAreaId())) {
			household.moveTo(merged.targetAreaId());
			this.audit.action(merged.wardId(), merged.actor(), ENTITY, household.getId(), "MERGE_MOVE", "areaId",
					merged.sourceLabel(), merged.targetLabel());
		}
	}

	/**
	 * The household's fields for the audit trail, with the area as its label.
	 */
	private Map<String, String> auditState(Household household) {
		Map<String, String> state = household.auditState();
		state.put("areaId", this.areas.requireInWard(household.getWardId(), household.getAreaId()).label());
		return state;
	}

	private String label(Enum<?> value) {
		String prefix = Character.toLowerCase(value.getClass().getSimpleName().charAt(0))
				+ value.getClass().getSimpleName().substring(1);
		return this.messages.getMessage(prefix + "." + value.name(), null, value.name(), VietnameseText.LOCALE);
	}

	int currentYear() {
		return Year.now(this.clock).getValue();
	}

	private Household load(CurrentUser user, Long id) {
		Household household = this.households.findWithStatuses(id, user.requireWard())
			.orElseThrow(() -> new HouseholdNotFoundException(id));
		this.policy.require(user, Action.READ, RecordScope.area(household.getWardId(), household.getAreaId()),
				() -> new HouseholdNotFoundException(id));
		return household;
	}

	/**
	 * A household goes only to an area of the user's scope (else 404) that is in use
	 * today (not merged, not ended).
	 */
	private void requireActiveAreaInScope(CurrentUser user, Long areaId) {
		AreaView area = this.areas.requireInWard(user.requireWard(), areaId);
		if (!this.scopes.of(user).covers(user.wardId(), area.id())) {
			throw new AreaNotFoundException(areaId);
		}
		if (!area.isActiveOn(LocalDate.now(this.clock))) {
			throw new RuleViolationException("areaId", "household.area.inactive");
		}
	}

	private String nextCode(Long wardId, Long areaId) {
		String prefix = this.areas.requireInWard(wardId, areaId).code().toUpperCase().replaceAll("\\s+", "");
		long next = this.households.countByWardIdAndAreaId(wardId, areaId) + 1;
		String code = "%s-%04d".formatted(prefix, next);
		while (this.households.existsByWardIdAndCodeIgnoreCase(wardId, code)) {
			next++;
			code = "%s-%04d".formatted(prefix, next);
		}
		return code;
	}

	private HouseholdDetail toDetail(Household household) {
		AreaView area = this.areas.requireInWard(household.getWardId(), household.getAreaId());
		return new HouseholdDetail(household.getId(), household.getCode(), household.getHeadName(),
				household.getAddress(), household.getAlley(), household.getAreaId(), area.label(),
				household.getMembers(), household.getPhone(), household.getNotes(),
				household.statusesNewestFirst().stream().map(HouseholdStatus::toView).toList(), household.getVersion());
	}

}
