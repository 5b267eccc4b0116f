package vn.sochibo.ward;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.StaleEditException;

/**
 * The residential areas of a ward: every ward user reads them, the ward admin changes
 * them.
 */
@Service
public class Areas {

	public static final String ENTITY = "AREA";

	private final ResidentialAreaRepository areas;

	private final WardRepository wards;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Areas(ResidentialAreaRepository areas, WardRepository wards, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.areas = areas;
		this.wards = wards;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<AreaView> list(CurrentUser user) {
		return this.areas.findViewsByWardId(user.requireWard());
	}

	/**
	 * The areas of a ward that are in use today (not merged, not ended).
	 */
	@Transactional(readOnly = true)
	public List<AreaView> active(CurrentUser user) {
		LocalDate today = LocalDate.now(this.clock);
		return list(user).stream().filter((area) -> area.isActiveOn(today)).toList();
	}

	/**
	 * The labels of the areas in use today, by id, in list order: for pickers.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> activeLabels(CurrentUser user) {
		return active(user).stream()
			.collect(Collectors.toMap(AreaView::id, AreaView::label, (first, second) -> first, LinkedHashMap::new));
	}

	@Transactional(readOnly = true)
	public AreaView get(CurrentUser user, Long id) {
		return toView(load(user.requireWard(), id));
	}

	/**
	 * The area with this id in this ward, or {@link AreaNotFoundException}: for other
	 * features that link records to an area.
	 */
	@Transactional(readOnly = true)
	public AreaView requireInWard(Long wardId, Long id) {
		return toView(load(wardId, id));
	}

	@Transactional
	public AreaView create(CurrentUser actor, AreaDetails details) {
		Long wardId = actor.require(Action.MANAGE_WARD).requireWard();
		if (this.areas.existsByWardIdAndCodeIgnoreCase(wardId, details.code())) {
			throw new RuleViolationException("code", "area.code.duplicate");
		}
		AreaKind usualKind = this.wards.findById(wardId)
			.map((ward) -> AreaKind.named(ward.getUnitLabel()))
			.orElseThrow();
		ResidentialArea area = this.areas.save(new ResidentialArea(wardId, details, usualKind));
		this.audit.created(wardId, actor, ENTITY, area.getId(), auditState(area));
		return toView(area);
	}

	@Transactional
	public AreaView update(CurrentUser actor, Long id, AreaDetails details, Integer expectedVersion) {
		Long wardId = actor.require(Action.MANAGE_WARD).requireWard();
		ResidentialArea area = load(wardId, id);
		if (!Objects.equals(area.getVersion(), expectedVersion)) {
			throw new StaleEditException("area", id);
		}
		if (this.areas.existsByWardIdAndCodeIgnoreCaseAndIdNot(wardId, details.code(), id)) {
			throw new RuleViolationException("code", "area.code.duplicate");
		}
		var before = auditState(area);
		area.apply(details);
		this.audit.changed(wardId, actor, ENTITY, id, before, auditState(area));
		return toView(area);
	}

	/**
	 * Merges the source area into the target from the given date: the source ends the day
	 * before, its households move to the target (the household feature listens for
	 * {@link AreasMerged}), and both areas keep the history.
	 */
	@Transactional
	public AreaView merge(CurrentUser actor, Long sourceId, Long targetId, LocalDate date) {
		Long wardId = actor.require(Action.MANAGE_WARD).requireWard();
		ResidentialArea source = load(wardId, sourceId);
		ResidentialArea target = this.areas.findByIdAndWardId(targetId, wardId)
			.orElseThrow(() -> new RuleViolationException("targetId", "area.merge.targetInvalid"));
		if (date.isAfter(LocalDate.now(this.clock))) {
			throw new RuleViolationException("date", "area.merge.future");
		}
		var before = auditState(source);
		source.mergeInto(target, date);
		this.audit.changed(wardId, actor, ENTITY, sourceId, before, auditState(source));
		this.audit.action(wardId, actor, ENTITY, targetId, "MERGE_IN", "mergedFrom", null, label(source));
		this.events
			.publishEvent(new AreasMerged(wardId, sourceId, label(source), targetId, label(target), date, actor));
		return toView(source);
	}

	/**
	 * The area's fields for the audit trail, with the area it merged into by its label.
	 */
	private Map<String, String> auditState(ResidentialArea area) {
		Map<String, String> state = area.auditState();
		if (area.getMergedIntoId() != null) {
			state.put("mergedIntoId",
					this.areas.findByIdAndWardId(area.getMergedIntoId(), area.getWardId())
						.map(Areas::label)
						.orElse(String.valueOf(area.getMergedIntoId())));
		}
		return state;
	}

	private ResidentialArea load(Long wardId, Long id) {
		return this.areas.findByIdAndWardId(id, wardId).orElseThrow(() -> new AreaNotFoundException(id));
	}

	private AreaView toView(ResidentialArea area) {
		String mergedIntoName = (area.getMergedIntoId() != null)
				? this.areas.findByIdAndWardId(area.getMergedIntoId(), area.getWardId())
					.map(ResidentialArea::getName)
					.orElse(null)
				: null;
		return new AreaView(area.getId(), area.getCode(), area.getName(), area.getKind(), area.getValidFrom(),
				area.getValidTo(), area.getMergedIntoId(), mergedIntoName, area.getVersion());
	}

	private static String label(ResidentialArea area) {
		return area.getCode() + " – " + area.getName();
	}

}
