package vn.sochibo.welfare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.household.StatusKind;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.AreaScope;
import vn.sochibo.shared.AreaScopes;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.submission.FormSubmissions;
import vn.sochibo.ward.Areas;

/**
 * Distributions: choosing households from the register by status × area for a program's
 * year, reviewing them (a household that already got this program's gift is flagged), and
 * posting one gift to each — all or nothing. Also the coverage view: the eligible
 * households that got nothing.
 */
@Service
public class Distributions {

	public static final String ENTITY = "WELFARE_DISTRIBUTION";

	/** The most households one distribution (or one review) takes. */
	public static final int MAX_HOUSEHOLDS = 2000;

	private final WelfarePrograms programs;

	private final DistributionRepository distributions;

	private final GiftRepository gifts;

	private final GiftPosting posting;

	private final WelfareQueries queries;

	private final Areas areas;

	private final AreaScopes scopes;

	private final AuditTrail audit;

	private final FormSubmissions submissions;

	private final Clock clock;

	Distributions(WelfarePrograms programs, DistributionRepository distributions, GiftRepository gifts,
			GiftPosting posting, WelfareQueries queries, Areas areas, AreaScopes scopes, AuditTrail audit,
			FormSubmissions submissions, Clock clock) {
		this.clock = clock;
		this.submissions = submissions;
		this.programs = programs;
		this.distributions = distributions;
		this.gifts = gifts;
		this.posting = posting;
		this.queries = queries;
		this.areas = areas;
		this.scopes = scopes;
		this.audit = audit;
	}

	/**
	 * The eligible households in the user's and the program's areas, within the statuses
	 * and areas asked for: with their statuses of the program's year and whether they
	 * already got this program's gift. At most {@link #MAX_HOUSEHOLDS} + 1 (more means
	 * "narrow the selection").
	 */
	@Transactional(readOnly = true)
	public List<Candidate> candidates(CurrentUser user, Long programId, Set<StatusKind> statuses, Set<Long> areaIds) {
		user.require(Action.READ);
		WelfareProgram program = this.programs.load(user, programId);
		return this.queries.eligible(user.wardId(), programId, program.getYear(),
				this.programs.eligibility(program, statuses), reach(user, program, areaIds), null, false,
				MAX_HOUSEHOLDS + 1);
	}

	/**
	 * The review of a distribution before it is posted (see {@link DistributionReview}).
	 */
	@Transactional(readOnly = true)
	public DistributionReview review(CurrentUser user, Long programId, Set<StatusKind> statuses, Set<Long> areaIds) {
		user.require(Action.WRITE);
		return reviewOf(user, programId, candidates(user, programId, statuses, areaIds));
	}

	/**
	 * The coverage of a program: the eligible households that received nothing of it, as
	 * a review (all of them ticked).
	 */
	@Transactional(readOnly = true)
	public DistributionReview coverage(CurrentUser user, Long programId, Set<StatusKind> statuses, Set<Long> areaIds) {
		return reviewOf(user, programId, uncovered(user, programId, statuses, areaIds));
	}

	private DistributionReview reviewOf(CurrentUser user, Long programId, List<Candidate> all) {
		List<Candidate> shown = (all.size() > MAX_HOUSEHOLDS) ? all.subList(0, MAX_HOUSEHOLDS) : all;
		Set<Long> preselected = new java.util.LinkedHashSet<>();
		shown.stream()
			.filter((candidate) -> !candidate.alreadyReceived())
			.forEach((candidate) -> preselected.add(candidate.householdId()));
		return new DistributionReview(List.copyOf(shown), all.size() > MAX_HOUSEHOLDS, preselected,
				areasToChoose(user, this.programs.load(user, programId)));
	}

	/**
	 * The areas in use today that the user may give the program's gifts in, with their
	 * labels, in list order.
	 */
	private Map<Long, String> areasToChoose(CurrentUser user, WelfareProgram program) {
		AreaScope scope = this.scopes.of(user);
		Set<Long> programAreas = program.areaIds();
		Map<Long, String> areas = new java.util.LinkedHashMap<>();
		this.areas.active(user)
			.stream()
			.filter((area) -> scope.covers(user.wardId(), area.id()))
			.filter((area) -> programAreas.isEmpty() || programAreas.contains(area.id()))
			.forEach((area) -> areas.put(area.id(), area.label()));
		return areas;
	}

	/**
	 * The signing list of a distribution, in the user's areas.
	 */
	@Transactional(readOnly = true)
	public SigningList signingList(CurrentUser user, Long id) {
		return SigningList.of(gifts(user, id));
	}

	/**
	 * The eligible households that received nothing of the program (coverage).
	 */
	@Transactional(readOnly = true)
	public List<Candidate> uncovered(CurrentUser user, Long programId, Set<StatusKind> statuses, Set<Long> areaIds) {
		user.require(Action.READ);
		WelfareProgram program = this.programs.load(user, programId);
		return this.queries.eligible(user.wardId(), programId, program.getYear(),
				this.programs.eligibility(program, statuses), reach(user, program, areaIds), null, true,
				MAX_HOUSEHOLDS + 1);
	}

