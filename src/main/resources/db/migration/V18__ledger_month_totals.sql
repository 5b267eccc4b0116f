-- A ledger's months. For each fund, area, year and month: the money raised by source (state budget,
-- residents, sponsors), the estimated value of goods, labour and land given (in kind), and the money spent,
-- with the number of entries behind each. The database keeps these running totals itself as entries are
-- appended (the ledger is append-only, so a total only ever adds; a reversal subtracts its original's amount
-- in the month the reversal is dated, under the original's fund, area and flow), so a year's figures — a
-- cell's annual report, the dashboards, the public year in figures — read a few hundred rows instead of a
-- million entries. Pledges are promises, not money: only their payments count.
--
-- The flow of an entry is the one ContributorKind.source() and PaymentMethod.isInKind() give in the code:
-- goods, labour and land are IN_KIND; otherwise the giver decides (the state: STATE_BUDGET; a business or an
-- organisation: SPONSORS; a household, a person or an anonymous giver: RESIDENTS). LedgerFiguresTests checks
-- the two agree, fund by fund, on the demonstration ward.
create table ledger_month_totals (
	ward_id   bigint         not null,
	fund_id   bigint         not null,
	area_id   bigint,
	year      integer        not null,
	month     integer        not null,
	flow      varchar(20)    not null,
	amount    numeric(15, 0) not null,
	entries   integer        not null,
	constraint fk_ledger_month_totals_fund foreign key (fund_id, ward_id) references funds (id, ward_id),
	constraint fk_ledger_month_totals_area foreign key (area_id, ward_id) references residential_areas (id, ward_id),
	constraint ck_ledger_month_totals_month check (month between 1 and 12),
	constraint ck_ledger_month_totals_flow check (flow in ('STATE_BUDGET', 'RESIDENTS', 'SPONSORS', 'IN_KIND',
		'SPENT'))
);
create unique index uq_ledger_month_totals on ledger_month_totals (fund_id, coalesce(area_id, 0), year, month, flow);
create index ix_ledger_month_totals_ward_year on ledger_month_totals (ward_id, year);

create function ledger_flow(kind varchar, method varchar, contributor_kind varchar) returns varchar
	language sql immutable as $$
	select case
		when kind = 'EXPENDITURE' then 'SPENT'
		when kind not in ('CONTRIBUTION', 'PLEDGE_PAYMENT') then null
		when method in ('IN_KIND', 'LABOUR', 'LAND') then 'IN_KIND'
		when contributor_kind = 'STATE' then 'STATE_BUDGET'
		when contributor_kind in ('BUSINESS', 'ORGANISATION') then 'SPONSORS'
		else 'RESIDENTS'
	end
$$;

-- Runs as the owner (security definer), so the application's role needs no right to change the totals.
create function count_ledger_month() returns trigger language plpgsql security definer set search_path = public as $$
declare
	counted ledger_entries%rowtype := new;
	sign integer := 1;
	entry_flow varchar(20);
begin
	if new.kind = 'REVERSAL' then
		select * into counted from ledger_entries where id = new.reverses_id;
		sign := -1;
	end if;
	entry_flow := ledger_flow(counted.kind, counted.method, counted.contributor_kind);
	if entry_flow is null then
		return null;
	end if;
	insert into ledger_month_totals as t (ward_id, fund_id, area_id, year, month, flow, amount, entries)
	values (new.ward_id, new.fund_id, counted.area_id, extract(year from new.entry_date),
		extract(month from new.entry_date), entry_flow, sign * new.amount, sign)
	on conflict (fund_id, coalesce(area_id, 0), year, month, flow)
	do update set amount = t.amount + excluded.amount, entries = t.entries + excluded.entries;
	return null;
end
$$;

insert into ledger_month_totals (ward_id, fund_id, area_id, year, month, flow, amount, entries)
select e.ward_id, e.fund_id, coalesce(o.area_id, e.area_id), extract(year from e.entry_date),
       extract(month from e.entry_date),
       ledger_flow(coalesce(o.kind, e.kind), coalesce(o.method, e.method), coalesce(o.contributor_kind, e.contributor_kind)),
       sum(case when e.kind = 'REVERSAL' then -e.amount else e.amount end),
       sum(case when e.kind = 'REVERSAL' then -1 else 1 end)
  from ledger_entries e left join ledger_entries o on o.id = e.reverses_id
 where ledger_flow(coalesce(o.kind, e.kind), coalesce(o.method, e.method),
                   coalesce(o.contributor_kind, e.contributor_kind)) is not null
 group by 1, 2, 3, 4, 5, 6;

create trigger tr_ledger_entries_month_totals after insert on ledger_entries
	for each row execute function count_ledger_month();

-- The application reads the totals; only the trigger writes them.
do $$
begin
	if exists (select 1 from pg_roles where rolname = '${app-role}') and '${app-role}' <> current_user then
		execute format('revoke insert, update, delete, truncate on table ledger_month_totals from %I', '${app-role}');
	end if;
end
$$;
