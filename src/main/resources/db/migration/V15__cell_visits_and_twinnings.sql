-- Visits of higher officials to a cell (cấp trên thăm, làm việc) with their recommendations (kiến nghị,
-- chỉ đạo) and the dated follow-up notes (append only) until each is closed; and twinnings (kết nghĩa)
-- between two or more cells of the ward and/or named outside cells, with their coordination contents,
-- shared targets and progress, joint activities and the welfare programs of their gifts.

create table cell_visits (
	id              bigint generated always as identity,
	ward_id         bigint        not null,
	cell_id         bigint        not null,
	visit_date      date          not null,
	plan            varchar(300),
	praised         varchar(4000),
	note            varchar(2000),
	recorded_by     varchar(60)   not null,
	recorded_at     timestamptz   not null,
	version         integer       not null default 0,
	constraint pk_cell_visits primary key (id),
	constraint uq_cell_visits_id_ward unique (id, ward_id),
	constraint fk_cell_visits_cell foreign key (cell_id, ward_id) references party_cells (id, ward_id),
	constraint ck_cell_visits_date check (visit_date >= date '2000-01-01'),
	constraint ck_cell_visits_plan check (plan is null or length(trim(plan)) > 0),
	constraint ck_cell_visits_praised check (praised is null or length(trim(praised)) > 0),
	constraint ck_cell_visits_note check (note is null or length(trim(note)) > 0)
);
create index ix_cell_visits_cell on cell_visits (ward_id, cell_id, visit_date);

create table cell_visit_visitors (
	id              bigint generated always as identity,
	ward_id         bigint        not null,
	visit_id        bigint        not null,
	position_no     integer       not null,
	full_name       varchar(120)  not null,
	position        varchar(200),
	organisation    varchar(200),
	constraint pk_cell_visit_visitors primary key (id),
	constraint fk_cell_visit_visitors_visit foreign key (visit_id, ward_id) references cell_visits (id, ward_id)
		on delete cascade,
	constraint uq_cell_visit_visitors_position unique (visit_id, position_no),
	constraint ck_cell_visit_visitors_name check (length(trim(full_name)) > 0),
	constraint ck_cell_visit_visitors_position_no check (position_no >= 0)
);

