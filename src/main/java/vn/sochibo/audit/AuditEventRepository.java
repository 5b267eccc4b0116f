package vn.sochibo.audit;

import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.QueryHint;

import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.Repository;

interface AuditEventRepository extends Repository<AuditEvent, Long> {

	AuditEvent save(AuditEvent event);

	@Query("""
			select new vn.sochibo.audit.AuditEntryView(e.occurredAt, e.actor, e.entityType, e.entityId, e.action,
				e.field, e.oldValue, e.newValue, e.parentType, e.parentId)
			from AuditEvent e
			where e.entityType = :entityType and e.entityId = :entityId
			order by e.id desc""")
	List<AuditEntryView> history(String entityType, Long entityId, Pageable page);

	@Query(value = """
			select new vn.sochibo.audit.AuditEntryView(e.occurredAt, e.actor, e.entityType, e.entityId, e.action,
				e.field, e.oldValue, e.newValue, e.parentType, e.parentId)
			from AuditEvent e
			where e.wardId = :wardId and e.entityType = :entityType and e.entityId = :entityId
			order by e.id desc""", countQuery = """
			select count(e) from AuditEvent e
			where e.wardId = :wardId and e.entityType = :entityType and e.entityId = :entityId""")
	Page<AuditEntryView> historyPage(Long wardId, String entityType, Long entityId, Pageable page);

	@Query(value = """
			select new vn.sochibo.audit.AuditEntryView(e.occurredAt, e.actor, e.entityType, e.entityId, e.action,
				e.field, e.oldValue, e.newValue, e.parentType, e.parentId)
			from AuditEvent e
			where e.wardId = :wardId and ((e.entityType = :entityType and e.entityId = :entityId)
				or (e.parentType = :entityType and e.parentId = :entityId))
			order by e.id desc""", countQuery = """
			select count(e) from AuditEvent e
			where e.wardId = :wardId and ((e.entityType = :entityType and e.entityId = :entityId)
				or (e.parentType = :entityType and e.parentId = :entityId))""")
	Page<AuditEntryView> historyWithPartsPage(Long wardId, String entityType, Long entityId, Pageable page);

	@Query("""
			select new vn.sochibo.audit.AuditEntryView(e.occurredAt, e.actor, e.entityType, e.entityId, e.action,
				e.field, e.oldValue, e.newValue, e.parentType, e.parentId)
			from AuditEvent e
			where e.wardId = :wardId and e.actorId = :actorId
			order by e.id desc""")
	List<AuditEntryView> byActor(Long wardId, Long actorId, Pageable page);

	/**
	 * A record's history and, with {@code withParts}, that of its parts (a fund's
	 * entries, lists and prints), newest first, as a stream read {@code 1000} rows at a
	 * time.
	 */
	@Query("""
			select new vn.sochibo.audit.AuditEntryView(e.occurredAt, e.actor, e.entityType, e.entityId, e.action,
				e.field, e.oldValue, e.newValue, e.parentType, e.parentId)
			from AuditEvent e
			where e.wardId = :wardId and ((e.entityType = :entityType and e.entityId = :entityId)
				or (:withParts = true and e.parentType = :entityType and e.parentId = :entityId))
			order by e.id desc""")
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "1000"))
	Stream<AuditEntryView> streamHistory(Long wardId, String entityType, Long entityId, boolean withParts);

	/**
	 * Everything a user wrote, newest first, as a stream read {@code 1000} rows at a time
	 * (the projection attaches nothing to the persistence context).
	 */
	@Query("""
			select new vn.sochibo.audit.AuditEntryView(e.occurredAt, e.actor, e.entityType, e.entityId, e.action,
				e.field, e.oldValue, e.newValue, e.parentType, e.parentId)
			from AuditEvent e
			where e.wardId = :wardId and e.actorId = :actorId
			order by e.id desc""")
	@QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "1000"))
	Stream<AuditEntryView> streamByActor(Long wardId, Long actorId);

	@Query(value = """
			select new vn.sochibo.audit.AuditEntryView(e.occurredAt, e.actor, e.entityType, e.entityId, e.action,
				e.field, e.oldValue, e.newValue, e.parentType, e.parentId)
			from AuditEvent e
			where e.wardId = :wardId and e.actorId = :actorId
			order by e.id desc""", countQuery = """
			select count(e) from AuditEvent e where e.wardId = :wardId and e.actorId = :actorId""")
	Page<AuditEntryView> byActorPage(Long wardId, Long actorId, Pageable page);

}
