-- Issue 8, point 6: every expenditure has an approver, and a welfare program paid from a fund names the
-- approver its gifts' expenditures carry.

-- The check of V2 let a null approver through (length(trim(null)) > 0 is null, which a CHECK accepts).
-- Existing rows cannot be corrected: the ledger is append-only and each entry's hash covers its content.
-- NOT VALID leaves them as they are and holds every row inserted from now on.
alter table ledger_entries
	add constraint ck_ledger_entries_approver check (kind <> 'EXPENDITURE' or approver is not null) not valid;

alter table welfare_programs add column approver varchar(120);
-- Programs paid from a fund before this migration: the user who created them (from the audit trail)
-- approved their spending; a program without that trace says so.
update welfare_programs p
   set approver = coalesce(
		(select coalesce(u.full_name, a.actor)
		   from audit_events a left join app_users u on u.id = a.actor_id
		  where a.entity_type = 'WELFARE_PROGRAM' and a.entity_id = p.id and a.ward_id = p.ward_id
		  order by a.occurred_at, a.id limit 1),
		'Người tạo chương trình')
 where p.source = 'FUND';
alter table welfare_programs
	add constraint ck_welfare_programs_approver check (
		(source = 'FUND') = (approver is not null) and (approver is null or length(trim(approver)) > 0));
