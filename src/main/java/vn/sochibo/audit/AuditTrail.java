package vn.sochibo.audit;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.sochibo.shared.CurrentUser;

/**
 * The audit trail of every change to register and account records: who, when, which
 * field, old → new. Joins the caller's transaction, so a change and its trail are written
 * together or not at all.
 */
@Service
public class AuditTrail {

	/** How many lines a history shows. */
	public static final int HISTORY_LIMIT = 200;

	private final AuditEventRepository events;

	private final Clock clock;

	AuditTrail(AuditEventRepository events, Clock clock) {
		this.events = events;
		this.clock = clock;
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

	@Transactional(readOnly = true)
	public List<AuditEntryView> history(String entityType, Long entityId) {
		return this.events.history(entityType, entityId, PageRequest.of(0, HISTORY_LIMIT));
	}

	@Transactional(readOnly = true)
	public List<AuditEntryView> byActor(Long wardId, Long actorId) {
		return this.events.byActor(wardId, actorId, PageRequest.of(0, HISTORY_LIMIT));
	}

	private void record(Long wardId, CurrentUser actor, String entityType, Long entityId, String action, String field,
			String oldValue, String newValue) {
		this.events.save(new AuditEvent(wardId, entityType, entityId, action, field, oldValue, newValue, actor.id(),
				actor.username(), this.clock.instant()));
	}

	private static String blankToNull(String value) {
		return (value == null || value.isEmpty()) ? null : value;
	}

}
