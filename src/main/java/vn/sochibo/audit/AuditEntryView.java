package vn.sochibo.audit;

import java.time.Instant;
import java.time.LocalDateTime;

import vn.sochibo.shared.VietnamTime;

/**
 * A line of a record's history as pages show it.
 */
public record AuditEntryView(Instant occurredAt, String actor, String entityType, Long entityId, String action,
		String field, String oldValue, String newValue) {

	/** The moment in Vietnam's time, for display. */
	public LocalDateTime localTime() {
		return LocalDateTime.ofInstant(this.occurredAt, VietnamTime.ZONE);
	}

	/** Message key of the field's label, e.g. {@code audit.field.headName}. */
	public String fieldKey() {
		return "audit.field." + this.field;
	}

	public String actionKey() {
		return "audit.action." + this.action;
	}

}
