-- The data of bench/big-ward.sh: a large ward, generated set-based into an application database where the
-- ward "Phường Đo Tải" already exists (bench_ward in bench/common.sh creates it through the screens).
--
--   40 residential areas (Khu vực 1–40), each with its Party cell (cell_areas from 2020-01-01);
--   100,000 households (about 2,500 an area; 1–7 members) with their statuses: poor and near-poor per year
--     (2024 and 2025: about 3% and 4%), policy families, elderly living alone and disability as lasting
--     statuses from 2024 (still held);
--   5,000 Party members (125 a cell; about 3% probationary, about 12% exempt), each with an open period in
--     the cell, most linked to a household of the cell's area;
--   400 funds (10 an area: 8 campaigns, 2 project funds) with their fund_areas, and 80 projects on the project
--     funds (every status);
--   about 1,000,000 ledger entries in 2024 and 2025 (:entries, default 996,000 before pledge payments and
--     reversals): cash and bank-transfer contributions by the area's households and by persons, businesses,
--     organisations and the state; about 3% goods, labour and land with a description; about 5% expenditures
--     with payee, purpose, voucher and approver; pledges and their payments; a few hundred reversals of earlier
--     entries of the same fund, with a reason. Per fund seq 1..n in date order; unique public codes in the
--     application's alphabet; receipt numbers 1..n per ward and year in posting order (receipt_counters
--     follow); prev_hash/hash a VALID chain computed exactly as vn.sochibo.fund.HashChain and
--     LedgerEntry.canonicalFields do (SHA-256 over "sochibo-ledger-v1", the previous hash and the canonical
--     fields, one a line, null as \0, backslash and line breaks escaped), so /public/funds/{id}/verify
--     finds every chain intact;
--   the funds' running totals (raised, in_kind, spent, pledged, entry_count, head_hash) recomputed from the
--     entries as the application keeps them (V11; Ledger.Effect);
--   about 20,000 welfare gifts over 6 programs of 2024–2025 (Tết, 27/7, school year);
--   per cell 12 regular meetings in 2025 with the attendance of its roll, up to 2 tasks each, and 20 activities
--     with members, cadres and an output.
--
-- Run as the owner of the tables (the application's role when it runs its own migrations, as in the
-- benchmarks); in one transaction (psql -1). Deterministic (setseed). ANALYZE at the end.
--   psql -1 -v ON_ERROR_STOP=1 [-v entries=996000] -f bench/big-ward.sql
\o /dev/null
\if :{?entries}
\else
  \set entries 996000
\endif
set work_mem = '256MB';
set maintenance_work_mem = '512MB';
set timezone = 'Asia/Ho_Chi_Minh';
select setseed(0.2026);
select id as ward from wards where name = 'Phường Đo Tải' and province = 'Thành phố Cần Thơ' \gset

-- Names ------------------------------------------------------------------------------------------------------
create temp table nm as select
  array['Nguyễn','Nguyễn','Nguyễn','Trần','Trần','Lê','Lê','Phạm','Huỳnh','Hoàng','Võ','Võ','Phan','Trương','Bùi',
        'Đặng','Đỗ','Ngô','Hồ','Dương','Lý','Châu','Tạ','Lâm'] f,
  array['Văn','Văn','Hữu','Minh','Quốc','Công','Thanh','Hoàng','Đức','Tấn'] mm,
  array['Thị','Thị','Thị','Ngọc','Mỹ','Thu','Kim','Thanh','Bích'] mf,
  array['Hùng','Dũng','Tâm','Phúc','Lộc','Thọ','Bình','Cường','Đức','Hải','Khánh','Nam','Quang','Sơn','Tuấn',
        'Trường','Đồ','Tài','Hiếu','Nghĩa','Vinh','Toàn','Thắng','Long','Phong'] gm,
  array['Lan','Hoa','Hạnh','Nga','Hương','Linh','Mai','Oanh','Phương','Vân','Xuân','Yến','Thảo','Trang','Hằng',
        'Nhung','Tuyết','Loan','Diễm','Ngân'] gf,
  array['đường Nguyễn Văn Cừ','đường Cách Mạng Tháng Tám','đường Trần Văn Khéo','đường Hai Bà Trưng','đường Mậu Thân',
        'đường 30 Tháng 4','đường Trần Hưng Đạo','đường Lý Tự Trọng','đường Võ Văn Kiệt','đường Nguyễn Trãi'] s;

-- Areas and cells --------------------------------------------------------------------------------------------
insert into residential_areas (ward_id, code, name, kind, valid_from)
select :ward, 'KV' || g, 'Khu vực ' || g, 'KHU_VUC', date '2020-01-01' from generate_series(1, 40) g;
create temp table ba as
select id as area_id, substr(code, 3)::int as a from residential_areas
where ward_id = :ward and code in (select 'KV' || g from generate_series(1, 40) g);

insert into party_cells (ward_id, name, secretary_name, valid_from)
select :ward, 'Chi bộ Khu vực ' || a, n.f[1 + a % 24] || ' Văn ' || n.gm[1 + a % 25], date '2020-01-01' from ba, nm n;
create temp table bc as
select c.id as cell_id, ba.area_id, ba.a from party_cells c join ba on c.name = 'Chi bộ Khu vực ' || ba.a
where c.ward_id = :ward;
insert into cell_areas (ward_id, cell_id, area_id, valid_from)
select :ward, cell_id, area_id, date '2020-01-01' from bc;

