-- Funds and the append-only contribution ledger.
-- A fund keeps running totals and the head of its hash chain, updated under a row lock by the
-- one service that appends entries, so appends to one fund are serialized and totals are O(1).

create table funds (
	id            bigint generated always as identity,
	ward_id       bigint        not null,
	kind          varchar(20)   not null,
	name          varchar(200)  not null,
	purpose       varchar(2000),
	target        numeric(15, 0),
	starts_on     date          not null,
	ends_on       date,
	raised        numeric(15, 0) not null default 0,
	spent         numeric(15, 0) not null default 0,
	pledged       numeric(15, 0) not null default 0,
	entry_count   integer       not null default 0,
	head_hash     char(64)      not null default repeat('0', 64),
	created_at    timestamptz   not null default now(),
	version       integer       not null default 0,
	constraint pk_funds primary key (id),
	constraint uq_funds_id_ward unique (id, ward_id),
	constraint fk_funds_ward foreign key (ward_id) references wards (id),
	constraint ck_funds_kind check (kind in ('PROJECT', 'CAMPAIGN')),
	constraint ck_funds_target check (target is null or (target > 0 and target <= 100000000000)),
	constraint ck_funds_period check (ends_on is null or ends_on >= starts_on),
	constraint ck_funds_name check (length(trim(name)) > 0)
);
create unique index uq_funds_ward_name on funds (ward_id, lower(name));

create table fund_areas (
	fund_id  bigint not null,
	ward_id  bigint not null,
	area_id  bigint not null,
	constraint pk_fund_areas primary key (fund_id, area_id),
	constraint fk_fund_areas_fund foreign key (fund_id, ward_id) references funds (id, ward_id) on delete cascade,
	constraint fk_fund_areas_area foreign key (area_id, ward_id) references residential_areas (id, ward_id)
);

create table ledger_batches (
	id              bigint generated always as identity,
	ward_id         bigint        not null,
	fund_id         bigint        not null,
	control_count   integer       not null,
	control_total   numeric(15, 0) not null,
	note            varchar(500),
	recorded_by     varchar(60)   not null,
	recorded_at     timestamptz   not null,
	constraint pk_ledger_batches primary key (id),
	constraint uq_ledger_batches_id_ward unique (id, ward_id),
	constraint fk_ledger_batches_fund foreign key (fund_id, ward_id) references funds (id, ward_id),
	constraint ck_ledger_batches_count check (control_count between 1 and 1000),
	constraint ck_ledger_batches_total check (control_total > 0)
);

create table ledger_entries (
	id                bigint generated always as identity,
	ward_id           bigint         not null,
	fund_id           bigint         not null,
	seq               integer        not null,
	kind              varchar(20)    not null,
	method            varchar(20),
	amount            numeric(15, 0) not null,
	entry_date        date           not null,
	area_id           bigint,
	household_id      bigint,
	contributor_kind  varchar(20),
	contributor_name  varchar(200),
	display_choice    varchar(20),
	display_name      varchar(200)   not null,
	description       varchar(500),
	payee             varchar(200),
	purpose           varchar(500),
	voucher_no        varchar(60),
	approver          varchar(120),
	pledge_id         bigint,
	reverses_id       bigint,
	reason            varchar(500),
	batch_id          bigint,
	public_code       varchar(32)    not null,
	receipt_year      integer,
	receipt_no        integer,
	recorded_by       varchar(60)    not null,
	recorded_at       timestamptz    not null,
	prev_hash         char(64)       not null,
	hash              char(64)       not null,
	constraint pk_ledger_entries primary key (id),
	constraint uq_ledger_entries_id_ward unique (id, ward_id),
	constraint uq_ledger_entries_fund_seq unique (fund_id, seq),
	constraint uq_ledger_entries_public_code unique (public_code),
	constraint uq_ledger_entries_receipt unique (ward_id, receipt_year, receipt_no),
	constraint uq_ledger_entries_reverses unique (reverses_id),
	constraint fk_ledger_entries_fund foreign key (fund_id, ward_id) references funds (id, ward_id),
	constraint fk_ledger_entries_area foreign key (area_id, ward_id) references residential_areas (id, ward_id),
	constraint fk_ledger_entries_household foreign key (household_id, ward_id) references households (id, ward_id),
	constraint fk_ledger_entries_pledge foreign key (pledge_id, ward_id) references ledger_entries (id, ward_id),
	constraint fk_ledger_entries_reverses foreign key (reverses_id, ward_id) references ledger_entries (id, ward_id),
	constraint fk_ledger_entries_batch foreign key (batch_id, ward_id) references ledger_batches (id, ward_id),
	constraint ck_ledger_entries_kind check (kind in ('CONTRIBUTION', 'PLEDGE', 'PLEDGE_PAYMENT', 'EXPENDITURE',
		'REVERSAL')),
	constraint ck_ledger_entries_method check (method is null or method in ('CASH', 'BANK_TRANSFER', 'IN_KIND',
		'LABOUR', 'LAND')),
	constraint ck_ledger_entries_amount check (amount > 0 and amount <= 100000000000),
	constraint ck_ledger_entries_seq check (seq >= 1),
	constraint ck_ledger_entries_reversal check ((kind = 'REVERSAL') = (reverses_id is not null)),
	constraint ck_ledger_entries_reason check (kind <> 'REVERSAL' or length(trim(reason)) > 0),
	constraint ck_ledger_entries_payment check ((kind = 'PLEDGE_PAYMENT') = (pledge_id is not null)),
	constraint ck_ledger_entries_method_needed check (kind not in ('CONTRIBUTION', 'PLEDGE_PAYMENT')
		or method is not null),
	constraint ck_ledger_entries_in_kind check (method not in ('IN_KIND', 'LABOUR', 'LAND')
		or length(trim(description)) > 0),
	constraint ck_ledger_entries_expenditure check (kind <> 'EXPENDITURE'
		or (length(trim(payee)) > 0 and length(trim(purpose)) > 0 and length(trim(approver)) > 0)),
	constraint ck_ledger_entries_display check (display_choice is null or display_choice in ('FULL_NAME',
		'INITIALS', 'HOUSEHOLD_LABEL', 'ANONYMOUS')),
	constraint ck_ledger_entries_contributor check (contributor_kind is null or contributor_kind in ('HOUSEHOLD',
		'PERSON', 'BUSINESS', 'ORGANISATION', 'STATE')),
	constraint ck_ledger_entries_receipt check ((receipt_no is null) = (receipt_year is null))
);
-- Keyset pagination of a fund's entries, newest first; and the receipt lookup.
create index ix_ledger_entries_fund_seq on ledger_entries (fund_id, seq desc);
create index ix_ledger_entries_fund_kind_seq on ledger_entries (fund_id, kind, seq desc);
create index ix_ledger_entries_household on ledger_entries (household_id) where household_id is not null;

