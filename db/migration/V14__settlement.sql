-- Settlement in a municipality (DOMAIN.md, "Settlement"; issue 11): the settlement officer and their counties,
-- each municipality's yearly request and council decision, dwellings on offer, the settlement interview, each
-- household's place in the pipeline, matching runs, proposals, and the members settled.

-- The settlement officer (IMDi's regional office) works for one or more counties.
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check
    check (role in ('ADMIN', 'MANAGER', 'CENTRE_STAFF', 'HEALTH_STAFF', 'SETTLEMENT_COORDINATOR',
                    'SETTLEMENT_OFFICER'));

create table user_county (
    user_id     bigint  not null references app_user (id) on delete cascade,
    county_code char(2) not null references county (code),
    primary key (user_id, county_code)
);
create index user_county_county_idx on user_county (county_code);

-- One row per municipality and year: the officer records the request, the coordinator the council's decision.
-- The council decides how many, never who (no conditions on nationality or family type).
create table settlement_quota (
    id                 bigint generated always as identity primary key,
    municipality_code  char(4) not null references municipality (code),
    year               integer not null check (year between 2022 and 2100),
    requested_persons  integer not null check (requested_persons between 0 and 100000),
    requested_minors   integer not null default 0 check (requested_minors between 0 and 10000),
    requested_on       date    not null,
    requested_by       text    not null check (length(requested_by) between 1 and 100),
    decided_persons    integer check (decided_persons between 0 and 100000),
    decided_minors     integer check (decided_minors between 0 and 10000),
    decided_on         date,
    decided_by         text check (length(decided_by) <= 100),
    note               text check (length(note) <= 2000),
    version            integer not null default 0,
    constraint settlement_quota_decision_whole
        check ((decided_persons is null) = (decided_on is null) and (decided_persons is null) = (decided_minors is null)),
    constraint settlement_quota_once_a_year unique (municipality_code, year)
);

-- Services a municipality offers near home, as the functional-need codes households use (never diagnoses).
create table municipality_service (
    municipality_code char(4) not null references municipality (code),
    service_code      text    not null check (service_code ~ '^[A-Z_]{2,60}$'),
    primary key (municipality_code, service_code)
);

-- Approximate coordinates of each municipality (the matching's distance preference).
create table municipality_location (
    municipality_code char(4) primary key references municipality (code),
    latitude          double precision not null check (latitude between 57 and 72),
    longitude         double precision not null check (longitude between 4 and 32)
);

create table dwelling (
    id                bigint generated always as identity primary key,
    municipality_code char(4) not null references municipality (code),
    label             text    not null check (length(btrim(label)) between 1 and 200),
    rooms             integer not null check (rooms between 1 and 20),
    persons           integer not null check (persons between 1 and 30),
    accessible        boolean not null default false,
    available_from    date    not null,
    -- OFFERED: on offer; RESERVED: an accepted household will move in; USED: settled; WITHDRAWN: no longer on offer
    state             text    not null default 'OFFERED' check (state in ('OFFERED', 'RESERVED', 'USED', 'WITHDRAWN')),
    version           integer not null default 0,
    created_at        timestamptz not null default now()
);
create index dwelling_municipality_idx on dwelling (municipality_code, state);

-- The settlement interview, one per household, held by centre staff.
create table settlement_interview (
    id               bigint generated always as identity primary key,
    household_id     bigint  not null references household (id),
    held_on          date    not null,
    held_by          text    not null check (length(held_by) between 1 and 100),
    rooms_needed     integer not null check (rooms_needed between 1 and 20),
    needs_accessible boolean not null default false,
    -- municipality codes
    family_ties      text[]  not null default '{}' check (array_to_string(family_ties, ',') ~ '^([0-9]{4}(,[0-9]{4})*)?$'),
    wishes           text[]  not null default '{}' check (array_to_string(wishes, ',') ~ '^([0-9]{4}(,[0-9]{4})*)?$'),
    -- functional needs for services near home, given with consent (codes, never diagnoses)
    needed_services  text[]  not null default '{}' check (array_to_string(needed_services, ',') ~ '^([A-Z_]{2,60}(,[A-Z_]{2,60})*)?$'),
    services_consent boolean not null default false,
    summary          text check (length(summary) <= 4000),
    version          integer not null default 0,
    constraint settlement_interview_needs_have_consent check (cardinality(needed_services) = 0 or services_consent),
    constraint settlement_interview_once unique (household_id)
);

-- What the interview recorded for each adult.
create table settlement_interview_adult (
    interview_id     bigint not null references settlement_interview (id) on delete cascade,
    person_id        bigint not null references person (id),
    education        text check (length(education) <= 1000),
    work_experience  text check (length(work_experience) <= 1000),
    -- ISO 639-1 codes
    languages        text[] not null default '{}' check (array_to_string(languages, ',') ~ '^([a-z]{2}(,[a-z]{2})*)?$'),
    primary key (interview_id, person_id)
);
create index settlement_interview_adult_person_idx on settlement_interview_adult (person_id);

-- Each household's place in the pipeline, kept in the same transaction as what moves it (a permit granted, an
-- interview saved, a proposal sent, accepted or declined, a settlement), so the pipeline counts read one indexed
-- table. The target clock starts at the permit: 6 months, 3 for unaccompanied minors.
create table settlement_household (
    household_id        bigint primary key references household (id),
    state               text    not null check (state in ('WAITING_PERMIT', 'WAITING_INTERVIEW', 'READY', 'PROPOSED',
                                                          'ACCEPTED', 'SETTLED')),
    permit_granted_on   date,
    target_date         date,
    unaccompanied_minor boolean not null default false,
    -- the centre's site today (scope for staff; the matching's distance)
    site_id             bigint references site (id),
    county_code         char(2) references county (code),
    updated_at          timestamptz not null default now(),
    version             integer not null default 0,
    constraint settlement_household_target_with_permit check ((permit_granted_on is null) = (target_date is null))
);
create index settlement_household_state_idx on settlement_household (state, target_date);
create index settlement_household_site_idx on settlement_household (site_id, state);