-- Households -------------------------------------------------------------------------------------------------
create temp table gh as
select i, a, fem, fam, mid, giv, fam || ' ' || mid || ' ' || giv as head_name,
       left(fam, 1) || '.' || left(mid, 1) || '.' || left(giv, 1) || '.' as initials,
       'KV' || lpad(a::text, 2, '0') || '-' || lpad((1 + i / 40)::text, 4, '0') as code,
       (1 + floor(r4 * 250)::int) || ' ' || street || ', Khu vực ' || a as address,
       case when r5 < 0.7 then 'hẻm ' || (1 + floor(r5 * 300)::int) end as alley,
       1 + floor(r6 * 7)::int as members, case when r6 < 0.8 then '09' || lpad(floor(r4 * 100000000)::text, 8, '0') end as phone,
       r7
from (
  select i, 1 + i % 40 as a, r1 < 0.4 as fem, n.f[1 + floor(r2 * 24)::int] as fam,
         case when r1 < 0.4 then n.mf[1 + floor(r3 * 9)::int] else n.mm[1 + floor(r3 * 10)::int] end as mid,
         case when r1 < 0.4 then n.gf[1 + floor(r8 * 20)::int] else n.gm[1 + floor(r8 * 25)::int] end as giv,
         n.s[1 + i % 10] as street, r4, r5, r6, r7
  from (select i, random() r1, random() r2, random() r3, random() r4, random() r5, random() r6, random() r7,
               random() r8 from generate_series(1, 100000) i) r, nm n
) x;
insert into households (ward_id, area_id, code, head_name, address, alley, members, phone)
select :ward, ba.area_id, gh.code, gh.head_name, gh.address, gh.alley, gh.members, gh.phone
from gh join ba using (a) order by gh.i;
create temp table bh as
select h.id as household_id, h.area_id, gh.a, row_number() over (partition by gh.a order by h.id)::int as n,
       h.head_name, h.alley, gh.fem, gh.giv, gh.initials, gh.members, gh.r7
from households h join gh on gh.code = h.code where h.ward_id = :ward;
create index on bh (a, n);
analyze bh;
create temp table bac as select a, count(*)::int as cnt from bh group by a;

-- Poor and near-poor per year (some leave poverty or move up between the years); lasting statuses once.
insert into household_statuses (ward_id, household_id, status_year, kind, standard, decision_ref)
select :ward, household_id, y, k, 'Chuẩn nghèo đa chiều giai đoạn 2022–2025 (Nghị định 07/2021/NĐ-CP)',
       'Quyết định công nhận hộ ' || case when k = 'POOR' then 'nghèo' else 'cận nghèo' end || ' năm ' || y || ' của UBND phường'
from bh, generate_series(2024, 2025) y,
     lateral (select case when r7 < (case when y = 2024 then 0.032 else 0.028 end) then 'POOR'
                          when r7 < (case when y = 2024 then 0.072 else 0.068 end) then 'NEAR_POOR' end as k) s
where s.k is not null;
insert into household_statuses (ward_id, household_id, status_year, kind, policy_subtype)
select :ward, household_id, 2024, k,
       case when k = 'POLICY_FAMILY' then (array['MARTYR_FAMILY','WAR_INVALID','SICK_SOLDIER','HEROIC_MOTHER'])[1 + household_id % 4] end
from (select household_id, case when r < 0.02 then 'POLICY_FAMILY' when r < 0.03 then 'ELDERLY_ALONE'
                               when r < 0.035 then 'DISABILITY' end as k
      from (select household_id, ((household_id * 2654435761) % 1000000) / 1000000.0 as r from bh) q) s
where k is not null;

-- Party members ----------------------------------------------------------------------------------------------
create temp table gm as
select i, c.cell_id, c.a, c.area_id, fem, birth_year,
       case when probationary then date '2025-01-15' + i % 60
            else make_date(least(birth_year + 20 + i % 25, 2023), 1 + i % 12, 1 + i % 28) end as joined_on,
       probationary, (not probationary and birth_year <= 1952 and i % 2 = 0) as exempt,
       n.f[1 + floor(r1 * 24)::int] || ' ' ||
       case when fem then n.mf[1 + floor(r2 * 9)::int] || ' ' || n.gf[1 + floor(r3 * 20)::int]
            else n.mm[1 + floor(r2 * 10)::int] || ' ' || n.gm[1 + floor(r3 * 25)::int] end as full_name,
       r4
from (select i, 1 + i % 40 as a, random() r1, random() r2, random() r3, random() r4, i % 3 = 0 as fem,
             case when i % 33 = 5 then 1990 + i % 6 else 1940 + i % 56 end as birth_year, i % 33 = 5 as probationary
      from generate_series(1, 5000) i) r
  join bc c using (a), nm n;
insert into party_members (ward_id, cell_id, full_name, birth_year, sex, joined_on, official_on, official_due_on,
                           card_number, exempt_since, exempt_reason, household_id)
