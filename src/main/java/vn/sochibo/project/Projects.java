package vn.sochibo.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.fund.FundDetails;
import vn.sochibo.fund.FundSummary;
import vn.sochibo.fund.FundingSource;
import vn.sochibo.fund.Funds;
import vn.sochibo.fund.Ledger;
import vn.sochibo.household.HouseholdQuery;
import vn.sochibo.household.Households;
import vn.sochibo.shared.RecordScope;
import vn.sochibo.shared.AccessPolicy;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.AreaScope;
import vn.sochibo.shared.AreaScopes;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.FileType;
import vn.sochibo.shared.Money;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.StaleEditException;
import vn.sochibo.shared.VietnameseDates;
import vn.sochibo.shared.VietnameseText;
import vn.sochibo.ward.AreaNotFoundException;
import vn.sochibo.ward.AreaView;
import vn.sochibo.ward.Areas;
import vn.sochibo.ward.Wards;

/**
 * Public-works projects. Every method checks the user's scope: a project outside the
 * user's areas or ward is "not found"; an inspector reads but never writes. Every change
 * is in the project's audit trail.
 */
@Service
public class Projects {

	public static final String ENTITY = "PROJECT";

	/** Luật 10/2022/QH15: the community investment supervision board has at most 5. */
	public static final int MAX_BOARD_MEMBERS = 5;

	/** The largest photo: 5 MB. */
	public static final int MAX_PHOTO_BYTES = 5 * 1024 * 1024;

	/** The most photos of one update. */
	public static final int MAX_PHOTOS_PER_UPDATE = 10;

	private final ProjectRepository projects;

	private final ProjectSearch search;

	private final PhotoStore photos;

	private final Funds funds;

	private final Households households;

	private final Areas areas;

	private final Wards wards;

	private final AreaScopes scopes;

	private final AccessPolicy policy;

	private final AuditTrail audit;

	private final Clock clock;

	private final MessageSource messages;

