-- Failed sign-ins, counted per client address (username '') and per account and client address, so a
-- stranger's guesses lock out the stranger, not the staff member at their own desk (see LoginThrottle).
-- The typed name is kept even when no such account exists: unknown names are throttled too.
create table login_throttle (
    username     text        not null check (length(username) <= 100),
    address      text        not null check (length(address) between 1 and 100),
    failures     integer     not null check (failures > 0),
    locked_until timestamptz,
    last_failure timestamptz not null,
    primary key (username, address)
);
create index login_throttle_last_failure_idx on login_throttle (last_failure);

-- replaced by login_throttle: one counter per account let anyone lock anyone out
alter table app_user drop column failed_logins, drop column locked_until;
