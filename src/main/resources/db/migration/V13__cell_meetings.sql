-- Cell meetings (sinh hoạt chi bộ) with their minutes (biên bản): regular (thường kỳ, at most one a month
-- per cell) or thematic (chuyên đề, with a topic); chair and secretary are members of the cell or named
-- people; guests (higher-level officials among them) and people attending temporarily from elsewhere
-- (sinh hoạt tạm thời); the attendance of every member on the roll that day, with the member's standing
-- at the time (so later changes to the member do not rewrite history); agenda items, resolutions with
-- votes, and the tasks assigned at the meeting with their follow-ups at later meetings.
-- Party cell work is sensitive: none of these tables is ever read by a public page.

create table cell_meetings (
	id                   bigint generated always as identity,
	ward_id              bigint       not null,
	cell_id              bigint       not null,
	kind                 varchar(10)  not null,
	topic                varchar(300),
	held_on              date         not null,
	starts_at            time         not null,
	ends_at              time,
	place                varchar(200) not null,
	chair_member_id      bigint,
	chair_name           varchar(120),
	secretary_member_id  bigint,
	secretary_name       varchar(120),
	-- The optional number of the minutes ("Số 05-BB/CB").
	document_number      integer,
	recorded_by          varchar(100) not null,
	recorded_at          timestamptz  not null,
	version              integer      not null default 0,
	constraint pk_cell_meetings primary key (id),
	constraint uq_cell_meetings_id_ward unique (id, ward_id),
	constraint uq_cell_meetings_id_cell unique (id, cell_id),
	constraint fk_cell_meetings_cell foreign key (cell_id, ward_id) references party_cells (id, ward_id),
	constraint fk_cell_meetings_chair foreign key (chair_member_id, ward_id) references party_members (id, ward_id),
	constraint fk_cell_meetings_secretary foreign key (secretary_member_id, ward_id) references party_members (id, ward_id),
	constraint ck_cell_meetings_kind check (kind in ('REGULAR', 'THEMATIC')),
	constraint ck_cell_meetings_topic check (topic is null or length(trim(topic)) > 0),
	constraint ck_cell_meetings_thematic_topic check (kind <> 'THEMATIC' or topic is not null),
	constraint ck_cell_meetings_held_on check (held_on >= date '2000-01-01'),
	constraint ck_cell_meetings_times check (ends_at is null or ends_at > starts_at),
	constraint ck_cell_meetings_place check (length(trim(place)) > 0),
	-- The chair and the secretary: a member of the cell or a named person, never both, never neither.
	constraint ck_cell_meetings_chair check ((chair_member_id is null) <> (chair_name is null)),
	constraint ck_cell_meetings_chair_name check (chair_name is null or length(trim(chair_name)) > 0),
	constraint ck_cell_meetings_secretary check ((secretary_member_id is null) <> (secretary_name is null)),
	constraint ck_cell_meetings_secretary_name check (secretary_name is null or length(trim(secretary_name)) > 0),
	constraint ck_cell_meetings_document_number check (document_number is null or document_number between 1 and 9999)
);
create index ix_cell_meetings_cell on cell_meetings (ward_id, cell_id, held_on);
-- At most one regular meeting per cell per month.
create unique index uq_cell_meetings_regular_month on cell_meetings (cell_id,
	(extract(year from held_on)), (extract(month from held_on))) where kind = 'REGULAR';

create table meeting_guests (
	id            bigint generated always as identity,
	ward_id       bigint       not null,
	meeting_id    bigint       not null,
	-- GUEST: invited (HIGHER_LEVEL for higher-level officials); TEMPORARY: a Party member attending
	-- temporarily from elsewhere (sinh hoạt tạm thời), not a member of the cell.
	kind          varchar(12)  not null,
	full_name     varchar(120) not null,
	position      varchar(200),
	organisation  varchar(200),
	higher_level  boolean      not null default false,
	constraint pk_meeting_guests primary key (id),
	constraint fk_meeting_guests_meeting foreign key (meeting_id, ward_id) references cell_meetings (id, ward_id) on delete cascade,
	constraint ck_meeting_guests_kind check (kind in ('GUEST', 'TEMPORARY')),
	constraint ck_meeting_guests_name check (length(trim(full_name)) > 0),
	constraint ck_meeting_guests_higher check (not higher_level or kind = 'GUEST')
);
create index ix_meeting_guests_meeting on meeting_guests (meeting_id);

create table meeting_attendances (
	id            bigint generated always as identity,
	ward_id       bigint       not null,
	meeting_id    bigint       not null,
	member_id     bigint       not null,
	status        varchar(20)  not null,
	reason        varchar(200),
	-- The member's standing on the meeting's day, kept so that later changes do not rewrite history.
	probationary  boolean      not null,
	exempt        boolean      not null,
	constraint pk_meeting_attendances primary key (id),
	constraint uq_meeting_attendances_member unique (meeting_id, member_id),
	constraint fk_meeting_attendances_meeting foreign key (meeting_id, ward_id) references cell_meetings (id, ward_id) on delete cascade,
	constraint fk_meeting_attendances_member foreign key (member_id, ward_id) references party_members (id, ward_id),
	constraint ck_meeting_attendances_status check (status in ('PRESENT', 'ABSENT_EXCUSED', 'ABSENT_UNEXCUSED',
		'EXEMPT', 'EXEMPT_ATTENDED')),
	constraint ck_meeting_attendances_reason check ((status = 'ABSENT_EXCUSED') = (reason is not null)),
	constraint ck_meeting_attendances_reason_text check (reason is null or length(trim(reason)) > 0),
	-- An exempt member is exempt or exempt but attended; only an exempt member is either.
	constraint ck_meeting_attendances_exempt check (exempt = (status in ('EXEMPT', 'EXEMPT_ATTENDED')))
);
create index ix_meeting_attendances_member on meeting_attendances (member_id);

