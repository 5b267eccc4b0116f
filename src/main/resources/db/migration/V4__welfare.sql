-- Welfare: gift programs by occasion and year, the gifts and support given to households (one at a
-- time or in a distribution), the scans of signed receipts. A program names its target groups (household
-- statuses of its year) and where its money comes from; when that is a ledger fund, every gift is also an
-- expenditure of that fund (ledger_entry_id) and a cancelled gift is reversed there (cancel_entry_id).
-- Recipient lists are private: the public pages read only counts and totals per program.
-- Every table carries ward_id; children reference their parent through (id, ward_id).

create table welfare_programs (
	id            bigint generated always as identity,
	ward_id       bigint        not null,
	name          varchar(200)  not null,
	occasion      varchar(20)   not null,
	program_year  integer       not null,
	program_date  date          not null,
	budget        numeric(15, 0),
	source        varchar(10)   not null,
	fund_id       bigint,
	cell_id       bigint,
	sponsor_name  varchar(200),
	description   varchar(2000),
	version       integer       not null default 0,
	created_at    timestamptz   not null default now(),
	constraint pk_welfare_programs primary key (id),
	constraint uq_welfare_programs_id_ward unique (id, ward_id),
	constraint fk_welfare_programs_ward foreign key (ward_id) references wards (id),
	constraint fk_welfare_programs_fund foreign key (fund_id, ward_id) references funds (id, ward_id),
	constraint fk_welfare_programs_cell foreign key (cell_id, ward_id) references party_cells (id, ward_id),
	constraint ck_welfare_programs_name check (length(trim(name)) > 0),
	constraint ck_welfare_programs_occasion check (occasion in ('TET', 'MID_AUTUMN', 'SCHOOL_OPENING', 'JULY_27',
		'DISASTER', 'OTHER')),
	constraint ck_welfare_programs_year check (program_year between 2000 and 2200),
	constraint ck_welfare_programs_date check (extract(year from program_date) = program_year),
	constraint ck_welfare_programs_budget check (budget is null or (budget > 0 and budget <= 100000000000)),
	constraint ck_welfare_programs_source check (source in ('FUND', 'CELL', 'FRONT', 'SPONSOR')),
	constraint ck_welfare_programs_fund check ((source = 'FUND') = (fund_id is not null)),
	constraint ck_welfare_programs_cell check (source = 'CELL' or cell_id is null),
	constraint ck_welfare_programs_sponsor check ((source = 'SPONSOR') = (sponsor_name is not null))
);
create unique index uq_welfare_programs_ward_year_name on welfare_programs (ward_id, program_year, lower(name));

create table welfare_program_targets (
	program_id  bigint       not null,
	ward_id     bigint       not null,
	kind        varchar(30)  not null,
	constraint pk_welfare_program_targets primary key (program_id, kind),
	constraint fk_welfare_program_targets_program foreign key (program_id, ward_id)
		references welfare_programs (id, ward_id) on delete cascade,
	constraint ck_welfare_program_targets_kind check (kind in ('POOR', 'NEAR_POOR', 'POLICY_FAMILY',
		'ELDERLY_ALONE', 'AGENT_ORANGE', 'DISABILITY', 'OTHER'))
);

create table welfare_program_areas (
	program_id  bigint  not null,
	ward_id     bigint  not null,
	area_id     bigint  not null,
	constraint pk_welfare_program_areas primary key (program_id, area_id),
	constraint fk_welfare_program_areas_program foreign key (program_id, ward_id)
		references welfare_programs (id, ward_id) on delete cascade,
	constraint fk_welfare_program_areas_area foreign key (area_id, ward_id) references residential_areas (id, ward_id)
);

create table welfare_scans (
	id            bigint generated always as identity,
	ward_id       bigint        not null,
	content_type  varchar(40)   not null,
	file_name     varchar(255),
	byte_size     integer       not null,
	data          bytea         not null,
	uploaded_by   varchar(60)   not null,
	uploaded_at   timestamptz   not null,
	constraint pk_welfare_scans primary key (id),
	constraint uq_welfare_scans_id_ward unique (id, ward_id),
	constraint fk_welfare_scans_ward foreign key (ward_id) references wards (id),
	constraint ck_welfare_scans_type check (content_type in ('image/jpeg', 'image/png', 'image/webp',
		'application/pdf')),
	constraint ck_welfare_scans_size check (byte_size between 1 and 10485760 and byte_size = length(data))
);

