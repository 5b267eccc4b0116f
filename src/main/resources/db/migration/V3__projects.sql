-- Public-works projects (công trình): alley paving, drains, lighting, security cameras… Each project
-- has its own fund (created with it, in the same transaction), a funding plan by source, the residents'
-- meetings that decided it (Luật 10/2022/QH15: more than 50% of the area's households), the community
-- investment supervision board (at most 5 residents) and a timeline of updates with photos.
-- Every table carries ward_id; children reference their parent through (id, ward_id).

create table projects (
	id                     bigint generated always as identity,
	ward_id                bigint         not null,
	area_id                bigint         not null,
	fund_id                bigint         not null,
	kind                   varchar(30)    not null,
	name                   varchar(200)   not null,
	location               varchar(255),
	length_m               numeric(7, 2),
	width_m                numeric(5, 2),
	households_benefiting  integer,
	description            varchar(4000),
	status                 varchar(20)    not null,
	progress               integer        not null default 0,
	planned_start          date,
	planned_end            date,
	actual_start           date,
	actual_end             date,
	cancel_reason          varchar(500),
	search_text            text generated always as (
		lower(f_unaccent(name || ' ' || coalesce(location, '')))) stored,
	version                integer        not null default 0,
	created_at             timestamptz    not null default now(),
	constraint pk_projects primary key (id),
	constraint uq_projects_id_ward unique (id, ward_id),
	constraint uq_projects_fund unique (fund_id),
	constraint fk_projects_area foreign key (area_id, ward_id) references residential_areas (id, ward_id),
	constraint fk_projects_fund foreign key (fund_id, ward_id) references funds (id, ward_id),
	constraint ck_projects_kind check (kind in ('CONCRETE_PAVING', 'ASPHALT_PAVING', 'DRAINAGE', 'ALLEY_WIDENING',
		'STREET_LIGHTING', 'SECURITY_CAMERAS', 'OTHER')),
	constraint ck_projects_status check (status in ('PROPOSED', 'CONSULTING', 'APPROVED', 'UNDER_CONSTRUCTION',
		'COMPLETED', 'SETTLED', 'CANCELLED')),
	constraint ck_projects_name check (length(trim(name)) > 0),
	constraint ck_projects_length check (length_m is null or (length_m > 0 and length_m <= 20000)),
	constraint ck_projects_width check (width_m is null or (width_m > 0 and width_m <= 100)),
	constraint ck_projects_households check (households_benefiting is null
		or households_benefiting between 0 and 100000),
	constraint ck_projects_progress check (progress between 0 and 100),
	constraint ck_projects_planned check (planned_start is null or planned_end is null or planned_end >= planned_start),
	constraint ck_projects_actual check (actual_end is null or (actual_start is not null and actual_end >= actual_start)),
	constraint ck_projects_cancel_reason check ((status = 'CANCELLED') = (cancel_reason is not null))
);
create index ix_projects_ward_area_status on projects (ward_id, area_id, status);

-- The funding plan: one line per source (state budget, residents, sponsors, in kind/labour/land).
create table project_funding_lines (
	project_id  bigint         not null,
	ward_id     bigint         not null,
	source      varchar(20)    not null,
	planned     numeric(15, 0) not null,
	constraint pk_project_funding_lines primary key (project_id, source),
	constraint fk_project_funding_lines_project foreign key (project_id, ward_id)
		references projects (id, ward_id) on delete cascade,
	constraint ck_project_funding_lines_source check (source in ('STATE_BUDGET', 'RESIDENTS', 'SPONSORS', 'IN_KIND')),
	constraint ck_project_funding_lines_planned check (planned >= 0 and planned <= 100000000000)
);

-- The residents' meetings (or ballots) on the project, with the area's household count from the register
-- at the time they were recorded.
create table project_meetings (
	id                   bigint generated always as identity,
	ward_id              bigint        not null,
	project_id           bigint        not null,
	meeting_date         date          not null,
	households_present   integer       not null,
	households_agreeing  integer       not null,
	area_households      integer       not null,
	notes                varchar(1000),
	recorded_by          varchar(60)   not null,
	recorded_at          timestamptz   not null,
	constraint pk_project_meetings primary key (id),
	constraint fk_project_meetings_project foreign key (project_id, ward_id)
		references projects (id, ward_id) on delete cascade,
	constraint ck_project_meetings_counts check (households_present >= 1
		and households_agreeing between 0 and households_present
		and households_present <= area_households)
);
create index ix_project_meetings_project on project_meetings (project_id);

-- Ban giám sát đầu tư của cộng đồng: at most 5 residents (the service checks under a row lock of the
-- project; the trigger is the last word).
create table project_board_members (
	id          bigint generated always as identity,
	ward_id     bigint        not null,
	project_id  bigint        not null,
	name        varchar(120)  not null,
	role        varchar(120),
	phone       varchar(20),
	constraint pk_project_board_members primary key (id),
	constraint fk_project_board_members_project foreign key (project_id, ward_id)
		references projects (id, ward_id) on delete cascade,
	constraint ck_project_board_members_name check (length(trim(name)) > 0)
);
create index ix_project_board_members_project on project_board_members (project_id);

create function refuse_sixth_board_member() returns trigger language plpgsql as $$
begin
	if (select count(*) from project_board_members where project_id = new.project_id) >= 5 then
		raise exception 'a community supervision board has at most 5 members' using errcode = 'P0001';
	end if;
	return new;
end
$$;
create trigger tr_project_board_members_max before insert on project_board_members
	for each row execute function refuse_sixth_board_member();

-- The timeline of a project.
create table project_updates (
	id           bigint generated always as identity,
	ward_id      bigint         not null,
	project_id   bigint         not null,
	update_date  date           not null,
	body         varchar(2000)  not null,
	progress     integer,
	recorded_by  varchar(60)    not null,
	recorded_at  timestamptz    not null,
	constraint pk_project_updates primary key (id),
	constraint uq_project_updates_id_project_ward unique (id, project_id, ward_id),
	constraint fk_project_updates_project foreign key (project_id, ward_id)
		references projects (id, ward_id) on delete cascade,
	constraint ck_project_updates_body check (length(trim(body)) > 0),
	constraint ck_project_updates_progress check (progress is null or progress between 0 and 100)
);
create index ix_project_updates_project on project_updates (project_id);

-- Photos of an update, in the database: JPEG, PNG or WebP (recognised by their first bytes), at most 5 MB.
create table project_photos (
	id            bigint generated always as identity,
	ward_id       bigint        not null,
	project_id    bigint        not null,
	update_id     bigint        not null,
	content_type  varchar(20)   not null,
	file_name     varchar(255),
	byte_size     integer       not null,
	data          bytea         not null,
	created_at    timestamptz   not null default now(),
	constraint pk_project_photos primary key (id),
	constraint fk_project_photos_update foreign key (update_id, project_id, ward_id)
		references project_updates (id, project_id, ward_id) on delete cascade,
	constraint ck_project_photos_type check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
	constraint ck_project_photos_size check (byte_size = octet_length(data) and byte_size between 1 and 5242880)
);
create index ix_project_photos_project on project_photos (project_id, update_id);
