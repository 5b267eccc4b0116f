package vn.sochibo.household;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.shared.AccessPolicy;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.AreaScope;
import vn.sochibo.shared.AreaScopes;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RecordScope;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.VietnameseText;
import vn.sochibo.ward.AreaNotFoundException;
import vn.sochibo.ward.AreaView;
import vn.sochibo.ward.Areas;

/**
 * The yearly review of poor and near-poor households (rà soát hộ nghèo, cận nghèo,
 * 1/9–14/12), area by area. Starting the review of year N for an area copies the area's
 * poor and near-poor statuses of N−1 as proposals (starting again adds only what is
 * missing, never a second proposal); the officer confirms each — perhaps as the other
 * kind, with the new decision and standard — which records the status of year N, or ends
 * it (thoát nghèo) with a reason. Only confirmed statuses count for year N. An officer
 * reviews only their areas; the inspector reads.
 */
@Service
public class StatusReviews {

	public static final String ENTITY = "STATUS_REVIEW";

	/** The review of year N is held from 1 September of N−1. */
	static final int REVIEW_MONTH = 9;

	private final StatusReviewQueries queries;

	private final StatusProposalRepository proposals;

	private final HouseholdRepository households;

	private final Areas areas;

	private final AreaScopes scopes;

	private final AccessPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	private final MessageSource messages;

	StatusReviews(StatusReviewQueries queries, StatusProposalRepository proposals, HouseholdRepository households,
			Areas areas, AreaScopes scopes, AccessPolicy policy, AuditTrail audit, Clock clock,
			MessageSource messages) {
		this.queries = queries;
		this.proposals = proposals;
		this.households = households;
		this.areas = areas;
		this.scopes = scopes;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
		this.messages = messages;
	}

	/**
	 * The year whose statuses are being reviewed today: from September, next year's (the
	 * review of 1/9–14/12 decides the list of the year after); before, this year's (a
	 * review that is late).
	 */
	public int currentReviewYear() {
		LocalDate today = LocalDate.now(this.clock);
		return (today.getMonthValue() >= REVIEW_MONTH) ? today.getYear() + 1 : today.getYear();
	}

	/**
	 * Whether {@code year} can be reviewed: after the first year of the register, up to
	 * next year.
	 */
	public boolean reviewable(int year) {
		return year > Households.FIRST_YEAR && year <= Year.now(this.clock).getValue() + 1;
	}

	/**
	 * The ward-level overview: every area in use in the user's scope with how far its
	 * review of {@code year} has got.
	 */
	@Transactional(readOnly = true)
	public List<ReviewProgress> overview(CurrentUser user, int year) {
		user.require(Action.READ);
		requireReviewable(year);
		Map<Long, ReviewProgress> figures = this.queries.progress(user.requireWard(), year);
		AreaScope scope = this.scopes.of(user);
		return this.areas.active(user).stream().filter((area) -> scope.covers(user.wardId(), area.id())).map((area) -> {
			ReviewProgress found = figures.get(area.id());
			return (found != null)
					? new ReviewProgress(area.id(), area.label(), found.started(), found.proposed(), found.confirmed(),
							found.ended(), found.lastYear(), found.thisYear())
					: new ReviewProgress(area.id(), area.label(), false, 0, 0, 0, 0, 0);
		}).toList();
	}

	/**
	 * An area's review of {@code year}: its proposals (none before it is started).
	 */
	@Transactional(readOnly = true)
	public ReviewSheet sheet(CurrentUser user, int year, Long areaId) {
		user.require(Action.READ);
		requireReviewable(year);
		AreaView area = area(user, Action.READ, areaId);
		return this.queries.review(user.wardId(), areaId, year)
			.map((reviewId) -> new ReviewSheet(year, areaId, area.label(), true, this.queries.rows(reviewId)))
			.orElseGet(() -> new ReviewSheet(year, areaId, area.label(), false, List.of()));
	}

	/**
	 * Starts (or continues) the review of {@code year} in an area: proposes last year's
	 * poor and near-poor statuses of households not proposed yet. The number of new
	 * proposals.
	 */
	@Transactional
	public int start(CurrentUser actor, int year, Long areaId) {
		actor.require(Action.WRITE);
		requireReviewable(year);
		AreaView area = area(actor, Action.WRITE, areaId);
		if (!area.isActiveOn(LocalDate.now(this.clock))) {
			throw new RuleViolationException(null, "household.area.inactive");
		}
		Long wardId = actor.wardId();
		Long reviewId = this.queries.startReview(wardId, areaId, year, actor.username(), this.clock.instant())
			.map((created) -> {
				this.audit.action(wardId, actor, ENTITY, created, "REVIEW_START", "reviewYear", null,
						year + " · " + area.label());
				return created;
			})
			.orElseGet(() -> this.queries.review(wardId, areaId, year).orElseThrow());
		List<Long> proposed = this.queries.copyProposals(wardId, reviewId, areaId, year);
		for (Long householdId : proposed) {
			this.audit.partAction(wardId, actor, ENTITY, reviewId, Households.ENTITY, householdId, "REVIEW_PROPOSE",
					"reviewYear", String.valueOf(year));
		}
		return proposed.size();
	}

