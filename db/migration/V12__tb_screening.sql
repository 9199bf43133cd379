-- TB screening (tuberkuloseforskriften § 3-1; DOMAIN.md journey step 3). The requirement itself has no table:
-- due dates and statuses are computed from the person's arrival when read (health/TbStatusConditions), so
-- correctness never waits for a job. What is stored is what happened: incidence classes (reference data),
-- clinics with their weekly capacity, appointments, results (health data, append-only) and referrals.

-- Country incidence classes of FHI's list, dated: a country's class may change; one class at a time.
-- A country without a row counts as low incidence.
create table tb_incidence (
    id         bigint generated always as identity primary key,
    country    char(2) not null check (country ~ '^[A-Z]{2}$'),
    incidence  text    not null check (incidence in ('HIGH', 'VERY_HIGH')),
    valid_from date    not null,
    valid_to   date,
    version    integer not null default 0,
    constraint tb_incidence_valid_to_after_from check (valid_to is null or valid_to > valid_from),
    constraint tb_incidence_one_class_at_a_time
        exclude using gist (country with =, daterange(valid_from, valid_to, '[)') with &&)
);

-- A subset of FHI's list of countries with high (at least 40 per 100,000) and very high incidence, valid from the
-- 2017 flowchart; administrators keep the list current. Ukraine is high, not very high.
insert into tb_incidence (country, incidence, valid_from)
select code, 'HIGH', date '2017-03-01'
from unnest(array['UA', 'MD', 'RU', 'BY', 'GE', 'AZ', 'KZ', 'KG', 'TJ', 'UZ', 'TM', 'AF', 'PK', 'IN', 'BD',
                  'NP', 'ER', 'ET', 'SD', 'SS', 'NG', 'CD', 'KE', 'UG', 'TZ', 'VN', 'TH', 'ID', 'MA']) as code;
insert into tb_incidence (country, incidence, valid_from)
select code, 'VERY_HIGH', date '2017-03-01'
from unnest(array['SO', 'PH', 'MM', 'KP', 'LS', 'CF', 'GA', 'MN', 'ZA', 'NA', 'MZ', 'PG', 'KH', 'TL',
                  'AO', 'ZM', 'SL', 'LR', 'CG', 'DJ']) as code;

-- The test types of the flowchart; a slot's capacity is per test type.
-- QUESTIONNAIRE: assessment of a child under 10 by questionnaire to the parents.

-- One screening clinic per site (reception centres and arrival centres hold their own).
create table tb_clinic (
    id       bigint generated always as identity primary key,
    site_id  bigint  not null unique references site (id),
    name     text    not null check (length(btrim(name)) between 1 and 120),
    location text check (length(location) <= 200),
    active   boolean not null default true,
    version  integer not null default 0
);

-- The clinic's weekly pattern: how many people it screens per weekday and test type (1 = Monday).
create table tb_clinic_capacity (
    clinic_id bigint   not null references tb_clinic (id),
    weekday   smallint not null check (weekday between 1 and 7),
    test_type text     not null check (test_type in ('QUESTIONNAIRE', 'XRAY', 'IGRA', 'XRAY_AND_IGRA')),
    capacity  integer  not null check (capacity between 0 and 1000),
    primary key (clinic_id, weekday, test_type)
);

-- Days the clinic is closed although its pattern says open (public holidays, staff away).
create table tb_clinic_closed_day (
    clinic_id bigint not null references tb_clinic (id),
    day       date   not null,
    primary key (clinic_id, day)
);

-- An appointment in a clinic's slot (a day and a test type). At most one open (BOOKED) appointment per person.
create table tb_appointment (
    id            bigint generated always as identity primary key,
    person_id     bigint      not null references person (id),
    clinic_id     bigint      not null references tb_clinic (id),
    day           date        not null,
    test_type     text        not null check (test_type in ('QUESTIONNAIRE', 'XRAY', 'IGRA', 'XRAY_AND_IGRA')),
    state         text        not null default 'BOOKED'
        check (state in ('BOOKED', 'ATTENDED', 'MISSED', 'CANCELLED')),
    cancel_reason text check (cancel_reason in ('REBOOKED', 'MOVED', 'REFERRED', 'MERGED', 'OTHER')),
    booked_by     text        not null check (length(booked_by) between 1 and 100),
    booked_at     timestamptz not null default now(),
    version       integer     not null default 0,
    constraint tb_appointment_cancel_has_reason check ((state = 'CANCELLED') = (cancel_reason is not null))
);
create unique index tb_appointment_one_open_uq on tb_appointment (person_id) where state = 'BOOKED';
create index tb_appointment_slot_idx on tb_appointment (clinic_id, day, test_type) where state = 'BOOKED';
create index tb_appointment_person_idx on tb_appointment (person_id);

-- Results are health data (READ_HEALTH only, every read audited) and append-only: a correction is a new row;
-- the latest row of a person counts. DID_NOT_ATTEND sends the person back to be booked again.
create table tb_result (
    id             bigint generated always as identity primary key,
    person_id      bigint      not null references person (id),
    appointment_id bigint references tb_appointment (id),
    test_type      text        not null check (test_type in ('QUESTIONNAIRE', 'XRAY', 'IGRA', 'XRAY_AND_IGRA')),
    tested_on      date        not null,
    outcome        text        not null
        check (outcome in ('NO_FINDING', 'LATENT_INFECTION', 'SUSPECTED_ACTIVE', 'DID_NOT_ATTEND')),
    note           text check (length(note) <= 2000),
    recorded_by    text        not null check (length(recorded_by) between 1 and 100),
    recorded_at    timestamptz not null default now()
);
create index tb_result_person_idx on tb_result (person_id, recorded_at desc);
create trigger tb_result_no_update_or_delete
    before update or delete on tb_result
    for each row execute function forbid_change();
create trigger tb_result_no_truncate
    before truncate on tb_result
    for each statement execute function forbid_change();

-- Referrals: people in private housing to the municipal health service (not booked by us), latent infection to
-- consider preventive treatment, suspected active TB at once. Followed up until closed. At most one open
-- referral per person and reason.
create table tb_referral (
    id              bigint generated always as identity primary key,
    person_id       bigint  not null references person (id),
    reason          text    not null check (reason in ('PRIVATE_HOUSING', 'PREVENTIVE_TREATMENT', 'SUSPECTED_ACTIVE')),
    result_id       bigint references tb_result (id),
    referred_on     date    not null,
    referred_to     text check (length(referred_to) <= 200),
    followed_up_on  date,
    follow_up_note  text check (length(follow_up_note) <= 2000),
    created_by      text    not null check (length(created_by) between 1 and 100),
    version         integer not null default 0,
    constraint tb_referral_followed_up_after_referred check (followed_up_on is null or followed_up_on >= referred_on)
);
create unique index tb_referral_one_open_uq on tb_referral (person_id, reason) where followed_up_on is null;
create index tb_referral_open_idx on tb_referral (person_id) where followed_up_on is null;

-- The TB list is driven from the stays by site: open stays (stay_site_open_idx) and a last stay that ended in
-- private housing (the person is referred to the municipality and still followed by the site's health staff).
create index stay_site_private_housing_idx on stay (site_id) where checkout_reason = 'PRIVATE_HOUSING';
