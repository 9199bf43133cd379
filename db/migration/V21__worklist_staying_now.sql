-- The staff worklist of the arrival centre at 500,000 residents took 132 ms against issue 10's 100 ms: its school
-- lines joined each of the ~5,000 children staying there to their person and looked up their arrival, enrolment
-- ends and kindergarten place one by one (86 ms), and its permit lines joined every granted case to the open stays
-- (40 ms; 150 ms for a manager, over all sites). The facts those lines filter on are kept here by the database, in
-- the same statement as every change they depend on, as tb_screening (V16) keeps TB's. Only dated facts are kept:
-- whether a child is late or a permit is about to end is still computed from them and the configured rules when
-- read, so nothing waits for a job.

-- Where a person stays now: the site of their open stay, or null when they stay nowhere or are a merged duplicate.
create function staying_site_of(person bigint) returns bigint language sql stable as $$
    select s.site_id
      from stay s join person p on p.id = s.person_id
     where s.person_id = person and s.checked_out_on is null and p.merged_into is null
     limit 1
$$;

-- Each person's schooling facts, as ChildrenRepository.facts computes them from the base tables
-- (ChildSchoolingReadModelTest holds the two together).
create table child_schooling (
    person_id               bigint primary key references person (id) on delete cascade,
    site_id                 bigint references site (id),
    birth_date              date not null,
    -- the arrival date, else the first check-in, else the first police registration
    arrival                 date,
    -- the latest end of an enrolment that did not complete year 10 (it opened a new need)
    reopened_on             date,
    completed_year_10_on    date,
    -- the open enrolment, if any (one at a time: school_enrolment_no_overlap)
    open_state              text,
    school_id               bigint references school (id),
    started_on              date,
    -- the open kindergarten place's start (null: no open place, or not started)
    kindergarten_started_on date
);
-- a site's children are one range of this index, read without the table
create index child_schooling_site_idx on child_schooling (site_id, birth_date)
    include (person_id, arrival, reopened_on, completed_year_10_on, open_state, started_on, kindergarten_started_on)
    where site_id is not null;

create function child_schooling_refresh(ids bigint[]) returns void language sql as $$
    insert into child_schooling as c (person_id, site_id, birth_date, arrival, reopened_on, completed_year_10_on,
                                      open_state, school_id, started_on, kindergarten_started_on)
    select p.id, staying_site_of(p.id), p.birth_date,
           coalesce(p.arrival_date, (select min(s.checked_in_on) from stay s where s.person_id = p.id),
                    (select min(r.registered_on) from police_registration r where r.person_id = p.id)),
           (select max(e.ended_on) from school_enrolment e
             where e.person_id = p.id and e.end_reason <> 'COMPLETED_YEAR_10'),
           (select min(e.ended_on) from school_enrolment e
             where e.person_id = p.id and e.end_reason = 'COMPLETED_YEAR_10'),
           o.state, o.school_id, o.started_on,
           (select k.started_on from kindergarten_place k where k.person_id = p.id and k.ended_on is null)
      -- joined, not "= any (ids)": thousands of ids stay index lookups
      from (select distinct unnest(ids)) u (id)
      join person p on p.id = u.id
      left join school_enrolment o on o.person_id = p.id and o.ended_on is null
    on conflict (person_id) do update
       set site_id = excluded.site_id, birth_date = excluded.birth_date, arrival = excluded.arrival,
           reopened_on = excluded.reopened_on, completed_year_10_on = excluded.completed_year_10_on,
           open_state = excluded.open_state, school_id = excluded.school_id, started_on = excluded.started_on,
           kindergarten_started_on = excluded.kindergarten_started_on
     -- an unchanged row is not written: a job run twice leaves the table as it was
     where (c.site_id, c.birth_date, c.arrival, c.reopened_on, c.completed_year_10_on, c.open_state, c.school_id,
            c.started_on, c.kindergarten_started_on)
           is distinct from (excluded.site_id, excluded.birth_date, excluded.arrival, excluded.reopened_on,
                             excluded.completed_year_10_on, excluded.open_state, excluded.school_id,
                             excluded.started_on, excluded.kindergarten_started_on)
