-- Loan referrals (giới thiệu vay vốn Ngân hàng Chính sách xã hội): the ward only records that it
-- introduced a household to one of the Social Policy Bank's programmes, for how much, and what came of
-- it. The loan itself (contract, repayments, balance) belongs to the bank and is not kept here.
-- Private: never on a public page. The household is referenced through (id, ward_id), so a referral
-- cannot point at another ward's household; area_id is the household's area on the day of the referral.

create table loan_referrals (
	id                bigint generated always as identity,
	ward_id           bigint          not null,
	household_id      bigint          not null,
	area_id           bigint          not null,
	purpose           varchar(30)     not null,
	purpose_note      varchar(200),
	amount_requested  numeric(15, 0)  not null,
	referral_date     date            not null,
	outcome           varchar(20)     not null default 'PENDING',
	amount_approved   numeric(15, 0),
	outcome_date      date,
	note              varchar(1000),
	recorded_by       varchar(60)     not null,
	recorded_at       timestamptz     not null,
	version           integer         not null default 0,
	constraint pk_loan_referrals primary key (id),
	constraint uq_loan_referrals_id_ward unique (id, ward_id),
	constraint fk_loan_referrals_household foreign key (household_id, ward_id) references households (id, ward_id),
	constraint fk_loan_referrals_area foreign key (area_id, ward_id) references residential_areas (id, ward_id),
	-- The bank's common programmes: loans to poor / near-poor households for production and business,
	-- households just out of poverty, students, job creation, clean water and sanitation, housing.
	constraint ck_loan_referrals_purpose check (purpose in ('POOR_HOUSEHOLD', 'NEAR_POOR_HOUSEHOLD',
		'NEWLY_OUT_OF_POVERTY', 'STUDENT', 'JOB_CREATION', 'CLEAN_WATER_SANITATION', 'HOUSING', 'OTHER')),
	constraint ck_loan_referrals_purpose_note check (purpose_note is null or length(trim(purpose_note)) > 0),
	constraint ck_loan_referrals_other_note check (purpose <> 'OTHER' or purpose_note is not null),
	constraint ck_loan_referrals_amount_requested check (amount_requested > 0 and amount_requested <= 10000000000),
	constraint ck_loan_referrals_referral_date check (referral_date >= date '2000-01-01'),
	-- Not dated after the day it was recorded, in whatever time zone the ward is (UTC+14 at most).
	constraint ck_loan_referrals_referral_recorded check (referral_date <= (recorded_at at time zone 'UTC')::date + 1),
	constraint ck_loan_referrals_outcome check (outcome in ('PENDING', 'APPROVED', 'REFUSED', 'WITHDRAWN')),
	-- The bank decides the amount (it may lend more or less than asked): an approved amount only with,
	-- and always with, an approval.
	constraint ck_loan_referrals_amount_approved check ((outcome = 'APPROVED') = (amount_approved is not null)),
	constraint ck_loan_referrals_amount_approved_range check (amount_approved is null
		or (amount_approved > 0 and amount_approved <= 10000000000)),
	constraint ck_loan_referrals_outcome_date check ((outcome = 'PENDING') = (outcome_date is null)),
	constraint ck_loan_referrals_outcome_after check (outcome_date is null or outcome_date >= referral_date),
	constraint ck_loan_referrals_note check (note is null or length(trim(note)) > 0),
	constraint ck_loan_referrals_recorded_by check (length(trim(recorded_by)) > 0)
);
create index ix_loan_referrals_ward_date on loan_referrals (ward_id, referral_date desc, id desc);
create index ix_loan_referrals_household on loan_referrals (household_id, referral_date desc, id desc);
