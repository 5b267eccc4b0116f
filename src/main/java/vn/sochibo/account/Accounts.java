package vn.sochibo.account;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.shared.AccessPolicy;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.Role;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.StaleEditException;
import vn.sochibo.ward.AreaView;
import vn.sochibo.ward.Areas;
import vn.sochibo.ward.AreasMerged;
import vn.sochibo.ward.CellView;
import vn.sochibo.ward.Cells;
import vn.sochibo.ward.WardSettings;
import vn.sochibo.ward.WardView;
import vn.sochibo.ward.Wards;

/**
 * User accounts: the system admin creates wards with their first admin; the ward admin
 * manages the ward's users and what they are assigned to.
 */
@Service
public class Accounts {

	public static final String ENTITY = "USER";

	/** Passwords shorter than this are refused. */
	public static final int MIN_PASSWORD_LENGTH = 10;

	private final AppUserRepository users;

	private final PasswordEncoder passwordEncoder;

	private final Wards wards;

	private final Areas areas;

	private final Cells cells;

	private final AuditTrail audit;

	Accounts(AppUserRepository users, PasswordEncoder passwordEncoder, Wards wards, Areas areas, Cells cells,
			AuditTrail audit) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.wards = wards;
		this.areas = areas;
		this.cells = cells;
		this.audit = audit;
	}

	/**
	 * Creates a ward and its first ward admin in one transaction (system admin only).
	 */
	@Transactional
	public WardView createWard(CurrentUser actor, WardSettings settings, String adminUsername, String adminFullName,
			String adminPassword) {
		actor.require(Action.MANAGE_WARDS);
		String username = normalize(adminUsername);
		if (this.users.existsByUsername(username)) {
			throw new RuleViolationException("adminUsername", "user.username.duplicate");
		}
		requireStrong("adminPassword", adminPassword);
		WardView ward = this.wards.create(actor, settings);
		AppUser admin = this.users.save(new AppUser(ward.id(), username, adminFullName, Role.WARD_ADMIN,
				this.passwordEncoder.encode(adminPassword)));
		this.audit.created(ward.id(), actor, ENTITY, admin.getId(), admin.auditState());
		return ward;
	}

	@Transactional(readOnly = true)
	public List<UserView> list(CurrentUser actor) {
		Long wardId = actor.require(Action.MANAGE_USERS).requireWard();
		Labels labels = labels(actor);
		return this.users.findAllByWardId(wardId).stream().map((user) -> toView(user, labels)).toList();
	}

	/**
	 * The full name of a user of the ward (for documents such as receipts), or the login
	 * name itself when there is no such user.
	 */
	@Transactional(readOnly = true)
	public String fullNameOf(Long wardId, String username) {
		return this.users.findByUsername(normalize(username))
			.filter((user) -> wardId.equals(user.getWardId()))
			.map(AppUser::getFullName)
			.orElse(username);
	}

	/**
	 * The ward's users for those who read audit trails (the ward admin, the inspector):
	 * whose trail to open.
	 */
	@Transactional(readOnly = true)
	public List<UserView> listForAudit(CurrentUser actor) {
		Long wardId = actor.require(Action.READ_AUDIT).requireWard();
		Labels labels = labels(actor);
		return this.users.findAllByWardId(wardId).stream().map((user) -> toView(user, labels)).toList();
	}

	/**
	 * A user of the actor's ward whose audit trail the actor may read; a user of another
	 * ward is not found.
	 */
	@Transactional(readOnly = true)
	public UserView getForAudit(CurrentUser actor, Long id) {
		Long wardId = actor.require(Action.READ_AUDIT).requireWard();
		return toView(load(wardId, id), labels(actor));
	}

	@Transactional(readOnly = true)
	public UserView get(CurrentUser actor, Long id) {
		Long wardId = actor.require(Action.MANAGE_USERS).requireWard();
		return toView(load(wardId, id), labels(actor));
	}

	@Transactional
	public UserView create(CurrentUser actor, UserDetailsCommand details, String password) {
		Long wardId = actor.require(Action.MANAGE_USERS).requireWard();
		String username = normalize(details.username());
		if (this.users.existsByUsername(username)) {
			throw new RuleViolationException("username", "user.username.duplicate");
		}
		requireStrong("password", password);
		checkAssignments(actor, details);
		AppUser user = new AppUser(wardId, username, details.fullName(), details.role(),
				this.passwordEncoder.encode(password));
		user.assign(nonNull(details.areaIds()), nonNull(details.cellIds()));
		user = this.users.save(user);
		Labels labels = labels(actor);
		this.audit.created(wardId, actor, ENTITY, user.getId(), auditState(user, labels));
		return toView(user, labels);
	}

	@Transactional
	public UserView update(CurrentUser actor, Long id, UserDetailsCommand details, Integer expectedVersion) {
		Long wardId = actor.require(Action.MANAGE_USERS).requireWard();
		AppUser user = load(wardId, id);
		if (!Objects.equals(user.getVersion(), expectedVersion)) {
			throw new StaleEditException("user", id);
		}
		if (user.getId().equals(actor.id()) && !AccessPolicy.allows(details.role(), Action.MANAGE_USERS)) {
			throw new RuleViolationException("role", "user.role.selfDemotion");
		}
		checkAssignments(actor, details);
		Labels labels = labels(actor);
		var before = auditState(user, labels);
		user.update(details.fullName(), details.role(), nonNull(details.areaIds()), nonNull(details.cellIds()));
		this.audit.changed(wardId, actor, ENTITY, id, before, auditState(user, labels));
		return toView(user, labels);
	}

	@Transactional
	public void setEnabled(CurrentUser actor, Long id, boolean enabled) {
		Long wardId = actor.require(Action.MANAGE_USERS).requireWard();
		AppUser user = load(wardId, id);
		if (user.getId().equals(actor.id())) {
			throw new RuleViolationException(null, "user.enabled.self");
		}
		Labels labels = labels(actor);
		var before = auditState(user, labels);
		user.setEnabled(enabled);
		this.audit.changed(wardId, actor, ENTITY, id, before, auditState(user, labels));
	}

	@Transactional
	public void resetPassword(CurrentUser actor, Long id, String password) {
		Long wardId = actor.require(Action.MANAGE_USERS).requireWard();
		AppUser user = load(wardId, id);
		requireStrong("password", password);
		user.changePassword(this.passwordEncoder.encode(password));
		this.audit.action(wardId, actor, ENTITY, id, "PASSWORD_RESET", "password", null, null);
	}

	/**
	 * Changes the actor's own password (every role, the system admin included): the
	 * current one must match, the new one follows the same rule as every other password,
	 * is typed twice and differs from the current one. Nothing changes on a refusal.
	 */
	@Transactional
	public void changeOwnPassword(CurrentUser actor, String currentPassword, String newPassword,
			String repeatedPassword) {
		AppUser user = this.users.findByUsername(normalize(actor.username()))
			.filter((found) -> found.getId().equals(actor.id()))
			.orElseThrow(() -> new UserNotFoundException(actor.id()));
		if (currentPassword == null || !this.passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			throw new RuleViolationException("currentPassword", "user.password.currentWrong");
		}
		requireStrong("newPassword", newPassword);
		requireRepeated("repeatedPassword", newPassword, repeatedPassword);
		if (newPassword.equals(currentPassword)) {
			throw new RuleViolationException("newPassword", "user.password.unchanged");
		}
		user.changePassword(this.passwordEncoder.encode(newPassword));
		this.audit.action(user.getWardId(), actor, ENTITY, user.getId(), "PASSWORD_CHANGE", "password", null, null);
	}

	/**
	 * The admins of a ward, for the system admin (who sees no other user of the ward).
	 */
	@Transactional(readOnly = true)
	public List<UserView> wardAdmins(CurrentUser actor, Long wardId) {
		actor.require(Action.MANAGE_WARDS);
		Labels none = new Labels(Map.of(), Map.of());
		return this.users.findAllByWardId(wardId)
			.stream()
			.filter((user) -> user.getRole() == Role.WARD_ADMIN)
			.map((user) -> toView(user, none))
			.toList();
	}

	/**
	 * One admin of a ward, for the system admin; any other user is not found.
	 */
	@Transactional(readOnly = true)
	public UserView wardAdmin(CurrentUser actor, Long wardId, Long adminId) {
		actor.require(Action.MANAGE_WARDS);
		return this.users.findByIdAndWardId(adminId, wardId)
			.filter((user) -> user.getRole() == Role.WARD_ADMIN)
			.map((user) -> toView(user, new Labels(Map.of(), Map.of())))
			.orElseThrow(() -> new UserNotFoundException(adminId));
	}

	/**
	 * The system admin resets the password of a ward's admin (typed twice, the same rule
	 * as every password); any other user, or an admin of another ward, is not found.
	 */
	@Transactional
	public void resetWardAdminPassword(CurrentUser actor, Long wardId, Long adminId, String password,
			String repeatedPassword) {
		actor.require(Action.MANAGE_WARDS);
		AppUser admin = this.users.findByIdAndWardId(adminId, wardId)
			.filter((user) -> user.getRole() == Role.WARD_ADMIN)
			.orElseThrow(() -> new UserNotFoundException(adminId));
		requireStrong("password", password);
		requireRepeated("repeatedPassword", password, repeatedPassword);
		admin.changePassword(this.passwordEncoder.encode(password));
		this.audit.action(wardId, actor, ENTITY, adminId, "PASSWORD_RESET", "password", null, null);
	}

	/**
	 * Whether the ward has an officer or a cell secretary: for the ward admin's first
	 * steps.
	 */
	@Transactional(readOnly = true)
	public boolean hasOfficersOrSecretaries(CurrentUser actor) {
		Long wardId = actor.require(Action.MANAGE_USERS).requireWard();
		return this.users.existsByWardIdAndRoleIn(wardId, Set.of(Role.OFFICER, Role.CELL_SECRETARY));
	}

	/**
	 * Creates the first system admin when the deployment has none.
	 * @return whether an account was created
	 */
	@Transactional
	public boolean createFirstSystemAdmin(String username, String password) {
		if (this.users.existsByRole(Role.SYSTEM_ADMIN)) {
			return false;
		}
		String key = normalize(username);
		if (this.users.existsByUsername(key)) {
			return false;
		}
		AppUser admin = this.users.save(
				new AppUser(null, key, "Quản trị hệ thống", Role.SYSTEM_ADMIN, this.passwordEncoder.encode(password)));
		this.audit.created(null, admin.toCurrentUser(), ENTITY, admin.getId(), admin.auditState());
		return true;
	}

	/**
	 * Officers of a merged area are assigned to the area that took it over.
	 */
	@EventListener
	void onAreasMerged(AreasMerged merged) {
		Labels labels = labels(merged.actor());
		for (AppUser user : this.users.findByWardIdAndAreaId(merged.wardId(), merged.sourceAreaId())) {
			var before = auditState(user, labels);
			user.addArea(merged.targetAreaId());
			this.audit.changed(merged.wardId(), merged.actor(), ENTITY, user.getId(), before, auditState(user, labels));
		}
	}

	private void checkAssignments(CurrentUser actor, UserDetailsCommand details) {
		if (details.role() == Role.SYSTEM_ADMIN) {
			throw new RuleViolationException("role", "user.role.invalid");
		}
		Set<Long> areaIds = nonNull(details.areaIds());
		Set<Long> cellIds = nonNull(details.cellIds());
		Set<Long> knownAreas = this.areas.list(actor).stream().map(AreaView::id).collect(Collectors.toSet());
		Set<Long> knownCells = this.cells.list(actor).stream().map(CellView::id).collect(Collectors.toSet());
		if (!knownAreas.containsAll(areaIds)) {
			throw new RuleViolationException("areaIds", "user.areas.unknown");
		}
		if (!knownCells.containsAll(cellIds)) {
			throw new RuleViolationException("cellIds", "user.cells.unknown");
		}
		if (details.role() == Role.OFFICER && areaIds.isEmpty()) {
			throw new RuleViolationException("areaIds", "user.areas.required");
		}
		if (details.role() == Role.CELL_SECRETARY && cellIds.isEmpty()) {
			throw new RuleViolationException("cellIds", "user.cells.required");
		}
	}

	private void requireStrong(String field, String password) {
		if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
			throw new RuleViolationException(field, "user.password.tooShort", MIN_PASSWORD_LENGTH);
		}
	}

	private static void requireRepeated(String field, String password, String repeated) {
		if (!Objects.equals(password, repeated)) {
			throw new RuleViolationException(field, "user.password.mismatch");
		}
	}

	private AppUser load(Long wardId, Long id) {
		return this.users.findByIdAndWardId(id, wardId).orElseThrow(() -> new UserNotFoundException(id));
	}

	private Labels labels(CurrentUser actor) {
		return new Labels(this.areas.list(actor).stream().collect(Collectors.toMap(AreaView::id, AreaView::label)),
				this.cells.list(actor).stream().collect(Collectors.toMap(CellView::id, CellView::name)));
	}

	/**
	 * The user's fields for the audit trail, with areas and cells by name.
	 */
	private static Map<String, String> auditState(AppUser user, Labels labels) {
		Map<String, String> state = user.auditState();
		state.put("areas", String.join(", ", names(user.areaIds(), labels.areas())));
		state.put("cells", String.join(", ", names(user.cellIds(), labels.cells())));
		return state;
	}

	private static UserView toView(AppUser user, Labels labels) {
		return new UserView(user.getId(), user.getUsername(), user.getFullName(), user.getRole(), user.isEnabled(),
				user.areaIds(), user.cellIds(), names(user.areaIds(), labels.areas()),
				names(user.cellIds(), labels.cells()), user.getVersion());
	}

	private static List<String> names(Set<Long> ids, Map<Long, String> labels) {
		return ids.stream().map((id) -> labels.getOrDefault(id, "?")).sorted().toList();
	}

	private static Set<Long> nonNull(Set<Long> ids) {
		return (ids != null) ? new HashSet<>(ids) : new HashSet<>();
	}

	static String normalize(String username) {
		return (username != null) ? username.strip().toLowerCase() : "";
	}

	private record Labels(Map<Long, String> areas, Map<Long, String> cells) {
	}

}