create table cell_recommendations (
	id                     bigint generated always as identity,
	ward_id                bigint        not null,
	cell_id                bigint        not null,
	visit_id               bigint        not null,
	content                varchar(2000) not null,
	-- The responsible person: a member of the cell, or a named person or body.
	responsible_member_id  bigint,
	responsible_name       varchar(200),
	due_on                 date,
	status                 varchar(12)   not null default 'OPEN',
	closed_on              date,
	result                 varchar(2000),
	version                integer       not null default 0,
	constraint pk_cell_recommendations primary key (id),
	constraint uq_cell_recommendations_id_ward unique (id, ward_id),
	constraint fk_cell_recommendations_visit foreign key (visit_id, ward_id) references cell_visits (id, ward_id),
	constraint fk_cell_recommendations_cell foreign key (cell_id, ward_id) references party_cells (id, ward_id),
	constraint fk_cell_recommendations_member foreign key (responsible_member_id, ward_id)
		references party_members (id, ward_id),
	constraint ck_cell_recommendations_content check (length(trim(content)) > 0),
	constraint ck_cell_recommendations_responsible check (responsible_member_id is null or responsible_name is null),
	constraint ck_cell_recommendations_responsible_name check (responsible_name is null
		or length(trim(responsible_name)) > 0),
	constraint ck_cell_recommendations_status check (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')),
	constraint ck_cell_recommendations_closed check ((status in ('DONE', 'DROPPED')) = (closed_on is not null)),
	constraint ck_cell_recommendations_result check (result is null or length(trim(result)) > 0)
);
create index ix_cell_recommendations_cell on cell_recommendations (ward_id, cell_id, status);
create index ix_cell_recommendations_visit on cell_recommendations (visit_id);

create table cell_recommendation_notes (
	id                 bigint generated always as identity,
	ward_id            bigint        not null,
	recommendation_id  bigint        not null,
	note_date          date          not null,
	note               varchar(2000) not null,
	-- The status the note moved the recommendation to (null: it stayed as it was).
	new_status         varchar(12),
	recorded_by        varchar(60)   not null,
	recorded_at        timestamptz   not null,
	constraint pk_cell_recommendation_notes primary key (id),
	constraint fk_cell_recommendation_notes_recommendation foreign key (recommendation_id, ward_id)
		references cell_recommendations (id, ward_id),
	constraint ck_cell_recommendation_notes_date check (note_date >= date '2000-01-01'),
	constraint ck_cell_recommendation_notes_note check (length(trim(note)) > 0),
	constraint ck_cell_recommendation_notes_status check (new_status is null
		or new_status in ('IN_PROGRESS', 'DONE', 'DROPPED'))
);
create index ix_cell_recommendation_notes_recommendation on cell_recommendation_notes (recommendation_id, note_date);

-- A twinning is recorded by one cell of the ward (owner_cell_id: it edits it); its parties are cells of
-- the ward and/or named outside cells, at least two (checked by the service), never the same cell twice.
create table cell_twinnings (
	id              bigint generated always as identity,
	ward_id         bigint        not null,
	owner_cell_id   bigint        not null,
	title           varchar(300)  not null,
	status          varchar(10)   not null,
	from_year       integer       not null,
	to_year         integer       not null,
	signed_on       date,
	note            varchar(2000),
	version         integer       not null default 0,
	constraint pk_cell_twinnings primary key (id),
	constraint uq_cell_twinnings_id_ward unique (id, ward_id),
	constraint fk_cell_twinnings_owner foreign key (owner_cell_id, ward_id) references party_cells (id, ward_id),
	constraint ck_cell_twinnings_title check (length(trim(title)) > 0),
	constraint ck_cell_twinnings_status check (status in ('PLANNED', 'ACTIVE', 'ENDED')),
	constraint ck_cell_twinnings_years check (from_year between 2000 and 2200 and to_year between from_year and 2200),
	constraint ck_cell_twinnings_signed check ((status = 'PLANNED') = (signed_on is null)),
	constraint ck_cell_twinnings_signed_date check (signed_on is null or signed_on >= date '2000-01-01'),
	constraint ck_cell_twinnings_note check (note is null or length(trim(note)) > 0)
);

create table cell_twinning_parties (
	id              bigint generated always as identity,
	ward_id         bigint        not null,
	twinning_id     bigint        not null,
	position_no     integer       not null,
	cell_id         bigint,
	outside_name    varchar(300),
	constraint pk_cell_twinning_parties primary key (id),
	constraint fk_cell_twinning_parties_twinning foreign key (twinning_id, ward_id)
		references cell_twinnings (id, ward_id) on delete cascade,
	constraint fk_cell_twinning_parties_cell foreign key (cell_id, ward_id) references party_cells (id, ward_id),
	constraint uq_cell_twinning_parties_cell unique (twinning_id, cell_id),
	constraint ck_cell_twinning_parties_one check ((cell_id is null) <> (outside_name is null)),
	constraint ck_cell_twinning_parties_name check (outside_name is null or length(trim(outside_name)) > 0)
);
create index ix_cell_twinning_parties_cell on cell_twinning_parties (cell_id) where cell_id is not null;

create table cell_twinning_contents (
	id              bigint generated always as identity,
	ward_id         bigint        not null,
	twinning_id     bigint        not null,
	position_no     integer       not null,
	content         varchar(500)  not null,
	constraint pk_cell_twinning_contents primary key (id),
	constraint fk_cell_twinning_contents_twinning foreign key (twinning_id, ward_id)
		references cell_twinnings (id, ward_id) on delete cascade,
	constraint ck_cell_twinning_contents_content check (length(trim(content)) > 0)
);

-- A shared target: progress either computed from the register (HOUSEHOLDS_OUT_OF_POVERTY: households of
-- the target's areas poor or near-poor in the baseline year and neither in the year asked) or entered.
create table cell_twinning_targets (
	id              bigint generated always as identity,
	ward_id         bigint        not null,
	twinning_id     bigint        not null,
	position_no     integer       not null,
	description     varchar(500)  not null,
	measure         varchar(60)   not null,
	target_value    integer       not null,
	kind            varchar(30)   not null,
	baseline_year   integer,
	constraint pk_cell_twinning_targets primary key (id),
	constraint uq_cell_twinning_targets_id_ward unique (id, ward_id),
	constraint fk_cell_twinning_targets_twinning foreign key (twinning_id, ward_id)
		references cell_twinnings (id, ward_id),
	constraint ck_cell_twinning_targets_description check (length(trim(description)) > 0),
	constraint ck_cell_twinning_targets_measure check (length(trim(measure)) > 0),
	constraint ck_cell_twinning_targets_value check (target_value between 1 and 1000000),
	constraint ck_cell_twinning_targets_kind check (kind in ('HOUSEHOLDS_OUT_OF_POVERTY', 'ENTERED')),
	constraint ck_cell_twinning_targets_baseline check ((kind = 'HOUSEHOLDS_OUT_OF_POVERTY') = (baseline_year is not null)
		and (baseline_year is null or baseline_year between 2000 and 2200))
);

create table cell_twinning_target_areas (
	target_id       bigint        not null,
	ward_id         bigint        not null,
	area_id         bigint        not null,
	constraint pk_cell_twinning_target_areas primary key (target_id, area_id),
	constraint fk_cell_twinning_target_areas_target foreign key (target_id, ward_id)
		references cell_twinning_targets (id, ward_id) on delete cascade,
	constraint fk_cell_twinning_target_areas_area foreign key (area_id, ward_id)
		references residential_areas (id, ward_id)
);

create table cell_twinning_progress (
	id              bigint generated always as identity,
	ward_id         bigint        not null,
	target_id       bigint        not null,
	entry_date      date          not null,
	progress_value  integer       not null,
	note            varchar(1000),
	recorded_by     varchar(60)   not null,
	constraint pk_cell_twinning_progress primary key (id),
	constraint fk_cell_twinning_progress_target foreign key (target_id, ward_id)
		references cell_twinning_targets (id, ward_id),
	constraint ck_cell_twinning_progress_date check (entry_date >= date '2000-01-01'),
	constraint ck_cell_twinning_progress_value check (progress_value between 0 and 1000000),
	constraint ck_cell_twinning_progress_note check (note is null or length(trim(note)) > 0)
);

create table cell_twinning_activities (
	id              bigint generated always as identity,
	ward_id         bigint        not null,
	twinning_id     bigint        not null,
	activity_date   date          not null,
	title           varchar(300)  not null,
	note            varchar(2000),
	people          integer,
	recorded_by     varchar(60)   not null,
	constraint pk_cell_twinning_activities primary key (id),
	constraint fk_cell_twinning_activities_twinning foreign key (twinning_id, ward_id)
		references cell_twinnings (id, ward_id),
	constraint ck_cell_twinning_activities_date check (activity_date >= date '2000-01-01'),
	constraint ck_cell_twinning_activities_title check (length(trim(title)) > 0),
	constraint ck_cell_twinning_activities_note check (note is null or length(trim(note)) > 0),
	constraint ck_cell_twinning_activities_people check (people is null or people between 0 and 100000)
);

create table cell_twinning_programs (
	twinning_id     bigint        not null,
	ward_id         bigint        not null,
	program_id      bigint        not null,
	constraint pk_cell_twinning_programs primary key (twinning_id, program_id),
	constraint fk_cell_twinning_programs_twinning foreign key (twinning_id, ward_id)
		references cell_twinnings (id, ward_id),
	constraint fk_cell_twinning_programs_program foreign key (program_id, ward_id)
		references welfare_programs (id, ward_id)
);