select :ward, g.cell_id, g.full_name, g.birth_year, case when g.fem then 'FEMALE' else 'MALE' end, g.joined_on,
       case when not g.probationary then g.joined_on + 365 end,
       case when g.probationary then (g.joined_on + interval '1 year')::date end,
       case when not g.probationary then lpad((10000000 + g.i * 7)::text, 8, '0') end,
       case when g.exempt then date '2020-06-01' end, case when g.exempt then 'Tuổi cao, sức yếu' end,
       case when g.r4 < 0.8 then h.household_id end
from gm g join bac on bac.a = g.a join bh h on h.a = g.a and h.n = 1 + floor(g.r4 / 0.8 * bac.cnt)::int % bac.cnt
order by g.i;
insert into party_member_cells (ward_id, member_id, cell_id, valid_from)
select m.ward_id, m.id, m.cell_id, greatest(m.joined_on, date '2020-01-01')
from party_members m join bc on bc.cell_id = m.cell_id;

-- Funds and projects -----------------------------------------------------------------------------------------
create temp table fs as
select * from (values
  (1, 'CAMPAIGN', 'Quỹ Vì người nghèo', 3.0, true),
  (2, 'CAMPAIGN', 'Quỹ Đền ơn đáp nghĩa', 1.2, true),
  (3, 'CAMPAIGN', 'Quỹ Khuyến học', 1.5, false),
  (4, 'CAMPAIGN', 'Quỹ Phòng chống thiên tai', 0.8, false),
  (5, 'CAMPAIGN', 'Quỹ Tết vì người nghèo', 1.0, true),
  (6, 'CAMPAIGN', 'Quỹ Chăm lo Tết Trung thu cho thiếu nhi', 0.6, false),
  (7, 'CAMPAIGN', 'Quỹ An sinh xã hội', 0.7, true),
  (8, 'CAMPAIGN', 'Quỹ Vì an ninh trật tự', 0.4, false),
  (9, 'PROJECT', 'Công trình bê tông hóa hẻm', 0.5, false),
  (10, 'PROJECT', 'Công trình đèn chiếu sáng và camera an ninh', 0.3, false)
) v(slot, kind, title, weight, household_support);
insert into funds (ward_id, kind, name, purpose, target, starts_on, ends_on)
select :ward, fs.kind, fs.title || ' – Khu vực ' || ba.a,
       fs.title || ' của Khu vực ' || ba.a || ', vận động năm 2024–2025',
       case when fs.slot in (1, 9, 10) then 200000000 + ba.a * 5000000 when fs.slot = 8 then null else 100000000 end,
       date '2024-01-01', case when fs.slot in (4, 9, 10) then date '2025-12-31' end
from ba, fs order by ba.a, fs.slot;
create temp table bf as
select f.id as fund_id, ba.a, ba.area_id, fs.slot, fs.kind, fs.household_support,
       fs.weight * (0.6 + 0.8 * ((ba.a * 37) % 40) / 39.0) as w
from funds f join ba on f.name like '% – Khu vực ' || ba.a join fs on f.name = fs.title || ' – Khu vực ' || ba.a
where f.ward_id = :ward;
alter table bf add column n int;
update bf set n = floor(w / (select sum(w) from bf) * :entries)::int;
insert into fund_areas (fund_id, ward_id, area_id) select fund_id, :ward, area_id from bf;

insert into projects (ward_id, area_id, fund_id, kind, name, location, length_m, width_m, households_benefiting,
                      description, status, progress, planned_start, planned_end, actual_start, actual_end, cancel_reason)
select :ward, f.area_id, f.fund_id,
       case when f.slot = 9 then (case when f.a % 2 = 0 then 'CONCRETE_PAVING' else 'DRAINAGE' end)
            else (case when f.a % 2 = 0 then 'STREET_LIGHTING' else 'SECURITY_CAMERAS' end) end,
       fu.name, 'Hẻm ' || (10 + f.a) || ', Khu vực ' || f.a,
       case when f.slot = 9 then 120 + f.a * 5 end, case when f.slot = 9 then 3.5 end, 40 + f.a * 3,
       'Nhân dân khu vực đồng thuận đóng góp, Nhà nước hỗ trợ một phần.', st.status,
       case st.status when 'UNDER_CONSTRUCTION' then 20 + (f.a * 7) % 70 when 'COMPLETED' then 100 when 'SETTLED' then 100 else 0 end,
       date '2024-03-01' + f.a * 3, date '2024-09-01' + f.a * 5,
       case when st.status in ('UNDER_CONSTRUCTION', 'COMPLETED', 'SETTLED') then date '2024-04-01' + f.a * 3 end,
       case when st.status in ('COMPLETED', 'SETTLED') then date '2024-10-01' + f.a * 5 end,
       case when st.status = 'CANCELLED' then 'Không đủ số hộ đồng thuận' end
from bf f join funds fu on fu.id = f.fund_id,
     lateral (select (array['PROPOSED','CONSULTING','APPROVED','UNDER_CONSTRUCTION','COMPLETED','SETTLED','CANCELLED',
                            'COMPLETED','UNDER_CONSTRUCTION','SETTLED'])[1 + (f.a * 2 + f.slot) % 10] as status) st
