-- One-time form tokens (issue 9, point 3: no double postings). A form that posts money or gifts carries a
-- random token issued when it was shown; the service that posts it claims the token in the transaction of
-- the posting (insert … on conflict do nothing), so the same form sent twice — a double tap, a slow line,
-- the back button, two requests in flight at once — posts once, and the second sending finds what the
-- first recorded (result_id: the entry, list, gift, distribution or print number it led to).
-- Only used tokens are stored, never the ones merely shown. Rows older than FormSubmissions.RETENTION
-- are purged once a day; the table holds about one row per posting of the last months.
create table form_submissions (
	token         uuid        not null,
	ward_id       bigint      not null,
	kind          varchar(40) not null,
	submitted_by  varchar(60) not null,
	submitted_at  timestamptz not null,
	result_id     bigint,
	constraint pk_form_submissions primary key (token),
	constraint fk_form_submissions_ward foreign key (ward_id) references wards (id),
	constraint ck_form_submissions_kind check (kind ~ '^[A-Z][A-Z_]*$')
);

create index ix_form_submissions_submitted_at on form_submissions (submitted_at);
