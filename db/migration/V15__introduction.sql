-- The introduction programme (DOMAIN.md "Introduction programme"; issue 11): one right per settled person aged
-- 18-55 on the day it arose (the settlement date, or the 18th birthday after it), its basis under the dated rules
-- (chapter 6A: a right; ordinary: a right and a duty), the day the programme must start by, and how participation
-- went: offered, started, paused, completed, or declined (with the day, who and why). Whether it is late is never
-- stored: it is computed from start_by when read (introduction/IntroductionRules). Every change is in the audit trail.

create table introduction_right (
    id                  bigint generated always as identity primary key,
    person_id           bigint  not null references person (id),
    municipality_code   char(4) not null references municipality (code),
    arose_on            date    not null,
    basis               text    not null check (basis in ('CHAPTER_6A_RIGHT', 'ORDINARY_RIGHT_AND_DUTY')),
    start_by            date    not null,
    state               text    not null default 'NOT_OFFERED'
        check (state in ('NOT_OFFERED', 'OFFERED', 'STARTED', 'PAUSED', 'COMPLETED', 'DECLINED')),
    offered_on          date,
    started_on          date,
    paused_on           date,
    resumed_on          date,
    completed_on        date,
    declined_on         date,
    declined_by         text check (length(declined_by) <= 100),
    decline_reason      text check (length(decline_reason) <= 2000),
    -- content: work- or education-oriented, language training in Norwegian or English, parenting guidance
    orientation         text check (orientation in ('WORK', 'EDUCATION')),
    language_training   text check (language_training in ('NORWEGIAN', 'ENGLISH')),
    parenting_guidance  boolean not null default false,
    version             integer not null default 0,
    created_at          timestamptz not null default now(),
    created_by          text    not null check (length(created_by) between 1 and 100),
    -- one right per person: the listener and the daily job insert "on conflict do nothing"
    constraint introduction_right_once unique (person_id),
    constraint introduction_right_dates_ordered check (
        (offered_on is null or offered_on >= arose_on)
        and (started_on is null or started_on >= arose_on)
        and (paused_on is null or paused_on >= started_on)
        and (resumed_on is null or resumed_on >= paused_on)
        and (completed_on is null or completed_on >= started_on)
        and (declined_on is null or declined_on >= arose_on)),
    constraint introduction_right_state_matches_dates check (
        (state = 'NOT_OFFERED' and started_on is null and declined_on is null)
        or (state = 'OFFERED' and offered_on is not null and started_on is null and declined_on is null)
        or (state = 'STARTED' and started_on is not null and completed_on is null and declined_on is null)
        or (state = 'PAUSED' and paused_on is not null and started_on is not null and completed_on is null)
        or (state = 'COMPLETED' and completed_on is not null and started_on is not null)
        or (state = 'DECLINED' and started_on is null)),
    constraint introduction_right_decline_whole check (
        (declined_on is null) = (declined_by is null) and (declined_on is null) = (decline_reason is null)
        and (declined_on is not null) = (state = 'DECLINED')),
    constraint introduction_right_decline_has_reason check (decline_reason is null or length(btrim(decline_reason)) > 0)
);
-- the coordinator's list by municipality and state; the late / near-late filters and worklist by start_by
create index introduction_right_municipality_idx on introduction_right (municipality_code, start_by, id);
create index introduction_right_state_idx on introduction_right (municipality_code, state, start_by, id);
create index introduction_right_not_started_idx on introduction_right (municipality_code, start_by)
    where state in ('NOT_OFFERED', 'OFFERED');
create index introduction_right_not_started_all_idx on introduction_right (start_by)
    where state in ('NOT_OFFERED', 'OFFERED');