where f.kind = 'PROJECT';
insert into project_funding_lines (project_id, ward_id, source, planned)
select p.id, p.ward_id, s.source, s.share * 2000000 * (10 + p.id % 40)
from projects p join bf on bf.fund_id = p.fund_id,
     (values ('RESIDENTS', 5), ('STATE_BUDGET', 3), ('SPONSORS', 2)) s(source, share);

-- Ledger entries: staging ------------------------------------------------------------------------------------
create temp sequence sk;
create temp table ge as
select nextval('sk') as k, f.fund_id, f.a, f.area_id, f.slot, f.kind as fund_kind, f.household_support,
       random() rk, random() rc, random() rd, random() ra, random() rh, random() rx, random() rt
from bf f, generate_series(1, f.n) i;

create temp table st (
  k bigint primary key, ref_k bigint, fund_id bigint not null, area_id bigint, kind text not null, method text,
  amount numeric(15, 0) not null, entry_date date not null, household_id bigint, contributor_kind text,
  contributor_name text, display_choice text, display_name text not null, description text, payee text,
  purpose text, voucher_no text, approver text, reason text, recorded_at timestamptz not null
);

insert into st (k, fund_id, area_id, kind, method, amount, entry_date, household_id, contributor_kind,
                contributor_name, display_choice, display_name, description, payee, purpose, voucher_no, approver,
                recorded_at)
select g.k, g.fund_id, g.area_id, t.kind, t.method,
       case when t.kind = 'EXPENDITURE' then (10 + floor(g.ra * 241)) * 100000
            when t.kind = 'PLEDGE' then (5 + floor(g.ra * 46)) * 100000
            when t.method in ('IN_KIND', 'LABOUR', 'LAND') then (2 + floor(g.ra * 49)) * 100000
            when c.ck = 'BUSINESS' then (10 + floor(g.ra * 191)) * 100000
            when c.ck = 'ORGANISATION' then (20 + floor(g.ra * 281)) * 100000
            when c.ck = 'STATE' then (100 + floor(g.ra * 401)) * 100000
            else (5 + floor(g.ra * g.ra * 96)) * 10000 end,
       d.entry_date,
       case when t.kind <> 'EXPENDITURE' and c.ck = 'HOUSEHOLD' then h.household_id end,
       case when t.kind <> 'EXPENDITURE' then c.ck end,
       case when t.kind <> 'EXPENDITURE' then c.cname end,
       case when t.kind = 'EXPENDITURE' then (case when x.support then 'ANONYMOUS' end) else c.dc end,
       case when t.kind = 'EXPENDITURE' then (case when x.support then 'Hỗ trợ hộ gia đình' else x.payee end)
            when c.dc = 'ANONYMOUS' then 'Nhà hảo tâm'
            when c.dc = 'INITIALS' then c.initials
            when c.dc = 'HOUSEHOLD_LABEL' then 'Hộ ' || case when h.fem then 'bà ' else 'ông ' end || h.giv
                                                || coalesce(', ' || h.alley, '')
            else c.cname end,
       case t.method when 'IN_KIND' then (array['10 bao xi măng','20 bao gạo 10 kg','5 thùng mì, 2 bao gạo',
                                                 '30 phần quà nhu yếu phẩm','2 xe cát xây dựng'])[1 + g.k % 5]
                     when 'LABOUR' then (1 + g.k % 10) || ' ngày công lao động'
                     when 'LAND' then 'Hiến ' || (2 + g.k % 30) || ' m² đất mở rộng hẻm' end,
       case when t.kind = 'EXPENDITURE' then x.payee end,
       case when t.kind = 'EXPENDITURE' then x.purpose end,
       case when t.kind = 'EXPENDITURE' then 'PC' || extract(year from d.entry_date) || '-' || lpad((g.k % 100000)::text, 5, '0') end,
       case when t.kind = 'EXPENDITURE' then (array['Trần Văn Hùng','Lê Thị Mai','Nguyễn Hữu Phước'])[1 + g.a % 3] end,
       (d.entry_date + time '07:00') + g.rx * interval '12 hours'