-- The ledger is append-only: no UPDATE or DELETE path exists in code, and the database refuses them.
create trigger tr_ledger_entries_append_only before update or delete on ledger_entries
	for each row execute function refuse_change();
create trigger tr_ledger_batches_append_only before update or delete on ledger_batches
	for each row execute function refuse_change();

-- No entry may be dated in a closed year (the service checks first; this is the last word).
create function refuse_closed_year() returns trigger language plpgsql as $$
begin
	if exists (select 1 from ledger_closed_years c
	           where c.ward_id = new.ward_id and c.year = extract(year from new.entry_date)) then
		raise exception 'ledger year % is closed', extract(year from new.entry_date) using errcode = 'P0001';
	end if;
	return new;
end
$$;

-- Receipt numbers per ward and year, without gaps: the counter row is locked while a number is taken.
create table receipt_counters (
	ward_id    bigint  not null,
	year       integer not null,
	last_no    integer not null,
	constraint pk_receipt_counters primary key (ward_id, year),
	constraint fk_receipt_counters_ward foreign key (ward_id) references wards (id),
	constraint ck_receipt_counters_last check (last_no >= 0)
);

-- Every print of a receipt; the first is the original, the others are marked "BẢN SAO".
create table receipt_prints (
	id          bigint generated always as identity,
	ward_id     bigint       not null,
	entry_id    bigint       not null,
	printed_by  varchar(60)  not null,
	printed_at  timestamptz  not null,
	constraint pk_receipt_prints primary key (id),
	constraint fk_receipt_prints_entry foreign key (entry_id, ward_id) references ledger_entries (id, ward_id)
);
create index ix_receipt_prints_entry on receipt_prints (entry_id);
create trigger tr_receipt_prints_append_only before update or delete on receipt_prints
	for each row execute function refuse_change();

-- Closed ledger years: no entry may be dated in them.
create table ledger_closed_years (
	ward_id    bigint       not null,
	year       integer      not null,
	closed_by  varchar(60)  not null,
	closed_at  timestamptz  not null,
	constraint pk_ledger_closed_years primary key (ward_id, year),
	constraint fk_ledger_closed_years_ward foreign key (ward_id) references wards (id)
);
create trigger tr_ledger_entries_open_year before insert on ledger_entries
	for each row execute function refuse_closed_year();
create trigger tr_ledger_closed_years_append_only before update or delete on ledger_closed_years
	for each row execute function refuse_change();

-- The public base URL used in QR codes and printed links, per ward.
alter table wards add column public_base_url varchar(200);
