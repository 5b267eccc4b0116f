-- The audit trail covers money. A line about a part of a larger record (a ledger entry, a paper
-- list, a receipt print of a fund) names that record as its parent, so the record's history
-- shows the line too: a fund's history lists its entries, lists and prints, page by page.
alter table audit_events
	add column parent_type varchar(40),
	add column parent_id bigint,
	add constraint ck_audit_events_parent check ((parent_type is null) = (parent_id is null));
create index ix_audit_events_parent on audit_events (parent_type, parent_id, id) where parent_type is not null;

-- A print shows again exactly as it came out: with the fund's head hash of that moment.
-- Prints made before this migration have none; their head is found from the entries recorded
-- before the print.
alter table receipt_prints
	add column head_hash char(64),
	add constraint ck_receipt_prints_head check (head_hash is null or head_hash ~ '^[0-9a-f]{64}$');