from ge g
  join bac on bac.a = g.a
  join bh h on h.a = g.a and h.n = 1 + floor(g.rh * bac.cnt)::int
  cross join nm n
  cross join lateral (select
      case when g.rk < 0.05 then 'EXPENDITURE' when g.rk < 0.085 and g.rk >= 0.08 then 'PLEDGE' else 'CONTRIBUTION' end as kind,
      case when g.rk < 0.05 or (g.rk >= 0.08 and g.rk < 0.085) then null
           when g.rk < 0.08 then (case when g.rx < 0.6 then 'IN_KIND' when g.rx < 0.9 then 'LABOUR' else 'LAND' end)
           when g.rx < 0.7 then 'CASH' else 'BANK_TRANSFER' end as method) t
  cross join lateral (select date '2024-01-01' + floor(g.rt * 731)::int as entry_date) d
  cross join lateral (select
      case when g.rc < 0.85 then 'HOUSEHOLD' when g.rc < 0.90 then 'PERSON' when g.rc < 0.95 then 'BUSINESS'
           when g.rc < 0.975 then 'ORGANISATION' when g.rc < 0.985 then 'STATE' end as ck,
      n.f[1 + g.k % 24] as pf, n.mm[1 + (g.k / 24) % 10] as pm, n.gm[1 + (g.k / 240) % 25] as pg) p
  cross join lateral (select p.ck,
      case p.ck when 'HOUSEHOLD' then h.head_name
                when 'PERSON' then p.pf || ' ' || p.pm || ' ' || p.pg
                when 'BUSINESS' then (array['Công ty TNHH','Cửa hàng','Doanh nghiệp tư nhân','Công ty CP'])[1 + g.k % 4] || ' '
                                     || (array['Minh Phát','Hoàng Long','Tân Tiến','Phú Cường','Đại Thành','Việt Hưng',
                                               'Thành Đạt','Kim Ngân'])[1 + (g.k / 4) % 8]
                when 'ORGANISATION' then (array['Hội Cựu chiến binh phường','Hội Liên hiệp Phụ nữ phường',
                                                'Đoàn Thanh niên phường','Hội Chữ thập đỏ phường','Chùa Phước Hậu',
                                                'Giáo xứ Tân Hưng'])[1 + g.k % 6]
                when 'STATE' then (array['Ủy ban nhân dân phường Đo Tải','Ủy ban Mặt trận Tổ quốc phường Đo Tải'])[1 + g.k % 2]
      end as cname,
      case when p.ck = 'HOUSEHOLD' then h.initials
           when p.ck = 'PERSON' then left(p.pf, 1) || '.' || left(p.pm, 1) || '.' || left(p.pg, 1) || '.' end as initials,
      case when p.ck is null then 'ANONYMOUS'
           when p.ck = 'HOUSEHOLD' then (case when g.rd < 0.5 then 'FULL_NAME' when g.rd < 0.65 then 'INITIALS'
                                              when g.rd < 0.85 then 'HOUSEHOLD_LABEL' else 'ANONYMOUS' end)
           when p.ck = 'PERSON' then (case when g.rd < 0.6 then 'FULL_NAME' when g.rd < 0.8 then 'INITIALS' else 'ANONYMOUS' end)
           else (case when g.rd < 0.9 then 'FULL_NAME' else 'ANONYMOUS' end) end as dc) c
  cross join lateral (select g.household_support and g.rd < 0.6 as support,
      case when g.household_support and g.rd < 0.6 then h.head_name
           when g.fund_kind = 'PROJECT' then (array['Công ty TNHH Xây dựng Đại Thành','Cửa hàng VLXD Hoàng Phát',
                                                    'Tổ thợ hồ Khu vực ' || g.a, 'Công ty CP Điện chiếu sáng Cần Thơ'])[1 + g.k % 4]
           else (array['Siêu thị Co.op Cần Thơ','Cửa hàng tạp hóa Út Hiền','Nhà sách Phương Nam',
                       'Tổ công tác Mặt trận Khu vực ' || g.a])[1 + g.k % 4] end as payee,
      case when g.household_support and g.rd < 0.6 then (array['Hỗ trợ sửa chữa nhà ở','Hỗ trợ chi phí khám chữa bệnh',
                                                               'Thăm hỏi, tặng quà','Hỗ trợ học phí cho con'])[1 + g.k % 4]
           when g.fund_kind = 'PROJECT' then (array['Mua vật tư','Trả công thi công','Thanh toán đợt 1 hợp đồng',
                                                    'Lắp đặt thiết bị'])[1 + g.k % 4]
           else (array['Mua quà tặng','Mua học bổng, sách vở','Chi hỗ trợ khẩn cấp','Chi hoạt động phong trào'])[1 + g.k % 4]
      end as purpose) x;

-- Payments of about 70% of the pledges made before November 2025, the whole pledge or half of it.
insert into st (k, ref_k, fund_id, area_id, kind, method, amount, entry_date, household_id, contributor_kind,
                contributor_name, display_choice, display_name, recorded_at)
select nextval('sk'), p.k, p.fund_id, p.area_id, 'PLEDGE_PAYMENT', case when p.k % 3 = 0 then 'BANK_TRANSFER' else 'CASH' end,
       case when p.k % 2 = 0 then p.amount else p.amount / 2 end, p.entry_date + 1 + (p.k % 60)::int,
       p.household_id, p.contributor_kind, p.contributor_name, p.display_choice, p.display_name,
       p.recorded_at + (1 + p.k % 60) * interval '1 day'
from st p where p.kind = 'PLEDGE' and p.entry_date < date '2025-11-01' and p.k % 10 < 7;

-- A few hundred reversals: about 1 in 2,500 money contributions and 1 in 1,000 expenditures before December 2025.
insert into st (k, ref_k, fund_id, area_id, kind, amount, entry_date, household_id, contributor_kind,
                contributor_name, display_choice, display_name, reason, recorded_at)
select nextval('sk'), o.k, o.fund_id, o.area_id, 'REVERSAL', o.amount, o.entry_date + 1 + (o.k % 20)::int,
       o.household_id, o.contributor_kind, o.contributor_name, o.display_choice, o.display_name,
       case when o.kind = 'EXPENDITURE' then 'Chứng từ chi bị hủy, chi lại theo phiếu mới'
            else (array['Ghi nhầm số tiền','Ghi trùng phiếu thu','Nhập nhầm quỹ','Người đóng góp đề nghị hủy'])[1 + o.k % 4] end,
       o.recorded_at + (1 + o.k % 20) * interval '1 day'
