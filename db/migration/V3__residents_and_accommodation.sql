-- Residents, households, police registration, documents; units, beds and stays.

create table household (
    id              bigint generated always as identity primary key,
    -- residents may live privately and still be served (DOMAIN.md, Accommodation)
    private_address text check (length(private_address) <= 300),
    version         integer not null default 0,
    created_at      timestamptz not null default now()
);

create table person (
    id                     bigint generated always as identity primary key,
    family_name            text not null check (length(btrim(family_name)) between 1 and 100),
    given_names            text not null check (length(btrim(given_names)) between 1 and 100),
    family_name_cyrillic   text check (length(family_name_cyrillic) <= 100),
    given_names_cyrillic   text check (length(given_names_cyrillic) <= 100),
    birth_date             date not null check (birth_date >= date '1900-01-01'),
    sex                    text not null check (sex in ('FEMALE', 'MALE', 'OTHER')),
    citizenships           text[] not null default '{}'
        check (array_to_string(citizenships, ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'),
    languages              text[] not null default '{}'
        check (array_to_string(languages, ',') ~ '^([a-z]{2,3}(,[a-z]{2,3})*)?$'),
    phone                  text check (phone ~ '^\+?[0-9 ]{5,20}$'),
    needs                  text[] not null default '{}'
        check (needs <@ array['DISABILITY', 'PREGNANCY', 'UNACCOMPANIED_MINOR', 'MEDICAL', 'PSYCHOSOCIAL', 'OTHER']),
    needs_note             text check (length(needs_note) <= 1000),
    arrival_date           date,
    identity_number        char(11) check (identity_number ~ '^[0-9]{11}$'),
    household_id           bigint references household (id),
    relation_to_head       text check (relation_to_head in ('HEAD', 'SPOUSE', 'COHABITANT', 'CHILD', 'PARENT',
                                                            'GRANDPARENT', 'SIBLING', 'OTHER')),
    shared_household_before_2022 boolean,
    -- a merged duplicate keeps its row (history) and points at the record that lives on
    merged_into            bigint references person (id),
    -- every name variant, transliterated to lower-case ASCII: what the fuzzy search matches against
    search_text            text not null,
    version                integer not null default 0,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    constraint person_arrives_after_birth check (arrival_date is null or arrival_date >= birth_date),
    constraint person_member_has_relation check ((household_id is null) = (relation_to_head is null))
);
create unique index person_identity_number_uq on person (identity_number) where merged_into is null;
-- one head per household
create unique index person_one_head_uq on person (household_id) where relation_to_head = 'HEAD' and merged_into is null;
create index person_household_idx on person (household_id);
-- GiST, not GIN: it walks names nearest first (ORDER BY query <<-> search_text LIMIT n)
create index person_search_trgm_idx on person using gist (search_text gist_trgm_ops);
-- the residents list sorts by name; id breaks ties so keyset paging is exact
create index person_name_sort_idx on person (lower(family_name), lower(given_names), id) where merged_into is null;
create index person_birth_date_idx on person (birth_date);
create index person_arrival_idx on person (arrival_date);
-- the occupancy board counts men, women, children and households of everyone present: an index-only join
create index person_occupancy_idx on person (id) include (sex, birth_date, household_id);

create table identity_document (
    id              bigint generated always as identity primary key,
    person_id       bigint not null references person (id),
    type            text not null check (type in ('PASSPORT', 'NATIONAL_ID_CARD', 'INTERNAL_PASSPORT',
                                                 'BIRTH_CERTIFICATE', 'DRIVING_LICENCE', 'RESIDENCE_CARD', 'OTHER')),
    number          text not null check (number ~ '^[A-Z0-9-]{3,30}$'),
    issuing_country char(2) not null check (issuing_country ~ '^[A-Z]{2}$'),
    expiry_date     date
);
create unique index identity_document_uq on identity_document (type, issuing_country, number);
create index identity_document_person_idx on identity_document (person_id);
create index identity_document_number_idx on identity_document (number);

create table police_registration (
    id                     bigint generated always as identity primary key,
    person_id              bigint not null references person (id),
    registered_on          date not null,
    police_district        text not null check (length(police_district) between 1 and 100),
    at_arrival_centre      boolean not null default false,
    fingerprints_taken     boolean not null default false,
    photo_taken            boolean not null default false,
    asylum_card_number     text check (asylum_card_number ~ '^[A-Z0-9-]{4,20}$'),
    asked_for_accommodation boolean not null default false
);
create unique index police_registration_card_uq on police_registration (asylum_card_number);
create index police_registration_person_idx on police_registration (person_id);

create table unit (
    id      bigint generated always as identity primary key,
    site_id bigint not null references site (id),
    name    text not null check (length(btrim(name)) between 1 and 60),
    version integer not null default 0
);
create unique index unit_name_uq on unit (site_id, lower(name));

create table bed (
    id         bigint generated always as identity primary key,
    unit_id    bigint not null references unit (id),
    label      text not null check (length(btrim(label)) between 1 and 30),
    accessible boolean not null default false,
    child_bed  boolean not null default false,
    blocked    boolean not null default false,
    version    integer not null default 0
);
create unique index bed_label_uq on bed (unit_id, lower(label));

-- A stay at a site, in a bed or not yet assigned one. Dates are whole days: [checked_in_on, checked_out_on).
create table stay (
    id              bigint generated always as identity primary key,
    person_id       bigint not null references person (id),
    site_id         bigint not null references site (id),
    bed_id          bigint references bed (id),
    checked_in_on   date not null,
    checked_out_on  date,
    checkout_reason text check (checkout_reason in ('SETTLED', 'PRIVATE_HOUSING', 'TRANSFERRED', 'LEFT', 'DECEASED',
                                                    'OTHER')),
    version         integer not null default 0,
    constraint stay_ends_after_it_starts check (checked_out_on is null or checked_out_on >= checked_in_on),
    constraint stay_checkout_has_reason check ((checked_out_on is null) = (checkout_reason is null)),
    -- one bed never holds two stays at once, and one person never stays in two places at once
    constraint stay_bed_not_double_booked exclude using gist (
        bed_id with =, daterange(checked_in_on, checked_out_on, '[)') with &&) where (bed_id is not null),
    constraint stay_person_in_one_place exclude using gist (
        person_id with =, daterange(checked_in_on, checked_out_on, '[)') with &&)
);
create index stay_site_open_idx on stay (site_id) where checked_out_on is null;
create index stay_site_in_idx on stay (site_id, checked_in_on);
create index stay_site_out_idx on stay (site_id, checked_out_on);
create index stay_person_idx on stay (person_id, checked_in_on desc);
