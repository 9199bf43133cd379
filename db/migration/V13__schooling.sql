-- School and kindergarten (DOMAIN.md "School and kindergarten"): schools per municipality, enrolments,
-- kindergarten places, organised activity, and the school needs the daily job and the moves record.
-- Whether a child is late is never stored: it is computed from these dates when read (schooling/SchoolingRules).

create table school (
    id                bigint generated always as identity primary key,
    municipality_code char(4) not null references municipality (code),
    name              text    not null check (length(btrim(name)) between 1 and 150),
    org_number        char(9) check (org_number ~ '^[0-9]{9}$'),
    primary_level     boolean not null default true,
    lower_secondary   boolean not null default false,
    active            boolean not null default true,
    version           integer not null default 0,
    created_at        timestamptz not null default now(),
    constraint school_has_a_level check (primary_level or lower_secondary)
);
create unique index school_name_uq on school (municipality_code, lower(name));
create unique index school_org_number_uq on school (org_number);

-- One enrolment of a child at a school, along applied → enrolled → started → ended. Dates are whole days; the
-- enrolment covers [applied_on, ended_on), so a child's enrolments never overlap (a move ends the old one on the
-- day the new need opens).
create table school_enrolment (
    id          bigint generated always as identity primary key,
    person_id   bigint   not null references person (id),
    school_id   bigint   not null references school (id),
    school_year smallint not null check (school_year between 1 and 10),
    state       text     not null check (state in ('APPLIED', 'ENROLLED', 'STARTED', 'ENDED')),
    applied_on  date     not null,
    enrolled_on date,
    started_on  date,
    ended_on    date,
    end_reason  text check (end_reason in ('MOVED', 'COMPLETED_YEAR_10', 'LEFT', 'OTHER')),
    version     integer  not null default 0,
    created_at  timestamptz not null default now(),
    constraint school_enrolment_dates_ordered check (
        (enrolled_on is null or enrolled_on >= applied_on)
        and (started_on is null or started_on >= coalesce(enrolled_on, applied_on))
        and (ended_on is null or ended_on >= coalesce(started_on, enrolled_on, applied_on))),
    constraint school_enrolment_state_matches_dates check (
        (state = 'APPLIED' and enrolled_on is null and started_on is null and ended_on is null)
        or (state = 'ENROLLED' and enrolled_on is not null and started_on is null and ended_on is null)
        or (state = 'STARTED' and started_on is not null and ended_on is null)
        or (state = 'ENDED' and ended_on is not null)),
    constraint school_enrolment_end_has_reason check ((ended_on is null) = (end_reason is null)),
    constraint school_enrolment_no_overlap exclude using gist (
        person_id with =, daterange(applied_on, ended_on, '[)') with &&)
);
create index school_enrolment_person_idx on school_enrolment (person_id, applied_on desc);
-- the children list and the worklist join each child's open enrolment
create index school_enrolment_open_idx on school_enrolment (person_id) include (state, school_id)
    where ended_on is null;
create index school_enrolment_school_idx on school_enrolment (school_id);

-- A UDI-funded (or other) kindergarten place for a child aged 1–5: applied, offered, started, ended.
create table kindergarten_place (
    id          bigint generated always as identity primary key,
    person_id   bigint  not null references person (id),
    applied_on  date    not null,
    offered_on  date,
    started_on  date,
    ended_on    date,
    udi_funded  boolean not null default true,
    version     integer not null default 0,
    created_at  timestamptz not null default now(),
    constraint kindergarten_place_dates_ordered check (
        (offered_on is null or offered_on >= applied_on)
        and (started_on is null or started_on >= coalesce(offered_on, applied_on))
        and (ended_on is null or ended_on >= coalesce(started_on, offered_on, applied_on)))
);
-- one place (or application) open at a time
create unique index kindergarten_place_open_uq on kindergarten_place (person_id) where ended_on is null;
create index kindergarten_place_person_idx on kindergarten_place (person_id, applied_on desc);

-- Organised activity at the centre for children from 2 to school age (at least 3 hours a day): one row per child
-- and day, with the hours.
create table activity_participation (
    id          bigint generated always as identity primary key,
    person_id   bigint       not null references person (id),
    on_day      date         not null,
    hours       numeric(3, 1) not null check (hours > 0 and hours <= 12),
    recorded_by text         not null check (length(recorded_by) between 1 and 60),
    recorded_at timestamptz  not null default now(),
    constraint activity_participation_one_per_day unique (person_id, on_day)
);

-- A need for school noticed: a child coming into school age (the daily job school-age), or a move to another
-- municipality (the old enrolment ended). Idempotent by its natural key.
create table school_need (
    id                bigint generated always as identity primary key,
    person_id         bigint not null references person (id),
    reason            text   not null check (reason in ('SCHOOL_AGE', 'MOVED', 'SETTLED')),
    opened_on         date   not null,
    municipality_code char(4) references municipality (code),
    recorded_at       timestamptz not null default now(),
    constraint school_need_once unique (person_id, reason, opened_on)
);

-- The right to kindergarten starts at settlement in a municipality (recorded from settlement's event).
create table kindergarten_right (
    person_id         bigint  not null references person (id),
    municipality_code char(4) not null references municipality (code),
    from_on           date    not null,
    primary key (person_id, municipality_code, from_on)
);

-- the children list and the job: children staying now at a site, by birth date (copied onto the stay, V8)
create index stay_open_site_birth_idx on stay (site_id, person_birth_date, person_id) where checked_out_on is null;
create index stay_open_birth_idx on stay (person_birth_date, person_id) where checked_out_on is null;
create index activity_participation_recent_idx on activity_participation (person_id, on_day desc) include (hours);
