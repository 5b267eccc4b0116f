-- Excel imports in two phases (issue 12). A job is one uploaded file: phase 1 reads and checks every row and stores
-- the resulting plan (import_job_rows); phase 2 commits exactly that plan in one transaction, or refuses it when the
-- records it was checked against have changed since. The job row is also the progress bar any instance can answer
-- (phase, rows done of rows total, updated_at as the heartbeat of the instance doing the work). The file itself is
-- kept (at most 10 MB, the upload limit, checked before it is stored) so the check can run again and the annotated copy be rebuilt.
create table import_jobs (
	id               bigint generated always as identity,
	ward_id          bigint        not null,
	kind             varchar(20)   not null,
	status_year      integer,
	fund_id          bigint,
	cell_id          bigint,
	actor_id         bigint        not null,
	actor            varchar(60)   not null,
	file_name        varchar(255)  not null,
	file_sha256      char(64)      not null,
	file_size        integer       not null,
	file_content     bytea         not null,
	phase            varchar(20)   not null,
	rows_total       integer,
	rows_done        integer       not null default 0,
	create_rows      integer       not null default 0,
	update_rows      integer       not null default 0,
	skip_rows        integer       not null default 0,
	undecided_rows   integer       not null default 0,
	error_rows       integer       not null default 0,
	failure          varchar(40),
	failure_detail   varchar(500),
	created_at       timestamptz   not null,
	checked_at       timestamptz,
	commit_started_at timestamptz,
	finished_at      timestamptz,
	updated_at       timestamptz   not null,
	version          integer       not null default 0,
	constraint pk_import_jobs primary key (id),
	constraint uq_import_jobs_id_ward unique (id, ward_id),
	constraint fk_import_jobs_ward foreign key (ward_id) references wards (id),
	constraint fk_import_jobs_actor foreign key (actor_id, ward_id) references app_users (id, ward_id),
	constraint fk_import_jobs_fund foreign key (fund_id, ward_id) references funds (id, ward_id),
	constraint fk_import_jobs_cell foreign key (cell_id, ward_id) references party_cells (id, ward_id),
	constraint ck_import_jobs_kind check (kind in ('AREAS', 'HOUSEHOLDS', 'MEMBERS', 'CONTRIBUTIONS', 'PAPER_LIST')),
	constraint ck_import_jobs_phase check (phase in ('CHECKING', 'CHECKED', 'FAILED', 'COMMITTING', 'COMMITTED',
		'STALE', 'DISCARDED')),
	constraint ck_import_jobs_year check (status_year is null or status_year between 2000 and 2100),
	constraint ck_import_jobs_size check (file_size between 1 and 10485760),
	constraint ck_import_jobs_rows check (rows_done >= 0 and (rows_total is null or rows_total >= 0)
		and create_rows >= 0 and update_rows >= 0 and skip_rows >= 0 and undecided_rows >= 0 and error_rows >= 0),
	constraint ck_import_jobs_failure check ((phase in ('FAILED', 'STALE')) = (failure is not null)),
	constraint ck_import_jobs_finished check (phase <> 'COMMITTED' or finished_at is not null)
);
create index ix_import_jobs_ward on import_jobs (ward_id, id);
create index ix_import_jobs_hash on import_jobs (ward_id, kind, file_sha256);

-- One row of the file as phase 1 read it: its Excel row number, the values checked and normalised (what phase 2
-- writes), for a row with errors the cells as typed and the errors (column and message key with arguments), all as
-- JSON text (never queried inside, so stored as written: jsonb would parse 100,000 of them for nothing), and the
-- decision: CREATE, UPDATE (the record and the version it was checked against), SKIP, UNDECIDED (it matches an
-- existing record and the user has not said what to do), ERROR.
create table import_job_rows (
	job_id          bigint        not null,
	row_no          integer       not null,
	decision        varchar(10)   not null,
	target_id       bigint,
	target_version  integer,
	target_label    varchar(300),
	cells           text,
	value           text,
	errors          text,
	constraint pk_import_job_rows primary key (job_id, row_no),
	constraint fk_import_job_rows_job foreign key (job_id) references import_jobs (id) on delete cascade,
	constraint ck_import_job_rows_decision check (decision in ('CREATE', 'UPDATE', 'SKIP', 'UNDECIDED', 'ERROR')),
	constraint ck_import_job_rows_error check ((decision = 'ERROR') = (errors is not null and cells is not null)),
	constraint ck_import_job_rows_value check ((decision = 'ERROR') = (value is null)),
	constraint ck_import_job_rows_update check (decision <> 'UPDATE' or target_id is not null)
);

call grant_application_privileges('${app-role}');
