-- Eligibility screening for temporary collective protection (DOMAIN.md, journey step 2): the facts staff
-- recorded, the advice computed from them with the rules in force on the application date, and who screened.
-- Each save adds a row: a person's screenings are numbered 1, 2, 3 ... (version), the highest is the current
-- advice and the older ones stay as history. Two people saving on top of the same screening both ask for
-- the same next number, and the unique index lets only one of them through (optimistic locking).
-- Yes/no facts are 'YES', 'NO' or 'UNKNOWN'; an unknown date or number is null.
create table eligibility_screening (
    id                               bigint generated always as identity primary key,
    person_id                        bigint  not null references person (id),
    version                          integer not null check (version >= 1),
    application_date                 date    not null,
    -- null: citizenship not known; empty: stateless
    citizenships                     text[]
        check (array_to_string(citizenships, ',') ~ '^([A-Z]{2}(,[A-Z]{2})*)?$'),
    birth_date                       date,
    lived_in_ukraine                 text    not null check (lived_in_ukraine in ('YES', 'NO', 'UNKNOWN')),
    left_ukraine_on                  date,
    days_abroad_before_cut_off       integer check (days_abroad_before_cut_off between 0 and 40000),
    legal_residence_in_norway        text    not null check (legal_residence_in_norway in ('YES', 'NO', 'UNKNOWN')),
    legal_residence_from             date,
    legal_residence_expires          date,
    protection_in_ukraine            text    not null check (protection_in_ukraine in ('YES', 'NO', 'UNKNOWN')),
    protection_in_ukraine_granted_on date,
    -- a family link to a person who qualifies: relation to them, and whether they shared a household
    family_relation                  text check (family_relation in ('SPOUSE', 'COHABITANT', 'CHILD', 'PARENT',
                                                                     'GRANDPARENT', 'SIBLING', 'OTHER')),
    same_household_before_cut_off    text check (same_household_before_cut_off in ('YES', 'NO', 'UNKNOWN')),
    -- the qualifying person when registered here (same household), and their advice as used for this screening
    qualifying_person_id             bigint references person (id),
    qualifying_person_outcome        text check (qualifying_person_outcome in ('LIKELY_QUALIFIES',
                                                                               'INDIVIDUAL_ASSESSMENT',
                                                                               'INFORMATION_MISSING')),
    safe_third_country_citizen       text    not null check (safe_third_country_citizen in ('YES', 'NO', 'UNKNOWN')),
    oblast                           text check (oblast ~ '^[A-Z_]{3,30}$'),
    earlier_protection_ended         text    not null check (earlier_protection_ended in ('YES', 'NO', 'UNKNOWN')),
    earlier_protection_ended_on      date,
    -- the advice, stored as given (a later change of the configured rules does not rewrite it)
    outcome                          text    not null check (outcome in ('LIKELY_QUALIFIES', 'INDIVIDUAL_ASSESSMENT',
                                                                         'INFORMATION_MISSING')),
    ground                           text check (ground in ('RESIDENT_IN_UKRAINE', 'SHORT_STAY_ABROAD',
                                                            'LEGAL_RESIDENCE_IN_NORWAY', 'PROTECTION_IN_UKRAINE',
                                                            'FAMILY_MEMBER')),
    -- i18n keys with their arguments ("key|d:2022-02-24|n:90"), in the order the advice gives them
    reasons                          text[]  not null default '{}',
    missing_facts                    text[]  not null default '{}',
    screened_by                      bigint  not null references app_user (id),
    screened_at                      timestamptz not null,
    constraint eligibility_screening_ground_iff_qualifies check ((outcome = 'LIKELY_QUALIFIES') = (ground is not null)),
    constraint eligibility_screening_family_link_complete
        check ((family_relation is null) = (same_household_before_cut_off is null)),
    constraint eligibility_screening_qualifying_person_needs_link
        check (qualifying_person_id is null or family_relation is not null),
    constraint eligibility_screening_not_own_family check (qualifying_person_id <> person_id),
    constraint eligibility_screening_expiry_after_start
        check (legal_residence_expires is null or legal_residence_from is null
               or legal_residence_expires >= legal_residence_from),
    constraint eligibility_screening_left_before_application
        check (left_ukraine_on is null or left_ukraine_on <= application_date)
);
-- one number per person and screening; the latest is found by walking this index backwards
create unique index eligibility_screening_person_version_uq on eligibility_screening (person_id, version);
create index eligibility_screening_qualifying_person_idx on eligibility_screening (qualifying_person_id)
    where qualifying_person_id is not null;
