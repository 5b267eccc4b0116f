-- The kind of each residential area (khu vực, khu phố, ấp, tổ dân phố, thôn, làng, bản, xóm, khóm…):
-- Phường Chi Lăng's "làng Ia Lang" is a làng although the ward's units are tổ dân phố. Existing areas
-- take the kind their ward's unit label names, or the general "khu dân cư" when it names none.

alter table residential_areas add column kind varchar(20);
update residential_areas a set kind = case lower(unaccent(w.unit_label))
		when 'khu vuc' then 'KHU_VUC' when 'khu pho' then 'KHU_PHO' when 'ap' then 'AP'
		when 'to dan pho' then 'TO_DAN_PHO' when 'thon' then 'THON' when 'lang' then 'LANG'
		when 'ban' then 'BAN' when 'xom' then 'XOM' when 'khom' then 'KHOM' when 'buon' then 'BUON'
		when 'to' then 'TO' else 'KHU_DAN_CU' end
	from wards w where w.id = a.ward_id;
alter table residential_areas alter column kind set not null;
alter table residential_areas add constraint ck_residential_areas_kind check (kind in ('KHU_VUC', 'KHU_PHO',
	'AP', 'TO_DAN_PHO', 'THON', 'LANG', 'BAN', 'XOM', 'KHOM', 'BUON', 'TO', 'KHU_DAN_CU'));

-- Party members (đảng viên). Sensitive personal data (political affiliation): never on a public page,
-- read only by the ward admin and the secretaries and inspectors of the member's cell.
-- A member belongs to one cell at a time: party_member_cells keeps every period in a cell, with where
-- the member came from and went to, so moving keeps the history; party_members.cell_id is the cell of
-- the open period (or of the last one, once the member has left or died).

create table party_members (
	id                  bigint generated always as identity,
	ward_id             bigint       not null,
	cell_id             bigint       not null,
	full_name           varchar(120) not null,
	birth_year          integer      not null,
	sex                 varchar(6)   not null,
	joined_on           date         not null,
	-- Full membership (chính thức): null while probationary; then official_due_on is when it is due.
	official_on         date,
	official_due_on     date,
	card_number         varchar(20),
	exempt_since        date,
	exempt_reason       varchar(200),
	household_id        bigint,
	state               varchar(10)  not null default 'ACTIVE',
	left_on             date,
	note                varchar(1000),
	-- Lists sort by given name (the last word), then the full name, in Vietnamese order; the search
	-- reads the unaccented name.
	given_name          text collate "vi-VN-x-icu" generated always as (regexp_replace(full_name, '^.*\s', '')) stored,
	search_text         text generated always as (lower(f_unaccent(full_name))) stored,
	version             integer      not null default 0,
	constraint pk_party_members primary key (id),
	constraint uq_party_members_id_ward unique (id, ward_id),
	constraint fk_party_members_cell foreign key (cell_id, ward_id) references party_cells (id, ward_id),
	constraint fk_party_members_household foreign key (household_id, ward_id) references households (id, ward_id),
	constraint ck_party_members_full_name check (length(trim(full_name)) > 0),
	constraint ck_party_members_birth_year check (birth_year between 1900 and 2100),
	constraint ck_party_members_sex check (sex in ('MALE', 'FEMALE')),
	-- The Party admits members from 18 years of age.
	constraint ck_party_members_joined check (joined_on >= date '1930-02-03'
		and extract(year from joined_on) >= birth_year + 18),
	constraint ck_party_members_official check (official_on is null or official_on >= joined_on),
	constraint ck_party_members_official_due check ((official_on is null) = (official_due_on is not null)),
	constraint ck_party_members_official_due_after check (official_due_on is null or official_due_on > joined_on),
	constraint ck_party_members_card check (card_number is null or length(trim(card_number)) > 0),
	constraint ck_party_members_exempt check (exempt_since is null or exempt_since >= joined_on),
	constraint ck_party_members_exempt_reason check (exempt_reason is null or exempt_since is not null),
	constraint ck_party_members_state check (state in ('ACTIVE', 'MOVED_OUT', 'DIED')),
	constraint ck_party_members_left check ((state = 'ACTIVE') = (left_on is null)),
	constraint ck_party_members_left_after check (left_on is null or left_on >= joined_on),
	constraint ck_party_members_note check (note is null or length(trim(note)) > 0)
);
create index ix_party_members_cell on party_members (ward_id, cell_id, state);
create index ix_party_members_search on party_members using gin (search_text gin_trgm_ops);
create index ix_party_members_household on party_members (household_id) where household_id is not null;

create table party_member_cells (
	id             bigint generated always as identity,
	ward_id        bigint       not null,
	member_id      bigint       not null,
	cell_id        bigint       not null,
	valid_from     date         not null,
	valid_to       date,
	-- Where the member came from (another Party organisation, or a cell of this deployment) and went to.
	came_from      varchar(200),
	went_to        varchar(200),
	constraint pk_party_member_cells primary key (id),
	constraint fk_party_member_cells_member foreign key (member_id, ward_id) references party_members (id, ward_id),
	constraint fk_party_member_cells_cell foreign key (cell_id, ward_id) references party_cells (id, ward_id),
	constraint ck_party_member_cells_validity check (valid_to is null or valid_to >= valid_from),
	constraint ck_party_member_cells_came_from check (came_from is null or length(trim(came_from)) > 0),
	constraint ck_party_member_cells_went_to check (went_to is null or (length(trim(went_to)) > 0 and valid_to is not null))
);
create index ix_party_member_cells_cell on party_member_cells (cell_id, valid_from, valid_to);
create index ix_party_member_cells_member on party_member_cells (member_id, valid_from);
-- One open period per member: a member belongs to one cell at a time.
create unique index uq_party_member_cells_open on party_member_cells (member_id) where valid_to is null;
