-- The annual rating (đánh giá, xếp loại chất lượng hằng năm) of a Party cell and of each of its members.
--
-- The regulation is a versioned setting, not a constant: rating_regulations holds each regulation with the
-- first year it applies to; a year is rated under the regulation with the latest effective_from_year not after
-- it (366-QĐ/TW from 2025, 124-QĐ/TW for 2023–2024), and each rating stores the one that applied, so a 2024
-- rating stays under 124 whatever is added later. The regulations are national texts shared by every ward:
-- these three tables have no ward_id. Each regulation has its criteria groups with their points (top-level
-- groups, whose points add up to 100, and their child rows), its level thresholds (a score at least min_score
-- reaches the level) and the facts that force "Không hoàn thành nhiệm vụ" whatever the score.

create table rating_regulations (
	id                   bigint generated always as identity,
	code                 varchar(30)   not null,
	title                varchar(300)  not null,
	issued_on            date          not null,
	effective_from_year  integer       not null,
	replaces_id          bigint,
	constraint pk_rating_regulations primary key (id),
	constraint uq_rating_regulations_code unique (code),
	constraint uq_rating_regulations_from unique (effective_from_year),
	constraint fk_rating_regulations_replaces foreign key (replaces_id) references rating_regulations (id),
	constraint ck_rating_regulations_code check (length(trim(code)) > 0),
	constraint ck_rating_regulations_title check (length(trim(title)) > 0),
	constraint ck_rating_regulations_from check (effective_from_year between 2000 and 2100)
);

-- subject: CELL (the cell as a collective) or MEMBER (a Party member).
create table rating_criteria (
	id             bigint generated always as identity,
	regulation_id  bigint        not null,
	subject        varchar(6)    not null,
	parent_id      bigint,
	position       integer       not null,
	label          varchar(10)   not null,
	title          varchar(400)  not null,
	max_points     integer       not null,
	constraint pk_rating_criteria primary key (id),
	constraint uq_rating_criteria_id_regulation unique (id, regulation_id, subject),
	constraint uq_rating_criteria_position unique (regulation_id, subject, parent_id, position),
	constraint fk_rating_criteria_regulation foreign key (regulation_id) references rating_regulations (id),
	constraint fk_rating_criteria_parent foreign key (parent_id, regulation_id, subject)
		references rating_criteria (id, regulation_id, subject),
	constraint ck_rating_criteria_subject check (subject in ('CELL', 'MEMBER')),
	constraint ck_rating_criteria_title check (length(trim(title)) > 0),
	constraint ck_rating_criteria_points check (max_points between 0 and 100)
);

