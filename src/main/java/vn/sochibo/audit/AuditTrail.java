package vn.sochibo.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.shared.Action;
import vn.sochibo.shared.CopyIn;
import vn.sochibo.shared.CurrentUser;

/**
 * The audit trail of every change to register, account and ledger records: who, when,
 * which field, old → new. A line about a part of a larger record (an entry, a paper list
 * or a receipt print of a fund) names that record as its parent and shows in its history
 * too. Joins the caller's transaction, so a change and its trail are written together or
 * not at all. Histories are read page by page.
 */
@Service
public class AuditTrail {

	/** How many lines the unpaged histories return. */
	public static final int HISTORY_LIMIT = 200;

	/** How many lines a page of a history shows. */
	public static final int PAGE_SIZE = 50;

	private final AuditEventRepository events;

	private final CopyIn copyIn;

	private final Clock clock;

	AuditTrail(AuditEventRepository events, CopyIn copyIn, Clock clock) {
		this.events = events;
		this.copyIn = copyIn;
		this.clock = clock;
	}

	/**
	 * Records many records created (or changed) at once by an import: one line each,
	 * naming the import job whose plan holds every value written
	 * ({@code /imports/{job}}).
	 * @param action {@code IMPORT} for a new record, {@code IMPORT_UPDATE} for a changed
	 * one
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void imported(Long wardId, CurrentUser actor, String entityType, Collection<Long> ids, String action,
			long jobId) {
		Instant at = this.clock.instant();
		String job = String.valueOf(jobId);
		this.copyIn.copy("audit_events",
				List.of("ward_id", "entity_type", "entity_id", "action", "field", "new_value", "actor_id", "actor",
						"occurred_at"),
				ids, (id) -> java.util.Arrays.asList(wardId, entityType, id, action, "importJob", job, actor.id(),
						actor.username(), at.toString()));
	}

	/**
	 * Records a new record with the value of each of its fields.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void created(Long wardId, CurrentUser actor, String entityType, Long entityId, Map<String, String> state) {
		if (state.values().stream().allMatch((value) -> value == null || value.isEmpty())) {
			record(wardId, actor, entityType, entityId, "CREATE", null, null, null);
		}
		state.forEach((field, value) -> {
			if (value != null && !value.isEmpty()) {
				record(wardId, actor, entityType, entityId, "CREATE", field, null, value);
			}
		});
	}

	/**
	 * Records each field whose value differs between the two states.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void changed(Long wardId, CurrentUser actor, String entityType, Long entityId, Map<String, String> before,
			Map<String, String> after) {
		Set<String> fields = new LinkedHashSet<>(before.keySet());
		fields.addAll(after.keySet());
		for (String field : fields) {
			String old = before.get(field);
			String now = after.get(field);
			if (!Objects.equals(blankToNull(old), blankToNull(now))) {
				record(wardId, actor, entityType, entityId, "UPDATE", field, old, now);
			}
		}
	}

	/**
	 * Records an action that is not a plain field edit (merge, add status, disable…).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void action(Long wardId, CurrentUser actor, String entityType, Long entityId, String action, String field,
			String oldValue, String newValue) {
		record(wardId, actor, entityType, entityId, action, field, oldValue, newValue);
	}

	/**
	 * Records an action on a part of a larger record (an entry of a fund): it shows in
	 * the part's history and in the parent's.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void partAction(Long wardId, CurrentUser actor, String parentType, Long parentId, String entityType,
			Long entityId, String action, String field, String newValue) {
		this.events.save(new AuditEvent(wardId, entityType, entityId, parentType, parentId, action, field, null,
				newValue, actor.id(), actor.username(), this.clock.instant()));
	}

	/**
	 * One page of a record's history, newest first (the caller has checked that the user
	 * may read the record).
	 */
	@Transactional(readOnly = true)
	public Page<AuditEntryView> history(Long wardId, String entityType, Long entityId, int page) {
		return this.events.historyPage(wardId, entityType, entityId, page(page));
	}

	/**
	 * One page of the history of a record and of its parts (a fund with its entries,
	 * lists and prints), newest first.
	 */
	@Transactional(readOnly = true)
	public Page<AuditEntryView> historyWithParts(Long wardId, String entityType, Long entityId, int page) {
		return this.events.historyWithPartsPage(wardId, entityType, entityId, page(page));
	}

	/**
	 * One page of what a user of the viewer's ward did, newest first: for those who may
	 * read audit trails (the ward admin, the inspector).
	 */
	@Transactional(readOnly = true)
	public Page<AuditEntryView> byActor(CurrentUser viewer, Long actorId, int page) {
		Long wardId = viewer.require(Action.READ_AUDIT).requireWard();
		return this.events.byActorPage(wardId, actorId, page(page));
	}

	/**
	 * A record's whole history — with {@code withParts} that of its parts too, as
	 * {@link #historyWithParts} pages it — newest first, one line at a time: the
	 * history's download (the caller has checked that the user may read the record).
	 */
	@Transactional(readOnly = true)
	public void forEachInHistory(Long wardId, String entityType, Long entityId, boolean withParts,
			Consumer<AuditEntryView> action) {
		try (Stream<AuditEntryView> lines = this.events.streamHistory(wardId, entityType, entityId, withParts)) {
			lines.forEach(action);
		}
	}

	/**
	 * Everything a user of the viewer's ward did, newest first as {@link #byActor} pages
	 * it, one line at a time: the trail's download, for those who may read audit trails.
	 */
	@Transactional(readOnly = true)
	public void forEachByActor(CurrentUser viewer, Long actorId, Consumer<AuditEntryView> action) {
		Long wardId = viewer.require(Action.READ_AUDIT).requireWard();
		try (Stream<AuditEntryView> lines = this.events.streamByActor(wardId, actorId)) {
			lines.forEach(action);
		}
	}

	/**
	 * The first {@link #HISTORY_LIMIT} lines of a record's history; pages use
	 * {@link #history(Long, String, Long, int)}.
	 */
	@Transactional(readOnly = true)
	public List<AuditEntryView> history(String entityType, Long entityId) {
		return this.events.history(entityType, entityId, PageRequest.of(0, HISTORY_LIMIT));
	}

	/**
	 * The first {@link #HISTORY_LIMIT} lines a user wrote; pages use
	 * {@link #byActor(CurrentUser, Long, int)}.
	 */
	@Transactional(readOnly = true)
	public List<AuditEntryView> byActor(Long wardId, Long actorId) {
		return this.events.byActor(wardId, actorId, PageRequest.of(0, HISTORY_LIMIT));
	}

	private void record(Long wardId, CurrentUser actor, String entityType, Long entityId, String action, String field,
			String oldValue, String newValue) {
		this.events.save(new AuditEvent(wardId, entityType, entityId, null, null, action, field, oldValue, newValue,
				actor.id(), actor.username(), this.clock.instant()));
	}

	private static PageRequest page(int page) {
		return PageRequest.of(Math.max(page, 0), PAGE_SIZE);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

}
