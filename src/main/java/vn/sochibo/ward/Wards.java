package vn.sochibo.ward;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.PublicUrls;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.StaleEditException;

/**
 * Wards and their settings.
 */
@Service
public class Wards {

	static final String ENTITY = "WARD";

	private final WardRepository wards;

	private final AuditTrail audit;

	private final boolean localAddressAllowed;

	private final java.time.Clock clock;

	/**
	 * @param localAddressAllowed whether a ward's public address may name the server's
	 * own machine ({@code localhost}, {@code 127.0.0.1}): only where the deployment
	 * itself is local (the demonstration profile sets it), since a QR code under such an
	 * address opens nothing on a resident's phone
	 */
	Wards(WardRepository wards, AuditTrail audit,
			@Value("${sochibo.public-url.allow-local:false}") boolean localAddressAllowed, java.time.Clock clock) {
		this.wards = wards;
		this.clock = clock;
		this.audit = audit;
		this.localAddressAllowed = localAddressAllowed;
	}

	/**
	 * Creates a ward (system admin only).
	 */
	@Transactional
	public WardView create(CurrentUser actor, WardSettings settings) {
		actor.require(Action.MANAGE_WARDS);
		if (this.wards.existsByNameIgnoreCaseAndProvinceIgnoreCase(settings.name(), settings.province())) {
			throw new RuleViolationException("name", "ward.name.duplicate");
		}
		checkPublicAddress(settings);
		Ward ward = this.wards.save(new Ward(settings));
		this.audit.created(ward.getId(), actor, ENTITY, ward.getId(), ward.auditState());
		return ward.toView();
	}

	@Transactional(readOnly = true)
	public WardView get(Long wardId) {
		return this.wards.findById(wardId).map(Ward::toView).orElseThrow(() -> new WardNotFoundException(wardId));
	}

	@Transactional(readOnly = true)
	public WardView current(CurrentUser user) {
		return get(user.requireWard());
	}

	@Transactional(readOnly = true)
	public List<WardView> list(CurrentUser actor) {
		actor.require(Action.MANAGE_WARDS);
		return this.wards.findAllByOrderByNameAsc().stream().map(Ward::toView).toList();
	}

	/**
	 * All wards, for the public home page (names only are shown).
	 */
	@Transactional(readOnly = true)
	public List<WardView> publicList() {
		return this.wards.findAllByOrderByNameAsc().stream().map(Ward::toView).toList();
	}

	/**
	 * A ward as the system admin sees it: its settings, none of its records.
	 */
	@Transactional(readOnly = true)
	public WardView getForOperator(CurrentUser actor, Long wardId) {
		actor.require(Action.MANAGE_WARDS);
		return get(wardId);
	}

	/**
	 * The system admin changes a ward's name, province, unit label and superior body; the
	 * rest of its settings stay the ward admin's.
	 */
	@Transactional
	public WardView updateIdentity(CurrentUser actor, Long wardId, WardIdentity identity, Integer expectedVersion) {
		actor.require(Action.MANAGE_WARDS);
		Ward ward = this.wards.findById(wardId).orElseThrow(() -> new WardNotFoundException(wardId));
		if (!ward.getVersion().equals(expectedVersion)) {
			throw new StaleEditException("ward", wardId);
		}
		if (this.wards.existsByNameIgnoreCaseAndProvinceIgnoreCaseAndIdNot(identity.name(), identity.province(),
				wardId)) {
			throw new RuleViolationException("name", "ward.name.duplicate");
		}
		var before = ward.auditState();
		ward.apply(identity);
		this.audit.changed(wardId, actor, ENTITY, wardId, before, ward.auditState());
		return ward.toView();
	}

	/**
	 * Sets when the Party committee's term began (ward admin only): documents are
	 * numbered from 01 per type within it. Not in the future, not before 2000.
	 */
	@Transactional
	public WardView startPartyTerm(CurrentUser actor, java.time.LocalDate startsOn, Integer expectedVersion) {
		actor.require(Action.MANAGE_WARD);
		Long wardId = actor.requireWard();
		Ward ward = this.wards.findById(wardId).orElseThrow(() -> new WardNotFoundException(wardId));
		if (!ward.getVersion().equals(expectedVersion)) {
			throw new StaleEditException("ward", wardId);
		}
		if (startsOn != null && (startsOn.isAfter(java.time.LocalDate.now(this.clock))
				|| startsOn.getYear() < vn.sochibo.shared.RecordDates.FIRST_YEAR)) {
			throw new vn.sochibo.shared.RuleViolationException("partyTermStartsOn", "ward.partyTerm.range");
		}
		var before = ward.auditState();
		ward.startPartyTerm(startsOn);
		this.audit.changed(wardId, actor, ENTITY, wardId, before, ward.auditState());
		return ward.toView();
	}

	/**
	 * Changes the settings of the actor's own ward (ward admin only).
	 */
	@Transactional
	public WardView updateSettings(CurrentUser actor, WardSettings settings, Integer expectedVersion) {
		actor.require(Action.MANAGE_WARD);
		Long wardId = actor.requireWard();
		Ward ward = this.wards.findById(wardId).orElseThrow(() -> new WardNotFoundException(wardId));
		if (!ward.getVersion().equals(expectedVersion)) {
			throw new StaleEditException("ward", wardId);
		}
		checkPublicAddress(settings);
		var before = ward.auditState();
		ward.apply(settings);
		this.audit.changed(wardId, actor, ENTITY, wardId, before, ward.auditState());
		return ward.toView();
	}

	/**
	 * A public address that names the server's own machine is refused (unless the
	 * deployment is local): the QR codes under it would open nothing.
	 */
	private void checkPublicAddress(WardSettings settings) {
		if (!this.localAddressAllowed && PublicUrls.pointsToThisMachine(settings.publicBaseUrl())) {
			throw new RuleViolationException("publicBaseUrl", "ward.publicBaseUrl.local");
		}
	}

}