-- One run of the matching over a county scope, with its score against the greedy baseline.
create table matching_run (
    id            bigint generated always as identity primary key,
    started_at    timestamptz not null default now(),
    run_by        text    not null check (length(run_by) between 1 and 100),
    county_codes  text[]  not null,
    households    integer not null check (households >= 0),
    assigned      integer not null check (assigned >= 0),
    score         bigint  not null,
    greedy_score  bigint  not null,
    hard_broken   integer not null default 0,
    duration_ms   bigint  not null check (duration_ms >= 0)
);

-- A proposal of one household to one municipality (and dwelling). DRAFT: the officer may still override;
-- SENT: the coordinator decides; ACCEPTED / DECLINED (with a reason); WITHDRAWN by the officer.
create table settlement_proposal (
    id                bigint generated always as identity primary key,
    household_id      bigint  not null references household (id),
    municipality_code char(4) not null references municipality (code),
    dwelling_id       bigint references dwelling (id),
    matching_run_id   bigint references matching_run (id),
    state             text    not null check (state in ('DRAFT', 'SENT', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')),
    score             bigint  not null default 0,
    -- the score per preference term and the best two alternatives with theirs
    explanation       jsonb   not null default '{}',
    override_reason   text check (length(override_reason) <= 2000),
    proposed_by       text    not null check (length(proposed_by) between 1 and 100),
    proposed_at       timestamptz not null default now(),
    sent_at           timestamptz,
    decided_by        text check (length(decided_by) <= 100),
    decided_at        timestamptz,
    decline_reason    text check (length(decline_reason) <= 2000),
    version           integer not null default 0,
    constraint settlement_proposal_decline_has_reason
        check (state <> 'DECLINED' or length(btrim(decline_reason)) > 0)
);
-- a household is never in two open proposals at once
create unique index settlement_proposal_open_uq on settlement_proposal (household_id)
    where state in ('DRAFT', 'SENT', 'ACCEPTED');
create index settlement_proposal_municipality_idx on settlement_proposal (municipality_code, state);
create index settlement_proposal_declined_idx on settlement_proposal (household_id) where state = 'DECLINED';

-- Each member of an accepted household: the settlement date set per member, and when they were settled.
create table settlement_member (
    proposal_id       bigint not null references settlement_proposal (id),
    person_id         bigint not null references person (id),
    settlement_date   date   not null,
    settled_at        timestamptz,
    primary key (proposal_id, person_id)
);
create index settlement_member_due_idx on settlement_member (settlement_date) where settled_at is null;
create index settlement_member_person_idx on settlement_member (person_id);

-- Where a settled person lives now: the municipality of residence recorded at settlement.
create table person_municipality (
    person_id         bigint primary key references person (id),
    municipality_code char(4) not null references municipality (code),
    settled_on        date    not null
);
create index person_municipality_idx on person_municipality (municipality_code);
