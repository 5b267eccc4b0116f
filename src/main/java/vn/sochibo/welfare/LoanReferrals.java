package vn.sochibo.welfare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.household.HouseholdDetail;
import vn.sochibo.household.Households;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.AreaScopes;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.RecordDates;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.StaleEditException;
import vn.sochibo.shared.VietnameseText;

/**
 * Loan referrals to the Social Policy Bank (Ngân hàng Chính sách xã hội): the ward
 * records that it introduced a household, and what the bank decided; the loan belongs to
 * the bank. Private. Every method checks the user's scope: a referral of a household
 * outside the user's areas or ward is "not found"; an inspector reads but never writes.
 * Every change is in the referral's audit trail.
 */
@Service
public class LoanReferrals {

	public static final String ENTITY = "LOAN_REFERRAL";

	/** The largest amount asked or lent: 10 billion đồng. */
	public static final Money MAX_AMOUNT = Money.of(10_000_000_000L);

	private final LoanReferralRepository referrals;

	private final LoanReferralSearch search;

	private final Households households;

	private final AreaScopes scopes;

	private final AuditTrail audit;

	private final Clock clock;

	private final MessageSource messages;

	LoanReferrals(LoanReferralRepository referrals, LoanReferralSearch search, Households households, AreaScopes scopes,
			AuditTrail audit, Clock clock, MessageSource messages) {
		this.referrals = referrals;
		this.search = search;
		this.households = households;
		this.scopes = scopes;
		this.audit = audit;
		this.clock = clock;
		this.messages = messages;
	}

	/**
	 * A page of the referrals the user may see, newest first, with the totals of all that
	 * the filter selects. A year outside {@value RecordDates#FIRST_YEAR}…this year
	 * selects nothing.
	 */
	@Transactional(readOnly = true)
	public LoanReferralList list(CurrentUser user, LoanReferralQuery query, Pageable pageable) {
		user.require(Action.READ);
		user.requireWard();
		if (query.year() != null && (query.year() < RecordDates.FIRST_YEAR || query.year() > currentYear())) {
			return new LoanReferralList(new PageImpl<>(List.of(), pageable, 0),
					new LoanReferralTotals(0, Money.ZERO, Money.ZERO, 0));
		}
		return this.search.search(this.scopes.of(user), query, pageable);
	}

	/**
	 * Every referral of {@link #list} (all of them, in its order, within the user's
	 * scope), one at a time: the list's download. A year outside
	 * {@value RecordDates#FIRST_YEAR}…this year selects nothing, as on the list.
	 */
	@Transactional(readOnly = true)
	public void forEach(CurrentUser user, LoanReferralQuery query, Consumer<LoanReferralSummary> action) {
		user.require(Action.READ);
		user.requireWard();
		if (query.year() != null && (query.year() < RecordDates.FIRST_YEAR || query.year() > currentYear())) {
			return;
		}
		this.search.forEach(this.scopes.of(user), query, action);
	}

	/**
	 * The years that have referrals the user may see, and this year, newest first: for
	 * the year filter.
	 */
	@Transactional(readOnly = true)
	public List<Integer> years(CurrentUser user) {
		user.require(Action.READ);
		user.requireWard();
		List<Integer> years = new ArrayList<>(this.search.years(this.scopes.of(user)));
		if (!years.contains(currentYear())) {
			years.add(0, currentYear());
		}
		return years;
	}

	@Transactional(readOnly = true)
	public LoanReferralView get(CurrentUser user, Long id) {
		user.require(Action.READ);
		user.requireWard();
		return this.search.find(this.scopes.of(user), id).orElseThrow(() -> new LoanReferralNotFoundException(id));
	}

	/**
	 * The referrals of a household of the user's scope (else 404), newest first: for the
	 * household's welfare history.
	 */
	@Transactional(readOnly = true)
	public List<LoanReferralView> ofHousehold(CurrentUser user, Long householdId) {
		user.require(Action.READ);
		HouseholdDetail household = this.households.get(user, householdId);
		return this.search.ofHousehold(user.requireWard(), household.id());
	}

	/**
	 * Records a referral of a household of the user's scope (else 404), pending, in the
	 * household's area of today.
	 */
	@Transactional
	public LoanReferralView create(CurrentUser actor, LoanReferralDetails details) {
		actor.require(Action.WRITE);
		Long wardId = actor.requireWard();
		if (details.householdId() == null) {
			throw new RuleViolationException("householdCode", "loan.household.required");
		}
		HouseholdDetail household = this.households.get(actor, details.householdId());
		LoanReferral referral = this.referrals.saveAndFlush(
				new LoanReferral(wardId, household.areaId(), details, actor.username(), this.clock.instant(), today()));
		Map<String, String> state = new LinkedHashMap<>();
		state.put("loan.household", household.code() + " – " + household.headName());
		state.put("loan.area", household.areaLabel());
		state.putAll(referral.auditState(this::label));
		this.audit.created(wardId, actor, ENTITY, referral.getId(), state);
		return get(actor, referral.getId());
	}

	/**
	 * Records (or corrects) the bank's decision, if nobody changed the referral since the
	 * form was opened.
	 */
	@Transactional
	public LoanReferralView recordOutcome(CurrentUser actor, Long id, LoanReferralOutcome decision,
			Integer expectedVersion) {
		actor.require(Action.WRITE);
		// In the user's scope, or not found.
		get(actor, id);
		LoanReferral referral = this.referrals.findForUpdate(id, actor.requireWard())
			.orElseThrow(() -> new LoanReferralNotFoundException(id));
		if (!Objects.equals(referral.getVersion(), expectedVersion)) {
			throw new StaleEditException("loan referral", id);
		}
		Map<String, String> before = referral.outcomeAuditState(this::label);
		referral.recordOutcome(decision, today());
		this.audit.changed(referral.getWardId(), actor, ENTITY, id, before, referral.outcomeAuditState(this::label));
		this.referrals.saveAndFlush(referral);
		return get(actor, id);
	}

	private String label(Enum<?> value) {
		if (value == null) {
			return null;
		}
		String prefix = (value instanceof LoanPurpose) ? "loan.purpose." : "loan.outcome.";
		return this.messages.getMessage(prefix + value.name(), null, value.name(), VietnameseText.LOCALE);
	}

	private int currentYear() {
		return today().getYear();
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