	/**
	 * Confirms the chosen proposals, all or none: each becomes the household's status of
	 * the year. A household that meanwhile got a poor or near-poor status of the year is
	 * refused (it would hold two).
	 */
	@Transactional
	public int confirm(CurrentUser actor, int year, Long areaId, ConfirmProposals command) {
		actor.require(Action.WRITE);
		requireReviewable(year);
		area(actor, Action.WRITE, areaId);
		Long reviewId = requireReview(actor, year, areaId);
		Set<Long> ids = new LinkedHashSet<>((command.proposalIds() != null) ? command.proposalIds() : List.of());
		if (ids.isEmpty()) {
			throw new RuleViolationException("proposalIds", "review.confirm.none");
		}
		for (Long id : ids) {
			StatusProposal proposal = proposal(actor, reviewId, id);
			StatusKind kind = (command.kinds() != null && command.kinds().get(id) != null) ? command.kinds().get(id)
					: proposal.getProposedKind();
			if (!kind.reviewed()) {
				throw new RuleViolationException("proposalIds", "review.confirm.kind");
			}
			Household household = this.households.findWithStatuses(proposal.getHouseholdId(), actor.wardId())
				.orElseThrow(() -> new HouseholdNotFoundException(proposal.getHouseholdId()));
			if (household.holdsAny(year, StatusKind.reviewedKinds())) {
				throw new RuleViolationException("proposalIds", "review.confirm.hasStatus", household.getCode(), year);
			}
			String standard = (command.standard() != null) ? command.standard() : proposal.getStandard();
			HouseholdStatus status = household
				.addStatus(new StatusDetails(year, kind, null, standard, command.decisionRef(), null));
			this.households.flush();
			proposal.confirm(status.getId(), actor.username(), this.clock.instant());
			this.proposals.save(proposal);
			this.audit.action(actor.wardId(), actor, Households.ENTITY, household.getId(), "ADD_STATUS", "status", null,
					status.describe(this::label));
			this.audit.partAction(actor.wardId(), actor, ENTITY, reviewId, Households.ENTITY, household.getId(),
					"REVIEW_CONFIRM", "status", status.describe(this::label));
		}
		return ids.size();
	}

	/**
	 * Ends a proposal: the household is no longer poor or near-poor in {@code year}
	 * (thoát nghèo), for the reason given.
	 */
	@Transactional
	public void end(CurrentUser actor, int year, Long areaId, Long proposalId, String reason) {
		actor.require(Action.WRITE);
		requireReviewable(year);
		area(actor, Action.WRITE, areaId);
		Long reviewId = requireReview(actor, year, areaId);
		StatusProposal proposal = proposal(actor, reviewId, proposalId);
		if (reason == null || reason.isBlank()) {
			throw new RuleViolationException("reason", "review.end.reasonRequired");
		}
		proposal.end(reason, actor.username(), this.clock.instant());
		this.proposals.save(proposal);
		this.audit.partAction(actor.wardId(), actor, ENTITY, reviewId, Households.ENTITY, proposal.getHouseholdId(),
				"REVIEW_END", "reviewEnd", year + ": " + label(proposal.getProposedKind()) + " – " + reason);
	}

	/**
	 * How many households in the user's areas (within {@code areaIds}, when any are
	 * given) had a poor or near-poor status in the year before {@code year} and are not
	 * settled for {@code year} yet: neither confirmed nor ended by its review. A welfare
	 * program of {@code year} for poor or near-poor households does not reach them until
	 * their review is done.
	 */
	@Transactional(readOnly = true)
	public int awaitingReview(CurrentUser user, int year, Set<Long> areaIds) {
		user.require(Action.READ);
		AreaScope scope = this.scopes.of(user);
		Long[] reach;
		if (scope.wholeWard()) {
			reach = (areaIds == null || areaIds.isEmpty()) ? null : areaIds.toArray(Long[]::new);
		}
		else {
			reach = scope.areaIds()
				.stream()
				.filter((areaId) -> areaIds == null || areaIds.isEmpty() || areaIds.contains(areaId))
				.toArray(Long[]::new);
			if (reach.length == 0) {
				return 0;
			}
		}
		return this.queries.awaitingReview(user.requireWard(), year, reach);
	}

	private void requireReviewable(int year) {
		if (!reviewable(year)) {
			throw new HouseholdNotFoundException("review " + year);
		}
	}

	private AreaView area(CurrentUser user, Action action, Long areaId) {
		AreaView area = this.areas.requireInWard(user.requireWard(), areaId);
		this.policy.require(user, action, RecordScope.area(user.wardId(), area.id()),
				() -> new AreaNotFoundException(areaId));
		return area;
	}

	private Long requireReview(CurrentUser user, int year, Long areaId) {
		return this.queries.review(user.wardId(), areaId, year)
			.orElseThrow(() -> new HouseholdNotFoundException("review " + year + " of area " + areaId));
	}

	private StatusProposal proposal(CurrentUser user, Long reviewId, Long id) {
		return this.proposals.findByIdAndWardId(id, user.wardId())
			.filter((proposal) -> proposal.getReviewId().equals(reviewId))
			.orElseThrow(() -> new HouseholdNotFoundException("proposal " + id));
	}

	private String label(Enum<?> value) {
		String prefix = Character.toLowerCase(value.getClass().getSimpleName().charAt(0))
				+ value.getClass().getSimpleName().substring(1);
		return this.messages.getMessage(prefix + "." + value.name(), null, value.name(), VietnameseText.LOCALE);
	}

}