	/**
	 * Every eligible household of {@link #coverage} that got nothing — all of them, not
	 * only the first {@value #MAX_HOUSEHOLDS} the page shows — in the page's order: the
	 * coverage download (at most the households of the program's areas).
	 */
	@Transactional(readOnly = true)
	public List<Candidate> allUncovered(CurrentUser user, Long programId, Set<StatusKind> statuses, Set<Long> areaIds) {
		user.require(Action.READ);
		WelfareProgram program = this.programs.load(user, programId);
		return this.queries.eligible(user.wardId(), programId, program.getYear(),
				this.programs.eligibility(program, statuses), reach(user, program, areaIds), null, true,
				Integer.MAX_VALUE);
	}

	/**
	 * How many eligible households in the user's areas got nothing yet, by target status
	 * (none for a program for Party members: see {@link #uncoveredHomes}).
	 */
	@Transactional(readOnly = true)
	public Map<StatusKind, Integer> uncoveredByStatus(CurrentUser user, Long programId) {
		user.require(Action.READ);
		WelfareProgram program = this.programs.load(user, programId);
		Map<StatusKind, Integer> counts = this.queries.uncoveredByStatus(user.wardId(), programId, program.getYear(),
				program.targetKinds(), reach(user, program, null));
		Map<StatusKind, Integer> all = new LinkedHashMap<>();
		program.targetKinds().forEach((kind) -> all.put(kind, counts.getOrDefault(kind, 0)));
		return all;
	}

	/**
	 * For a program for Party members: how many of the members' households in the user's
	 * areas got nothing yet (null for a program for households of some statuses).
	 */
	@Transactional(readOnly = true)
	public Integer uncoveredHomes(CurrentUser user, Long programId) {
		user.require(Action.READ);
		WelfareProgram program = this.programs.load(user, programId);
		if (!program.forPartyMembers()) {
			return null;
		}
		return this.queries
			.eligible(user.wardId(), programId, program.getYear(), this.programs.eligibility(program, null),
					reach(user, program, null), null, true, MAX_HOUSEHOLDS + 1)
			.size();
	}

	/**
	 * Posts a reviewed distribution sent from its form, once for the form's one-time
	 * token ({@link FormSubmissions#once}).
	 */
	@Transactional
	public DistributionView post(CurrentUser actor, UUID token, DistributionOrder order) {
		return this.submissions.once(actor, token, ENTITY, () -> post(actor, order), DistributionView::id);
	}

	/**
	 * Posts the gift to every household chosen, or to none: every household must be
	 * eligible and in reach, and one that already got this program's gift must be
	 * confirmed. When the program is paid from a fund, each gift is an expenditure of it.
	 */
	@Transactional
	public DistributionView post(CurrentUser actor, DistributionOrder order) {
		actor.require(Action.WRITE);
		WelfareProgram program = this.programs.lockToGive(actor, order.programId());
		this.posting.check(program, order.gift());
		Set<Long> chosen = new LinkedHashSet<>(order.householdIds());
		if (chosen.isEmpty()) {
			throw new RuleViolationException("householdIds", "distribution.empty");
		}
		if (chosen.size() > MAX_HOUSEHOLDS) {
			throw new RuleViolationException("householdIds", "distribution.tooMany", MAX_HOUSEHOLDS);
		}
		Eligibility who = this.programs.eligibility(program, order.statuses());
		List<Candidate> eligible = this.queries.eligible(actor.wardId(), program.getId(), program.getYear(), who,
				reach(actor, program, order.areaIds()), chosen, false, MAX_HOUSEHOLDS);
		if (eligible.size() != chosen.size()) {
			throw new RuleViolationException("householdIds", "distribution.notEligible",
					chosen.size() - eligible.size(), program.getYear());
		}
		String unconfirmed = eligible.stream()
			.filter((candidate) -> candidate.alreadyReceived()
					&& !order.confirmedDuplicates().contains(candidate.householdId()))
			.map(Candidate::headName)
			.collect(Collectors.joining(", "));
		if (!unconfirmed.isEmpty()) {
			throw new RuleViolationException("confirmedDuplicates", "distribution.duplicates", unconfirmed);
		}
		this.posting.checkFundCovers(actor, program, order.gift().value().times(chosen.size()));
		Distribution distribution = this.distributions.save(new Distribution(actor.wardId(), program.getId(),
				order.gift(), selection(actor, program, who.kinds(), order.areaIds()), eligible.size(),
				actor.username(), this.clock.instant()));
		Map<Long, Candidate> byId = eligible.stream()
			.collect(Collectors.toMap(Candidate::householdId, Function.identity()));
		this.posting.recordAll(actor, program, chosen.stream().map(byId::get).toList(), order.gift(),
				distribution.getId());
		DistributionView view = distribution.toView(program.getName());
		Map<String, String> state = new LinkedHashMap<>();
		state.put("welfare.program", program.getName());
		state.put("welfare.selection", view.selection());
		state.put("welfare.giftCount", String.valueOf(view.giftCount()));
		state.put("welfare.total", view.total().toString());
		this.audit.created(actor.wardId(), actor, ENTITY, view.id(), state);
		return view;
	}

