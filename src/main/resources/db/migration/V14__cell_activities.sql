-- Community activities of a Party cell ("3 cùng", Ngày Chủ nhật xanh, trật tự đô thị, PCCC…): who took
-- part and what came of it. The organising cell owns the activity (it gives the scope); co-organising
-- cells and named outside units are listed. Figures are always in pairs, distinct people and
-- participations (lượt): members are distinct by id, cadres and named residents by their normalised
-- name (name_key, lower case without diacritics), a head count of residents adds participations only.

-- A series of activities (e.g. "3 cùng" every month) whose figures are summed together.
create table activity_series (
	id          bigint generated always as identity,
	ward_id     bigint       not null,
	cell_id     bigint       not null,
	title       varchar(200) not null,
	version     integer      not null default 0,
	constraint pk_activity_series primary key (id),
	constraint uq_activity_series_id_ward unique (id, ward_id),
	constraint uq_activity_series_id_ward_cell unique (id, ward_id, cell_id),
	constraint fk_activity_series_cell foreign key (cell_id, ward_id) references party_cells (id, ward_id),
	constraint ck_activity_series_title check (length(trim(title)) > 0)
);
create index ix_activity_series_cell on activity_series (ward_id, cell_id);

create table activities (
	id                   bigint generated always as identity,
	ward_id              bigint        not null,
	cell_id              bigint        not null,
	series_id            bigint,
	kind                 varchar(30)   not null,
	kind_other           varchar(100),
	title                varchar(200)  not null,
	starts_on            date          not null,
	ends_on              date,
	-- Residents counted without names: participations only.
	resident_head_count  integer       not null default 0,
	outside_units        varchar(500),
	note                 varchar(2000),
	search_text          text generated always as (lower(f_unaccent(title))) stored,
	version              integer       not null default 0,
	constraint pk_activities primary key (id),
	constraint uq_activities_id_ward unique (id, ward_id),
	constraint fk_activities_cell foreign key (cell_id, ward_id) references party_cells (id, ward_id),
	-- A series belongs to the same cell.
	constraint fk_activities_series foreign key (series_id, ward_id, cell_id)
		references activity_series (id, ward_id, cell_id),
	constraint ck_activities_kind check (kind in ('THREE_TOGETHER', 'GREEN_SUNDAY', 'URBAN_ORDER', 'SANITATION',
		'FIRE_SAFETY', 'TREE_PLANTING', 'PROPAGANDA', 'WASTE_ON_TIME', 'SECURITY_CAMERAS', 'FLAG_REPLACEMENT',
		'VISITS', 'OTHER')),
	constraint ck_activities_kind_other check ((kind = 'OTHER') = (kind_other is not null)
		and (kind_other is null or length(trim(kind_other)) > 0)),
	constraint ck_activities_title check (length(trim(title)) > 0),
	constraint ck_activities_starts check (starts_on >= date '2000-01-01'),
	constraint ck_activities_ends check (ends_on is null or (ends_on >= starts_on and ends_on <= starts_on + 366)),
	constraint ck_activities_head_count check (resident_head_count between 0 and 5000),
	constraint ck_activities_outside_units check (outside_units is null or length(trim(outside_units)) > 0),
	constraint ck_activities_note check (note is null or length(trim(note)) > 0)
);
create index ix_activities_cell on activities (ward_id, cell_id, starts_on);
create index ix_activities_series on activities (series_id) where series_id is not null;
create index ix_activities_search on activities using gin (search_text gin_trgm_ops);

-- The areas of the ward where the activity took place.
create table activity_areas (
	activity_id  bigint not null,
	ward_id      bigint not null,
	area_id      bigint not null,
	constraint pk_activity_areas primary key (activity_id, area_id),
	constraint fk_activity_areas_activity foreign key (activity_id, ward_id) references activities (id, ward_id)
		on delete cascade,
	constraint fk_activity_areas_area foreign key (area_id, ward_id) references residential_areas (id, ward_id)
);

