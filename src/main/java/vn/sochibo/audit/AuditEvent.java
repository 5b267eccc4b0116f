package vn.sochibo.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One line of the audit trail: who changed which field of which record, when, from what
 * to what; for a part of a larger record (an entry of a fund), the record it belongs to.
 * Insert-only (the table refuses UPDATE and DELETE).
 */
@Entity
@Immutable
@Table(name = "audit_events")
class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long wardId;

	private String entityType;

	private Long entityId;

	private String action;

	private String field;

	@Column(name = "old_value")
	private String oldValue;

	@Column(name = "new_value")
	private String newValue;

	private String parentType;

	private Long parentId;

	private Long actorId;

	private String actor;

	private Instant occurredAt;

	protected AuditEvent() {
	}

	AuditEvent(Long wardId, String entityType, Long entityId, String parentType, Long parentId, String action,
			String field, String oldValue, String newValue, Long actorId, String actor, Instant occurredAt) {
		this.wardId = wardId;
		this.entityType = entityType;
		this.entityId = entityId;
		this.parentType = parentType;
		this.parentId = parentId;
		this.action = action;
		this.field = field;
		this.oldValue = oldValue;
		this.newValue = newValue;
		this.actorId = actorId;
		this.actor = actor;
		this.occurredAt = occurredAt;
	}

	Long getId() {
		return this.id;
	}

}