	@Transactional(readOnly = true)
	public DistributionView get(CurrentUser user, Long id) {
		user.require(Action.READ);
		Distribution distribution = load(user, id);
		return distribution.toView(this.programs.load(user, distribution.getProgramId()).getName());
	}

	/**
	 * The gifts of a distribution in the user's areas, in signing-list order.
	 */
	@Transactional(readOnly = true)
	public List<GiftRow> gifts(CurrentUser user, Long id) {
		user.require(Action.READ);
		load(user, id);
		Reach reach = Reach.of(this.scopes.of(user), null, null);
		return this.queries.giftsOfDistribution(id).stream().filter((gift) -> reach.covers(gift.areaId())).toList();
	}

	@Transactional(readOnly = true)
	public List<DistributionView> ofProgram(CurrentUser user, Long programId) {
		user.require(Action.READ);
		WelfareProgram program = this.programs.load(user, programId);
		Reach reach = Reach.of(this.scopes.of(user), null, null);
		Map<Long, Set<Long>> areas = reach.all() ? Map.of()
				: this.queries.distributionAreasOfProgram(user.wardId(), programId);
		return this.distributions.findByProgramIdAndWardIdOrderByGiftDateDescIdDesc(programId, user.wardId())
			.stream()
			.filter((distribution) -> reach.all()
					|| areas.getOrDefault(distribution.getId(), Set.of()).stream().anyMatch(reach::covers))
			.map((distribution) -> distribution.toView(program.getName()))
			.toList();
	}

	/**
	 * Records the signed list: every gift of the distribution in the user's areas that is
	 * still pending is signed on that day; the scan, if any, is kept with the
	 * distribution.
	 */
	@Transactional
	public int signed(CurrentUser actor, Long id, LocalDate signedOn, UploadedScan scan) {
		actor.require(Action.WRITE);
		Distribution distribution = load(actor, id);
		try {
			this.programs.lockToGive(actor, distribution.getProgramId());
		}
		catch (ProgramNotFoundException ex) {
			throw new DistributionNotFoundException(id);
		}
		LocalDate on = this.posting.checkSignedOn(signedOn);
		if (on.isBefore(distribution.getGiftDate())) {
			throw new RuleViolationException("signedOn", "gift.signedOn.beforeGift",
					vn.sochibo.shared.VietnameseDates.format(distribution.getGiftDate()));
		}
		Long scanId = this.posting.storeScan(actor, scan);
		if (scanId != null) {
			distribution.attachScan(scanId);
		}
		var scope = this.scopes.of(actor);
		int signedCount = 0;
		for (Gift gift : this.gifts.findByDistributionIdAndWardIdOrderById(id, actor.wardId())) {
			if (!gift.isCancelled() && gift.getReceiptStatus() == ReceiptStatus.PENDING
					&& scope.covers(gift.getWardId(), gift.getAreaId())) {
				gift.signed(on, null);
				signedCount++;
			}
		}
		this.audit.action(actor.wardId(), actor, ENTITY, id, "SIGNED", "welfare.signedCount", null,
				String.valueOf(signedCount));
		return signedCount;
	}

	/**
	 * A distribution the user may see: of a program they see, at least one of its gifts
	 * in their areas.
	 */
	private Distribution load(CurrentUser user, Long id) {
		Distribution distribution = this.distributions.findByIdAndWardId(id, user.requireWard())
			.filter((candidate) -> this.programs.visible(user, candidate.getProgramId()))
			.orElseThrow(() -> new DistributionNotFoundException(id));
		if (!visible(Reach.of(this.scopes.of(user), null, null), user, id)) {
			throw new DistributionNotFoundException(id);
		}
		return distribution;
	}

	private boolean visible(Reach reach, CurrentUser user, Long distributionId) {
		return reach.all()
				|| this.queries.distributionAreas(user.wardId(), distributionId).stream().anyMatch(reach::covers);
	}

	private Reach reach(CurrentUser user, WelfareProgram program, Set<Long> asked) {
		return Reach.of(this.scopes.of(user), program.areaIds(), asked);
	}

	/**
	 * The selection in words, for the distribution's record: "Hộ nghèo, Hộ cận nghèo ·
	 * KV11 – Khu vực 11" (for a program for Party members, its group of members).
	 */
	private String selection(CurrentUser user, WelfareProgram program, Set<StatusKind> kinds, Set<Long> areaIds) {
		String statuses = program.forPartyMembers()
				? this.posting.text("memberGroup." + program.getMemberGroup().name())
				: kinds.stream()
					.map((kind) -> this.posting.text("statusKind." + kind.name()))
					.collect(Collectors.joining(", "));
		String areaLabels = areaIds.isEmpty() ? this.posting.text("distribution.allAreas")
				: areaIds.stream()
					.map((areaId) -> this.areas.requireInWard(user.wardId(), areaId).label())
					.sorted()
					.collect(Collectors.joining(", "));
		String text = statuses + " · " + areaLabels;
		return (text.length() <= 500) ? text : text.substring(0, 499) + "…";
	}

}
