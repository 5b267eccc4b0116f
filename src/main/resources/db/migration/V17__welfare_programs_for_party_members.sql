-- A welfare program of a Party cell may be for the cell's Party members: its recipients are then the
-- households where a member on the cell's roll on the program's date lives (all of them, or only
-- those with at least 40 years in the Party, huy hiệu 40 năm tuổi Đảng), not households of some
-- statuses. Such a program replaces faking members as a household status: who is a Party member is
-- sensitive (political affiliation) and stays with the cell's records, never in the household register.
-- Only a program paid by a named cell can be one; its status targets are then empty (the service
-- keeps them so).

alter table welfare_programs add column party_members varchar(10);
alter table welfare_programs add constraint ck_welfare_programs_party_members
	check (party_members is null or (party_members in ('ALL', 'YEARS_40') and source = 'CELL' and cell_id is not null));