from st o
where o.entry_date < date '2025-12-01' and o.ref_k is null
  and ((o.kind = 'CONTRIBUTION' and o.method in ('CASH', 'BANK_TRANSFER') and (o.k * 7919) % 2500 = 17)
       or (o.kind = 'EXPENDITURE' and (o.k * 7919) % 1000 = 17));
analyze st;

-- Ids, seq in date order, links, receipt numbers, public codes --------------------------------------------------
select coalesce(max(id), 0) as idbase from ledger_entries \gset
create temp table fe as
with o as (
  select s.*, row_number() over (partition by s.fund_id order by s.entry_date, s.recorded_at, s.k)::int as seq
  from st s
), i as (
  select o.*, :idbase + row_number() over (order by o.fund_id, o.seq) as id from o
), r as (
  select i.*,
         case when i.kind in ('CONTRIBUTION', 'PLEDGE_PAYMENT') then extract(year from i.entry_date)::int end as receipt_year,
         case when i.kind in ('CONTRIBUTION', 'PLEDGE_PAYMENT') then
           row_number() over (partition by i.kind in ('CONTRIBUTION', 'PLEDGE_PAYMENT'), extract(year from i.entry_date)
                              order by i.recorded_at, i.id)::int end as rn,
         ('x' || substr(md5(:ward || ':big-ward:' || i.k), 1, 16))::bit(64)::bigint as h1,
         ('x' || substr(md5(:ward || ':big-ward:' || i.k), 17, 16))::bit(64)::bigint as h2
  from i
)
select r.id, r.k, r.fund_id, r.seq, r.kind, r.method, r.amount, r.entry_date, r.area_id, r.household_id,
       r.contributor_kind, r.contributor_name, r.display_choice, r.display_name, r.description, r.payee, r.purpose,
       r.voucher_no, r.approver,
       case when r.kind = 'PLEDGE_PAYMENT' then ref.id end as pledge_id,
       case when r.kind = 'REVERSAL' then ref.id end as reverses_id,
       r.reason,
       (select string_agg(substr('0123456789abcdefghjkmnpqrstvwxyz',
                                 1 + ((case when j < 12 then r.h1 >> (5 * j) else r.h2 >> (5 * (j - 12)) end) & 31)::int, 1), '' order by j)
        from generate_series(0, 19) j) as public_code,
       r.receipt_year,
       r.rn + coalesce(rc.last_no, 0) as receipt_no,
       'bench'::text as recorded_by, r.recorded_at
from r left join i ref on ref.k = r.ref_k
  left join receipt_counters rc on rc.ward_id = :ward and rc.year = r.receipt_year;

