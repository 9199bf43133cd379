-- Protection cases with UDI (DOMAIN.md, journey steps 1, 4, 5, 6): one case per person, its states, an
-- append-only history of every change, permits and renewals; and the identity numbers a person had before.

-- The states of a case and which may follow which. The same list lives in Java (CaseState); the database
-- holds it too, so an out-of-order change is refused even when written past the service.
create table case_state (
    code text primary key check (code ~ '^[A-Z_]{2,40}$'),
    -- open: UDI has not granted and the person has not withdrawn; no right to work meanwhile
    open boolean not null
);
insert into case_state (code, open) values
    ('REGISTERED_WITH_POLICE', true),
    ('SENT_TO_UDI', true),
    ('IN_PROCESSING', true),
    ('CALLED_FOR_INTERVIEW', true),
    ('GRANTED', false),
    ('REJECTED', true),
    ('INDIVIDUAL_ASYLUM', true),
    ('WITHDRAWN', false);

create table case_transition (
    from_state text not null references case_state (code),
    to_state   text not null references case_state (code),
    primary key (from_state, to_state)
);
insert into case_transition (from_state, to_state) values
    ('REGISTERED_WITH_POLICE', 'SENT_TO_UDI'),
    ('SENT_TO_UDI', 'IN_PROCESSING'),
    ('IN_PROCESSING', 'CALLED_FOR_INTERVIEW'),
    ('IN_PROCESSING', 'GRANTED'),
    ('IN_PROCESSING', 'REJECTED'),
    ('CALLED_FOR_INTERVIEW', 'GRANTED'),
    ('CALLED_FOR_INTERVIEW', 'REJECTED'),
    ('REJECTED', 'INDIVIDUAL_ASYLUM');
-- withdrawn from any open state
insert into case_transition (from_state, to_state)
    select code, 'WITHDRAWN' from case_state where open;

create table protection_case (
    id                      bigint generated always as identity primary key,
    person_id               bigint not null references person (id),
    state                   text not null references case_state (code),
    -- effective date of the first event (registered with the police) and of the latest one
    registered_on           date not null,
    state_since             date not null,
    interview_on            date,
    processing_track        text check (processing_track in ('AUTOMATIC', 'CASE_OFFICER')),
    -- the first permit's start (the maximum counts from it) and the current permit's end
    permit_from             date,
    permit_to               date,
    residence_card          text check (residence_card in ('ORDERED', 'NEEDS_PHOTO_AND_FINGERPRINTS', 'ISSUED')),
    decision_letter_sent_on date,
    address_receives_post   boolean,
    version                 integer not null default 0,
    created_at              timestamptz not null default now(),
    constraint protection_case_one_per_person unique (person_id),
    constraint protection_case_dates_in_order check (state_since >= registered_on),
    constraint protection_case_permit_in_order check (permit_to >= permit_from),
    -- a grant always has a permit period and a residence card status; nothing else has them
    constraint protection_case_grant_has_permit check (
        (state = 'GRANTED') = (permit_from is not null and permit_to is not null and residence_card is not null)),
    constraint protection_case_details_only_when_granted check (
        state = 'GRANTED' or (decision_letter_sent_on is null and address_receives_post is null))
);
-- the case list: filter by state, sort by days waiting (since the last event or since registration)
create index protection_case_state_since_idx on protection_case (state, state_since, id);
create index protection_case_state_registered_idx on protection_case (state, registered_on, id);
create index protection_case_since_idx on protection_case (state_since, id);
create index protection_case_registered_idx on protection_case (registered_on, id);
-- permits expiring soon, and expired ones without renewal
create index protection_case_permit_to_idx on protection_case (permit_to, id) where state = 'GRANTED';

create table permit (
    id         bigint generated always as identity primary key,
    case_id    bigint not null references protection_case (id),
    valid_from date not null,
    valid_to   date not null,
    renewal    boolean not null,
    created_at timestamptz not null default now(),
    constraint permit_ends_after_it_starts check (valid_to >= valid_from),
    constraint permit_periods_do_not_overlap exclude using gist (
        case_id with =, daterange(valid_from, valid_to, '[]') with &&)
);
create index permit_case_idx on permit (case_id, valid_from);

