-- Weekly (or on-demand) snapshots of the figures managers report on: numbers only, no personal data, one row per
-- site and figure family. County and country are sums over sites in the reading query, so the snapshot holds each
-- number once. A snapshot of a period exists once: taking it again changes nothing (unique period).
create table report_snapshot (
    id           bigint generated always as identity primary key,
    period_start date not null,
    period_end   date not null,
    -- the ISO week (e.g. 2026-W48) when the period is one Monday-to-Sunday week; null for another period
    iso_week     text check (iso_week ~ '^[0-9]{4}-W[0-9]{2}$'),
    -- the time of the data: when the figures were read
    taken_at     timestamptz not null,
    taken_by     text not null check (length(taken_by) between 1 and 100),
    constraint report_snapshot_period_in_order check (period_end >= period_start),
    constraint report_snapshot_once unique (period_start, period_end)
);
create index report_snapshot_week_idx on report_snapshot (iso_week, id) where iso_week is not null;
create index report_snapshot_end_idx on report_snapshot (period_end desc, id);

create table snapshot_occupancy (
    snapshot_id bigint  not null references report_snapshot (id),
    site_id     bigint  not null references site (id),
    capacity    integer not null,
    people      integer not null,
    men         integer not null,
    women       integer not null,
    children    integer not null,
    free_beds   integer not null,
    arrivals    integer not null,
    departures  integer not null,
    primary key (snapshot_id, site_id)
);

create table snapshot_tb (
    snapshot_id      bigint  not null references report_snapshot (id),
    site_id          bigint  not null references site (id),
    due              integer not null,
    overdue          integer not null,
    -- people followed with a basis date whose deadline has passed or who are done: the share's denominator
    deadline_passed  integer not null,
    screened_in_time integer not null,
    referrals        integer not null,
    primary key (snapshot_id, site_id)
);

create table snapshot_school (
    snapshot_id     bigint  not null references report_snapshot (id),
    site_id         bigint  not null references site (id),
    school_age      integer not null,
    enrolled        integer not null,
    started         integer not null,
    started_in_time integer not null,
    late            integer not null,
    kindergarten    integer not null,
    activity        integer not null,
    activity_gap    integer not null,
    primary key (snapshot_id, site_id)
);

create table snapshot_protection (
    snapshot_id         bigint  not null references report_snapshot (id),
    site_id             bigint  not null references site (id),
    state               text    not null references case_state (code),
    cases               integer not null,
    -- days since the state was reached, summed (a mean over any scope is exact) and the site's median (a median
    -- cannot be summed: a county's or the country's scope prints the mean only)
    days_waiting_sum    bigint  not null,
    median_days_waiting numeric(8, 1),
    permits_expiring    integer not null,
    primary key (snapshot_id, site_id, state)
);

-- Each rendered report file, kept as rendered: its parameters, the time of its data and the SHA-256 of its bytes.
create table report_archive (
    id            bigint generated always as identity primary key,
    snapshot_id   bigint not null references report_snapshot (id),
    template      text   not null check (template ~ '^[a-z0-9-]{1,60}$'),
    format        text   not null check (format in ('PDF', 'XLSX')),
    -- scope: COUNTRY (scope_id null), COUNTY (county number), SITE (site id)
    scope_kind    text   not null check (scope_kind in ('COUNTRY', 'COUNTY', 'SITE')),
    scope_id      text,
    parameters    text   not null,
    data_as_of    timestamptz not null,
    sha256        char(64) not null check (sha256 ~ '^[0-9a-f]{64}$'),
    content       bytea  not null,
    rendered_at   timestamptz not null,
    rendered_by   text   not null,
    constraint report_archive_scope_id check ((scope_kind = 'COUNTRY') = (scope_id is null)),
    constraint report_archive_once unique nulls not distinct (snapshot_id, template, format, scope_kind, scope_id)
);
create index report_archive_snapshot_idx on report_archive (snapshot_id);
create trigger report_archive_no_update_or_delete
    before update or delete on report_archive
    for each row execute function forbid_change();
create trigger report_archive_no_truncate
    before truncate on report_archive
    for each statement execute function forbid_change();