create table meeting_agenda_items (
	id            bigint generated always as identity,
	ward_id       bigint        not null,
	meeting_id    bigint        not null,
	position      integer       not null,
	title         varchar(300)  not null,
	discussion    varchar(4000),
	conclusion    varchar(4000),
	constraint pk_meeting_agenda_items primary key (id),
	constraint fk_meeting_agenda_items_meeting foreign key (meeting_id, ward_id) references cell_meetings (id, ward_id) on delete cascade,
	constraint ck_meeting_agenda_items_title check (length(trim(title)) > 0),
	constraint ck_meeting_agenda_items_position check (position >= 0)
);
create index ix_meeting_agenda_items_meeting on meeting_agenda_items (meeting_id);

create table meeting_resolutions (
	id             bigint generated always as identity,
	ward_id        bigint        not null,
	meeting_id     bigint        not null,
	position       integer       not null,
	-- RESOLUTION: nghị quyết; CONCLUSION: kết luận.
	kind           varchar(12)   not null,
	content        varchar(4000) not null,
	votes_for      integer,
	votes_against  integer,
	votes_abstain  integer,
	constraint pk_meeting_resolutions primary key (id),
	constraint fk_meeting_resolutions_meeting foreign key (meeting_id, ward_id) references cell_meetings (id, ward_id) on delete cascade,
	constraint ck_meeting_resolutions_kind check (kind in ('RESOLUTION', 'CONCLUSION')),
	constraint ck_meeting_resolutions_content check (length(trim(content)) > 0),
	constraint ck_meeting_resolutions_votes check ((votes_for is null) = (votes_against is null)
		and (votes_for is null) = (votes_abstain is null)),
	constraint ck_meeting_resolutions_votes_positive check (votes_for >= 0 and votes_against >= 0 and votes_abstain >= 0),
	constraint ck_meeting_resolutions_position check (position >= 0)
);
create index ix_meeting_resolutions_meeting on meeting_resolutions (meeting_id);

create table meeting_tasks (
	id            bigint generated always as identity,
	ward_id       bigint        not null,
	cell_id       bigint        not null,
	meeting_id    bigint        not null,
	member_id     bigint        not null,
	content       varchar(1000) not null,
	due_on        date          not null,
	-- OPEN, DONE, DROPPED; "overdue" is computed (open and past due).
	status        varchar(10)   not null default 'OPEN',
	evidence      varchar(2000),
	closed_on     date,
	search_text   text generated always as (lower(f_unaccent(content))) stored,
	version       integer       not null default 0,
	constraint pk_meeting_tasks primary key (id),
	constraint uq_meeting_tasks_id_ward unique (id, ward_id),
	constraint fk_meeting_tasks_meeting foreign key (meeting_id, cell_id) references cell_meetings (id, cell_id),
	constraint fk_meeting_tasks_meeting_ward foreign key (meeting_id, ward_id) references cell_meetings (id, ward_id),
	constraint fk_meeting_tasks_member foreign key (member_id, ward_id) references party_members (id, ward_id),
	constraint ck_meeting_tasks_content check (length(trim(content)) > 0),
	constraint ck_meeting_tasks_status check (status in ('OPEN', 'DONE', 'DROPPED')),
	constraint ck_meeting_tasks_closed check ((status = 'OPEN') = (closed_on is null)),
	constraint ck_meeting_tasks_evidence check (evidence is null or length(trim(evidence)) > 0)
);
create index ix_meeting_tasks_cell on meeting_tasks (ward_id, cell_id, status, due_on);
create index ix_meeting_tasks_meeting on meeting_tasks (meeting_id);
create index ix_meeting_tasks_search on meeting_tasks using gin (search_text gin_trgm_ops);

create table meeting_task_follow_ups (
	id            bigint generated always as identity,
	ward_id       bigint        not null,
	task_id       bigint        not null,
	meeting_id    bigint        not null,
	note          varchar(2000) not null,
	constraint pk_meeting_task_follow_ups primary key (id),
	constraint uq_meeting_task_follow_ups_meeting unique (task_id, meeting_id),
	constraint fk_meeting_task_follow_ups_task foreign key (task_id, ward_id) references meeting_tasks (id, ward_id),
	constraint fk_meeting_task_follow_ups_meeting foreign key (meeting_id, ward_id) references cell_meetings (id, ward_id),
	constraint ck_meeting_task_follow_ups_note check (length(trim(note)) > 0)
);
create index ix_meeting_task_follow_ups_meeting on meeting_task_follow_ups (meeting_id);
