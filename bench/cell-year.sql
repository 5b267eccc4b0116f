-- The data of bench/cell-year.sh: one ward's cell with :members members and, in 2025, its 12 regular
-- and 2 thematic meetings with everyone's attendance, tasks, and :activities activities.
select setseed(0.2025);
insert into residential_areas (ward_id, code, name, kind, valid_from)
select w.id, 'KV1', 'Khu vực 1', 'KHU_VUC', date '2020-01-01' from wards w;
insert into party_cells (ward_id, name, secretary_name, valid_from)
select w.id, 'Chi bộ Khu vực 1', 'Trần Văn Hùng', date '2020-01-01' from wards w;
insert into cell_areas (ward_id, cell_id, area_id, valid_from)
select c.ward_id, c.id, a.id, date '2020-01-01' from party_cells c join residential_areas a on a.ward_id = c.ward_id;

with names as (
  select array['Nguyễn','Trần','Lê','Phạm','Huỳnh','Hoàng','Võ','Phan','Trương','Bùi','Đặng','Đỗ','Ngô','Hồ'] f,
         array['Văn','Thị','Hữu','Minh','Ngọc','Thanh','Quốc','Kim'] m,
         array['Hùng','Dũng','Lan','Hoa','Tâm','Phúc','Lộc','Thọ','Hạnh','Nga','Bình','Cường','Đức','Hải','Hương',
               'Khánh','Linh','Mai','Nam','Oanh','Phương','Quang','Sơn','Tuấn','Út','Vân','Xuân','Yến'] g
)
insert into party_members (ward_id, cell_id, full_name, birth_year, sex, joined_on, official_on, official_due_on,
                           exempt_since, exempt_reason)
select c.ward_id, c.id,
       n.f[1 + floor(random() * 14)::int] || ' ' || n.m[1 + floor(random() * 8)::int] || ' ' || n.g[1 + floor(random() * 28)::int],
       1940 + i % 50, case when i % 3 = 0 then 'FEMALE' else 'MALE' end,
       case when i % 100 = 7 then date '2025-03-01' else make_date(1960 + i % 50, 1 + i % 12, 1 + i % 28) end,
       case when i % 100 = 7 then null else make_date(1961 + i % 50, 1 + i % 12, 1 + i % 28) end,
       case when i % 100 = 7 then date '2026-03-01' end,
       case when i % 10 = 3 then date '2020-06-01' end, case when i % 10 = 3 then 'Tuổi cao, sức yếu' end
from generate_series(1, :members) i, names n, party_cells c;
insert into party_member_cells (ward_id, member_id, cell_id, valid_from)
select m.ward_id, m.id, m.cell_id, greatest(m.joined_on, date '2020-01-01') from party_members m;

-- 2025: a regular meeting on the 10th of each month and two thematic ones, with everyone on the roll.
insert into cell_meetings (ward_id, cell_id, kind, topic, held_on, starts_at, ends_at, place, chair_name,
                           secretary_name, recorded_by, recorded_at)
select c.ward_id, c.id, case when m > 12 then 'THEMATIC' else 'REGULAR' end,
       case when m > 12 then 'Chuyên đề ' || (m - 12) end,
       case when m > 12 then make_date(2025, (m - 12) * 5, 20) else make_date(2025, m, 10) end,
       time '19:30', time '21:00', 'Nhà văn hóa khu vực', 'Trần Văn Hùng', 'Nguyễn Thị Mỹ Linh', 'bench', now()
from party_cells c, generate_series(1, 14) m;
insert into meeting_attendances (ward_id, meeting_id, member_id, status, reason, probationary, exempt)
select m.ward_id, g.id, m.id,
       case when m.exempt_since is not null then (case when (m.id + g.id) % 5 = 0 then 'EXEMPT_ATTENDED' else 'EXEMPT' end)
            when (m.id + g.id) % 17 = 0 then 'ABSENT_EXCUSED' when (m.id + g.id) % 41 = 0 then 'ABSENT_UNEXCUSED'
            else 'PRESENT' end,
       case when m.exempt_since is null and (m.id + g.id) % 17 = 0 then 'Ốm' end,
       m.official_on is null, m.exempt_since is not null
from cell_meetings g join party_members m on m.cell_id = g.cell_id;
insert into meeting_tasks (ward_id, cell_id, meeting_id, member_id, content, due_on, status, closed_on)
select g.ward_id, g.cell_id, g.id, (select min(id) from party_members) + t, 'Nhiệm vụ ' || t || ' của cuộc họp ngày ' || g.held_on,
       g.held_on + 30, case when t % 3 = 0 then 'OPEN' else 'DONE' end, case when t % 3 <> 0 then g.held_on + 25 end
from cell_meetings g, generate_series(1, 5) t;

-- :activities activities through 2025, each with 1 in 40 of the members, two cadres, a resident head count
-- and one output.
insert into activities (ward_id, cell_id, kind, title, starts_on, resident_head_count)
select c.ward_id, c.id,
       (array['THREE_TOGETHER','GREEN_SUNDAY','URBAN_ORDER','SANITATION','FIRE_SAFETY','WASTE_ON_TIME'])[1 + i % 6],
       'Hoạt động số ' || i, date '2025-01-01' + (i * 337 / :activities), 10 + i % 30
from generate_series(1, :activities) i, party_cells c;
insert into activity_members (activity_id, ward_id, member_id)
select a.id, a.ward_id, m.id from activities a join party_members m on m.cell_id = a.cell_id
where (m.id + a.id) % 40 = 0 and m.exempt_since is null;
insert into activity_people (activity_id, ward_id, person_group, full_name, name_key, position)
select a.id, a.ward_id, 'CADRE', n.full_name, n.key, 'Cán bộ phường'
from activities a, (values ('Lê Văn Tám', 'le van tam'), ('Phạm Thị Hoa', 'pham thi hoa'), ('Võ Minh Trí', 'vo minh tri')) n(full_name, key)
where length(n.key) % 3 <> a.id % 3;
insert into activity_outputs (activity_id, ward_id, unit, quantity)
select a.id, a.ward_id, case when a.id % 2 = 0 then 'WASTE_KG' else 'WORKING_DAYS' end, 10 + a.id % 90
from activities a;
vacuum analyze party_members, party_member_cells, cell_meetings, meeting_attendances, meeting_tasks, activities,
  activity_members, activity_people, activity_outputs;