$$;

-- Where each case's person stays now, on the case: the permit lines count granted cases by (site, permit end).
alter table protection_case add column staying_site_id bigint references site (id);
comment on column protection_case.staying_site_id is
    'the site the person stays at now (staying_site_of), maintained by triggers, for the permit worklist lines';

create function protection_case_staying_refresh(ids bigint[]) returns void language sql as $$
    update protection_case c set staying_site_id = staying_site_of(c.person_id)
      from (select distinct unnest(ids)) u (id)
     where c.person_id = u.id and c.staying_site_id is distinct from staying_site_of(c.person_id)
$$;

create function protection_case_copy_staying_site() returns trigger language plpgsql as $$
begin
    new.staying_site_id := staying_site_of(new.person_id);
    return new;
end
$$;

-- a new case, or a case moved to another person record (a merge), takes where that person stays
create trigger protection_case_copy_staying_site
    before insert or update of person_id on protection_case
    for each row execute function protection_case_copy_staying_site();

-- One statement-level trigger per table and event, each refreshing the persons its rows name once per statement.
create function staying_now_after_change() returns trigger language plpgsql as $$
declare
    ids bigint[];
begin
    if TG_OP = 'INSERT' then
        ids := array(select distinct person_id from new_rows);
    elsif TG_OP = 'DELETE' then
        ids := array(select distinct person_id from old_rows);
    else
        ids := array(select person_id from new_rows union select person_id from old_rows);
    end if;
    perform child_schooling_refresh(ids);
    if TG_TABLE_NAME = 'stay' then
        perform protection_case_staying_refresh(ids);
    end if;
    return null;
end
$$;

create function staying_now_after_person_change() returns trigger language plpgsql as $$
begin
    if TG_OP = 'INSERT' then
        perform child_schooling_refresh(array(select id from new_rows));
    else
        perform child_schooling_refresh(array(
            select n.id from new_rows n join old_rows o on o.id = n.id
             where n.birth_date is distinct from o.birth_date or n.arrival_date is distinct from o.arrival_date
                or n.merged_into is distinct from o.merged_into));
        perform protection_case_staying_refresh(array(
            select n.id from new_rows n join old_rows o on o.id = n.id where n.merged_into is distinct from o.merged_into));
    end if;
    return null;
end
$$;

create trigger staying_now_person_insert after insert on person
    referencing new table as new_rows for each statement execute function staying_now_after_person_change();
create trigger staying_now_person_update after update on person
    referencing old table as old_rows new table as new_rows
    for each statement execute function staying_now_after_person_change();

do $$
declare
    t text;
begin
    foreach t in array array['stay', 'police_registration', 'school_enrolment', 'kindergarten_place'] loop
        execute format('create trigger staying_now_%1$s_insert after insert on %1$I referencing new table as new_rows'
                       ' for each statement execute function staying_now_after_change()', t);
        execute format('create trigger staying_now_%1$s_update after update on %1$I referencing old table as old_rows'
                       ' new table as new_rows for each statement execute function staying_now_after_change()', t);
        execute format('create trigger staying_now_%1$s_delete after delete on %1$I referencing old table as old_rows'
                       ' for each statement execute function staying_now_after_change()', t);
    end loop;
end
$$;

select child_schooling_refresh(array(select id from person));
update protection_case set staying_site_id = staying_site_of(person_id);

-- the permit lines: a site's granted cases of people staying there, by permit end; and everyone's, for managers
create index protection_case_staying_permit_idx on protection_case (staying_site_id, permit_to)
    where state = 'GRANTED' and staying_site_id is not null;
create index protection_case_staying_any_permit_idx on protection_case (permit_to)
    where state = 'GRANTED' and staying_site_id is not null;
