package vn.sochibo.cellwork;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RecordDates;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.StaleEditException;
import vn.sochibo.shared.VietnameseDates;
import vn.sochibo.shared.VietnameseText;

/**
 * The annual ratings of the ward's cells and of their members, under the regulation
 * effective for each year (stored on the rating). Secretaries of the cell and the ward
 * admin record self-assessments, proposals, re-checks and the members' decisions (the
 * cell decides its members' ratings); the cell's own decision is the ward Party
 * committee's ({@link Action#DECIDE_CELL_RATING}); inspectors read. Members' ratings are
 * as private as members: staff only. Every step is in the rating's audit trail.
 */
@Service
public class Ratings {

	public static final String ENTITY = "RATING";

	private final RatingRepository ratings;

	private final RatingRegulations regulations;

	private final CellAccess access;

	private final Members members;

	private final AuditTrail audit;

	private final Clock clock;

	private final MessageSource messages;

	private final EntityManager entities;

	Ratings(RatingRepository ratings, RatingRegulations regulations, CellAccess access, Members members,
			AuditTrail audit, Clock clock, MessageSource messages, EntityManager entities) {
		this.entities = entities;
		this.ratings = ratings;
		this.regulations = regulations;
		this.access = access;
		this.members = members;
		this.audit = audit;
		this.clock = clock;
		this.messages = messages;
	}

	/** Every rating regulation, newest first, for any reader of cell work. */
	@Transactional(readOnly = true)
	public List<RegulationView> regulations(CurrentUser user) {
		user.require(Action.READ_CELL_WORK);
		return this.regulations.all();
	}

	/** The regulation effective for the year, if any. */
	public Optional<RegulationView> regulationFor(int year) {
		return this.regulations.forYear(year);
	}

	/**
	 * The cell's own rating of the year — decided or under way — with its regulation;
	 * empty before its first step.
	 */
	@Transactional(readOnly = true)
	public Optional<RatingView> ofCell(CurrentUser user, Long cellId, int year) {
		this.access.require(user, Action.READ_CELL_WORK, cellId);
		return this.ratings.ofCellYear(user.requireWard(), cellId, year)
			.stream()
			.filter((rating) -> rating.getMemberId() == null)
			.findFirst()
			.map(this::toView);
	}

	/**
	 * How the cell's members stand in the year's rating: decided per level, under way,
	 * not rated, exempt.
	 */
	@Transactional(readOnly = true)
	public MemberLevels memberLevels(CurrentUser user, Long cellId, int year) {
		return year(user, cellId, year).memberLevels();
	}