create table welfare_distributions (
	id             bigint generated always as identity,
	ward_id        bigint         not null,
	program_id     bigint         not null,
	gift_date      date           not null,
	item           varchar(20)    not null,
	item_note      varchar(200),
	quantity       integer        not null,
	unit_value     numeric(15, 0) not null,
	delivered_by   varchar(120)   not null,
	selection      varchar(500)   not null,
	gift_count     integer        not null,
	total          numeric(15, 0) not null,
	scan_id        bigint,
	posted_by      varchar(60)    not null,
	posted_at      timestamptz    not null,
	constraint pk_welfare_distributions primary key (id),
	constraint uq_welfare_distributions_id_ward unique (id, ward_id),
	constraint fk_welfare_distributions_program foreign key (program_id, ward_id)
		references welfare_programs (id, ward_id),
	constraint fk_welfare_distributions_scan foreign key (scan_id, ward_id) references welfare_scans (id, ward_id),
	constraint ck_welfare_distributions_count check (gift_count >= 1),
	constraint ck_welfare_distributions_quantity check (quantity between 1 and 10000),
	constraint ck_welfare_distributions_value check (unit_value > 0 and unit_value <= 1000000000),
	constraint ck_welfare_distributions_total check (total = unit_value * gift_count)
);
create index ix_welfare_distributions_program on welfare_distributions (program_id);

create table welfare_gifts (
	id               bigint generated always as identity,
	ward_id          bigint         not null,
	program_id       bigint         not null,
	distribution_id  bigint,
	household_id     bigint         not null,
	area_id          bigint         not null,
	member_name      varchar(120),
	item             varchar(20)    not null,
	item_note        varchar(200),
	quantity         integer        not null,
	value            numeric(15, 0) not null,
	gift_date        date           not null,
	delivered_by     varchar(120)   not null,
	receipt_status   varchar(10)    not null default 'PENDING',
	signed_on        date,
	scan_id          bigint,
	ledger_entry_id  bigint,
	cancelled_at     timestamptz,
	cancelled_by     varchar(60),
	cancel_reason    varchar(500),
	cancel_entry_id  bigint,
	recorded_by      varchar(60)    not null,
	recorded_at      timestamptz    not null,
	version          integer        not null default 0,
	constraint pk_welfare_gifts primary key (id),
	constraint uq_welfare_gifts_id_ward unique (id, ward_id),
	constraint uq_welfare_gifts_ledger_entry unique (ledger_entry_id),
	constraint uq_welfare_gifts_cancel_entry unique (cancel_entry_id),
	constraint fk_welfare_gifts_program foreign key (program_id, ward_id) references welfare_programs (id, ward_id),
	constraint fk_welfare_gifts_distribution foreign key (distribution_id, ward_id)
		references welfare_distributions (id, ward_id),
	constraint fk_welfare_gifts_household foreign key (household_id, ward_id) references households (id, ward_id),
	constraint fk_welfare_gifts_area foreign key (area_id, ward_id) references residential_areas (id, ward_id),
	constraint fk_welfare_gifts_scan foreign key (scan_id, ward_id) references welfare_scans (id, ward_id),
	constraint fk_welfare_gifts_ledger_entry foreign key (ledger_entry_id, ward_id)
		references ledger_entries (id, ward_id),
	constraint fk_welfare_gifts_cancel_entry foreign key (cancel_entry_id, ward_id)
		references ledger_entries (id, ward_id),
	constraint ck_welfare_gifts_item check (item in ('NECESSITIES', 'GIFT_PACKAGE', 'CASH', 'SCHOLARSHIP',
		'HEALTH_INSURANCE', 'HOUSING', 'OTHER')),
	constraint ck_welfare_gifts_quantity check (quantity between 1 and 10000),
	constraint ck_welfare_gifts_value check (value > 0 and value <= 1000000000),
	constraint ck_welfare_gifts_date check (gift_date >= date '2000-01-01'),
	constraint ck_welfare_gifts_receipt check (receipt_status in ('PENDING', 'SIGNED')
		and ((receipt_status = 'SIGNED') = (signed_on is not null))
		and (scan_id is null or receipt_status = 'SIGNED')),
	constraint ck_welfare_gifts_cancel check ((cancelled_at is null) = (cancel_reason is null)
		and (cancelled_at is null) = (cancelled_by is null)
		and (cancel_entry_id is null or cancelled_at is not null)),
	constraint ck_welfare_gifts_cancel_entry check (cancel_entry_id is null or ledger_entry_id is not null)
);
create index ix_welfare_gifts_program_household on welfare_gifts (program_id, household_id);
create index ix_welfare_gifts_household on welfare_gifts (household_id);
create index ix_welfare_gifts_distribution on welfare_gifts (distribution_id);

-- A gift's date lies in its program's year; the database holds that too.
create function welfare_gift_in_program_year() returns trigger language plpgsql as $$
begin
	if extract(year from new.gift_date) <> (select program_year from welfare_programs where id = new.program_id) then
		raise exception 'gift date % outside the year of program %', new.gift_date, new.program_id
			using errcode = 'check_violation';
	end if;
	return new;
end $$;
create trigger welfare_gifts_in_program_year before insert or update of gift_date, program_id on welfare_gifts
	for each row execute function welfare_gift_in_program_year();