-- The hash chain, exactly as HashChain.hash(prevHash, LedgerEntry.canonicalFields()).
create function pg_temp.canon(text) returns text language sql immutable as
$$ select coalesce(replace(replace(replace($1, '\', '\\'), E'\n', '\n'), E'\r', '\r'), '\0') $$;
create function pg_temp.chain_step(prev text, rest text) returns text language sql immutable strict as
$$ select encode(sha256(convert_to('sochibo-ledger-v1' || E'\n' || prev || E'\n' || rest, 'UTF8')), 'hex') $$;
create aggregate pg_temp.chain(text) (sfunc = pg_temp.chain_step, stype = text,
  initcond = '0000000000000000000000000000000000000000000000000000000000000000');

insert into ledger_entries (id, ward_id, fund_id, seq, kind, method, amount, entry_date, area_id, household_id,
  contributor_kind, contributor_name, display_choice, display_name, description, payee, purpose, voucher_no, approver,
  pledge_id, reverses_id, reason, batch_id, public_code, receipt_year, receipt_no, recorded_by, recorded_at, prev_hash, hash)
overriding system value
select id, :ward, fund_id, seq, kind, method, amount, entry_date, area_id, household_id, contributor_kind,
       contributor_name, display_choice, display_name, description, payee, purpose, voucher_no, approver, pledge_id,
       reverses_id, reason, null, public_code, receipt_year, receipt_no, recorded_by, recorded_at,
       coalesce(lag(hash) over w, repeat('0', 64)), hash
from (
  select c.*, pg_temp.chain(c.rest) over (partition by c.fund_id order by c.seq rows between unbounded preceding and current row) as hash
  from (
    select fe.*, concat_ws(E'\n', :ward, fund_id, seq, kind, pg_temp.canon(method), amount::text,
             to_char(entry_date, 'YYYY-MM-DD'), pg_temp.canon(area_id::text), pg_temp.canon(household_id::text),
             pg_temp.canon(contributor_kind), pg_temp.canon(contributor_name), pg_temp.canon(display_choice),
             pg_temp.canon(display_name), pg_temp.canon(description), pg_temp.canon(payee), pg_temp.canon(purpose),
             pg_temp.canon(voucher_no), pg_temp.canon(approver), pg_temp.canon(pledge_id::text),
             pg_temp.canon(reverses_id::text), pg_temp.canon(reason), '\0', pg_temp.canon(public_code),
             pg_temp.canon(receipt_year::text), pg_temp.canon(receipt_no::text), pg_temp.canon(recorded_by),
             (extract(epoch from recorded_at) * 1000000)::bigint::text) as rest
    from fe
  ) c
) h
window w as (partition by fund_id order by seq)
order by id;
select setval(pg_get_serial_sequence('ledger_entries', 'id'), (select max(id) from ledger_entries));

insert into receipt_counters (ward_id, year, last_no)
select :ward, receipt_year, max(receipt_no) from fe where receipt_year is not null group by receipt_year
on conflict (ward_id, year) do update set last_no = greatest(receipt_counters.last_no, excluded.last_no);

-- The funds' running totals, as the application keeps them: an entry counts while it is not reversed.
update funds f set
  raised = t.raised, in_kind = t.in_kind, spent = t.spent, pledged = t.pledged, entry_count = t.n, head_hash = t.head
from (
  select e.fund_id, count(*)::int as n,
         coalesce(sum(e.amount) filter (where e.kind in ('CONTRIBUTION', 'PLEDGE_PAYMENT')
                                        and e.method in ('CASH', 'BANK_TRANSFER') and r.id is null), 0) as raised,
         coalesce(sum(e.amount) filter (where e.kind in ('CONTRIBUTION', 'PLEDGE_PAYMENT')
                                        and e.method in ('IN_KIND', 'LABOUR', 'LAND') and r.id is null), 0) as in_kind,
         coalesce(sum(e.amount) filter (where e.kind = 'EXPENDITURE' and r.id is null), 0) as spent,
         coalesce(sum(e.amount) filter (where e.kind = 'PLEDGE' and r.id is null), 0)
           - coalesce(sum(e.amount) filter (where e.kind = 'PLEDGE_PAYMENT' and r.id is null), 0) as pledged,
         (array_agg(e.hash order by e.seq desc))[1] as head
  from ledger_entries e
    left join ledger_entries r on r.reverses_id = e.id
  where e.fund_id in (select fund_id from bf)
  group by e.fund_id
) t
where t.fund_id = f.id;

-- Welfare: Tết for poor and near-poor households, 27/7 for policy families, scholarships at the school year.
insert into welfare_programs (ward_id, name, occasion, program_year, program_date, budget, source, sponsor_name, description)
select :ward, p.name || ' ' || y, p.occasion, y, make_date(y, p.mon, p.day), p.budget, p.source, p.sponsor,
       p.name || ' năm ' || y || ' trên địa bàn phường'
from generate_series(2024, 2025) y,
     (values ('Quà Tết Nguyên đán cho hộ nghèo, cận nghèo', 'TET', 1, 20, 3000000000, 'FRONT', null::text),
             ('Thăm hỏi gia đình chính sách nhân ngày 27/7', 'JULY_27', 7, 25, 1200000000, 'FRONT', null),
             ('Học bổng khuyến học đầu năm học', 'SCHOOL_OPENING', 9, 5, 1100000000, 'SPONSOR', 'Công ty TNHH Thành Đạt'))
       p(name, occasion, mon, day, budget, source, sponsor);
create temp table bp as
select id as program_id, occasion, program_year, program_date from welfare_programs
where ward_id = :ward and occasion in ('TET', 'JULY_27', 'SCHOOL_OPENING') and program_year in (2024, 2025)
  and name like any (array['Quà Tết Nguyên đán cho hộ nghèo%', 'Thăm hỏi gia đình chính sách%', 'Học bổng khuyến học đầu năm học%']);
insert into welfare_program_targets (program_id, ward_id, kind)
select program_id, :ward, k from bp, unnest(case when occasion = 'JULY_27' then array['POLICY_FAMILY']
                                                 else array['POOR', 'NEAR_POOR'] end) k;
insert into welfare_program_areas (program_id, ward_id, area_id) select program_id, :ward, area_id from bp, ba;
insert into welfare_gifts (ward_id, program_id, household_id, area_id, item, quantity, value, gift_date, delivered_by,
                           receipt_status, signed_on, cancelled_at, cancelled_by, cancel_reason, recorded_by, recorded_at)
select :ward, g.program_id, g.household_id, g.area_id, g.item, 1, g.value, g.gift_date, 'Tổ Mặt trận Khu vực ' || g.a,
       case when g.household_id % 10 <> 0 then 'SIGNED' else 'PENDING' end,
       case when g.household_id % 10 <> 0 then g.gift_date end,
       case when g.household_id % 200 = 3 then g.gift_date + time '16:00' end,
       case when g.household_id % 200 = 3 then 'bench' end,
       case when g.household_id % 200 = 3 then 'Hộ đã chuyển đi nơi khác' end,
       'bench', g.gift_date + time '18:00'
from (
  select p.program_id, h.household_id, h.area_id, h.a, p.program_date + (h.household_id % 5)::int as gift_date,
         case p.occasion when 'TET' then 'GIFT_PACKAGE' when 'JULY_27' then 'CASH' else 'SCHOLARSHIP' end as item,
         case p.occasion when 'TET' then (case when s.kind = 'POOR' then 500000 else 300000 end)
                         when 'JULY_27' then 500000 else 1000000 end as value
  from bp p
    join household_statuses s on s.ward_id = :ward and s.status_year <= p.program_year
                              and (s.held_until is null or s.held_until >= p.program_year)
                              and s.kind = any (case when p.occasion = 'JULY_27' then array['POLICY_FAMILY']
                                                     else array['POOR', 'NEAR_POOR'] end)
    join bh h on h.household_id = s.household_id
  where p.occasion <> 'SCHOOL_OPENING' or (h.members >= 3 and h.household_id % 7 = 0)
) g;
-- One gift per household and program: a household holds one of the program's statuses in a year at most.

-- Cell meetings of 2025: a regular meeting on the 10th of each month, with the attendance of the roll.
insert into cell_meetings (ward_id, cell_id, kind, held_on, starts_at, ends_at, place, chair_name, secretary_name,
                           recorded_by, recorded_at)
select :ward, c.cell_id, 'REGULAR', make_date(2025, m, 10), time '19:30', time '21:00', 'Nhà văn hóa Khu vực ' || c.a,
       pc.secretary_name, 'Nguyễn Thị Mỹ Linh', 'bench', make_date(2025, m, 10) + time '22:00'
from bc c join party_cells pc on pc.id = c.cell_id, generate_series(1, 12) m;
insert into meeting_attendances (ward_id, meeting_id, member_id, status, reason, probationary, exempt)
select g.ward_id, g.id, m.id,
       case when m.exempt_since is not null then (case when (m.id + g.id) % 5 = 0 then 'EXEMPT_ATTENDED' else 'EXEMPT' end)
            when (m.id + g.id) % 17 = 0 then 'ABSENT_EXCUSED' when (m.id + g.id) % 41 = 0 then 'ABSENT_UNEXCUSED'
            else 'PRESENT' end,
       case when m.exempt_since is null and (m.id + g.id) % 17 = 0 then 'Ốm' end,
       m.official_on is null, m.exempt_since is not null
from cell_meetings g join bc on bc.cell_id = g.cell_id
  join party_member_cells pmc on pmc.cell_id = g.cell_id and pmc.valid_from <= g.held_on
                              and (pmc.valid_to is null or pmc.valid_to >= g.held_on)
  join party_members m on m.id = pmc.member_id;
insert into meeting_tasks (ward_id, cell_id, meeting_id, member_id, content, due_on, status, closed_on)
select g.ward_id, g.cell_id, g.id, m.id, 'Nhiệm vụ ' || t || ' của cuộc họp ngày ' || to_char(g.held_on, 'DD/MM/YYYY'),
       g.held_on + 30, case when g.held_on > date '2025-10-01' and t = 2 then 'OPEN' else 'DONE' end,
       case when not (g.held_on > date '2025-10-01' and t = 2) then g.held_on + 25 end
from cell_meetings g join bc on bc.cell_id = g.cell_id, generate_series(1, 2) t,
     lateral (select id from party_members pm where pm.cell_id = g.cell_id and pm.exempt_since is null
              order by pm.id offset (g.id * 3 + t) % 100 limit 1) m;

-- 20 activities a cell in 2025, each with about 1 in 10 of the members, cadres, a head count and one output.
insert into activities (ward_id, cell_id, kind, title, starts_on, resident_head_count)
select :ward, c.cell_id,
       (array['THREE_TOGETHER','GREEN_SUNDAY','URBAN_ORDER','SANITATION','FIRE_SAFETY','WASTE_ON_TIME'])[1 + i % 6],
       (array['Ngày Chủ nhật xanh','Ra quân trật tự đô thị','Tổng vệ sinh khu dân cư','Tuyên truyền PCCC',
              'Thu gom rác đúng giờ','Ba cùng với hộ nghèo'])[1 + i % 6] || ' – Khu vực ' || c.a || ', đợt ' || i,
       date '2025-01-05' + i * 17, 10 + (i * c.a) % 40
from bc c, generate_series(1, 20) i;
insert into activity_members (activity_id, ward_id, member_id)
select a.id, a.ward_id, m.id from activities a join bc on bc.cell_id = a.cell_id
  join party_members m on m.cell_id = a.cell_id
where (m.id + a.id) % 10 = 0 and m.exempt_since is null and m.joined_on <= a.starts_on;
insert into activity_people (activity_id, ward_id, person_group, full_name, name_key, position)
select a.id, a.ward_id, 'CADRE', n.full_name, n.key, 'Cán bộ phường'
from activities a join bc on bc.cell_id = a.cell_id,
     (values ('Lê Văn Tám', 'le van tam'), ('Phạm Thị Hoa', 'pham thi hoa'), ('Võ Minh Trí', 'vo minh tri')) n(full_name, key)
where length(n.key) % 3 <> a.id % 3;
insert into activity_outputs (activity_id, ward_id, unit, quantity)
select a.id, a.ward_id, case when a.id % 2 = 0 then 'WASTE_KG' else 'WORKING_DAYS' end, 10 + a.id % 90
from activities a join bc on bc.cell_id = a.cell_id;

analyze residential_areas, party_cells, cell_areas, households, household_statuses, party_members, party_member_cells,
  funds, fund_areas, projects, project_funding_lines, ledger_entries, receipt_counters, welfare_programs,
  welfare_program_targets, welfare_program_areas, welfare_gifts, cell_meetings, meeting_attendances, meeting_tasks,
  activities, activity_members, activity_people, activity_outputs;