	/**
	 * The cell's rating page of a year: its own rating and its members' (those on the
	 * roll at some time of the year, as they stood on their last day on it), in two
	 * queries.
	 */
	@Transactional(readOnly = true)
	public CellRatingYear year(CurrentUser user, Long cellId, int year) {
		this.access.require(user, Action.READ_CELL_WORK, cellId);
		Long wardId = user.requireWard();
		RegulationView regulation = this.regulations.forYear(year).orElse(null);
		List<RatingView> all = this.ratings.ofCellYear(wardId, cellId, year).stream().map(this::toView).toList();
		RatingView own = all.stream().filter((rating) -> rating.memberId() == null).findFirst().orElse(null);
		Map<Long, RatingView> byMember = all.stream()
			.filter((rating) -> rating.memberId() != null)
			.collect(Collectors.toMap(RatingView::memberId, Function.identity()));
		List<MemberRatingRow> rows = new ArrayList<>();
		if (inRange(year)) {
			for (RollMember member : this.members
				.roll(user, cellId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
				.anyTime()) {
				rows.add(new MemberRatingRow(member.id(), member.fullName(), member.probationary(), member.exempt(),
						byMember.get(member.id())));
			}
		}
		return new CellRatingYear(year, regulation, own, rows, open(year));
	}

	/**
	 * A member's rating page: the member must be one the user may read (else 404).
	 */
	@Transactional(readOnly = true)
	public MemberRatings member(CurrentUser user, Long cellId, Long memberId, int year) {
		this.access.require(user, Action.READ_CELL_WORK, cellId);
		MemberView member = this.members.get(user, memberId);
		Optional<RollMember> onRoll = rollMember(user, cellId, memberId, year);
		List<RatingView> history = this.ratings.ofMember(user.requireWard(), memberId)
			.stream()
			.map(this::toView)
			.toList();
		RatingView rating = history.stream()
			.filter((view) -> view.year() == year && view.cellId().equals(cellId))
			.findFirst()
			.orElse(null);
		return new MemberRatings(memberId, member.fullName(), year, onRoll.isPresent(),
				onRoll.map(RollMember::exempt).orElse(false), onRoll.map(RollMember::probationary).orElse(false),
				this.regulations.forYear(year).orElse(null), rating, history, open(year));
	}

	/**
	 * Records the next step of the cell's own rating of the year (creating the rating at
	 * its first step), if nobody added a step since the form was opened
	 * ({@code expectedVersion} null for a rating not yet started). A decision needs
	 * {@link Action#DECIDE_CELL_RATING}.
	 */
	@Transactional
	public RatingView recordCell(CurrentUser actor, Long cellId, int year, RatingStepCommand step,
			Integer expectedVersion) {
		Action action = (step.kind() == RatingStepKind.DECISION) ? Action.DECIDE_CELL_RATING : Action.WRITE_CELL_WORK;
		this.access.require(actor, Action.WRITE_CELL_WORK, cellId);
		this.access.require(actor, action, cellId);
		Long wardId = actor.requireWard();
		RegulationView regulation = checkYear(year);
		Rating rating = this.ratings.lockCell(wardId, cellId, year)
			.orElseGet(() -> new Rating(wardId, cellId, null, year, regulation.id()));
		return addStep(actor, rating, step, expectedVersion, null);
	}

	/**
	 * Records the next step of a member's rating of the year; the member must be on the
	 * cell's roll in that year and not exempt from activities.
	 */
	@Transactional
	public RatingView recordMember(CurrentUser actor, Long cellId, Long memberId, int year, RatingStepCommand step,
			Integer expectedVersion) {
		this.access.require(actor, Action.WRITE_CELL_WORK, cellId);
		Long wardId = actor.requireWard();
		MemberView member = this.members.get(actor, memberId);
		RegulationView regulation = checkYear(year);
		checkRateable(actor, cellId, memberId, year, null);
		Rating rating = this.ratings.lockMember(wardId, memberId, year)
			.orElseGet(() -> new Rating(wardId, cellId, memberId, year, regulation.id()));
		if (!rating.getCellId().equals(cellId)) {
			throw new RuleViolationException(null, "rating.member.otherCell");
		}
		return addStep(actor, rating, step, expectedVersion, member.fullName());
	}

	/**
	 * Records the proposal of many members at once (rows with neither score nor level are
	 * skipped): all of them, or none when one row breaks a rule (the error names the row:
	 * {@code rows[i].score}).
	 */
	@Transactional
	public int proposeAll(CurrentUser actor, Long cellId, int year, List<BulkProposal> proposals) {
		this.access.require(actor, Action.WRITE_CELL_WORK, cellId);
		Long wardId = actor.requireWard();
		checkYear(year);
		MemberRoll roll = roll(actor, cellId, year);
		int recorded = 0;
		for (int i = 0; i < proposals.size(); i++) {
			BulkProposal proposal = proposals.get(i);
			if (proposal.score() == null && proposal.level() == null) {
				continue;
			}
			String prefix = "rows[" + i + "].";
			try {
				checkRateable(actor, cellId, proposal.memberId(), year, roll);
				Rating rating = this.ratings.lockMember(wardId, proposal.memberId(), year)
					.filter((found) -> found.getCellId().equals(cellId))
					.orElseThrow(() -> new RuleViolationException("kind", "rating.order.noSelf"));
				String name = roll.anyTime()
					.stream()
					.filter((member) -> member.id().equals(proposal.memberId()))
					.findFirst()
					.map(RollMember::fullName)
					.orElse(null);
				addStep(actor, rating, new RatingStepCommand(RatingStepKind.PROPOSAL, proposal.score(), Map.of(),
						proposal.level(), null, null, null, null, null, null), proposal.version(), name);
				recorded++;
			}
			catch (RuleViolationException ex) {
				String field = (ex.field() == null || ex.field().equals("kind")) ? "score" : ex.field();
				throw new RuleViolationException(prefix + field, ex.messageKey(), ex.arguments());
			}
		}
		return recorded;
	}

	private RatingView addStep(CurrentUser actor, Rating rating, RatingStepCommand command, Integer expectedVersion,
			String memberName) {
		if (!Objects.equals(rating.getVersion(), expectedVersion)) {
			throw new StaleEditException("rating", rating.getId());
		}
		RegulationView regulation = this.regulations.get(rating.getRegulationId());
		boolean created = rating.getId() == null;
		RatingStep step = rating.addStep(command, regulation, actor, this.clock.instant(), today(), this::label);
		Rating saved;
		if (created) {
			saved = this.ratings.saveAndFlush(rating);
		}
		else {
			// Steps are immutable: persisted as new, never merged; the rating's version
			// counts every step, so a form opened before this one is stale.
			this.entities.persist(step);
			this.entities.lock(rating, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
			this.entities.flush();
			saved = rating;
		}
		Long wardId = saved.getWardId();
		if (created) {
			Map<String, String> state = new LinkedHashMap<>();
			state.put("rating.year", String.valueOf(saved.getYear()));
			state.put("rating.regulation", regulation.code());
			state.put("rating.member", memberName);
			this.audit.created(wardId, actor, ENTITY, saved.getId(), state);
		}
		String action = "RATING_" + step.getKind().name();
		stepState(step, regulation, saved.subject()).forEach((field, value) -> {
			if (value != null) {
				this.audit.action(wardId, actor, ENTITY, saved.getId(), action, field, null, value);
			}
		});
		return toView(saved);
	}

	private Map<String, String> stepState(RatingStep step, RegulationView regulation, RatingSubject subject) {
		Map<String, String> state = new LinkedHashMap<>();
		state.put("rating.score", String.valueOf(step.getScore()));
		if (!step.getGroupScores().isEmpty()) {
			state.put("rating.groups",
					step.getGroupScores()
						.stream()
						.map((group) -> groupLabel(regulation, group.getCriterionId()) + ": " + group.getPoints())
						.collect(Collectors.joining("; ")));
		}
		state.put("rating.level", label(step.getLevel()));
		state.put("rating.disqualifier", (step.getDisqualifierId() != null)
				? regulation.disqualifier(subject, step.getDisqualifierId()).orElseThrow().title() : null);
		state.put("rating.comment", step.getComment());
		state.put("rating.reason", step.getReason());
		state.put("rating.competentBody", step.getCompetentBody());
		state.put("rating.decisionRef", step.getDecisionRef());
		state.put("rating.decidedOn",
				(step.getDecidedOn() != null) ? VietnameseDates.format(step.getDecidedOn()) : null);
		return state;
	}

	private static String groupLabel(RegulationView regulation, Long criterionId) {
		return regulation.criteria()
			.stream()
			.filter((criterion) -> criterion.id().equals(criterionId))
			.findFirst()
			.map((criterion) -> criterion.label() + ". " + criterion.title())
			.orElse(String.valueOf(criterionId));
	}

	private String label(RatingLevel level) {
		return this.messages.getMessage("ratingLevel." + level.name(), null, level.name(), VietnameseText.LOCALE);
	}

	private RegulationView checkYear(int year) {
		if (year > today().getYear()) {
			throw new RuleViolationException("year", "rating.year.future");
		}
		if (year < RecordDates.FIRST_YEAR) {
			throw new RuleViolationException("year", "rating.year.tooOld", String.valueOf(RecordDates.FIRST_YEAR));
		}
		return this.regulations.forYear(year)
			.orElseThrow(() -> new RuleViolationException("year", "rating.year.noRegulation"));
	}

	private void checkRateable(CurrentUser actor, Long cellId, Long memberId, int year, MemberRoll roll) {
		Optional<RollMember> member = (roll != null) ? find(roll, memberId) : rollMember(actor, cellId, memberId, year);
		if (member.isEmpty()) {
			throw new RuleViolationException(null, "rating.member.notOnRoll", String.valueOf(year));
		}
		if (member.get().exempt()) {
			throw new RuleViolationException(null, "rating.member.exempt");
		}
	}

	private Optional<RollMember> rollMember(CurrentUser user, Long cellId, Long memberId, int year) {
		if (!inRange(year)) {
			return Optional.empty();
		}
		return find(roll(user, cellId, year), memberId);
	}

	private static Optional<RollMember> find(MemberRoll roll, Long memberId) {
		return roll.anyTime().stream().filter((member) -> member.id().equals(memberId)).findFirst();
	}

	private MemberRoll roll(CurrentUser user, Long cellId, int year) {
		return this.members.roll(user, cellId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	private boolean inRange(int year) {
		return year >= RecordDates.FIRST_YEAR && year <= today().getYear();
	}

	private boolean open(int year) {
		return inRange(year) && this.regulations.forYear(year).isPresent();
	}

	private RatingView toView(Rating rating) {
		RegulationView regulation = this.regulations.get(rating.getRegulationId());
		List<Long> corrected = rating.getSteps()
			.stream()
			.map(RatingStep::getCorrectsId)
			.filter(Objects::nonNull)
			.toList();
		List<RatingView.StepView> steps = rating.getSteps()
			.stream()
			.map((step) -> new RatingView.StepView(step.getId(), step.getPosition(), step.getKind(), step.getScore(),
					step.getGroupScores()
						.stream()
						.collect(Collectors.toMap(RatingStep.GroupScore::getCriterionId,
								RatingStep.GroupScore::getPoints, (a, b) -> a, LinkedHashMap::new)),
					step.getLevel(),
					(step.getDisqualifierId() != null)
							? regulation.disqualifier(rating.subject(), step.getDisqualifierId())
								.map(RegulationView.Disqualifier::title)
								.orElse(null)
							: null,
					step.getComment(), step.getReason(), step.getCompetentBody(), step.getDecisionRef(),
					step.getDecidedOn(), step.getCorrectsId(), corrected.contains(step.getId()), step.getRecordedBy(),
					step.getRecordedAt()))
			.toList();
		return new RatingView(rating.getId(), rating.getCellId(), rating.getMemberId(), rating.getYear(), regulation,
				rating.getLastKind(), steps, rating.getVersion());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
