-- Arrivals a site expects: announced transfers from the arrival centre, groups the police send on.
-- The occupancy board counts the people expected in the coming 7 days; staff mark each as arrived
-- (then check the people in) or cancelled. Nothing is deleted, so the board of a past week still adds up.
create table planned_arrival (
    id          bigint generated always as identity primary key,
    site_id     bigint not null references site (id),
    expected_on date not null,
    people      integer not null check (people between 1 and 500),
    coming_from text check (length(coming_from) <= 200),
    note        text check (length(note) <= 2000),
    status      text not null default 'PLANNED' check (status in ('PLANNED', 'ARRIVED', 'CANCELLED')),
    created_by  text not null,
    created_at  timestamptz not null,
    version     integer not null default 0
);

create index planned_arrival_site_day_idx on planned_arrival (site_id, expected_on) include (people, status);
