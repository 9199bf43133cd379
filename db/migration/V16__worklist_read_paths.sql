-- Each person's TB screening state, kept by the database in the same statement as every change it depends on, so
-- the TB list and the worklist read one indexed row per person instead of evaluating the latest result, open
-- referrals, open appointments, the basis date and the following stay for every resident of a site (issue 10's
-- figures). Due, overdue and "due within 7 days" are still computed when read, from basis_date and the dated
-- rules in configuration: nothing here waits for a job.
--
-- state: DONE (the latest result completes the screening), REFERRED (an open referral for private housing),
-- BOOKED (an appointment in state BOOKED), OPEN (none of these: the deadline counts). Checked in that order, as
-- TbStatusConditions always did. The outcomes that complete a screening are TbOutcome.completesScreening();
-- TbScreeningStateTest fails if the two disagree.
create table tb_screening (
    person_id  bigint primary key references person (id) on delete cascade,
    -- the site whose health staff follow the person: their latest stay's, if it is open or ended in private
    -- housing; null when nobody follows them (no stay, or left the reception system)
    site_id    bigint references site (id),
    -- the arrival date, else the first police registration; null if neither
    basis_date date,
    state      text    not null check (state in ('OPEN', 'BOOKED', 'DONE', 'REFERRED')),
    merged     boolean not null default false
);
-- covering: a site's list and counts are read from the index alone (a partial index on "not merged" is not used
-- for index-only scans here, so merged is carried along instead)
create index tb_screening_site_idx on tb_screening (site_id, state, basis_date) include (person_id, merged);
create index tb_screening_state_idx on tb_screening (state, basis_date) where not merged and site_id is not null;
-- the worklist's health lines start from the few open suspected-active referrals and the appointments past
create index tb_referral_open_reason_idx on tb_referral (reason, person_id) where followed_up_on is null;
create index tb_appointment_booked_day_idx on tb_appointment (day, person_id) where state = 'BOOKED';

create function tb_screening_refresh(ids bigint[]) returns void language sql as $$
    insert into tb_screening as t (person_id, site_id, basis_date, state, merged)
    select p.id,
           (select case when s.checked_out_on is null or s.checkout_reason = 'PRIVATE_HOUSING' then s.site_id end
              from stay s where s.person_id = p.id order by s.checked_in_on desc, s.id desc limit 1),
           coalesce(p.arrival_date,
                    (select min(r.registered_on) from police_registration r where r.person_id = p.id)),
           case when (select r.outcome from tb_result r where r.person_id = p.id
                       order by r.recorded_at desc, r.id desc limit 1)
                     in ('NO_FINDING', 'LATENT_INFECTION', 'SUSPECTED_ACTIVE') then 'DONE'
                when exists (select 1 from tb_referral f where f.person_id = p.id and f.reason = 'PRIVATE_HOUSING'
                               and f.followed_up_on is null) then 'REFERRED'
                when exists (select 1 from tb_appointment a where a.person_id = p.id and a.state = 'BOOKED')
                     then 'BOOKED'
                else 'OPEN' end,
           p.merged_into is not null
      -- joined, not "= any (ids)": thousands of ids stay index lookups
      from (select distinct unnest(ids)) u (id)
      join person p on p.id = u.id
    on conflict (person_id) do update
       set site_id = excluded.site_id, basis_date = excluded.basis_date, state = excluded.state,
           merged = excluded.merged
     -- an unchanged row is not written: a job run twice leaves the table as it was
     where (t.site_id, t.basis_date, t.state, t.merged)
           is distinct from (excluded.site_id, excluded.basis_date, excluded.state, excluded.merged)
$$;

-- One statement-level trigger per table and event: each refreshes the persons its rows name, once per statement
-- (the booking job books tens of thousands in one statement).
create function tb_screening_after_change() returns trigger language plpgsql as $$
begin
    if TG_OP = 'INSERT' then
        perform tb_screening_refresh(array(select distinct person_id from new_rows));
    elsif TG_OP = 'DELETE' then
        perform tb_screening_refresh(array(select distinct person_id from old_rows));
    else
        perform tb_screening_refresh(array(select person_id from new_rows union select person_id from old_rows));
    end if;
    return null;
end
$$;

create function tb_screening_after_person_change() returns trigger language plpgsql as $$
begin
    if TG_OP = 'INSERT' then
        perform tb_screening_refresh(array(select id from new_rows));
    else
        perform tb_screening_refresh(array(
            select n.id from new_rows n join old_rows o on o.id = n.id
             where n.arrival_date is distinct from o.arrival_date or n.merged_into is distinct from o.merged_into));
    end if;
    return null;
end
$$;

create trigger tb_screening_person_insert after insert on person
    referencing new table as new_rows for each statement execute function tb_screening_after_person_change();
create trigger tb_screening_person_update after update on person
    referencing old table as old_rows new table as new_rows
    for each statement execute function tb_screening_after_person_change();

do $$
declare
    t text;
begin
    foreach t in array array['stay', 'police_registration', 'tb_result', 'tb_referral', 'tb_appointment'] loop
        execute format('create trigger tb_screening_%1$s_insert after insert on %1$I referencing new table as new_rows'
                       ' for each statement execute function tb_screening_after_change()', t);
        execute format('create trigger tb_screening_%1$s_update after update on %1$I referencing old table as old_rows'
                       ' new table as new_rows for each statement execute function tb_screening_after_change()', t);
        execute format('create trigger tb_screening_%1$s_delete after delete on %1$I referencing old table as old_rows'
                       ' for each statement execute function tb_screening_after_change()', t);
    end loop;
end
$$;

select tb_screening_refresh(array(select id from person));

-- The home page's "without a bed" line counts the few open stays without a bed, not every open stay of the site.
create index stay_site_open_bedless_idx on stay (site_id, checked_in_on) where checked_out_on is null and bed_id is null;