create table rating_thresholds (
	id             bigint generated always as identity,
	regulation_id  bigint       not null,
	level          varchar(15)  not null,
	min_score      integer      not null,
	constraint pk_rating_thresholds primary key (id),
	constraint uq_rating_thresholds_level unique (regulation_id, level),
	constraint uq_rating_thresholds_min unique (regulation_id, min_score),
	constraint fk_rating_thresholds_regulation foreign key (regulation_id) references rating_regulations (id),
	constraint ck_rating_thresholds_level check (level in ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')),
	constraint ck_rating_thresholds_min check (min_score between 0 and 100),
	-- The lowest level takes every score the others leave.
	constraint ck_rating_thresholds_lowest check ((level = 'NOT_COMPLETED') = (min_score = 0))
);

create table rating_disqualifiers (
	id             bigint generated always as identity,
	regulation_id  bigint        not null,
	subject        varchar(6)    not null,
	position       integer       not null,
	title          varchar(400)  not null,
	constraint pk_rating_disqualifiers primary key (id),
	constraint uq_rating_disqualifiers_id_regulation unique (id, regulation_id),
	constraint uq_rating_disqualifiers_position unique (regulation_id, subject, position),
	constraint fk_rating_disqualifiers_regulation foreign key (regulation_id) references rating_regulations (id),
	constraint ck_rating_disqualifiers_subject check (subject in ('CELL', 'MEMBER')),
	constraint ck_rating_disqualifiers_title check (length(trim(title)) > 0)
);

-- One rating per cell and year (member_id null) and per member and year. last_kind is the kind of its latest
-- step (null before the first), so the next step is known without reading them; version guards stale forms.
create table ratings (
	id              bigint generated always as identity,
	ward_id         bigint       not null,
	cell_id         bigint       not null,
	member_id       bigint,
	rating_year     integer      not null,
	regulation_id   bigint       not null,
	last_kind       varchar(10),
	version         integer      not null default 0,
	constraint pk_ratings primary key (id),
	constraint uq_ratings_id_ward unique (id, ward_id),
	constraint uq_ratings_id_regulation unique (id, regulation_id),
	constraint fk_ratings_cell foreign key (cell_id, ward_id) references party_cells (id, ward_id),
	constraint fk_ratings_member foreign key (member_id, ward_id) references party_members (id, ward_id),
	constraint fk_ratings_regulation foreign key (regulation_id) references rating_regulations (id),
	constraint ck_ratings_year check (rating_year between 2000 and 2100),
	constraint ck_ratings_last_kind check (last_kind is null or last_kind in ('SELF', 'PROPOSAL', 'RECHECK', 'DECISION'))
);
create unique index uq_ratings_cell_year on ratings (cell_id, rating_year) where member_id is null;
create unique index uq_ratings_member_year on ratings (member_id, rating_year) where member_id is not null;
create index ix_ratings_ward_cell_year on ratings (ward_id, cell_id, rating_year);

-- The steps of a rating, in order: self-assessment (SELF), review and proposal (PROPOSAL), an optional
-- re-check when there are complaints or discipline (RECHECK, with its reason), the decision of the competent
-- body (DECISION: the body, the decision's reference and date). Append-only: a decided rating is never edited;
-- a correction is a new DECISION step with its reason that names the decision it corrects.
create table rating_steps (
	id                bigint generated always as identity,
	ward_id           bigint         not null,
	rating_id         bigint         not null,
	regulation_id     bigint         not null,
	position          integer        not null,
	kind              varchar(10)    not null,
	score             integer        not null,
	level             varchar(15)    not null,
	disqualifier_id   bigint,
	comment           varchar(2000),
	reason            varchar(1000),
	competent_body    varchar(200),
	decision_ref      varchar(50),
	decided_on        date,
	corrects_id       bigint,
	recorded_by_id    bigint,
	recorded_by       varchar(100)   not null,
	recorded_at       timestamptz    not null,
	constraint pk_rating_steps primary key (id),
	constraint uq_rating_steps_id_ward unique (id, ward_id),
	constraint uq_rating_steps_position unique (rating_id, position),
	constraint fk_rating_steps_rating foreign key (rating_id, ward_id) references ratings (id, ward_id),
	constraint fk_rating_steps_regulation foreign key (rating_id, regulation_id) references ratings (id, regulation_id),
	constraint fk_rating_steps_disqualifier foreign key (disqualifier_id, regulation_id)
		references rating_disqualifiers (id, regulation_id),
	constraint fk_rating_steps_corrects foreign key (corrects_id, ward_id) references rating_steps (id, ward_id),
	constraint ck_rating_steps_position check (position >= 1),
	constraint ck_rating_steps_kind check (kind in ('SELF', 'PROPOSAL', 'RECHECK', 'DECISION')),
	constraint ck_rating_steps_score check (score between 0 and 100),
	constraint ck_rating_steps_level check (level in ('EXCELLENT', 'GOOD', 'COMPLETED', 'NOT_COMPLETED')),
	constraint ck_rating_steps_disqualified check (disqualifier_id is null or level = 'NOT_COMPLETED'),
	constraint ck_rating_steps_comment check (comment is null or length(trim(comment)) > 0),
	constraint ck_rating_steps_reason check (reason is null or length(trim(reason)) > 0),
	constraint ck_rating_steps_recheck_reason check (kind <> 'RECHECK' or reason is not null),
	constraint ck_rating_steps_correction check (corrects_id is null or (kind = 'DECISION' and reason is not null)),
	constraint ck_rating_steps_decision check ((kind = 'DECISION') = (competent_body is not null and decided_on is not null)),
	constraint ck_rating_steps_decision_only check (kind = 'DECISION' or (decision_ref is null and corrects_id is null)),
	constraint ck_rating_steps_body check (competent_body is null or length(trim(competent_body)) > 0),
	constraint ck_rating_steps_ref check (decision_ref is null or length(trim(decision_ref)) > 0)
);

-- The score of a step per top-level criteria group, when the step gives them (they add up to its score).
create table rating_step_scores (
	ward_id        bigint   not null,
	step_id        bigint   not null,
	criterion_id   bigint   not null,
	points         integer  not null,
	constraint pk_rating_step_scores primary key (step_id, criterion_id),
	constraint fk_rating_step_scores_step foreign key (step_id, ward_id) references rating_steps (id, ward_id),
	constraint fk_rating_step_scores_criterion foreign key (criterion_id) references rating_criteria (id),
	constraint ck_rating_step_scores_points check (points between 0 and 100)
);

create trigger tr_rating_steps_append_only before update or delete on rating_steps
	for each row execute function refuse_change();
create trigger tr_rating_step_scores_append_only before update or delete on rating_step_scores
	for each row execute function refuse_change();

-- The two regulations. The points follow the 30 + 70 scheme of 366-QĐ/TW (general criteria, then the results
-- of the tasks); the same levels and thresholds are kept for 124-QĐ/TW so that ratings before 2025 are
-- recorded on the same 100-point scale.
insert into rating_regulations (code, title, issued_on, effective_from_year) values
	('124-QĐ/TW', 'Quy định về kiểm điểm, đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị',
		date '2023-02-02', 2023);
insert into rating_regulations (code, title, issued_on, effective_from_year, replaces_id)
	select '366-QĐ/TW', 'Quy định về kiểm điểm, đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị',
		date '2025-08-30', 2025, id from rating_regulations where code = '124-QĐ/TW';

insert into rating_thresholds (regulation_id, level, min_score)
	select r.id, t.level, t.min_score from rating_regulations r
	cross join (values ('EXCELLENT', 90), ('GOOD', 70), ('COMPLETED', 50), ('NOT_COMPLETED', 0)) as t (level, min_score);

-- Top-level groups, then their child rows, for both subjects of both regulations.
insert into rating_criteria (regulation_id, subject, parent_id, position, label, title, max_points)
	select r.id, s.subject, null, g.position, g.label, g.title, g.max_points from rating_regulations r
	cross join (values ('CELL'), ('MEMBER')) as s (subject)
	cross join (values (1, 'I', 'Tiêu chí chung', 30), (2, 'II', 'Kết quả thực hiện nhiệm vụ', 70))
		as g (position, label, title, max_points);

insert into rating_criteria (regulation_id, subject, parent_id, position, label, title, max_points)
	select g.regulation_id, g.subject, g.id, c.position, c.label, c.title, c.max_points
	from rating_criteria g
	join (values
		('CELL', 1, 1, '1', 'Chính trị tư tưởng; đoàn kết, thống nhất nội bộ', 10),
		('CELL', 1, 2, '2', 'Thực hiện nguyên tắc tập trung dân chủ, chế độ sinh hoạt chi bộ, tự phê bình và phê bình', 10),
		('CELL', 1, 3, '3', 'Công tác kiểm tra, giám sát; phòng, chống tham nhũng, lãng phí, tiêu cực', 10),
		('CELL', 2, 1, '1', 'Lãnh đạo thực hiện nhiệm vụ chính trị, các chỉ tiêu kinh tế - xã hội ở địa bàn', 40),
		('CELL', 2, 2, '2', 'Công tác xây dựng Đảng: sinh hoạt, quản lý đảng viên, phát triển đảng viên', 20),
		('CELL', 2, 3, '3', 'Lãnh đạo Mặt trận, các đoàn thể và công tác dân vận', 10),
		('MEMBER', 1, 1, '1', 'Chính trị tư tưởng; đạo đức, lối sống', 15),
		('MEMBER', 1, 2, '2', 'Ý thức tổ chức kỷ luật; tác phong, lề lối làm việc', 15),
		('MEMBER', 2, 1, '1', 'Thực hiện nhiệm vụ được chi bộ phân công', 40),
		('MEMBER', 2, 2, '2', 'Gương mẫu ở nơi cư trú; tham gia sinh hoạt chi bộ, đóng đảng phí', 30))
		as c (subject, group_position, position, label, title, max_points)
		on c.subject = g.subject and c.group_position = g.position
	where g.parent_id is null;

insert into rating_disqualifiers (regulation_id, subject, position, title)
	select r.id, d.subject, d.position, d.title from rating_regulations r
	cross join (values
		('CELL', 1, 'Chi bộ bị xử lý kỷ luật trong năm'),
		('CELL', 2, 'Nội bộ mất đoàn kết nghiêm trọng'),
		('CELL', 3, 'Có tổ chức hoặc cá nhân thuộc quyền lãnh đạo vi phạm nghiêm trọng mà chi bộ chịu trách nhiệm'),
		('MEMBER', 1, 'Bị xử lý kỷ luật trong năm'),
		('MEMBER', 2, 'Vi phạm tư cách đảng viên, suy thoái về tư tưởng chính trị, đạo đức, lối sống'),
		('MEMBER', 3, 'Không tham gia sinh hoạt chi bộ hoặc không đóng đảng phí 3 tháng trong năm mà không có lý do chính đáng'))
		as d (subject, position, title);

call grant_application_privileges('${app-role}');
