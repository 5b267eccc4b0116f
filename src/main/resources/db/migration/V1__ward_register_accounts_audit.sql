-- Ward register, accounts and the audit trail.
-- Every aggregate table carries ward_id (the tenant key). Child rows repeat ward_id and reference their
-- parent through (id, ward_id) so the database itself refuses a link across wards.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- unaccent() is only STABLE (it reads a dictionary); this wrapper pins the dictionary so it can be used in
-- generated columns and indexes. Maps đ→d and every precomposed Vietnamese vowel to its base letter.
create or replace function f_unaccent(text) returns text
	language sql immutable parallel safe strict
	as $$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

create table wards (
	id             bigint generated always as identity,
	name           varchar(120) not null,
	province       varchar(120) not null,
	unit_label     varchar(40)  not null,
	superior_body  varchar(160) not null,
	place_name     varchar(80)  not null,
	version        integer      not null default 0,
	created_at     timestamptz  not null default now(),
	constraint pk_wards primary key (id),
	constraint uq_wards_name_province unique (name, province),
	constraint ck_wards_name check (length(trim(name)) > 0)
);

create table residential_areas (
	id              bigint generated always as identity,
	ward_id         bigint       not null,
	code            varchar(20)  not null,
	name            varchar(120) not null,
	valid_from      date         not null,
	valid_to        date,
	merged_into_id  bigint,
	version         integer      not null default 0,
	constraint pk_residential_areas primary key (id),
	constraint uq_residential_areas_id_ward unique (id, ward_id),
	constraint fk_residential_areas_ward foreign key (ward_id) references wards (id),
	constraint fk_residential_areas_merged_into foreign key (merged_into_id, ward_id)
		references residential_areas (id, ward_id),
	constraint ck_residential_areas_validity check (valid_to is null or valid_to >= valid_from),
	constraint ck_residential_areas_not_self check (merged_into_id is null or merged_into_id <> id)
);

create table party_cells (
	id              bigint generated always as identity,
	ward_id         bigint       not null,
	name            varchar(160) not null,
	secretary_name  varchar(120),
	valid_from      date         not null,
	valid_to        date,
	version         integer      not null default 0,
	constraint pk_party_cells primary key (id),
	constraint uq_party_cells_id_ward unique (id, ward_id),
	constraint fk_party_cells_ward foreign key (ward_id) references wards (id),
	constraint ck_party_cells_validity check (valid_to is null or valid_to >= valid_from)
);

create table cell_areas (
	id          bigint generated always as identity,
	ward_id     bigint not null,
	cell_id     bigint not null,
	area_id     bigint not null,
	valid_from  date   not null,
	valid_to    date,
	constraint pk_cell_areas primary key (id),
	constraint fk_cell_areas_cell foreign key (cell_id, ward_id) references party_cells (id, ward_id) on delete cascade,
	constraint fk_cell_areas_area foreign key (area_id, ward_id) references residential_areas (id, ward_id),
	constraint uq_cell_areas_cell_area_from unique (cell_id, area_id, valid_from),
	constraint ck_cell_areas_validity check (valid_to is null or valid_to >= valid_from)
);
create index ix_cell_areas_area on cell_areas (area_id);
create unique index uq_residential_areas_ward_code on residential_areas (ward_id, lower(code));
create unique index uq_party_cells_ward_name on party_cells (ward_id, lower(name));

create table households (
	id          bigint generated always as identity,
	ward_id     bigint        not null,
	area_id     bigint        not null,
	code        varchar(30)   not null,
	head_name   varchar(120)  not null,
	address     varchar(255)  not null,
	alley       varchar(80),
	members     integer       not null,
	phone       varchar(20),
	notes       varchar(1000),
	search_text text generated always as (
		lower(f_unaccent(code || ' ' || head_name || ' ' || address || ' ' || coalesce(alley, '')))) stored,
	-- Vietnamese lists of people sort by given name (the last word), then the full name.
	given_name  text collate "vi-VN-x-icu" generated always as (regexp_replace(head_name, '^.*\s', '')) stored,
	version     integer       not null default 0,
	created_at  timestamptz   not null default now(),
	constraint pk_households primary key (id),
	constraint uq_households_id_ward unique (id, ward_id),
	constraint fk_households_area foreign key (area_id, ward_id) references residential_areas (id, ward_id),
	constraint ck_households_members check (members between 1 and 50),
	constraint ck_households_head_name check (length(trim(head_name)) > 0)
);
create unique index uq_households_ward_code on households (ward_id, lower(code));
create index ix_households_ward_area on households (ward_id, area_id);
create index ix_households_search on households using gin (search_text gin_trgm_ops);
create index ix_households_ward_sort on households (ward_id, given_name, (head_name collate "vi-VN-x-icu"), id);

