package vn.sochibo.audit;

import java.time.Instant;
import java.time.LocalDateTime;

import vn.sochibo.shared.VietnamTime;

/**
 * A line of a record's history as pages show it.
 *
 * @param parentType the type of the record this one is a part of (a ledger entry's fund),
 * or null
 */
public record AuditEntryView(Instant occurredAt, String actor, String entityType, Long entityId, String action,
		String field, String oldValue, String newValue, String parentType, Long parentId) {

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

	/** Message key of the record's kind, e.g. {@code audit.entity.LEDGER_ENTRY}. */
	public String entityKey() {
		return "audit.entity." + this.entityType;
	}

	/** Message key of the kind of the record this one is a part of, or null. */
	public String parentKey() {
		return (this.parentType != null) ? "audit.entity." + this.parentType : null;
	}

}