-- Every change of a case: dated (effective_on), by whom, why. Append-only, like the audit trail.
create table case_event (
    id                      bigint generated always as identity primary key,
    case_id                 bigint not null references protection_case (id),
    kind                    text not null check (kind in ('OPENED', 'STATE_CHANGED', 'PERMIT_RENEWED',
                                                          'GRANT_DETAILS_CHANGED')),
    from_state              text,
    to_state                text,
    effective_on            date not null,
    recorded_at             timestamptz not null default now(),
    recorded_by             text not null check (length(recorded_by) between 1 and 100),
    reason                  text not null check (length(btrim(reason)) between 1 and 1000),
    interview_on            date,
    processing_track        text check (processing_track in ('AUTOMATIC', 'CASE_OFFICER')),
    permit_from             date,
    permit_to               date,
    residence_card          text check (residence_card in ('ORDERED', 'NEEDS_PHOTO_AND_FINGERPRINTS', 'ISSUED')),
    decision_letter_sent_on date,
    address_receives_post   boolean,
    -- only changes the process allows (a null from_state, the opening, is checked below)
    constraint case_event_allowed_transition foreign key (from_state, to_state)
        references case_transition (from_state, to_state),
    constraint case_event_states_match_kind check (case kind
        when 'OPENED' then from_state is null and to_state = 'REGISTERED_WITH_POLICE'
        when 'STATE_CHANGED' then from_state is not null and to_state is not null
        else from_state is null and to_state is null end),
    constraint case_event_interview_date check ((to_state = 'CALLED_FOR_INTERVIEW') = (interview_on is not null)),
    constraint case_event_processing_track check ((to_state = 'IN_PROCESSING') = (processing_track is not null)),
    constraint case_event_permit_in_order check (permit_to >= permit_from)
);
create index case_event_case_idx on case_event (case_id, id);
create unique index case_event_opened_once_uq on case_event (case_id) where kind = 'OPENED';

create function case_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'case_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;
create trigger case_event_no_update_or_delete
    before update or delete on case_event
    for each row execute function case_event_is_append_only();
create trigger case_event_no_truncate
    before truncate on case_event
    for each statement execute function case_event_is_append_only();

-- An event follows the one before it: the opening comes first, a state change starts where the last one
-- ended, and no event is dated before the previous one.
create function case_event_follows_previous() returns trigger language plpgsql as $$
declare
    last_state text;
    last_date  date;
begin
    select e.to_state into last_state from case_event e
     where e.case_id = new.case_id and e.to_state is not null order by e.id desc limit 1;
    select e.effective_on into last_date from case_event e
     where e.case_id = new.case_id order by e.id desc limit 1;
    if new.kind = 'OPENED' and last_date is not null then
        raise exception 'case % is already open', new.case_id
            using errcode = 'check_violation', constraint = 'case_event_follows_previous';
    end if;
    if new.kind <> 'OPENED' and last_date is null then
        raise exception 'case % has no opening event', new.case_id
            using errcode = 'check_violation', constraint = 'case_event_follows_previous';
    end if;
    if new.kind = 'STATE_CHANGED' and new.from_state is distinct from last_state then
        raise exception 'case % is %, not %', new.case_id, last_state, new.from_state
            using errcode = 'check_violation', constraint = 'case_event_follows_previous';
    end if;
    if new.effective_on < last_date then
        raise exception 'case % event dated % is before the previous event (%)', new.case_id, new.effective_on,
            last_date using errcode = 'check_violation', constraint = 'case_event_follows_previous';
    end if;
    return new;
end;
$$;
create trigger case_event_follows_previous
    before insert on case_event
    for each row execute function case_event_follows_previous();

-- The case row moves only along an allowed transition.
create function protection_case_follows_process() returns trigger language plpgsql as $$
begin
    if new.state <> old.state and not exists (
            select 1 from case_transition t where t.from_state = old.state and t.to_state = new.state) then
        raise exception 'case % cannot go from % to %', old.id, old.state, new.state
            using errcode = 'check_violation', constraint = 'protection_case_follows_process';
    end if;
    return new;
end;
$$;
create trigger protection_case_follows_process
    before update of state on protection_case
    for each row execute function protection_case_follows_process();

-- The numbers a person had before (a D-number replaced by a fødselsnummer after a grant).
create table former_identity_number (
    id              bigint generated always as identity primary key,
    person_id       bigint not null references person (id),
    identity_number char(11) not null check (identity_number ~ '^[0-9]{11}$'),
    replaced_on     date not null,
    replaced_at     timestamptz not null default now()
);
create index former_identity_number_person_idx on former_identity_number (person_id);
create index former_identity_number_number_idx on former_identity_number (identity_number);
