-- Settlement and introduction-programme figures of a weekly snapshot (issue 12). Numbers only, no personal data.
-- Unlike the site families (V17) these are kept per municipality and county: a household is proposed to, accepted
-- by and settled in a municipality, a programme right belongs to one. County and country are sums when read.

-- One row per county and municipality. A household that has no municipality yet (waiting for its permit or the
-- interview, ready) is counted in the county of its centre with municipality_code null; one proposed, accepted or
-- settled is counted in the municipality it goes to (and that municipality's county). county_code is null only for
-- a household without a centre county (no site known): the country's sums still count it.
create table snapshot_settlement (
    snapshot_id       bigint  not null references report_snapshot (id),
    county_code       char(2) references county (code),
    municipality_code char(4) references municipality (code),
    -- households in each state on the day the snapshot was taken (the pipeline keeps today's state only)
    ready             integer not null,
    proposed          integer not null,
    accepted          integer not null,
    -- households not settled whose target (permit + 6 months, 3 for unaccompanied minors) passed before the period's end
    past_target       integer not null,
    -- households (and their people) whose settlement day fell within the period, and of those settled on or before
    -- their target; unaccompanied minors' households also on their own (their target is 3 months)
    settled           integer not null,
    settled_persons   integer not null,
    settled_in_time   integer not null,
    minors_settled    integer not null,
    minors_in_time    integer not null,
    constraint snapshot_settlement_once unique nulls not distinct (snapshot_id, county_code, municipality_code)
);
create index snapshot_settlement_municipality_idx on snapshot_settlement (municipality_code, snapshot_id);

-- One row per municipality: the programme rights held there on the period's last day.
create table snapshot_introduction (
    snapshot_id       bigint  not null references report_snapshot (id),
    county_code       char(2) not null references county (code),
    municipality_code char(4) not null references municipality (code),
    -- rights that had arisen by the period's end
    eligible          integer not null,
    started           integer not null,
    -- rights whose start-by day had passed or that had started, not declined: the share's denominator
    start_due         integer not null,
    started_in_time   integer not null,
    late              integer not null,
    declined          integer not null,
    primary key (snapshot_id, municipality_code)
);

-- a coordinator's report covers their municipality (settlement and programme figures only)
alter table report_archive drop constraint report_archive_scope_kind_check;
alter table report_archive add constraint report_archive_scope_kind_check
    check (scope_kind in ('COUNTRY', 'COUNTY', 'MUNICIPALITY', 'SITE'));
