-- The Party committee's term (nhiệm kỳ): documents are numbered from 01 per type within it. A ward setting;
-- null until the ward admin sets it (documents are then numbered over every year).
alter table wards add column party_term_starts_on date;
alter table wards add constraint ck_wards_party_term check (party_term_starts_on is null
	or party_term_starts_on >= date '2000-01-01');

-- A cell's annual report (or the ward's summary, cell_id null): the narrative the secretary writes, section by
-- section, the recipients and the signer; while a draft it is edited (optimistic locking); each time it is
-- marked final a snapshot is stored (annual_report_editions) and the edition count grows. The number (Số 05-BC/CB)
-- is given when it is first marked final and kept by later editions.
create table annual_reports (
	id            bigint generated always as identity,
	ward_id       bigint        not null,
	cell_id       bigint,
	year          integer       not null,
	status        varchar(10)   not null,
	editions      integer       not null default 0,
	doc_number    integer,
	issued_on     date,
	recipients    varchar(2000),
	signer_name   varchar(120),
	updated_by    varchar(60)   not null,
	updated_at    timestamptz   not null,
	version       integer       not null default 0,
	constraint pk_annual_reports primary key (id),
	constraint uq_annual_reports_id_ward unique (id, ward_id),
	constraint fk_annual_reports_ward foreign key (ward_id) references wards (id),
	constraint fk_annual_reports_cell foreign key (cell_id, ward_id) references party_cells (id, ward_id),
	constraint ck_annual_reports_year check (year between 2000 and 2100),
	constraint ck_annual_reports_status check (status in ('DRAFT', 'FINAL')),
	constraint ck_annual_reports_editions check (editions >= 0 and (status = 'DRAFT' or editions >= 1)),
	constraint ck_annual_reports_number check ((doc_number is null) = (editions = 0)
		and (doc_number is null or doc_number between 1 and 9999)),
	constraint ck_annual_reports_issued check ((issued_on is null) = (editions = 0))
);
create unique index uq_annual_reports_cell_year on annual_reports (ward_id, coalesce(cell_id, 0), year);

-- The narrative, one row per section; text as typed (shown escaped), at most 8000 characters.
create table annual_report_texts (
	report_id  bigint         not null,
	section    varchar(30)    not null,
	body       varchar(8000)  not null,
	constraint pk_annual_report_texts primary key (report_id, section),
	constraint fk_annual_report_texts_report foreign key (report_id) references annual_reports (id) on delete cascade,
	constraint ck_annual_report_texts_body check (length(trim(body)) > 0)
);

-- Each final edition, frozen: the document as rendered (its model as JSON: figures, narrative, number, date,
-- recipients, signer), the figures by key, the head hash of every fund it counts at that moment, and the
-- SHA-256 of all three. Later record changes never alter it. Append-only: a new edition is a new row, with the
-- reason it was made.
create table annual_report_editions (
	id            bigint generated always as identity,
	ward_id       bigint        not null,
	report_id     bigint        not null,
	edition       integer       not null,
	reason        varchar(1000),
	document      text          not null,
	figures       text          not null,
	fund_heads    text          not null,
	sha256        char(64)      not null,
	finalized_by  varchar(60)   not null,
	finalized_at  timestamptz   not null,
	constraint pk_annual_report_editions primary key (id),
	constraint uq_annual_report_editions unique (report_id, edition),
	constraint fk_annual_report_editions_report foreign key (report_id, ward_id) references annual_reports (id, ward_id),
	constraint ck_annual_report_editions_edition check (edition >= 1),
	constraint ck_annual_report_editions_reason check (edition = 1 or (reason is not null and length(trim(reason)) > 0)),
	constraint ck_annual_report_editions_sha check (sha256 ~ '^[0-9a-f]{64}$')
);
create trigger tr_annual_report_editions_append_only before update or delete on annual_report_editions
	for each row execute function refuse_change();

call grant_application_privileges('${app-role}');