-- Co-organising cells of the ward (other than the organising one).
create table activity_cells (
	activity_id  bigint not null,
	ward_id      bigint not null,
	cell_id      bigint not null,
	constraint pk_activity_cells primary key (activity_id, cell_id),
	constraint fk_activity_cells_activity foreign key (activity_id, ward_id) references activities (id, ward_id)
		on delete cascade,
	constraint fk_activity_cells_cell foreign key (cell_id, ward_id) references party_cells (id, ward_id)
);

-- The Party members who took part: once per activity.
create table activity_members (
	activity_id  bigint not null,
	ward_id      bigint not null,
	member_id    bigint not null,
	constraint pk_activity_members primary key (activity_id, member_id),
	constraint fk_activity_members_activity foreign key (activity_id, ward_id) references activities (id, ward_id)
		on delete cascade,
	constraint fk_activity_members_member foreign key (member_id, ward_id) references party_members (id, ward_id)
);
create index ix_activity_members_member on activity_members (member_id);

-- Named cadres (cán bộ) and residents who took part; a resident may be linked to a household.
create table activity_people (
	activity_id   bigint       not null,
	ward_id       bigint       not null,
	person_group  varchar(10)  not null,
	full_name     varchar(120) not null,
	name_key      varchar(120) not null,
	position      varchar(120),
	household_id  bigint,
	constraint pk_activity_people primary key (activity_id, person_group, name_key),
	constraint fk_activity_people_activity foreign key (activity_id, ward_id) references activities (id, ward_id)
		on delete cascade,
	constraint fk_activity_people_household foreign key (household_id, ward_id) references households (id, ward_id),
	constraint ck_activity_people_group check (person_group in ('CADRE', 'RESIDENT')),
	constraint ck_activity_people_name check (length(trim(full_name)) > 0 and length(name_key) > 0),
	constraint ck_activity_people_position check (position is null or length(trim(position)) > 0),
	constraint ck_activity_people_household check (household_id is null or person_group = 'RESIDENT')
);

-- What came of it, in units (metres of road, trees, kg of waste, cameras…).
create table activity_outputs (
	activity_id  bigint        not null,
	ward_id      bigint        not null,
	unit         varchar(30)   not null,
	quantity     numeric(10,1) not null,
	constraint pk_activity_outputs primary key (activity_id, unit),
	constraint fk_activity_outputs_activity foreign key (activity_id, ward_id) references activities (id, ward_id)
		on delete cascade,
	constraint ck_activity_outputs_unit check (unit in ('ROAD_METRES', 'HOUSES_REPAIRED', 'TREES_PLANTED',
		'WASTE_KG', 'WORKING_DAYS', 'PROPAGANDA_SESSIONS', 'CAMERAS', 'FLAGS', 'FIRE_EXTINGUISHERS', 'GIFTS')),
	constraint ck_activity_outputs_quantity check (quantity > 0 and quantity <= 1000000)
);

-- The parts of an activity are written by the application without their ward: they take the
-- activity's, so the foreign keys on (…, ward_id) check that areas, cells, members and households
-- are of the activity's ward.
create function activity_part_ward() returns trigger language plpgsql as $$
begin
	new.ward_id := (select a.ward_id from activities a where a.id = new.activity_id);
	return new;
end $$;
create trigger tg_activity_areas_ward before insert or update on activity_areas
	for each row execute function activity_part_ward();
create trigger tg_activity_cells_ward before insert or update on activity_cells
	for each row execute function activity_part_ward();
create trigger tg_activity_members_ward before insert or update on activity_members
	for each row execute function activity_part_ward();
create trigger tg_activity_people_ward before insert or update on activity_people
	for each row execute function activity_part_ward();
create trigger tg_activity_outputs_ward before insert or update on activity_outputs
	for each row execute function activity_part_ward();
