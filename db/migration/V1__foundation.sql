-- The foundation: reference data, accommodation sites, users with their scope, and the audit trail.
create extension if not exists pg_trgm;
create extension if not exists btree_gist;
create extension if not exists unaccent;

create table county (
    code char(2) primary key check (code ~ '^[0-9]{2}$'),
    name text    not null check (length(name) between 1 and 100)
);

create table municipality (
    code        char(4) primary key check (code ~ '^[0-9]{4}$'),
    name        text    not null check (length(name) between 1 and 100),
    county_code char(2) not null references county (code)
);
create index municipality_county_idx on municipality (county_code);

-- The site types of UDI's reception system (DOMAIN.md, Accommodation).
create table site (
    id                bigint generated always as identity primary key,
    name              text    not null check (length(name) between 1 and 120),
    type              text    not null check (type in ('ARRIVAL_CENTRE', 'TRANSIT_CENTRE', 'ORDINARY_CENTRE',
                                                       'UNACCOMPANIED_MINORS_CENTRE', 'INTEGRATION_CENTRE',
                                                       'SHELTERED_UNIT', 'EMERGENCY_ACCOMMODATION')),
    municipality_code char(4) not null references municipality (code),
    address           text check (length(address) <= 200),
    operator          text check (length(operator) <= 120),
    capacity          integer not null default 0 check (capacity between 0 and 100000),
    active            boolean not null default true,
    version           integer not null default 0,
    created_at        timestamptz not null default now()
);
create unique index site_name_uq on site (lower(name));
create index site_municipality_idx on site (municipality_code);

create table app_user (
    id                bigint generated always as identity primary key,
    username          text    not null check (username ~ '^[a-z0-9._-]{3,40}$'),
    full_name         text    not null check (length(btrim(full_name)) between 1 and 100),
    role              text    not null check (role in ('ADMIN', 'MANAGER', 'CENTRE_STAFF', 'HEALTH_STAFF',
                                                       'SETTLEMENT_COORDINATOR')),
    -- a settlement coordinator works for exactly one municipality; nobody else has one
    municipality_code char(4) references municipality (code),
    password_hash     text    not null,
    active            boolean not null default true,
    locale            text    not null default 'nb' check (locale in ('nb', 'en')),
    failed_logins     integer not null default 0 check (failed_logins >= 0),
    locked_until      timestamptz,
    version           integer not null default 0,
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now(),
    constraint app_user_coordinator_has_municipality
        check ((role = 'SETTLEMENT_COORDINATOR') = (municipality_code is not null))
);
create unique index app_user_username_uq on app_user (username);
create index app_user_full_name_idx on app_user (lower(full_name));

-- Centre and health staff are tied to one or more sites.
create table user_site (
    user_id bigint not null references app_user (id) on delete cascade,
    site_id bigint not null references site (id),
    primary key (user_id, site_id)
);
create index user_site_site_idx on user_site (site_id);

-- Who saw or changed what. Append-only: the database refuses updates, deletes and truncation.
create table audit_event (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz not null default now(),
    actor       text not null check (length(actor) between 1 and 100),
    action      text not null check (action ~ '^[A-Z_]{2,60}$'),
    entity_type text check (length(entity_type) <= 60),
    entity_id   text check (length(entity_id) <= 60),
    summary     text not null check (length(summary) <= 2000)
);
create index audit_event_occurred_idx on audit_event (occurred_at desc, id desc);
create index audit_event_actor_idx on audit_event (actor, occurred_at desc);
create index audit_event_action_idx on audit_event (action, occurred_at desc);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