create table household_statuses (
	id              bigint generated always as identity,
	ward_id         bigint        not null,
	household_id    bigint        not null,
	status_year     integer       not null,
	kind            varchar(30)   not null,
	policy_subtype  varchar(40),
	standard        varchar(160),
	decision_ref    varchar(160),
	note            varchar(500),
	created_at      timestamptz   not null default now(),
	constraint pk_household_statuses primary key (id),
	constraint fk_household_statuses_household foreign key (household_id, ward_id)
		references households (id, ward_id) on delete cascade,
	constraint uq_household_statuses_household_year_kind unique (household_id, status_year, kind),
	constraint ck_household_statuses_year check (status_year between 1945 and 2200),
	constraint ck_household_statuses_kind check (kind in ('POOR', 'NEAR_POOR', 'POLICY_FAMILY', 'ELDERLY_ALONE',
		'AGENT_ORANGE', 'DISABILITY', 'OTHER')),
	constraint ck_household_statuses_subtype check ((kind = 'POLICY_FAMILY') or policy_subtype is null)
);
create index ix_household_statuses_ward_year_kind on household_statuses (ward_id, status_year, kind);

create table app_users (
	id             bigint generated always as identity,
	ward_id        bigint,
	username       varchar(60)  not null,
	full_name      varchar(120) not null,
	password_hash  varchar(255) not null,
	role           varchar(20)  not null,
	enabled        boolean      not null default true,
	version        integer      not null default 0,
	created_at     timestamptz  not null default now(),
	constraint pk_app_users primary key (id),
	constraint uq_app_users_id_ward unique (id, ward_id),
	constraint uq_app_users_username unique (username),
	constraint fk_app_users_ward foreign key (ward_id) references wards (id),
	constraint ck_app_users_role check (role in ('SYSTEM_ADMIN', 'WARD_ADMIN', 'CELL_SECRETARY', 'OFFICER', 'INSPECTOR')),
	constraint ck_app_users_ward check ((role = 'SYSTEM_ADMIN') = (ward_id is null)),
	constraint ck_app_users_username check (username = lower(username) and length(username) >= 3)
);

create table user_areas (
	user_id  bigint not null,
	ward_id  bigint not null,
	area_id  bigint not null,
	constraint pk_user_areas primary key (user_id, area_id),
	constraint fk_user_areas_user foreign key (user_id, ward_id) references app_users (id, ward_id) on delete cascade,
	constraint fk_user_areas_area foreign key (area_id, ward_id) references residential_areas (id, ward_id)
);

create table user_cells (
	user_id  bigint not null,
	ward_id  bigint not null,
	cell_id  bigint not null,
	constraint pk_user_cells primary key (user_id, cell_id),
	constraint fk_user_cells_user foreign key (user_id, ward_id) references app_users (id, ward_id) on delete cascade,
	constraint fk_user_cells_cell foreign key (cell_id, ward_id) references party_cells (id, ward_id)
);

create table login_failures (
	username         varchar(200) not null,
	failures         integer      not null,
	last_failure_at  timestamptz  not null,
	locked_until     timestamptz,
	constraint pk_login_failures primary key (username)
);

-- The audit trail is append-only: no UPDATE or DELETE path exists in code, and the trigger refuses them.
create table audit_events (
	id           bigint generated always as identity,
	ward_id      bigint,
	entity_type  varchar(40)  not null,
	entity_id    bigint       not null,
	action       varchar(20)  not null,
	field        varchar(60),
	old_value    text,
	new_value    text,
	actor_id     bigint,
	actor        varchar(60)  not null,
	occurred_at  timestamptz  not null,
	constraint pk_audit_events primary key (id),
	constraint fk_audit_events_ward foreign key (ward_id) references wards (id)
);
create index ix_audit_events_entity on audit_events (entity_type, entity_id, id);
create index ix_audit_events_actor on audit_events (ward_id, actor_id, id);

create function refuse_change() returns trigger language plpgsql as $$
begin
	raise exception 'table % is append-only: % refused', tg_table_name, tg_op using errcode = 'P0001';
end
$$;

create trigger tr_audit_events_append_only before update or delete on audit_events
	for each row execute function refuse_change();
