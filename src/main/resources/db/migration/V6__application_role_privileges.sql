-- What the application's role may do, granted by the owner.
--
-- Migrations run as the role that owns the database and every object in it (SPRING_FLYWAY_USER, created by
-- scripts/ensure-db.sh); the application connects as a role of its own (SPRING_DATASOURCE_USERNAME, the
-- placeholder app-role) that owns nothing. So the application can neither ALTER TABLE ... DISABLE TRIGGER nor
-- drop a constraint, and on the append-only tables (those the refuse_change() trigger guards: audit_events,
-- ledger_entries, ledger_batches, receipt_prints, ledger_closed_years) it may SELECT and INSERT but never
-- UPDATE, DELETE or TRUNCATE: a privilege refuses first, the trigger stays the last word for the owner.
--
-- In a single-URL setup (no SPRING_FLYWAY_USER: the application's role runs the migrations and owns the
-- tables) there is nothing to grant, and this migration changes nothing.
--
-- Later migrations:
--   * a new table or sequence gets the application's privileges from the default privileges set here
--     (SELECT, INSERT, UPDATE, DELETE; USAGE, SELECT): nothing to write;
--   * a new APPEND-ONLY table gets the refuse_change() trigger, and the migration ends with
--         call grant_application_privileges('${app-role}');
--     which takes UPDATE, DELETE and TRUNCATE on it from the application again (DatabasePrivilegesTests
--     fails while a table the trigger guards is still open to them).

create procedure grant_application_privileges(app_role text) language plpgsql as $$
declare
	guarded regclass;
begin
	if not exists (select 1 from pg_roles where rolname = app_role) then
		raise notice 'no role %: no privileges granted', app_role;
		return;
	end if;
	if app_role = current_user then
		raise notice 'the application''s role % runs the migrations (single-URL setup): nothing to grant', app_role;
		return;
	end if;

	execute format('grant usage on schema public to %I', app_role);
	execute format('grant select, insert, update, delete on all tables in schema public to %I', app_role);
	execute format('grant usage, select on all sequences in schema public to %I', app_role);
	execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I',
		app_role);
	execute format('alter default privileges in schema public grant usage, select on sequences to %I', app_role);

	-- Flyway's history is the owner's alone.
	if to_regclass(quote_ident('${flyway:table}')) is not null then
		execute format('revoke all on table %I from %I', '${flyway:table}', app_role);
	end if;

	-- The append-only tables: read and append, nothing else.
	for guarded in
		select distinct t.tgrelid::regclass
		  from pg_trigger t
		 where t.tgfoid = 'public.refuse_change()'::regprocedure and not t.tgisinternal
	loop
		execute format('revoke update, delete, truncate on table %s from %I', guarded, app_role);
	end loop;
end
$$;

revoke all on procedure grant_application_privileges(text) from public;

call grant_application_privileges('${app-role}');
