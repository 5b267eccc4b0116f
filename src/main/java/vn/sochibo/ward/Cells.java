package vn.sochibo.ward;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.audit.AuditTrail;
import vn.sochibo.shared.Action;
import vn.sochibo.shared.CurrentUser;
import vn.sochibo.shared.NaturalOrder;
import vn.sochibo.shared.RuleViolationException;
import vn.sochibo.shared.StaleEditException;

/**
 * The Party cells of a ward and the areas they cover.
 */
@Service
public class Cells {

	public static final String ENTITY = "CELL";

	private final PartyCellRepository cells;

	private final ResidentialAreaRepository areas;

	private final AuditTrail audit;

	private final Clock clock;

	Cells(PartyCellRepository cells, ResidentialAreaRepository areas, AuditTrail audit, Clock clock) {
		this.cells = cells;
		this.areas = areas;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<CellView> list(CurrentUser user) {
		Long wardId = user.requireWard();
		Map<Long, AreaView> areaViews = areaViews(wardId);
		return NaturalOrder.sorted(
				this.cells.findAllWithAreasByWardId(wardId).stream().map((cell) -> toView(cell, areaViews)).toList(),
				CellView::name);
	}

	/**
	 * The names of the ward's cells, by id, in list order: for pickers.
	 */
	@Transactional(readOnly = true)
	public Map<Long, String> names(CurrentUser user) {
		return list(user).stream()
			.collect(Collectors.toMap(CellView::id, CellView::name, (first, second) -> first, LinkedHashMap::new));
	}

	@Transactional(readOnly = true)
	public CellView get(CurrentUser user, Long id) {
		Long wardId = user.requireWard();
		return toView(load(wardId, id), areaViews(wardId));
	}

	@Transactional
	public CellView create(CurrentUser actor, CellDetails details) {
		Long wardId = actor.require(Action.MANAGE_WARD).requireWard();
		if (this.cells.existsByWardIdAndNameIgnoreCase(wardId, details.name())) {
			throw new RuleViolationException("name", "cell.name.duplicate");
		}
		PartyCell cell = new PartyCell(wardId, details);
		coverAreas(cell, details.areaIds(), wardId);
		cell = this.cells.save(cell);
		Map<Long, AreaView> areaViews = areaViews(wardId);
		this.audit.created(wardId, actor, ENTITY, cell.getId(), labelled(cell.auditState(), cell, areaViews));
		return toView(cell, areaViews);
	}

	@Transactional
	public CellView update(CurrentUser actor, Long id, CellDetails details, Integer expectedVersion) {
		Long wardId = actor.require(Action.MANAGE_WARD).requireWard();
		PartyCell cell = load(wardId, id);
		if (!Objects.equals(cell.getVersion(), expectedVersion)) {
			throw new StaleEditException("cell", id);
		}
		if (this.cells.existsByWardIdAndNameIgnoreCaseAndIdNot(wardId, details.name(), id)) {
			throw new RuleViolationException("name", "cell.name.duplicate");
		}
		Map<Long, AreaView> areaViews = areaViews(wardId);
		var before = labelled(cell.auditState(), cell, areaViews);
		cell.apply(details);
		coverAreas(cell, details.areaIds(), wardId);
		this.audit.changed(wardId, actor, ENTITY, id, before, labelled(cell.auditState(), cell, areaViews));
		return toView(cell, areaViews);
	}

	/**
	 * Sets the areas a cell covers from today: new links open today, dropped links end
	 * yesterday; past links stay as history.
	 */
	private void coverAreas(PartyCell cell, Set<Long> areaIds, Long wardId) {
		LocalDate today = LocalDate.now(this.clock);
		Set<Long> wanted = (areaIds != null) ? areaIds : Set.of();
		for (Long areaId : new HashSet<>(cell.openAreaIds())) {
			if (!wanted.contains(areaId)) {
				cell.uncover(areaId, today.minusDays(1));
			}
		}
		for (Long areaId : wanted) {
			ResidentialArea area = this.areas.findByIdAndWardId(areaId, wardId)
				.orElseThrow(() -> new RuleViolationException("areaIds", "cell.areas.unknown"));
			LocalDate from = (cell.getId() == null) ? cell.getValidFrom() : today;
			cell.cover(area, from.isBefore(area.getValidFrom()) ? area.getValidFrom() : from);
		}
	}

	/**
	 * The cells that covered a merged area cover the area that took it over, from the
	 * merge date, so their secretaries keep seeing the households that moved.
	 */
	@EventListener
	void onAreasMerged(AreasMerged merged) {
		ResidentialArea target = this.areas.findByIdAndWardId(merged.targetAreaId(), merged.wardId()).orElseThrow();
		Map<Long, AreaView> areaViews = areaViews(merged.wardId());
		for (PartyCell cell : this.cells.findAllWithAreasByWardId(merged.wardId())) {
			if (cell.openAreaIds().contains(merged.sourceAreaId())) {
				var before = labelled(cell.auditState(), cell, areaViews);
				cell.uncover(merged.sourceAreaId(), merged.date().minusDays(1));
				cell.cover(target, merged.date());
				this.audit.changed(merged.wardId(), merged.actor(), ENTITY, cell.getId(), before,
						labelled(cell.auditState(), cell, areaViews));
			}
		}
	}

	private static Map<String, String> labelled(Map<String, String> state, PartyCell cell,
			Map<Long, AreaView> areaViews) {
		state.put("areas",
				cell.openAreaIds()
					.stream()
					.map((id) -> areaViews.containsKey(id) ? areaViews.get(id).label() : String.valueOf(id))
					.sorted()
					.collect(Collectors.joining(", ")));
		return state;
	}

	private PartyCell load(Long wardId, Long id) {
		return this.cells.findByIdAndWardId(id, wardId).orElseThrow(() -> new CellNotFoundException(id));
	}

	private Map<Long, AreaView> areaViews(Long wardId) {
		return this.areas.findViewsByWardId(wardId)
			.stream()
			.collect(Collectors.toMap(AreaView::id, Function.identity()));
	}

	private static CellView toView(PartyCell cell, Map<Long, AreaView> areaViews) {
		List<CellView.CellAreaView> links = cell.getAreas()
			.stream()
			.map((link) -> new CellView.CellAreaView(link.getAreaId(),
					areaViews.containsKey(link.getAreaId()) ? areaViews.get(link.getAreaId()).label() : "?",
					link.getValidFrom(), link.getValidTo()))
			.toList();
		return new CellView(cell.getId(), cell.getName(), cell.getSecretaryName(), cell.getValidFrom(),
				cell.getValidTo(), links, cell.getVersion());
	}

}
