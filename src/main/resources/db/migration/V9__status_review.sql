-- Statuses carry over (issue 9, point 1).
--
-- A policy-family status (người có công), Agent Orange, disability and "elderly living alone"
-- last from the year they began until an officer ends them: status_year is then the first year
-- and end_year the last one (null: still held), with the day the end was recorded and why.
-- Poor and near-poor statuses (and "other") stay strictly per year: they come from the yearly
-- review, which proposes last year's statuses for the officer to confirm or end. held_until is
-- the last year a status holds (its own year for a yearly kind, end_year for a lasting one), so
-- a status holds in year Y when status_year <= Y and (held_until is null or held_until >= Y).
alter table household_statuses
	add column end_year integer,
	add column ended_on date,
	add column end_reason varchar(500),
	add column held_until integer generated always as (
		case when kind in ('POLICY_FAMILY', 'AGENT_ORANGE', 'DISABILITY', 'ELDERLY_ALONE') then end_year
		else status_year end) stored;

-- The lasting kinds were recorded once a year: consecutive years of one household's same kind
-- (and policy subtype) become one status from the first of those years. A run that reaches the
-- latest year the ward recorded statuses for still holds; a run that stops earlier ended in its
-- last year (the ward recorded later years without it), with a reason that says so.
with marked as (
	select s.id, s.ward_id, s.household_id, s.kind, coalesce(s.policy_subtype, '') as subtype, s.status_year,
		s.status_year - row_number() over (partition by s.household_id, s.kind, coalesce(s.policy_subtype, '')
			order by s.status_year) as island
	from household_statuses s
	where s.kind in ('POLICY_FAMILY', 'AGENT_ORANGE', 'DISABILITY', 'ELDERLY_ALONE')
), spans as (
	select m.id,
		first_value(m.id) over w as first_id,
		max(m.status_year) over w as last_year,
		(select max(l.status_year) from household_statuses l where l.ward_id = m.ward_id) as ward_latest
	from marked m
	window w as (partition by m.household_id, m.kind, m.subtype, m.island order by m.status_year
		rows between unbounded preceding and unbounded following)
), kept as (
	update household_statuses s
	set end_year = case when sp.last_year < sp.ward_latest then sp.last_year end,
		ended_on = case when sp.last_year < sp.ward_latest then current_date end,
		end_reason = case when sp.last_year < sp.ward_latest
			then 'Chuyển dữ liệu: không ghi nhận sau năm ' || sp.last_year end
	from spans sp
	where s.id = sp.id and sp.id = sp.first_id
	returning s.id
)
delete from household_statuses s using spans sp where s.id = sp.id and sp.id <> sp.first_id;

alter table household_statuses
	add constraint uq_household_statuses_id_ward unique (id, ward_id),
	add constraint ck_household_statuses_span check (end_year is null or end_year between status_year and 2200),
	add constraint ck_household_statuses_yearly check (
		kind in ('POLICY_FAMILY', 'AGENT_ORANGE', 'DISABILITY', 'ELDERLY_ALONE')
		or (end_year is null and end_reason is null)),
	add constraint ck_household_statuses_ended check (
		(end_reason is null) = (ended_on is null)
		and (kind not in ('POLICY_FAMILY', 'AGENT_ORANGE', 'DISABILITY', 'ELDERLY_ALONE')
			or (end_year is null) = (end_reason is null))),
	add constraint ck_household_statuses_end_reason check (end_reason is null or length(trim(end_reason)) > 0);
create index ix_household_statuses_ward_kind_span on household_statuses (ward_id, kind, status_year, held_until);

-- The yearly review of an area's poor and near-poor households (rà soát hộ nghèo, cận nghèo,
-- 1/9–14/12): started once per area and year; it copies the area's poor and near-poor
-- statuses of the year before as proposals (kind and standard), one per household and year. A proposal is not a status: only its confirmation
-- records one.
create table status_reviews (
	id           bigint generated always as identity,
	ward_id      bigint       not null,
	area_id      bigint       not null,
	review_year  integer      not null,
	started_at   timestamptz  not null,
	started_by   varchar(60)  not null,
	constraint pk_status_reviews primary key (id),
	constraint uq_status_reviews_id_ward unique (id, ward_id),
	constraint uq_status_reviews_area_year unique (ward_id, area_id, review_year),
	constraint fk_status_reviews_area foreign key (area_id, ward_id) references residential_areas (id, ward_id),
	constraint ck_status_reviews_year check (review_year between 1946 and 2200)
);

create table status_proposals (
	id                  bigint generated always as identity,
	ward_id             bigint        not null,
	review_id           bigint        not null,
	household_id        bigint        not null,
	review_year         integer       not null,
	proposed_kind       varchar(30)   not null,
	standard            varchar(160),
	outcome             varchar(20)   not null,
	status_id           bigint,
	end_reason          varchar(500),
	decided_at          timestamptz,
	decided_by          varchar(60),
	version             integer       not null default 0,
	constraint pk_status_proposals primary key (id),
	constraint uq_status_proposals_household_year unique (household_id, review_year),
	constraint fk_status_proposals_review foreign key (review_id, ward_id) references status_reviews (id, ward_id),
	constraint fk_status_proposals_household foreign key (household_id, ward_id) references households (id, ward_id),
	constraint fk_status_proposals_status foreign key (status_id, ward_id) references household_statuses (id, ward_id),
	constraint ck_status_proposals_kind check (proposed_kind in ('POOR', 'NEAR_POOR')),
	constraint ck_status_proposals_outcome check (outcome in ('PROPOSED', 'CONFIRMED', 'ENDED')),
	constraint ck_status_proposals_confirmed check ((outcome = 'CONFIRMED') = (status_id is not null)),
	constraint ck_status_proposals_ended check ((outcome = 'ENDED') = (end_reason is not null)
		and (end_reason is null or length(trim(end_reason)) > 0)),
	constraint ck_status_proposals_decided check ((outcome = 'PROPOSED') = (decided_at is null)
		and (decided_at is null) = (decided_by is null)),
	constraint ck_status_proposals_year check (review_year between 1946 and 2200)
);
create index ix_status_proposals_review on status_proposals (review_id, outcome);
create index ix_status_proposals_ward_year on status_proposals (ward_id, review_year, outcome);