	Projects(ProjectRepository projects, ProjectSearch search, PhotoStore photos, Funds funds, Households households,
			Areas areas, Wards wards, AreaScopes scopes, AccessPolicy policy, AuditTrail audit, Clock clock,
			MessageSource messages) {
		this.projects = projects;
		this.search = search;
		this.photos = photos;
		this.funds = funds;
		this.households = households;
		this.areas = areas;
		this.wards = wards;
		this.scopes = scopes;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	public Page<ProjectSummary> list(CurrentUser user, ProjectQuery query, Pageable pageable) {
		user.require(Action.READ);
		return this.search.search(this.scopes.of(user), query, pageable);
	}

	/**
	 * Every project of {@link #list} (all of them, in its order, within the user's
	 * scope), one at a time: the list's download.
	 */
	@Transactional(readOnly = true)
	public void forEach(CurrentUser user, ProjectQuery query, Consumer<ProjectSummary> action) {
		user.require(Action.READ);
		this.search.forEach(this.scopes.of(user), query, action);
	}

	/**
	 * The areas in use today that the user may have projects in: for pickers and filters.
	 */
	@Transactional(readOnly = true)
	public List<AreaView> areasInScope(CurrentUser user) {
		user.require(Action.READ);
		AreaScope scope = this.scopes.of(user);
		return this.areas.active(user).stream().filter((area) -> scope.covers(user.wardId(), area.id())).toList();
	}

	@Transactional(readOnly = true)
	public ProjectDetail get(CurrentUser user, Long id) {
		user.require(Action.READ);
		Project project = load(user, id);
		return toDetail(project, this.funds.get(user, project.getFundId()));
	}

	/**
	 * Creates a proposed project and, in the same transaction, its fund, collecting in
	 * the project's area: if either fails, neither is written. The fund starts on the day
	 * the project is recorded, or on its planned start if that is earlier — never later:
	 * residents give before the works begin, and the ledger refuses an entry dated before
	 * its fund's start. A residents' meeting recorded later with an earlier date moves
	 * the start back to it ({@link #addMeeting}).
	 */
	@Transactional
	public ProjectDetail create(CurrentUser actor, ProjectDetails details) {
		actor.require(Action.WRITE);
		Long wardId = actor.requireWard();
		AreaView area = requireActiveAreaInScope(actor, details.areaId());
		LocalDate today = today();
		Project.checkPlannedDates(details, today);
		LocalDate fundStart = (details.plannedStart() != null && details.plannedStart().isBefore(today))
				? details.plannedStart() : today;
		FundSummary fund = this.funds.createForProject(actor,
				new FundDetails(details.name(), message("project.fund.purpose", details.name(), area.label()), null,
						fundStart, null, Set.of(area.id())));
		Project project = this.projects.save(new Project(wardId, fund.id(), details, today));
		Map<String, String> state = project.auditState(this::label);
		state.put("project.area", area.label());
		state.put("project.fund", fund.name());
		this.audit.created(wardId, actor, ENTITY, project.getId(), state);
		return toDetail(project, fund);
	}

	@Transactional
	public ProjectDetail update(CurrentUser actor, Long id, ProjectDetails details, Integer expectedVersion) {
		actor.require(Action.WRITE);
		Project project = load(actor, id);
		requireVersion(project, expectedVersion);
		var before = project.auditState(this::label);
		project.apply(details, today());
		this.audit.changed(project.getWardId(), actor, ENTITY, id, before, project.auditState(this::label));
		this.funds.followProject(actor, project.getFundId(), details.name(), null, false);
		this.funds.startProjectFundBy(actor, project.getFundId(), details.plannedStart());
		project = this.projects.saveAndFlush(project);
		return toDetail(project, this.funds.get(actor, project.getFundId()));
	}

	/**
	 * Moves the project along its status machine (see {@link ProjectStatus}). Approval
	 * needs a latest meeting where more than 50% of the area's households agreed.
	 */
	@Transactional
	public void changeStatus(CurrentUser actor, Long id, StatusChange change) {
		actor.require(Action.WRITE);
		Project project = loadForUpdate(actor, id);
		if (change.target() == null) {
			throw new RuleViolationException("target", "project.status.required");
		}
		ProjectStatus from = project.getStatus();
		var before = project.auditState(this::label);
		project.moveTo(change.target(), (change.date() != null) ? change.date() : today(), change.note(), today());
		var after = project.auditState(this::label);
		this.audit.action(project.getWardId(), actor, ENTITY, id, "PROJECT_STATUS", "project.status", label(from),
				label(change.target()));
		before.remove("project.status");
		after.remove("project.status");
		this.audit.changed(project.getWardId(), actor, ENTITY, id, before, after);
		this.projects.flush();
	}

	/**
	 * Records a residents' meeting while the project is being decided, with the area's
	 * household count from the register. Residents often start giving at the meeting, so
	 * the project's fund starts no later than the meeting's date.
	 */
	@Transactional
	public void addMeeting(CurrentUser actor, Long id, MeetingDetails details) {
		actor.require(Action.WRITE);
		Project project = loadForUpdate(actor, id);
		int areaHouseholds = countHouseholds(actor, project.getAreaId());
		ProjectMeeting meeting = project.addMeeting(details, areaHouseholds, actor.username(), this.clock.instant(),
				today());
		this.audit.action(project.getWardId(), actor, ENTITY, id, "PROJECT_MEETING", "project.meeting", null,
				describe(meeting));
		this.funds.startProjectFundBy(actor, project.getFundId(), meeting.getDate());
		this.projects.flush();
	}

	@Transactional
	public void removeMeeting(CurrentUser actor, Long id, Long meetingId) {
		actor.require(Action.WRITE);
		Project project = loadForUpdate(actor, id);
		ProjectMeeting meeting = project.removeMeeting(meetingId);
		this.audit.action(project.getWardId(), actor, ENTITY, id, "PROJECT_MEETING_DEL", "project.meeting",
				describe(meeting), null);
		this.projects.flush();
	}

	@Transactional
	public void addBoardMember(CurrentUser actor, Long id, BoardMemberDetails details) {
		actor.require(Action.WRITE);
		Project project = loadForUpdate(actor, id);
		BoardMember member = project.addBoardMember(details);
		this.audit.action(project.getWardId(), actor, ENTITY, id, "PROJECT_BOARD_ADD", "project.board", null,
				member.describe());
		this.projects.flush();
	}

	@Transactional
	public void removeBoardMember(CurrentUser actor, Long id, Long memberId) {
		actor.require(Action.WRITE);
		Project project = loadForUpdate(actor, id);
		BoardMember member = project.removeBoardMember(memberId);
		this.audit.action(project.getWardId(), actor, ENTITY, id, "PROJECT_BOARD_DEL", "project.board",
				member.describe(), null);
		this.projects.flush();
	}

	/**
	 * Adds an update to the timeline with its photos: JPEG, PNG or WebP (by their first
	 * bytes), at most {@value #MAX_PHOTO_BYTES} bytes each. One bad photo and nothing is
	 * written.
	 */
	@Transactional
	public void addUpdate(CurrentUser actor, Long id, UpdateDetails details) {
		actor.require(Action.WRITE);
		Project project = loadForUpdate(actor, id);
		List<FileType> types = checkPhotos(details.photos());
		int progressBefore = project.getProgress();
		ProjectUpdate update = project.addUpdate(details, actor.username(), this.clock.instant(), today());
		this.projects.flush();
		for (int i = 0; i < types.size(); i++) {
			UploadedPhoto photo = details.photos().get(i);
			this.photos.insert(project.getWardId(), id, update.getId(), types.get(i), fileName(photo.fileName()),
					photo.bytes());
		}
		String described = update.describe()
				+ (types.isEmpty() ? "" : " – " + message("project.update.photoCount", types.size()));
		this.audit.action(project.getWardId(), actor, ENTITY, id, "PROJECT_UPDATE", "project.update", null, described);
		if (project.getProgress() != progressBefore) {
			this.audit.changed(project.getWardId(), actor, ENTITY, id, Map.of("project.progress", progressBefore + "%"),
					Map.of("project.progress", project.getProgress() + "%"));
		}
	}

	/**
	 * Withdraws an update and its photos.
	 */
	@Transactional
	public void removeUpdate(CurrentUser actor, Long id, Long updateId) {
		actor.require(Action.WRITE);
		Project project = loadForUpdate(actor, id);
		ProjectUpdate update = project.removeUpdate(updateId);
		int photoCount = this.photos.countOfUpdate(updateId);
		String described = update.describe()
				+ ((photoCount == 0) ? "" : " – " + message("project.update.photoCount", photoCount));
		this.audit.action(project.getWardId(), actor, ENTITY, id, "PROJECT_UPDATE_DEL", "project.update", described,
				null);
		this.projects.flush();
	}

	@Transactional
	public void savePlan(CurrentUser actor, Long id, FundingPlan plan, Integer expectedVersion) {
		actor.require(Action.WRITE);
		Project project = load(actor, id);
		requireVersion(project, expectedVersion);
		var before = project.planAuditState();
		project.replacePlan(plan.bySource(), Ledger.MAX_AMOUNT);
		this.audit.changed(project.getWardId(), actor, ENTITY, id, before, project.planAuditState());
		Money total = plan.bySource().values().stream().reduce(Money.ZERO, Money::plus);
		this.funds.followProject(actor, project.getFundId(), null,
				total.compareTo(Ledger.MAX_AMOUNT) > 0 ? null : total, true);
		this.projects.saveAndFlush(project);
	}

	/**
	 * A photo of a project the user may see.
	 */
	@Transactional(readOnly = true)
	public PhotoContent photo(CurrentUser user, Long id, Long photoId) {
		user.require(Action.READ);
		Project project = load(user, id);
		return this.photos.find(project.getId(), photoId).orElseThrow(() -> new ProjectNotFoundException(photoId));
	}

	/**
	 * A project for its public page (no login): nothing private.
	 */
	@Transactional(readOnly = true)
	public PublicProjectView publicGet(Long id) {
		Project project = this.projects.findById(id).orElseThrow(() -> new ProjectNotFoundException(id));
		AreaView area = this.areas.requireInWard(project.getWardId(), project.getAreaId());
		FundingView funding = funding(project, this.funds.publicGet(project.getFundId()));
		Map<Long, List<Long>> photoIds = this.photos.idsByUpdate(id);
		return new PublicProjectView(project.getId(), this.wards.get(project.getWardId()).name(), project.getName(),
				project.getKind(), area.name(), project.getLocation(), project.getLengthMetres(),
				project.getWidthMetres(), project.getHouseholdsBenefiting(), project.getDescription(),
				project.getStatus(), project.getProgress(), project.getPlannedStart(), project.getPlannedEnd(),
				project.getActualStart(), project.getActualEnd(), project.getCancelReason(), funding,
				project.getMeetings().stream().map(ProjectMeeting::toPublicView).toList(),
				project.getBoard().stream().map(BoardMember::toPublicView).toList(),
				project.getUpdates()
					.stream()
					.map((update) -> update.toPublicView(photoIds.getOrDefault(update.getId(), List.of())))
					.toList());
	}

	/**
	 * A ward's projects for its public page (no login), cancelled ones included — last —
	 * so that residents see what became of a project they were asked to pay for.
	 */
	@Transactional(readOnly = true)
	public List<PublicProjectSummary> publicList(Long wardId) {
		return this.search.publicList(wardId);
	}

	/**
	 * The project a fund raises money for, for the fund's public page; empty for a
	 * campaign fund.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> publicProjectOfFund(Long fundId) {
		return this.projects.findIdByFundId(fundId);
	}

	/**
	 * A photo of a project for its public page: only a photo of that project.
	 */
	@Transactional(readOnly = true)
	public PhotoContent publicPhoto(Long id, Long photoId) {
		return this.photos.find(id, photoId).orElseThrow(() -> new ProjectNotFoundException(photoId));
	}

	private List<FileType> checkPhotos(List<UploadedPhoto> uploaded) {
		if (uploaded.size() > MAX_PHOTOS_PER_UPDATE) {
			throw new RuleViolationException("photos", "project.photo.tooMany", MAX_PHOTOS_PER_UPDATE);
		}
		List<FileType> types = new ArrayList<>();
		for (UploadedPhoto photo : uploaded) {
			String name = fileName(photo.fileName());
			if (photo.size() > MAX_PHOTO_BYTES) {
				throw new RuleViolationException("photos", "project.photo.tooLarge", (name != null) ? name : "", 5);
			}
			types.add(FileType.image(photo.bytes())
				.orElseThrow(
						() -> new RuleViolationException("photos", "project.photo.type", (name != null) ? name : "")));
		}
		return types;
	}

	/** The file's own name (no folders), at most 255 characters; null when blank. */
	private static String fileName(String uploaded) {
		if (uploaded == null) {
			return null;
		}
		String name = uploaded.substring(Math.max(uploaded.lastIndexOf('/'), uploaded.lastIndexOf('\\')) + 1).strip();
		if (name.isEmpty()) {
			return null;
		}
		return (name.length() > 255) ? name.substring(name.length() - 255) : name;
	}

	private int countHouseholds(CurrentUser actor, Long areaId) {
		return Math
			.toIntExact(this.households.list(actor, new HouseholdQuery(null, areaId, null, null), PageRequest.of(0, 1))
				.getTotalElements());
	}

	private String describe(ProjectMeeting meeting) {
		return message("project.meeting.describe", VietnameseDates.format(meeting.getDate()),
				meeting.getHouseholdsPresent(), meeting.getHouseholdsAgreeing(), meeting.getAreaHouseholds(),
				meeting.agreementPercent());
	}

	private ProjectDetail toDetail(Project project, FundSummary fund) {
		AreaView area = this.areas.requireInWard(project.getWardId(), project.getAreaId());
		Map<Long, List<Long>> photoIds = this.photos.idsByUpdate(project.getId());
		return new ProjectDetail(project.getId(), project.getKind(), project.getName(), project.getAreaId(),
				area.label(), project.getLocation(), project.getLengthMetres(), project.getWidthMetres(),
				project.getHouseholdsBenefiting(), project.getDescription(), project.getStatus(), project.getProgress(),
				project.getPlannedStart(), project.getPlannedEnd(), project.getActualStart(), project.getActualEnd(),
				project.getCancelReason(), funding(project, fund),
				project.getMeetings().stream().map(ProjectMeeting::toView).toList(),
				project.getBoard().stream().map(BoardMember::toView).toList(),
				project.getUpdates()
					.stream()
					.map((update) -> update.toView(photoIds.getOrDefault(update.getId(), List.of())))
					.toList(),
				project.getVersion());
	}

	private FundingView funding(Project project, FundSummary fund) {
		Map<FundingSource, Money> plan = project.plan();
		Map<FundingSource, Money> raised = this.funds.raisedBySource(fund.id());
		List<FundingLine> lines = new ArrayList<>();
		for (FundingSource source : FundingSource.values()) {
			lines.add(new FundingLine(source, plan.get(source), raised.getOrDefault(source, Money.ZERO)));
		}
		Money plannedTotal = plan.isEmpty() ? null : plan.values().stream().reduce(Money.ZERO, Money::plus);
		return new FundingView(fund.id(), fund.name(), List.copyOf(lines), plannedTotal, fund.raised(), fund.inKind(),
				fund.spent());
	}

	private static void requireVersion(Project project, Integer expectedVersion) {
		if (!Objects.equals(project.getVersion(), expectedVersion)) {
			throw new StaleEditException("project", project.getId());
		}
	}

	private Project load(CurrentUser user, Long id) {
		return inScope(user, Action.READ, this.projects.findByIdAndWardId(id, user.requireWard()), id);
	}

	private Project loadForUpdate(CurrentUser user, Long id) {
		return inScope(user, Action.WRITE, this.projects.findForUpdate(id, user.requireWard()), id);
	}

	private Project inScope(CurrentUser user, Action action, java.util.Optional<Project> found, Long id) {
		Project project = found.orElseThrow(() -> new ProjectNotFoundException(id));
		this.policy.require(user, action, RecordScope.area(project.getWardId(), project.getAreaId()),
				() -> new ProjectNotFoundException(id));
		return project;
	}

	/**
	 * A project goes only to an area of the user's scope (else 404) that is in use today.
	 */
	private AreaView requireActiveAreaInScope(CurrentUser user, Long areaId) {
		if (areaId == null) {
			throw new RuleViolationException("areaId", "project.area.required");
		}
		AreaView area = this.areas.requireInWard(user.requireWard(), areaId);
		if (!this.scopes.of(user).covers(user.wardId(), area.id())) {
			throw new AreaNotFoundException(areaId);
		}
		if (!area.isActiveOn(today())) {
			throw new RuleViolationException("areaId", "project.area.inactive");
		}
		return area;
	}

	private String label(Enum<?> value) {
		if (value == null) {
			return null;
		}
		String prefix = (value instanceof ProjectStatus) ? "projectStatus" : "projectKind";
		return this.messages.getMessage(prefix + "." + value.name(), null, value.name(), VietnameseText.LOCALE);
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, VietnameseText.LOCALE);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
